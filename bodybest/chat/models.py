"""A conversation between one shopper and the store's staff, its messages (each stored before
anyone is told of it), the hours staff answer live, and the answers staff keep ready.

A message's id orders the conversation and is the event id the live stream sends, so a
reconnecting browser asks for what came after the last id it showed and misses nothing."""
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone

TEXT_MAX_LENGTH = 2000


def new_public_id():
    return secrets.token_urlsafe(18)


class Conversation(models.Model):
    OPEN, CLOSED = "open", "closed"
    STATES = [(OPEN, "Open"), (CLOSED, "Closed")]

    public_id = models.CharField(max_length=32, unique=True, default=new_public_id, editable=False)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                             related_name="chat_conversations")
    name = models.CharField(max_length=120, blank=True)
    email = models.EmailField(blank=True)
    language = models.CharField(max_length=10, default="en")
    state = models.CharField(max_length=10, choices=STATES, default=OPEN, db_index=True)
    # Started outside opening hours: staff answer it by email, as a ticket.
    is_ticket = models.BooleanField(default=False)
    page_url = models.CharField("page the shopper is on", max_length=500, blank=True)
    page_title = models.CharField(max_length=200, blank=True)
    # The basket, as the shopper agreed to share it: [{"title", "quantity", "price"}], or None.
    basket = models.JSONField(null=True, blank=True)
    created = models.DateTimeField(default=timezone.now)
    updated = models.DateTimeField(default=timezone.now, db_index=True)
    # Since when the shopper's last message waits for an answer; None once staff answered.
    waiting_since = models.DateTimeField(null=True, blank=True, db_index=True)
    claimed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    claimed_at = models.DateTimeField(null=True, blank=True)
    # The last time the shopper's panel was open (its live stream beat): away after CHAT_AWAY_SECONDS.
    shopper_seen = models.DateTimeField(null=True, blank=True)
    # The last staff message the shopper has shown on screen or been mailed.
    shopper_read_up_to = models.BigIntegerField(default=0)

    class Meta:
        ordering = ["-updated"]
        indexes = [models.Index(fields=["state", "-updated"])]

    def __str__(self):
        return f"Chat {self.pk} with {self.who}"

    @property
    def who(self):
        if self.user_id:
            return self.user.get_full_name() or self.user.email
        return self.name or self.email or "a visitor"

    @property
    def reply_address(self):
        return (self.user.email if self.user_id else "") or self.email


class Message(models.Model):
    SHOPPER, STAFF, NOTE = "shopper", "staff", "note"
    SENDERS = [(SHOPPER, "Shopper"), (STAFF, "Staff"), (NOTE, "Store note")]

    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="messages")
    sender = models.CharField(max_length=10, choices=SENDERS)
    staff_user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    author_name = models.CharField(max_length=120, blank=True)
    text = models.TextField(max_length=TEXT_MAX_LENGTH)
    page_url = models.CharField(max_length=500, blank=True)
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["pk"]

    def __str__(self):
        return f"{self.get_sender_display()} message {self.pk}"


class OpeningHours(models.Model):
    """When staff answer live, by weekday, in Eastern time (the store's). Closed on Canada's
    statutory holidays too (bodybest/chat/hours.py)."""
    WEEKDAYS = [(0, "Monday"), (1, "Tuesday"), (2, "Wednesday"), (3, "Thursday"), (4, "Friday"),
                (5, "Saturday"), (6, "Sunday")]
    weekday = models.PositiveSmallIntegerField(choices=WEEKDAYS, unique=True)
    opens = models.TimeField(null=True, blank=True)
    closes = models.TimeField(null=True, blank=True)

    class Meta:
        ordering = ["weekday"]
        verbose_name_plural = "opening hours"

    def __str__(self):
        if self.opens is None or self.closes is None:
            return f"{self.get_weekday_display()}: closed"
        return f"{self.get_weekday_display()}: {self.opens:%H:%M}-{self.closes:%H:%M} ET"


class CannedAnswer(models.Model):
    title = models.CharField(max_length=80, unique=True)
    text = models.TextField(max_length=TEXT_MAX_LENGTH)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "title"]

    def __str__(self):
        return self.title
