"""Paper for the warehouse, from the dashboard: a parcel's packing slip (linked beside each
shipment on the order's page and offered once it ships) and the pick list of a day, as a page
and as a PDF. The contents are checkout/packing_slips.py's and checkout/pick_lists.py's; who may
open them is bodybest/roles.py's PAGES."""
import datetime

from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_http_methods

from bodybest.roles import page_required
from checkout import packing_slips, pick_lists
from checkout.models import Shipment

BAD_DATE = "Enter the date as YYYY-MM-DD, for example 2026-11-30."


def _pdf(content, filename):
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


@page_required("order-packing-slip")
@require_http_methods(["GET"])
def packing_slip(request, number, shipment):
    """One parcel's slip; a shipment of another order is a 404, as an unknown one is."""
    parcel = get_object_or_404(Shipment.objects.select_related("order"), pk=shipment, order__number=number)
    return _pdf(packing_slips.packing_slip(parcel), packing_slips.filename(parcel))


def _day(request):
    """The day asked for (?date=YYYY-MM-DD), today in the store's time zone when none; None if
    it is not a date."""
    typed = request.GET.get("date", "").strip()
    if not typed:
        return pick_lists.today()
    try:
        return datetime.date.fromisoformat(typed)
    except ValueError:
        return None


@page_required("pick-list-dashboard")
@require_http_methods(["GET"])
def pick_list(request):
    day = _day(request)
    if day is None:
        return render(request, "checkout/dashboard/pick_list.html",
                      {"error": BAD_DATE, "typed": request.GET.get("date", "")[:40]}, status=400)
    return render(request, "checkout/dashboard/pick_list.html",
                  {"picks": pick_lists.pick_list(day), "typed": day.isoformat()})


@page_required("pick-list-dashboard:pdf")
@require_http_methods(["GET"])
def pick_list_pdf(request):
    day = _day(request)
    if day is None:
        return HttpResponse(BAD_DATE, status=400, content_type="text/plain; charset=utf-8")
    return _pdf(pick_lists.pick_list_pdf(pick_lists.pick_list(day)), f"pick-list-{day.isoformat()}.pdf")
