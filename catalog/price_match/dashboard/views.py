"""The price match queue under /dashboard/price-match/: each request with both landed prices
side by side, approved or rejected from its row. What a decision does is decisions.py's; these
views only call it and say how it went."""
from pathlib import PurePath
from urllib.parse import urlencode, urlsplit

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST
from oscar.templatetags.currency_filters import currency

from bodybest.roles import page_required
from catalog.price_match import decisions
from catalog.price_match.models import Policy, PriceMatchRequest

# Anonymous visitors go to the dashboard login; a logged-in non-staff user gets a 403.
staff_required = page_required("price-match-dashboard")  # its role permission (bodybest/roles.py)

PER_PAGE = 25
ALL = "all"
FILTERS = [*(value for value, _ in PriceMatchRequest.STATUSES), ALL]
# Only the image types the request form's screenshot can be, served as what they are.
SCREENSHOT_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".webp": "image/webp"}


def status_counts():
    """{status: count} for every status, zeros included, and "all", in one grouped query."""
    counts = dict(PriceMatchRequest.objects.verified().order_by().values_list("status").annotate(n=Count("pk")))
    counts = {status: counts.get(status, 0) for status, _ in PriceMatchRequest.STATUSES}
    counts[ALL] = sum(counts.values())
    return counts


def chosen_filter(value):
    """The queue's `status` as understood: an unknown one means pending, the work to do."""
    return value if value in FILTERS else PriceMatchRequest.PENDING


def host_of(url):
    """The host to show for a competitor's link, or "" when it is no http(s) address (then the
    page shows it as text, never as a link)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    return (parts.hostname or "") if parts.scheme in ("http", "https") else ""


def queue_url(status, page=None):
    query = {"status": status} if status != PriceMatchRequest.PENDING else {}
    if page and str(page).isascii() and str(page).isdigit() and int(page) > 1:
        query["page"] = page
    url = reverse("price-match-dashboard:index")
    return f"{url}?{urlencode(query)}" if query else url


@staff_required
@require_GET
def queue_view(request):
    decisions.expire_stale()  # the daily beat task may not have run yet today
    policy = Policy.current()
    status = chosen_filter(request.GET.get("status"))
    counts = status_counts()
    # A guest's request reaches staff once the shopper has confirmed their address.
    matches = PriceMatchRequest.objects.verified().select_related(
        "product", "product__parent", "voucher", "order", "decided_by")
    if status != ALL:
        matches = matches.filter(status=status)
    # get_page answers a bad or too-high page number with the first or last page.
    page = Paginator(matches.order_by("-created", "-pk"), PER_PAGE).get_page(request.GET.get("page"))
    for match in page:
        match.competitor_host = host_of(match.competitor_url)
        match.decide_by = match.expires(policy)
    labels = dict(PriceMatchRequest.STATUSES, all="All")
    tabs = [{"value": value, "label": labels[value], "count": counts[value], "url": queue_url(value),
             "active": value == status} for value in FILTERS]
    return render(request, "price_match/dashboard/queue.html", {
        "page": page, "status": status, "status_label": labels[status], "tabs": tabs,
        "query": urlencode({"status": status}), "policy": policy,
    })


def _back(request):
    return redirect(queue_url(chosen_filter(request.POST.get("status")), request.POST.get("page")))


@page_required("price-match-dashboard:approve")
@require_POST
def approve_view(request, pk):
    match = get_object_or_404(PriceMatchRequest, pk=pk)
    try:
        match = decisions.approve(match, request.user)
    except decisions.Refused as refused:
        messages.error(request, f"Price match #{pk} was not approved: " + " ".join(refused.reasons))
        return _back(request)
    if match.refunded:
        done = f"{currency(match.refunded, 'CAD')} refunded on order {match.order.number}"
    else:
        done = f"code {match.voucher.code} for {currency(match.difference, 'CAD')}"
    messages.success(request, f"Price match #{pk} approved: {done}, mailed to {match.email}.")
    return _back(request)


@page_required("price-match-dashboard:reject")
@require_POST
def reject_view(request, pk):
    match = get_object_or_404(PriceMatchRequest, pk=pk)
    try:
        match = decisions.reject(match, request.user, request.POST.get("reason", ""))
    except decisions.Refused as refused:
        messages.error(request, f"Price match #{pk} was not rejected: " + " ".join(refused.reasons))
        return _back(request)
    messages.success(request, f"Price match #{pk} rejected; the reason is mailed to {match.email}.")
    return _back(request)


@never_cache  # a shopper's file: kept out of shared caches
@staff_required
@require_GET
def screenshot_view(request, pk):
    match = get_object_or_404(PriceMatchRequest.objects.only("screenshot"), pk=pk)
    extension = PurePath(match.screenshot.name or "").suffix.lower()
    if not match.screenshot or extension not in SCREENSHOT_TYPES:
        raise Http404("No screenshot")
    try:
        stored = match.screenshot.open("rb")
    except OSError:  # gone from the disk
        raise Http404("No screenshot")
    response = FileResponse(stored, content_type=SCREENSHOT_TYPES[extension],
                            filename=f"price-match-{pk}{extension}")
    response["Content-Disposition"] = f'inline; filename="price-match-{pk}{extension}"'
    response["X-Content-Type-Options"] = "nosniff"
    # Should a file ever be other than it claims, it still runs nothing on our origin.
    response["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; sandbox"
    return response
