"""Old links under /dashboard/old-links/: the old Shopify store's addresses and where each now
leads, found by old address or target, filtered by kind and source, with how often they are
followed; staff add, edit and delete them. What a link is allowed to be is
bodybest/old_link_forms.py's; the redirects read the table on every visit (one query on its
unique index, nothing cached), so a save or a delete answers the next visitor."""
from datetime import timedelta
from urllib.parse import urlencode

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count, Q, Sum
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from bodybest import old_link_follows, old_links
from bodybest.models import OldLink
from bodybest.old_link_forms import OldLinkForm
from bodybest.roles import page_required

# Anonymous visitors go to the dashboard login; a signed-in customer gets a 403.
staff_required = page_required("old-links-dashboard")  # its role permission (bodybest/roles.py)

PER_PAGE = 50
RECENT_DAYS = 30


def figure(number):
    """1,000 rather than Django's en-CA "1\u00a0000": the way staff write counts."""
    return f"{number or 0:,}"


def figures(now):
    """The table at a glance, in one aggregate query."""
    since = now - timedelta(days=RECENT_DAYS)
    counts = OldLink.objects.aggregate(
        total=Count("pk"), staff=Count("pk", filter=Q(source="staff")),
        imported=Count("pk", filter=Q(source="import")),
        recent=Count("pk", filter=Q(last_followed_at__gte=since)),
        never=Count("pk", filter=Q(followed=0)), follows=Sum("followed"),
    )
    return {name: figure(value) for name, value in counts.items()}


def filtered(params):
    """(links, the filters as understood): ``q`` in the old address or the target, ``kind``
    and ``source`` among their choices (an unknown one means all)."""
    q = params.get("q", "").replace("\x00", "").strip()[:old_links.MAX_LENGTH]
    kind = params.get("kind", "") if params.get("kind", "") in old_links.KINDS else ""
    source = params.get("source", "") if params.get("source", "") in old_links.SOURCES else ""
    links = OldLink.objects.all()
    if q:
        # A pasted link of the old store is found by its normalised path too.
        links = links.filter(Q(path__icontains=q) | Q(path__icontains=old_links.normalise(q))
                             | Q(target_url__icontains=q))
    if kind:
        links = links.filter(kind=kind)
    if source:
        links = links.filter(source=source)
    return links, {"q": q, "kind": kind, "source": source}


@never_cache
@staff_required
@require_GET
def list_view(request):
    links, chosen = filtered(request.GET)
    page = Paginator(links.order_by("path"), PER_PAGE).get_page(request.GET.get("page"))
    waiting = old_link_follows.pending(link.pk for link in page)
    for link in page:
        link.follows = link.followed + waiting.get(link.pk, 0)
    query = urlencode({name: value for name, value in chosen.items() if value})
    return render(request, "bodybest/dashboard/old_links/list.html", {
        "page": page, "figures": figures(timezone.now()), "recent_days": RECENT_DAYS,
        "kinds": OldLink.KIND_CHOICES, "sources": OldLink.SOURCE_CHOICES, "query": query,
        "filtering": any(chosen.values()), **chosen,
    })


def _posted(request):
    return request.POST if request.method == "POST" else None


def _form_page(request, form, link=None):
    if request.method == "POST" and form.is_valid():
        saved = form.save(commit=False)
        saved.source = "staff"  # a later import leaves a link staff set as they set it
        saved.save()
        verb = "saved" if link else "added"
        messages.success(request, f"Old link {verb}: {saved.path} now leads to {saved.target_url}.")
        return redirect("old-links-dashboard:index")
    status = 400 if request.method == "POST" else 200
    return render(request, "bodybest/dashboard/old_links/form.html", {"form": form, "link": link},
                  status=status)


@never_cache
@staff_required
@require_http_methods(["GET", "POST"])
def add_view(request):
    initial = {"path": request.GET.get("path", "")[:old_links.MAX_LENGTH]}
    form = OldLinkForm(_posted(request), initial=initial)
    return _form_page(request, form)


@never_cache
@staff_required
@require_http_methods(["GET", "POST"])
def edit_view(request, pk):
    link = get_object_or_404(OldLink, pk=pk)
    form = OldLinkForm(_posted(request), instance=link)
    return _form_page(request, form, OldLink.objects.get(pk=pk))


@never_cache
@staff_required
@require_http_methods(["GET", "POST"])
def delete_view(request, pk):
    link = get_object_or_404(OldLink, pk=pk)
    if request.method == "POST":
        link.delete()
        old_link_follows.forget(pk)
        messages.success(request, f"Old link deleted: {link.path} no longer leads to {link.target_url}.")
        return redirect("old-links-dashboard:index")
    return render(request, "bodybest/dashboard/old_links/delete.html", {"link": link})
