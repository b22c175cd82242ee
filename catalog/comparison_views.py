"""The comparison page and the forms that change a shopper's list.

Every change is a plain POST form with CSRF that redirects back, so it all works without
JavaScript; static/bodybest/js/compare.js posts the same forms with ``Accept: application/json``
and gets JSON with the tray's new HTML instead of a redirect.
"""
from django import forms
from django.contrib import messages
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.utils.http import urlencode
from django.views.decorators.http import require_GET, require_POST, require_safe
from oscar.core.loading import get_model

from bodybest.redirects import local_path, safe_next
from catalog import comparison
from catalog.comparison_list import comparison_for
from catalog.comparison_table import comparison_table
from catalog.listing import comparison_queryset, is_browsable

Product = get_model("catalogue", "Product")

_ID = {"min_value": 1, "max_value": 2**31 - 1}
_ID_ERRORS = {"required": gettext_lazy("Choose a product."),
              "invalid": gettext_lazy("That is not a product number we know.")}


class ProductForm(forms.Form):
    product = forms.IntegerField(error_messages=_ID_ERRORS, **_ID)
    next = forms.CharField(required=False)  # a page address; _next_url() checks it


class ReplaceForm(ProductForm):
    replace = forms.IntegerField(error_messages=_ID_ERRORS, **_ID)


class KeepForm(forms.Form):
    products = forms.CharField(max_length=comparison.MAX_SHARE_LENGTH, error_messages={
        "required": gettext_lazy("This comparison link names no products."),
        "max_length": gettext_lazy("This comparison link is too long to be one of ours."),
    })


# Helpers ------------------------------------------------------------------------------------

def _wants_json(request):
    return "application/json" in request.headers.get("Accept", "")


def _next_url(request, form=None):
    """Where a plain form goes back to: its ``next`` field or the referring page, if it is ours."""
    candidates = [form.cleaned_data.get("next") if form is not None and form.is_valid() else None,
                  request.POST.get("next"), request.headers.get("Referer")]
    for url in candidates:
        path = local_path(request, url)
        if path is not None:
            return path
    return reverse("compare:page")


def tray_context(request):
    """What the tray shows; one query set for up to three products, whatever the page lists."""
    listing = comparison_for(request)
    products = listing.products()
    count = len(products)
    return {
        "request": request,
        "compare_products": products,
        "compare_status": comparison.tray_status(count),
        "compare_prompts": comparison.empty_slot_prompts(count),
        "compare_ready": comparison.can_compare(count),
        "compare_dropped": listing.dropped,
        "compare_max": comparison.MAX_ITEMS,
    }


def _choice_context(request, product, next_url):
    return {"product": product, "message": comparison.full_message(product.get_title()),
            "next_url": next_url, **tray_context(request)}


def _answer(request, form, message, *, level=messages.SUCCESS, status=200, ok=True, choice=""):
    """JSON for the script, or a message and a redirect back for a plain form."""
    listing = comparison_for(request)
    if _wants_json(request):
        tray = render_to_string("catalog/compare/tray.html", tray_context(request), request=request)
        return JsonResponse({
            "ok": ok, "message": message, "ids": list(listing.ids), "count": len(listing.ids),
            "tray": tray, "choice": choice,
        }, status=status)
    messages.add_message(request, level, message)
    return redirect(_next_url(request, form))


def _bad_request(request, message, status=400):
    if _wants_json(request):
        return JsonResponse({"ok": False, "message": message}, status=status)
    return render(request, "catalog/compare/problem.html", {"message": message}, status=status)


def _first_error(form):
    return next(iter(form.errors.values()))[0]


def _browsable(product_id):
    return Product.objects.browsable().filter(pk=product_id).first()


def _title(product_id):
    """A product's title for a message; never that of a product the shop does not show."""
    product = _browsable(product_id)
    return product.get_title() if product else _("That product")


# Views --------------------------------------------------------------------------------------

@require_POST
def add(request):
    form = ProductForm(request.POST)
    if not form.is_valid():
        return _bad_request(request, _first_error(form))
    product = _browsable(form.cleaned_data["product"])
    if product is None:
        return _answer(request, form, _("That product is no longer available to compare."),
                       level=messages.ERROR, status=404, ok=False)
    change = comparison_for(request).add(product.pk)
    title = product.get_title()
    if change.outcome == comparison.FULL:
        next_url = _next_url(request, form)
        if not _wants_json(request):
            query = urlencode({"product": product.pk, "next": next_url})
            return redirect(reverse("compare:replace") + "?" + query)
        choice = render_to_string("catalog/compare/replace_choice.html",
                                  _choice_context(request, product, next_url), request=request)
        return _answer(request, form, comparison.full_message(title), status=409, ok=False,
                       choice=choice)
    if change.outcome == comparison.ALREADY:
        return _answer(request, form, _("%(title)s is already in your comparison list.") % {"title": title}, level=messages.INFO)
    return _answer(request, form, _("Added %(title)s to your comparison list. %(status)s.") % {
        "title": title, "status": comparison.tray_status(len(change.ids))})


