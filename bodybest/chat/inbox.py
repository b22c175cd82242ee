"""Staff's chat inbox in the dashboard: open conversations with who waits and for how long, one
conversation with the shopper's page, shared basket, past orders and past conversations, the
reply box with canned answers, claim / take over / close / reopen, and the opening hours.

Pages ask the permissions in bodybest/roles.py (PAGES "chat-inbox"): Customer service and
Owner. The rules are bodybest/chat/conversations.py's; a refusal shows its message with a 400
and keeps the typed reply. Both pages update live from the streams in bodybest/chat/stream.py."""
from django import forms
from django.core.paginator import Paginator
from django.db.models import Exists, OuterRef, Q, Subquery
from django.forms import modelformset_factory
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods
from oscar.core.loading import get_model

from bodybest.chat import conversations, hours, stream
from bodybest.chat.conversations import ChatRefused
from bodybest.chat.models import CannedAnswer, Conversation, Message, OpeningHours
from bodybest.roles import page_required

Order = get_model("order", "Order")
FILTERS = [("open", "Open"), ("waiting", "Waiting for us"), ("closed", "Closed"), ("all", "All")]
# A conversation waiting for staff: open, with a shopper's message not answered yet.
WAITING = Q(state=Conversation.OPEN, waiting_since__isnull=False)


def waiting_count():
    """The inbox's badge and the tab's title: conversations waiting for staff."""
    return Conversation.objects.filter(WAITING).count()
PER_PAGE = 25


def listing(state, query):
    last = Message.objects.filter(conversation=OuterRef("pk")).order_by("-pk")
    rows = (Conversation.objects.select_related("user", "claimed_by")
            .annotate(last_text=Subquery(last.values("text")[:1]), last_sender=Subquery(last.values("sender")[:1])))
    if state == "open":
        rows = rows.filter(state=Conversation.OPEN)
    elif state == "waiting":
        rows = rows.filter(WAITING)
    elif state == "closed":
        rows = rows.filter(state=Conversation.CLOSED)
    if query:
        said = Message.objects.filter(conversation=OuterRef("pk"), text__icontains=query)
        rows = rows.filter(Q(name__icontains=query) | Q(email__icontains=query) | Q(user__email__icontains=query)
                           | Exists(said))
    # Who has waited longest first, then the most recently active.
    return rows.order_by("waiting_since", "-updated") if state in ("open", "waiting") else rows.order_by("-updated")


@never_cache
@page_required("chat-inbox")
@require_GET
def index(request):
    state = request.GET.get("state", "open")
    state = state if state in dict(FILTERS) else "open"
    query = (request.GET.get("q") or "").strip()[:100]
    page = Paginator(listing(state, query), PER_PAGE).get_page(request.GET.get("page"))
    template = "chat/dashboard/rows.html" if request.GET.get("part") == "rows" else "chat/dashboard/index.html"
    return render(request, template, {
        "page": page, "rows": page.object_list, "state": state, "query": query, "now": timezone.now(),
        "filters": [{"value": v, "label": label, "active": v == state} for v, label in FILTERS],
        "waiting": waiting_count()})


class ReplyForm(forms.Form):
    text = forms.CharField(label="Your answer", widget=forms.Textarea(attrs={"rows": 4}), required=False,
                           max_length=None)


@never_cache
@page_required("chat-inbox:detail")
@require_http_methods(["GET", "POST"])
def detail(request, pk):
    conversation = get_object_or_404(Conversation.objects.select_related("user", "claimed_by"), pk=pk)
    form = ReplyForm(request.POST or None)
    if request.method == "POST":
        action = request.POST.get("action", "")
        try:
            if action == "reply":
                text = request.POST.get("text", "")
                conversations.staff_says(conversation=conversation, user=request.user, text=text)
            elif action in ("claim", "take-over"):
                conversations.claim(conversation=conversation, user=request.user, take_over=action == "take-over")
            elif action == "release":
                conversations.release(conversation=conversation, user=request.user)
            elif action == "close":
                conversations.close(conversation=conversation, user=request.user)
            elif action == "reopen":
                conversations.reopen(conversation=conversation, user=request.user)
            else:
                raise ChatRefused("Choose reply, claim, take over, release, close or reopen.")
        except ChatRefused as refused:
            return _page(request, conversation, form, error=refused.message, status=400)
        return redirect("chat-inbox:detail", pk=conversation.pk)
    return _page(request, conversation, form)


