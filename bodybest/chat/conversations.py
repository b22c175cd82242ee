"""What shoppers and staff do in a conversation: each change stored, then nudged to every
listener after the commit (bodybest/chat/notify.py).

Refused with a message and nothing stored (ChatRefused): an empty or over-long message or one
with control characters, a name or address missing when staff are away and no one is signed
in, a reply to a closed conversation, or one another staff member has claimed."""
import unicodedata
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone

from bodybest.chat import notify
from bodybest.chat.models import TEXT_MAX_LENGTH, Conversation, Message
from bodybest.mail.queueing import queue_mail

REPLY_MAIL = "chat-reply"
PAGE_MAX_LENGTH = 500


class ChatRefused(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


def clean_text(text):
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        raise ChatRefused("Type a message first.")
    if len(text) > TEXT_MAX_LENGTH:
        raise ChatRefused(f"Keep a message to {TEXT_MAX_LENGTH:,} characters; send the rest in another.")
    if any(unicodedata.category(c) in ("Cc", "Cs") and c not in "\n\t" for c in text):
        raise ChatRefused("The message contains control characters; type it again as plain text.")
    return text


def clean_contact(name, email, *, required):
    name, email = (name or "").strip(), (email or "").strip()
    if any(unicodedata.category(c) == "Cc" for c in name) or len(name) > 120:
        raise ChatRefused("Give your name as plain text, up to 120 characters.")
    if email:
        try:
            validate_email(email)
        except ValidationError:
            raise ChatRefused("Enter your email address as name@example.com.") from None
    if required and not (name and email):
        raise ChatRefused("We are away: give your name and email address so we can answer you by email.")
    return name, email


def clean_page(url):
    """The page's path and query as the shopper's browser gave it, on our site only."""
    url = (url or "").strip()
    if not url.startswith("/") or url.startswith("//") or any(unicodedata.category(c) == "Cc" for c in url):
        return ""
    return url[:PAGE_MAX_LENGTH]


def start(*, user, name, email, language, is_ticket, page_url, page_title, basket):
    return Conversation.objects.create(
        user=user if getattr(user, "is_authenticated", False) else None, name=name, email=email,
        language=language, is_ticket=is_ticket, page_url=clean_page(page_url), page_title=(page_title or "")[:200],
        basket=basket)


def shopper_says(*, conversation, text, page_url="", page_title="", basket=None, now=None):
    """The shopper's message, stored; the conversation waits for staff from its first unanswered one."""
    text, now = clean_text(text), now or timezone.now()
    with transaction.atomic():
        conversation = Conversation.objects.select_for_update().get(pk=conversation.pk)
        message = Message.objects.create(conversation=conversation, sender=Message.SHOPPER, text=text,
                                         author_name=conversation.who[:120], page_url=clean_page(page_url),
                                         created=now)
        fields = {"updated": now, "shopper_seen": now, "state": Conversation.OPEN}
        if conversation.waiting_since is None:
            fields["waiting_since"] = now
        if clean_page(page_url):
            fields.update(page_url=clean_page(page_url), page_title=(page_title or "")[:200])
        if basket is not None:
            fields["basket"] = basket
        Conversation.objects.filter(pk=conversation.pk).update(**fields)
        notify.changed(conversation.pk)
    return message


def staff_says(*, conversation, user, text, now=None):
    """Staff's answer, stored. A shopper whose panel is closed (away for CHAT_AWAY_SECONDS), or
    whose question became a ticket, is mailed it with a link back to the conversation."""
    text, now = clean_text(text), now or timezone.now()
    with transaction.atomic():
        conversation = Conversation.objects.select_for_update().get(pk=conversation.pk)
        if conversation.claimed_by_id and conversation.claimed_by_id != user.pk:
            raise ChatRefused(f"{conversation.claimed_by.get_username()} is answering this conversation; "
                              "take it over first.")
        message = Message.objects.create(conversation=conversation, sender=Message.STAFF, staff_user=user,
                                         author_name=staff_name(user), text=text, created=now)
        Conversation.objects.filter(pk=conversation.pk).update(
            updated=now, waiting_since=None, state=Conversation.OPEN,
            claimed_by=user, claimed_at=conversation.claimed_at or now)
        if conversation.reply_address and (conversation.is_ticket or shopper_away(conversation, now)):
            queue_mail(REPLY_MAIL, message.pk)
        notify.changed(conversation.pk)
    return message


def staff_name(user):
    """The name a shopper reads beside staff's answers: the first name only."""
    return (user.first_name or user.get_username()).strip()[:120]


def shopper_away(conversation, now):
    seen = conversation.shopper_seen
    return seen is None or now - seen > timedelta(seconds=settings.CHAT_AWAY_SECONDS)


def seen(conversation, *, read_up_to=None, now=None):
    """The shopper's panel is open (a stream beat) and has shown messages up to `read_up_to`."""
    fields = {"shopper_seen": now or timezone.now()}
    if read_up_to:
        fields["shopper_read_up_to"] = read_up_to
    Conversation.objects.filter(pk=conversation.pk).update(**fields)


def claim(*, conversation, user, take_over=False):
    with transaction.atomic():
        conversation = Conversation.objects.select_for_update().get(pk=conversation.pk)
        if conversation.claimed_by_id not in (None, user.pk) and not take_over:
            raise ChatRefused(f"{conversation.claimed_by.get_username()} is answering this conversation already.")
        Conversation.objects.filter(pk=conversation.pk).update(claimed_by=user, claimed_at=timezone.now())
        notify.changed(conversation.pk)


def release(*, conversation, user):
    with transaction.atomic():
        Conversation.objects.filter(pk=conversation.pk, claimed_by=user).update(claimed_by=None, claimed_at=None)
        notify.changed(conversation.pk)


def close(*, conversation, user):
    _set_state(conversation, Conversation.CLOSED, user, "closed")


def reopen(*, conversation, user):
    _set_state(conversation, Conversation.OPEN, user, "reopened")


def _set_state(conversation, state, user, verb):
    with transaction.atomic():
        conversation = Conversation.objects.select_for_update().get(pk=conversation.pk)
        if conversation.state == state:
            raise ChatRefused(f"This conversation is {conversation.get_state_display().lower()} already.")
        now = timezone.now()
        Message.objects.create(conversation=conversation, sender=Message.NOTE,
                               text=f"{staff_name(user)} {verb} the conversation.", created=now)
        fields = {"state": state, "updated": now}
        if state == Conversation.CLOSED:
            fields.update(waiting_since=None, claimed_by=None, claimed_at=None)
        Conversation.objects.filter(pk=conversation.pk).update(**fields)
        notify.changed(conversation.pk)


def as_json(message):
    """What a browser shows of a message: plain text, drawn as text (never as HTML) by
    static/bodybest/js/chat.js, which also makes http(s) links safe ones."""
    return {"id": message.pk, "sender": message.sender, "author": message.author_name,
            "text": message.text, "at": message.created.isoformat()}
