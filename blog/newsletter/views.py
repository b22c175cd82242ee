from django.conf import settings
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from django_ratelimit.core import is_ratelimited

from blog.newsletter import signup, tokens
from blog.newsletter.forms import SignupForm
from bodybest.redirects import safe_next

THANKS = gettext_lazy("Thank you. If this address can join our list, a confirmation email is on its "
                      "way: open it and press the button to start receiving our articles.")


@require_http_methods(["GET", "POST"])
def signup_view(request):
    """The footer's form posts here; this page is also the form on its own."""
    if request.method == "GET":
        return render(request, "newsletter/signup.html", {"form": SignupForm(initial={"next": "/blog/"})})
    form = SignupForm(request.POST)
    if is_ratelimited(request, group="newsletter-signup", key="ip",
                      rate=settings.NEWSLETTER_SIGNUP_RATE, increment=True):
        return render(request, "newsletter/signup.html", {
            "form": form, "error": _("Too many signups from your connection. Please try again later."),
        }, status=429)
    if not form.is_valid():
        return render(request, "newsletter/signup.html", {"form": form}, status=400)
    next_url = safe_next(request, form.cleaned_data["next"], "/blog/")
    signup.sign_up(form.cleaned_data["email"], request.META.get("REMOTE_ADDR"), next_url)
    messages.success(request, THANKS)
    return redirect(next_url)


@require_http_methods(["GET", "POST"])
def confirm_view(request, token):
    """GET shows a button, POST confirms: mail scanners that open links cannot subscribe anyone."""
    try:
        tokens.read_confirmation(token)
        if request.method == "POST":
            subscriber = signup.confirm(token)
            return render(request, "newsletter/confirmed.html", {"subscriber": subscriber})
    except tokens.BadToken as bad:
        return render(request, "newsletter/problem.html", {"message": bad.message}, status=400)
    return render(request, "newsletter/confirm.html", {"token": token})


@csrf_exempt  # the signed token is the authority; mail programs POST without our cookies (RFC 8058)
@require_http_methods(["GET", "POST"])
def unsubscribe_view(request, token):
    try:
        subscriber = signup.unsubscribe(token)
    except tokens.BadToken as bad:
        return render(request, "newsletter/problem.html", {"message": bad.message}, status=400)
    if request.method == "POST" and "List-Unsubscribe" in request.POST:
        return HttpResponse("Unsubscribed.", content_type="text/plain")
    return render(request, "newsletter/unsubscribed.html", {"subscriber": subscriber})
