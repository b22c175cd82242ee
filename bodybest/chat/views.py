"""The shopper's side of the chat: the panel's state, sending a message, the live stream, the
link back from a reply mail, and a plain page of the conversation that works without JavaScript.

A shopper reads only their own conversation: the one this browser's session started (or was
given by the mail's signed link), or one started while signed in to their account. Any other id
is answered 404, as if it did not exist."""
from django.conf import settings
from django.core import signing
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST
from django_ratelimit.core import is_ratelimited

from bodybest.business import BUSINESS
from bodybest.chat import conversations, hours, stream
from bodybest.chat.conversations import ChatRefused
from bodybest.chat.models import Conversation, Message

SESSION_KEY = "chat_conversations"
LINK_SALT = "bodybest.chat.link-back"


def own_ids(request):
    return list(request.session.get(SESSION_KEY, []))


def remember(request, conversation):
    ids = [i for i in own_ids(request) if i != conversation.public_id]
    request.session[SESSION_KEY] = [conversation.public_id, *ids][:5]


def own_conversation(request, public_id=None):
    """The shopper's current conversation (or the one named, if theirs), or None."""
    mine = Conversation.objects.select_related("claimed_by", "user")
    if request.user.is_authenticated:
        from django.db.models import Q

        mine = mine.filter(Q(public_id__in=own_ids(request)) | Q(user=request.user))
    else:
        mine = mine.filter(public_id__in=own_ids(request))
    if public_id is not None:
        return mine.filter(public_id=public_id).first()
    return mine.order_by("-updated").first()


def opening():
    now = timezone.now()
    status = hours.status(now, hours.current_table())
    return status, now


def state_payload(request, conversation):
    status, now = opening()
    messages = []
    if conversation is not None:
        messages = [conversations.as_json(m) for m in conversation.messages.order_by("-pk")[:100]][::-1]
    return {
        "open": status.open,
        "backAt": hours.back_at_text(status.back_at, now) if status.back_at and not status.open else "",
        "hours": [f"{day}: {text}" for day, text in hours.weekly_lines(hours.current_table())],
        "phone": BUSINESS.telephone_display, "tel": BUSINESS.telephone,
        "signedIn": request.user.is_authenticated,
        # A name and an address only from a visitor no one knows, and only while we are away:
        # the answer then goes by mail.
        "askContact": not request.user.is_authenticated and not status.open,
        "contactRequired": not request.user.is_authenticated and not status.open,
        "conversation": None if conversation is None else {
            "id": conversation.public_id, **stream.state_of(conversation),
            "events": reverse("chat:events", args=[conversation.public_id])},
        "messages": messages,
    }


@never_cache
@require_GET
def state_view(request):
    return JsonResponse(state_payload(request, own_conversation(request)))


def _limited(request):
    """Per address and per visitor (their session), as settings CHAT_RATE_IP and CHAT_RATE_VISITOR say."""
    if not request.session.session_key:
        request.session.save()
    by_ip = is_ratelimited(request, group="chat-ip", key="ip", rate=settings.CHAT_RATE_IP, increment=True)
    by_visitor = is_ratelimited(request, group="chat-visitor", key=lambda g, r: r.session.session_key,
                                rate=settings.CHAT_RATE_VISITOR, increment=True)
    return by_ip or by_visitor


def basket_snapshot(request):
    basket = getattr(request, "basket", None)
    if basket is None or not basket.id:
        return []
    return [{"title": line.product.get_title() if line.product else "", "quantity": line.quantity,
             "price": str(line.line_price_incl_tax) if line.line_price_incl_tax is not None else ""}
            for line in basket.all_lines()][:50]


@never_cache
@require_POST
def send_view(request):
    """One message from the shopper; the first one starts the conversation (a ticket when
    staff are away). 201 with the message, 400 with what to fix, 429 when too many."""
    if _limited(request):
        return JsonResponse({"error": "You are sending messages faster than we can read them; "
                                      "wait a minute, or call us."}, status=429)
    data = request.POST
    share = data.get("share_basket") in ("on", "1", "true")
    basket = basket_snapshot(request) if share else None
    conversation = own_conversation(request)
    try:
        if conversation is None or conversation.state == Conversation.CLOSED:
            status, _ = opening()
            name, email = conversations.clean_contact(
                data.get("name"), data.get("email"),
                required=not request.user.is_authenticated and not status.open)
            conversations.clean_text(data.get("text"))  # before anything is stored
            conversation = conversations.start(
                user=request.user, name=name, email=email, language=get_language() or "en",
                is_ticket=not status.open, page_url=data.get("page"), page_title=data.get("title"),
                basket=basket)
            remember(request, conversation)
        message = conversations.shopper_says(conversation=conversation, text=data.get("text"),
                                             page_url=data.get("page"), page_title=data.get("title"),
                                             basket=basket)
    except ChatRefused as refused:
        return JsonResponse({"error": refused.message}, status=400)
    conversation.refresh_from_db()
    return JsonResponse({"message": conversations.as_json(message),
                         "state": state_payload(request, conversation)}, status=201)


@never_cache
@require_GET
def events_view(request, public_id):
    conversation = own_conversation(request, public_id)
    if conversation is None:
        raise Http404("No such conversation.")
    source = stream.ConversationSource(conversation.pk, stream.last_event_id(request), shopper=True)
    return stream.response(request, source)


def link_back(conversation):
    """The signed address in a reply mail that gives the conversation to whoever opens it."""
    token = signing.dumps(conversation.public_id, salt=LINK_SALT, compress=True)
    return reverse("chat:back", args=[token])


@never_cache
@require_GET
def back_view(request, token):
    try:
        public_id = signing.loads(token, salt=LINK_SALT, max_age=settings.CHAT_LINK_DAYS * 86400)
    except signing.BadSignature:
        raise Http404("This link is not valid any more.") from None
    conversation = Conversation.objects.filter(public_id=public_id).first()
    if conversation is None:
        raise Http404("No such conversation.")
    remember(request, conversation)
    return redirect("chat-conversation")


@never_cache
def conversation_view(request):
    """The whole conversation on a page, with a reply box: the mail's link lands here, and it
    works without JavaScript."""
    conversation = own_conversation(request)
    error, status = "", 200
    if request.method == "POST":
        if conversation is None:
            raise Http404("No conversation to answer.")
        if _limited(request):
            error, status = "You are sending messages faster than we can read them; wait a minute.", 429
        else:
            try:
                conversations.shopper_says(conversation=conversation, text=request.POST.get("text"))
            except ChatRefused as refused:
                error, status = refused.message, 400
            else:
                return redirect("chat-conversation")
    messages = list(conversation.messages.order_by("pk")) if conversation else []
    if conversation:
        last_staff = max([m.pk for m in messages if m.sender != Message.SHOPPER], default=None)
        if last_staff:
            conversations.seen(conversation, read_up_to=last_staff)
    status_now, now = opening()
    return render(request, "chat/conversation.html", {
        "conversation": conversation, "chat_messages": messages, "error": error,
        "open_now": status_now.open,
        "back_at": hours.back_at_text(status_now.back_at, now) if status_now.back_at else "",
        "weekly_hours": hours.weekly_lines(hours.current_table())}, status=status)
