"""The newsletter's staff pages under /dashboard/newsletter/: how many people are subscribed,
how each article's mailing went, who each subscriber is with the consent they gave (CASL), and
an article's mail sent to oneself as a test. The pages only read; mailing is sending.py's."""
import csv
from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import urlencode

from django.contrib import messages
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count, Exists, OuterRef, Subquery
from django.http import JsonResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.dateformat import format as format_date
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from bodybest.roles import page_required
from blog.models import Article
from blog.newsletter import publishing, sending
from blog.newsletter.models import ArticleSend, Consent, Subscriber
from blog.newsletter.tasks import send_test

# Anonymous visitors go to the dashboard login; a logged-in non-staff user gets a 403.
staff_required = page_required("newsletter-dashboard")  # its role permission (bodybest/roles.py)

SUBSCRIBERS_PER_PAGE = 50
SENDS_PER_PAGE = 25
RECENT_DAYS = 30
TIME_FORMAT = "Y-m-d H:i"  # the templates' |date format too, so polled figures read the same
CSV_COLUMNS = ["email", "status", "signed_up", "confirmed", "unsubscribed", "consent_given",
               "consent_ip", "consent_source_page", "consent_text_version", "consent_confirmed"]
# A spreadsheet runs a cell starting with one of these as a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Progress:
    """One mailing's figures; `pending` includes rows a worker is sending right now, as
    sending.counts_by_send() counts them. The fan-out sets `recipients` only once every row exists,
    so until then the rows themselves are the total."""

    sent: int = 0
    failed: int = 0
    pending: int = 0
    recipients: int = 0

    @property
    def done(self):
        return self.sent + self.failed

    @property
    def total(self):
        return max(self.recipients, self.done + self.pending)

    @property
    def percent(self):
        return self.done * 100 // self.total if self.total else 0

    @property
    def sent_percent(self):
        return self.sent * 100 / self.total if self.total else 0

    @property
    def failed_percent(self):
        return self.failed * 100 / self.total if self.total else 0

    @property
    def text(self):
        return f"{figure(self.done)} of {figure(self.total)}"

    @property
    def shown(self):
        """The figures as the page and progress.json show them."""
        return {"recipients": figure(self.recipients), "sent": figure(self.sent), "failed": figure(self.failed),
                "pending": figure(self.pending), "text": self.text}


def figure(number):
    """1,000 rather than Django's en-CA "1\u00a0000": the way staff write counts."""
    return f"{number:,}"


def progress_by_send(sends):
    """{send id: Progress} for all `sends` from one grouped query over their deliveries."""
    sends = list(sends)
    counts = sending.counts_by_send([send.pk for send in sends])
    return {send.pk: Progress(**counts[send.pk], recipients=send.recipients) for send in sends}


def subscriber_counts(subscribers=None):
    """{status: count} for every status, zeros included, in one grouped query."""
    subscribers = Subscriber.objects.all() if subscribers is None else subscribers
    counts = dict(subscribers.order_by().values_list("status").annotate(n=Count("pk")))
    return {status: counts.get(status, 0) for status, _ in Subscriber.STATUSES}


def with_latest_consent(subscribers):
    """Each subscriber with their latest consent record's fields as `consent_*` attributes,
    read by correlated subqueries in the same query (no query per row)."""
    latest = Consent.objects.filter(subscriber=OuterRef("pk")).order_by("-given", "-pk")
    fields = {"consent_given": "given", "consent_ip": "ip_address", "consent_source_page": "source_page",
              "consent_text_version": "text_version", "consent_confirmed": "confirmed"}
    return subscribers.annotate(**{name: Subquery(latest.values(field)[:1]) for name, field in fields.items()})


def filtered_subscribers(params):
    """The subscribers whose email contains `?q=`, and `?status=` as understood (an unknown one
    means all): callers filter by it themselves, the list after counting each status."""
    status = params.get("status", "")
    if status not in dict(Subscriber.STATUSES):
        status = ""
    q = params.get("q", "").replace("\x00", "").strip()[:254]
    subscribers = Subscriber.objects.all()
    if q:
        subscribers = subscribers.filter(email__icontains=q)
    return subscribers, status, q


@staff_required
@require_GET
def overview_view(request):
    now = timezone.now()
    sends = Paginator(ArticleSend.objects.select_related("article").only(
        "status", "recipients", "started", "finished", "created",
        "article__title", "article__slug", "article__status", "article__publish_at",
        # What article.title and .slug read in each language (blog/translation.py): left out,
        # each row would cost a query.
        "article__title_en_ca", "article__title_fr_ca", "article__slug_en_ca", "article__slug_fr_ca",
    ).order_by("-created", "-pk"), SENDS_PER_PAGE).get_page(request.GET.get("page"))
    figures = progress_by_send(sends)
    for send in sends:
        send.progress = figures[send.pk]
    unfinished = [send.pk for send in sends if send.status != ArticleSend.DONE]
    # Published in the last month or scheduled, and not mailed: "due" ones are mailed by the
    # next beat run (publishing.due_articles decides); the others are too old to be mailed.
    not_mailed = (Article.objects.filter(status=Article.PUBLISHED, newsletter_send__isnull=True,
                                         publish_at__gte=now - timedelta(days=RECENT_DAYS))
                  .annotate(due=Exists(publishing.due_articles(now).filter(pk=OuterRef("pk"))))
                  .only("title", "slug", "status", "publish_at").order_by("-publish_at", "-pk"))
    return render(request, "newsletter/dashboard/overview.html", {
        "counts": {status: figure(n) for status, n in subscriber_counts().items()},
        "sends": sends, "unfinished": unfinished, "not_mailed": not_mailed, "now": now,
    })


