"""The shopper's return form, from their account's order page or (a guest) from the order
status link in their mail. The rules are checkout/returns.py's; a refusal shows its message
with a 400 and saves nothing. Someone else's order is a 404."""
from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods
from oscar.core.loading import get_model

from checkout import returns
from checkout.models import ReturnPolicy, ReturnRequest

Order = get_model("order", "Order")
MAX_QUANTITY = 10_000


class ReturnForm(forms.Form):
    reason = forms.ChoiceField(label=gettext_lazy("Reason"), choices=ReturnRequest.REASONS,
                               error_messages={"required": gettext_lazy("Choose the reason for the return."),
                                               "invalid_choice": gettext_lazy("Choose the reason for the return.")})
    note = forms.CharField(label=gettext_lazy("Anything we should know? (optional)"), required=False,
                           max_length=returns.NOTE_MAX_LENGTH, widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, lines, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.lines = lines
        for line, most, excluded in lines:
            if excluded or not most:
                continue
            self.fields[f"line_{line.pk}"] = forms.IntegerField(
                label=line.title, min_value=0, max_value=MAX_QUANTITY, initial=0, required=False,
                help_text=_("Up to %(count)s") % {"count": most},
                error_messages={"invalid": _("Enter a whole number of items."),
                                "min_value": _("Enter a whole number of items."),
                                "max_value": _("You can return at most %(count)s of %(item)s.") % {
                                    "count": most, "item": line.title}})

    def quantities(self):
        return {int(name[5:]): value or 0 for name, value in self.cleaned_data.items()
                if name.startswith("line_")}

    def line_fields(self):
        return [self[name] for name in self.fields if name.startswith("line_")]


def _start(request, order, order_url):
    lines = returns.returnable_lines(order)
    form = ReturnForm(lines, request.POST or None)
    context = {"order": order, "form": form, "order_url": order_url, "lines": lines,
               "deadline": returns.deadline(order), "window_open": returns.window_open(order),
               "policy": ReturnPolicy.current()}
    if request.method == "GET":
        return render(request, "checkout/return_form.html", context)
    if form.is_valid():
        try:
            created = returns.request_return(order=order, quantities=form.quantities(),
                                             reason=form.cleaned_data["reason"],
                                             note=form.cleaned_data["note"])
        except returns.ReturnRefused as refused:
            form.add_error(None, refused.message)
        else:
            messages.success(request, _("Return %(number)s requested. We will mail you within two "
                                        "business days.") % {"number": created.number})
            return redirect(order_url)
    return render(request, "checkout/return_form.html", context, status=400)


@login_required
@require_http_methods(["GET", "POST"])
def account_return(request, number):
    order = get_object_or_404(Order, number=number, user=request.user)
    return _start(request, order, reverse("customer:order", kwargs={"order_number": order.number}))


@require_http_methods(["GET", "POST"])
def guest_return(request, number, hash):
    order = get_object_or_404(Order, number=number, user__isnull=True)
    if not order.check_verification_hash(hash):
        raise Http404
    if order.email != request.session.get("anon_order_email"):
        # As Oscar's status page: the link and the order's email address, typed once per session.
        return redirect("customer:anon-order-form", order_number=order.number, hash=hash)
    return _start(request, order, reverse("customer:anon-order",
                                          kwargs={"order_number": order.number, "hash": hash}))