@require_POST
def remove(request):
    form = ProductForm(request.POST)
    if not form.is_valid():
        return _bad_request(request, _first_error(form))
    product_id = form.cleaned_data["product"]
    change = comparison_for(request).remove(product_id)
    if change.outcome == comparison.ABSENT:
        return _answer(request, form, _("%(title)s was not in your comparison list.") % {"title": _title(product_id)},
                       level=messages.INFO)
    return _answer(request, form, _("Removed %(title)s from your comparison list.") % {"title": _title(product_id)})


@require_POST
def replace(request):
    form = ReplaceForm(request.POST)
    if not form.is_valid():
        return _bad_request(request, _first_error(form))
    product = _browsable(form.cleaned_data["product"])
    if product is None:
        return _answer(request, form, _("That product is no longer available to compare."),
                       level=messages.ERROR, status=404, ok=False)
    old_id = form.cleaned_data["replace"]
    change = comparison_for(request).replace(old_id, product.pk)
    if change.outcome == comparison.FULL:
        return _answer(request, form, comparison.full_message(product.get_title()), status=409,
                       ok=False, level=messages.ERROR)
    if change.outcome == comparison.REPLACED:
        message = _("Replaced %(old)s with %(new)s.") % {"old": _title(old_id), "new": product.get_title()}
    else:
        message = _("%(title)s is in your comparison list.") % {"title": product.get_title()}
    return _answer(request, form, message)


@require_GET
def replace_choice(request):
    """Where a plain form lands when a fourth product is refused: pick one to replace."""
    form = ProductForm(request.GET)
    if not form.is_valid():
        return _bad_request(request, _first_error(form))
    product = _browsable(form.cleaned_data["product"])
    if product is None:
        return _bad_request(request, _("That product is no longer available to compare."), status=404)
    next_url = safe_next(request, form.cleaned_data["next"], reverse("catalogue:index"))
    return render(request, "catalog/compare/replace.html", _choice_context(request, product, next_url))


@require_POST
def clear(request):
    comparison_for(request).clear()
    return _answer(request, None, _("Your comparison list is empty."))


@require_POST
def keep(request):
    """Make a shared comparison the shopper's own list."""
    form = KeepForm(request.POST)
    if not form.is_valid():
        return _bad_request(request, _first_error(form))
    try:
        slugs = comparison.parse_share_slugs(form.cleaned_data["products"])
    except comparison.ShareLinkError as error:
        return _bad_request(request, str(error))
    by_slug = {p.slug: p.pk for p in Product.objects.browsable().filter(slug__in=slugs).only("pk", "slug")}
    ids = [by_slug[slug] for slug in slugs if slug in by_slug]
    if not ids:
        return _bad_request(request, _("None of the products in this comparison are available any more."),
                            status=404)
    comparison_for(request).set(ids)
    messages.success(request, _("Saved: this comparison is now your comparison list."))
    return redirect("compare:page")


def _own_page_url(only_differences):
    return reverse("compare:page") + ("?differences=1" if only_differences else "")


@require_safe
def page(request):
    """The comparison table: the shopper's own list, or the products a share link names."""
    only_differences = request.GET.get("differences") == "1"
    raw = request.GET.get("products")
    listing = comparison_for(request)
    missing = 0
    if raw is None:
        products = listing.products(queryset=comparison_queryset())
        slugs = [p.slug for p in products]
        shared = False
    else:
        try:
            slugs = comparison.parse_share_slugs(raw)
        except comparison.ShareLinkError as error:
            return _bad_request(request, str(error))
        if not slugs:
            return redirect(_own_page_url(only_differences))
        found = {p.slug: p for p in comparison_queryset().filter(slug__in=slugs) if is_browsable(p)}
        products = [found[slug] for slug in slugs if slug in found]
        missing = len(slugs) - len(products)
        if slugs and not products:
            return _bad_request(
                request, _("None of the products in this comparison link are available any more."), status=404
            )
        slugs = [p.slug for p in products]
        if [p.pk for p in products] == list(listing.stored_ids()):
            # The shopper's own list, reached through its share link: show it as theirs, so
            # that removing a product changes what they see.
            return redirect(_own_page_url(only_differences))
        shared = True
    share_url = ""
    if slugs:
        share_url = request.build_absolute_uri(
            reverse("compare:page") + "?products=" + comparison.share_query(slugs)
        )
    rows = comparison_table(products)
    context = {
        "products": products,
        "columns": [
            {"product": p, "without": comparison.share_query([s for s in slugs if s != p.slug])}
            for p in products
        ],
        "rows": rows,
        "rows_differing": sum(1 for row in rows if row.differs),
        "only_differences": only_differences,
        "shared": shared,
        "share_query": comparison.share_query(slugs),
        "share_url": share_url,
        "missing": missing,
        "dropped": 0 if shared else listing.dropped,
        "can_compare": comparison.can_compare(len(products)),
        "max_items": comparison.MAX_ITEMS,
    }
    return render(request, "catalog/compare/page.html", context)