@never_cache
@staff_required
@require_GET
def progress_view(request):
    """The figures of the sends named by `?send=<id>` (the overview polls it while any is
    unfinished)."""
    ids = [int(value) for value in request.GET.getlist("send")[:100] if value.isascii() and value.isdigit()]
    sends = ArticleSend.objects.filter(pk__in=ids).only("status", "recipients", "started", "finished")
    figures = progress_by_send(sends)
    rows = []
    for send in sends:
        progress = figures[send.pk]
        rows.append({
            "id": send.pk, "status": send.status, "status_label": send.get_status_display(),
            "started": _local(send.started), "finished": _local(send.finished),
            **progress.shown, "done": progress.done, "total": progress.total,
            "percent": progress.percent, "sent_percent": progress.sent_percent,
            "failed_percent": progress.failed_percent,
        })
    return JsonResponse({
        "as_of": format_date(timezone.localtime(), "H:i:s"), "sends": rows,
        "unfinished": any(send.status != ArticleSend.DONE for send in sends),
    })


@transaction.non_atomic_requests  # writes nothing; the task is queued now, not on a commit
@page_required("newsletter-dashboard:send-test")
@require_POST
def send_test_view(request, pk):
    article = get_object_or_404(Article.objects.only("title"), pk=pk)
    email = request.user.email
    if not email:
        messages.error(request, "Your staff account has no email address, so there is nowhere to send "
                                "the test. Add one under Account, Profile, then try again.")
    else:
        send_test.delay(article.pk, email)
        messages.success(request, f"Test of “{article.title}” sent to {email}.")
    return redirect("newsletter-dashboard:index")


@page_required("newsletter-dashboard:subscribers")
@require_GET
def subscribers_view(request):
    subscribers, status, q = filtered_subscribers(request.GET)
    counts = subscriber_counts(subscribers)
    if status:
        subscribers = subscribers.filter(status=status)
    # get_page answers a bad or too-high page number with the first or last page.
    page = Paginator(with_latest_consent(subscribers).order_by("-created", "-pk"),
                     SUBSCRIBERS_PER_PAGE).get_page(request.GET.get("page"))
    search = {"q": q} if q else {}
    tabs = [{"label": "All", "count": figure(sum(counts.values())), "query": urlencode(search),
             "active": not status}]
    tabs += [{"label": label, "count": figure(counts[value]), "query": urlencode({"status": value, **search}),
              "active": status == value} for value, label in Subscriber.STATUSES]
    return render(request, "newsletter/dashboard/subscribers.html", {
        "page": page, "showing": {"first": figure(page.start_index()), "last": figure(page.end_index()),
                                  "total": figure(page.paginator.count)},
        "status": status, "status_label": dict(Subscriber.STATUSES).get(status, ""),
        "q": q, "tabs": tabs, "query": urlencode({**({"status": status} if status else {}), **search}),
    })


@never_cache  # personal data: kept out of shared caches
@page_required("newsletter-dashboard:subscribers-csv")
@require_GET
def subscribers_csv_view(request):
    """Every subscriber the filter selects, streamed a chunk of rows at a time."""
    subscribers, status, _ = filtered_subscribers(request.GET)
    if status:
        subscribers = subscribers.filter(status=status)
    rows = with_latest_consent(subscribers).order_by("pk").values_list(
        "email", "status", "created", "confirmed", "unsubscribed", "consent_given", "consent_ip",
        "consent_source_page", "consent_text_version", "consent_confirmed")
    writer = csv.writer(_Echo())

    def lines():
        yield writer.writerow(CSV_COLUMNS)
        for row in rows.iterator(chunk_size=2000):
            yield writer.writerow([_cell(value) for value in row])

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="bodybest-subscribers-{timezone.localdate():%Y-%m-%d}.csv"')
    return response


class _Echo:
    """A file for csv.writer that hands each written line back instead of keeping it."""

    def write(self, value):
        return value


def _cell(value):
    if value is None:
        return ""
    if hasattr(value, "tzinfo"):
        return timezone.localtime(value).isoformat(timespec="seconds")
    value = str(value)
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _local(moment):
    return format_date(timezone.localtime(moment), TIME_FORMAT) if moment else ""