def _page(request, conversation, form, error="", status=200):
    conversation.refresh_from_db()
    past = Conversation.objects.none()
    orders = Order.objects.none()
    if conversation.user_id:
        orders = Order.objects.filter(user=conversation.user).order_by("-date_placed")[:10]
        past = Conversation.objects.filter(user=conversation.user)
    elif conversation.email:
        past = Conversation.objects.filter(email__iexact=conversation.email)
    claimed_by_other = conversation.claimed_by_id not in (None, request.user.pk)
    return render(request, "chat/dashboard/detail.html", {
        "conversation": conversation, "chat_messages": conversation.messages.order_by("pk"),
        "form": form, "error": error, "orders": orders,
        "past": past.exclude(pk=conversation.pk).order_by("-updated")[:10],
        "canned": CannedAnswer.objects.all(), "claimed_by_other": claimed_by_other,
        "last_id": conversation.messages.order_by("-pk").values_list("pk", flat=True).first() or 0,
    }, status=status)


@never_cache
@page_required("chat-inbox:conversation-events")
@require_GET
def conversation_events(request, pk):
    conversation = get_object_or_404(Conversation, pk=pk)
    return stream.response(request, stream.ConversationSource(conversation.pk, stream.last_event_id(request),
                                                              shopper=False))


@never_cache
@page_required("chat-inbox")
@require_GET
def inbox_events(request):
    return stream.response(request, InboxSource())


class InboxSource(stream.Source):
    """Staff's inbox: an "inbox" event whenever the open conversations change (how many wait for
    us, the newest message's id), which the page answers by drawing its list again."""

    def __init__(self):
        from bodybest.chat import notify

        super().__init__(0)
        self.channel = notify.channel(notify.INBOX)
        self.last = None

    def read(self):
        summary = {"waiting": waiting_count(),
                   "latest": Message.objects.order_by("-pk").values_list("pk", flat=True).first() or 0}
        if summary == self.last:
            return [], True
        self.last = summary
        return [stream.event("inbox", summary)], True


HoursFormSet = modelformset_factory(OpeningHours, fields=["opens", "closes"], extra=0,
                                    widgets={"opens": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
                                             "closes": forms.TimeInput(attrs={"type": "time"}, format="%H:%M")})


@never_cache
@page_required("chat-inbox:hours")
@require_http_methods(["GET", "POST"])
def opening_hours(request):
    if OpeningHours.objects.count() < 7:
        table = hours.current_table()
        for day in range(7):
            OpeningHours.objects.get_or_create(weekday=day, defaults={
                "opens": table[day][0] if table.get(day) else None, "closes": table[day][1] if table.get(day) else None})
    formset = HoursFormSet(request.POST or None, queryset=OpeningHours.objects.order_by("weekday"))
    error, status = "", 200
    if request.method == "POST":
        if formset.is_valid():
            problem = next((f"{form.instance.get_weekday_display()}: give both times, opening before closing, "
                            "or leave both empty for closed." for form in formset.forms
                            if bool(form.cleaned_data.get("opens")) != bool(form.cleaned_data.get("closes"))
                            or (form.cleaned_data.get("opens") and form.cleaned_data["opens"] >= form.cleaned_data["closes"])),
                           "")
            if not problem:
                formset.save()
                return redirect("chat-inbox:hours")
            error = problem
        else:
            error = "Enter each time as HH:MM, or leave both empty for a day we are closed."
        status = 400
    return render(request, "chat/dashboard/hours.html", {
        "formset": formset, "error": error, "weekly": hours.weekly_lines(hours.current_table())}, status=status)
