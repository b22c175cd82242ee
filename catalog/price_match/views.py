from functools import partial

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods
from django_ratelimit.core import is_ratelimited
from oscar.core.loading import get_model

from catalog.price_match import confirmation, decisions
from catalog.price_match.forms import PriceMatchForm
from catalog.price_match.models import Policy, PriceMatchRequest

Product = get_model("catalogue", "Product")
Voucher = get_model("voucher", "Voucher")

THANKS = gettext_lazy("Thank you. We have your price match request and will answer by email within "
                      "two business days.")
CHECK_MAIL = gettext_lazy("Thank you. To send your request to our staff, open the link we have just "
                          "mailed to %(email)s: it confirms the address is yours.")


def _email_key(group, request):
    if request.user.is_authenticated:
        return f"account:{request.user.pk}"
    return (request.POST.get("email") or "").strip().lower()[:254] or "none"


@require_http_methods(["GET", "POST"])
def request_view(request, pk):
    """The product page's "Found it cheaper?" form posts here; shown on its own after an error."""
    product = get_object_or_404(Product.objects.browsable(), pk=pk)
    policy = Policy.current()
    if request.method == "GET":
        return render(request, "price_match/request.html", {"product": product, "form": _blank_form(request)})
    form = PriceMatchForm(request.POST, request.FILES, max_screenshot_mb=policy.screenshot_max_mb,
                          account=request.user)
    context = {"product": product, "form": form}
    limited = (is_ratelimited(request, group="price-match-ip", key="ip",
                              rate=settings.PRICE_MATCH_RATE_PER_IP, increment=True)
               or is_ratelimited(request, group="price-match-email", key=_email_key,
                                 rate=settings.PRICE_MATCH_RATE_PER_EMAIL, increment=True))
    if limited:
        context["reasons"] = [_("You have sent several price match requests in a short time. Please "
                                "try again later, or call us.")]
        return render(request, "price_match/request.html", context, status=429)
    if not form.is_valid():
        return render(request, "price_match/request.html", context, status=400)
    data = form.cleaned_data
    try:
        match = decisions.submit(
            product, user=request.user, name=data["name"], email=data["email"],
            competitor_name=data["competitor_name"], competitor_url=data["competitor_url"],
            competitor_price=data["competitor_price"], competitor_shipping=data["competitor_shipping"],
            screenshot=data["screenshot"], order_number=data["order_number"],
            ip_address=request.META.get("REMOTE_ADDR"),
        )
    except decisions.Refused as refused:
        context["reasons"] = refused.reasons
        return render(request, "price_match/request.html", context, status=400)
    if match.verified:
        messages.success(request, THANKS)
    else:
        transaction.on_commit(partial(confirmation.mail_confirmation_link.delay, match.pk), robust=True)
        messages.success(request, CHECK_MAIL % {"email": match.email})
    return redirect(product.get_absolute_url())


def _blank_form(request):
    return PriceMatchForm(account=request.user)


@require_GET
def confirm_view(request, token):
    """The link mailed to a guest: the address is theirs. Opened while signed in, the request
    also joins that account."""
    match = confirmation.match_for(token)
    if match is None:
        return render(request, "price_match/confirm.html", {"invalid": True}, status=400)
    try:
        match = decisions.confirm(match, user=request.user)
    except decisions.Refused as refused:
        return render(request, "price_match/confirm.html", {"match": match, "reasons": refused.reasons},
                      status=400)
    return render(request, "price_match/confirm.html", {
        "match": match, "yours": request.user.is_authenticated and match.user_id == request.user.pk,
        "elsewhere": request.user.is_authenticated and match.user_id not in (None, request.user.pk),
    })


@require_GET
def policy_view(request):
    return render(request, "price_match/policy.html", {"policy": Policy.current()})


@login_required
@require_http_methods(["GET", "POST"])
def apply_view(request, code):
    """The link in an approval mail: puts the product in the basket and applies the voucher."""
    voucher = Voucher.objects.filter(code=code.upper()[:128], price_match__isnull=False).select_related(
        "price_match__product").first()
    match = getattr(voucher, "price_match", None)
    if match is None or match.verified is None or match.user_id != request.user.pk:
        messages.error(request, _("This price match code is not one of yours. Sign in to the account "
                                  "you asked from; if you asked as a guest, first open the confirmation "
                                  "link we mailed you while signed in."))
        return redirect("basket:summary")
    if not voucher.is_active():
        messages.error(request, _("This price match code has expired."))
        return redirect("basket:summary")
    available, message = voucher.is_available_to_user(request.user)
    if not available:
        messages.error(request, message)
        return redirect("basket:summary")
    basket = request.basket
    if not match.voucher_is_store_credit() and not basket.all_lines().filter(product=match.product).exists():
        basket.add_product(match.product, 1)
    basket.vouchers.add(voucher)
    messages.success(request, _("Price match code %(code)s applied.") % {"code": voucher.code})
    return redirect("basket:summary")


@login_required
@require_GET
def mine_view(request):
    matches = (PriceMatchRequest.objects.of_account(request.user)
               .select_related("product", "voucher").order_by("-created"))
    return render(request, "price_match/mine.html", {"matches": matches})
