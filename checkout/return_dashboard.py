"""The dashboard's Returns pages: every request with its state and age at a glance, and one
request's page where staff approve, refuse, or record the parcel received (per line: back on
the shelf or not; shipping refunded or not). The rules are checkout/returns.py's."""
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods

from bodybest.roles import page_required
from checkout import returns
from checkout.models import ReturnRequest
from checkout.refunds import dollars

REFUND = "checkout.refund_order"  # receiving gives money back: the refund page's permission too


@page_required("returns-dashboard")  # its role permission (bodybest/roles.py)
@require_http_methods(["GET"])
def index(request):
    state = request.GET.get("state", "")
    rows = ReturnRequest.objects.select_related("order").prefetch_related("lines")
    if state in dict(ReturnRequest.STATES):
        rows = rows.filter(state=state)
    else:
        state = ""
    tabs = [{"value": "", "label": "All", "active": not state}] + [
        {"value": value, "label": label, "active": state == value} for value, label in ReturnRequest.STATES]
    return render(request, "checkout/dashboard/returns.html", {"rows": rows[:200], "tabs": tabs})


@transaction.non_atomic_requests  # receiving refunds at Stripe inside its own transaction
@page_required("returns-dashboard:detail")
@require_http_methods(["GET", "POST"])
def detail(request, pk):
    ret = get_object_or_404(ReturnRequest.objects.select_related("order"), pk=pk)
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "approve":
                returns.approve_return(request=ret, staff_user=request.user)
                messages.success(request, f"Return {ret.number} approved; the customer is mailed the instructions.")
            elif action == "refuse":
                returns.refuse_return(request=ret, reason=request.POST.get("refusal_reason", ""),
                                      staff_user=request.user)
                messages.success(request, f"Return {ret.number} refused; the customer is mailed the reason.")
            elif action == "receive":
                if not request.user.has_perm(REFUND):
                    raise PermissionDenied
                resaleable = {rl.pk: request.POST.get(f"resaleable_{rl.pk}") == "on" for rl in ret.lines.all()}
                done = returns.receive_return(request=ret, resaleable=resaleable, staff_user=request.user,
                                              with_shipping=request.POST.get("refund_shipping") == "on")
                messages.success(request, f"Return {ret.number} received; {dollars(done.refunded)} refunded.")
            else:
                return _page(request, ret, "Choose approve, refuse or receive.", status=400)
        except returns.ReturnRefused as refused:
            return _page(request, ret, refused.message, status=400)
        return redirect("returns-dashboard:detail", pk=ret.pk)
    return _page(request, ret)


def _page(request, ret, error="", status=200):
    ret.refresh_from_db()
    return render(request, "checkout/dashboard/return_detail.html", {
        "ret": ret, "order": ret.order, "error": error, "lines": ret.lines.select_related("line"),
        "can_refund": request.user.has_perm(REFUND), "amount": returns.refund_amount(ret), "with_shipping": returns.refund_amount(ret, with_shipping=True),
    }, status=status)
