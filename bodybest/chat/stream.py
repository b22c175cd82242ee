"""The live stream of one conversation (or of staff's inbox) as server-sent events.

Each message goes out as an event whose id is the message's id; the browser's EventSource sends
the last id it showed as Last-Event-ID when it reconnects (a dropped network, a restarted web
node, the stream's own end after CHAT_STREAM_SECONDS), and the stream starts after it. A stream
beats every CHAT_STREAM_BEAT_SECONDS with the conversation's state, which also tells the
database the shopper's panel is open.

Served two ways from the same view: on an ASGI server (uvicorn, production) as an async
generator, thousands of open streams on one event loop; on a WSGI server (`runserver` in
`make run`, the tests' live server) as a plain generator, one thread per open stream."""
import json
import time

from asgiref.sync import sync_to_async
from django.conf import settings
from django.db import close_old_connections, connections
from django.http import StreamingHttpResponse

from bodybest.chat import conversations, notify
from bodybest.chat.models import Conversation, Message

BATCH = 200


def response(request, source):
    """`source` is a Source; the response streams it the way this server runs."""
    from django.core.handlers.asgi import ASGIRequest

    on_loop = isinstance(request, ASGIRequest)
    body = source.async_events() if on_loop else source.events()
    if on_loop:  # the view's thread would hold its PostgreSQL connection for the stream's life
        connections.close_all()
    # Never gzipped: GZipMiddleware's GzipFile holds small writes until its block fills, so a
    # browser asking for gzip (all do) would see events minutes late. It reads this header.
    request.META.pop("HTTP_ACCEPT_ENCODING", None)
    answer = StreamingHttpResponse(body, content_type="text/event-stream; charset=utf-8")
    answer["Cache-Control"] = "no-cache, no-store"
    answer["X-Accel-Buffering"] = "no"  # nginx: pass each event on at once
    return answer


def last_event_id(request):
    value = request.headers.get("Last-Event-ID") or request.GET.get("after") or "0"
    return int(value) if value.isascii() and value.isdigit() and len(value) < 19 else 0


def event(name, data, event_id=None):
    head = f"id: {event_id}\n" if event_id is not None else ""
    return f"{head}event: {name}\ndata: {json.dumps(data, separators=(',', ':'))}\n\n"


class Source:
    """What one stream sends: `read()` returns (events, still_open) after the last id sent."""

    channel = None

    def __init__(self, after):
        self.after = after

    def read(self):
        raise NotImplementedError

    def events(self):
        listener = notify.Listener(self.channel)
        ends = time.monotonic() + settings.CHAT_STREAM_SECONDS
        try:
            yield f"retry: {settings.CHAT_RETRY_MILLISECONDS}\n\n"
            while time.monotonic() < ends:
                chunks, still_open = self.read()
                yield from chunks
                if not still_open:
                    return
                if not listener.wait(settings.CHAT_STREAM_BEAT_SECONDS):
                    yield ": beat\n\n"
        finally:
            listener.close()  # the request's end (request_finished) closes its database connection

    async def async_events(self):
        ends = time.monotonic() + settings.CHAT_STREAM_SECONDS
        async with notify.AsyncListener(self.channel) as listener:
            yield f"retry: {settings.CHAT_RETRY_MILLISECONDS}\n\n"
            while time.monotonic() < ends:
                chunks, still_open = await sync_to_async(self._pooled_read, thread_sensitive=False)()
                for chunk in chunks:
                    yield chunk
                if not still_open:
                    return
                if not await listener.wait(settings.CHAT_STREAM_BEAT_SECONDS):
                    yield ": beat\n\n"


    def _pooled_read(self):
        """On the event loop's few executor threads, each keeping one connection (CONN_MAX_AGE),
        so a node holds a handful of PostgreSQL connections however many streams are open."""
        close_old_connections()  # a broken or too old connection of this thread is dropped first
        return self.read()


class ConversationSource(Source):
    """A shopper's (or one staff page's) view of one conversation."""

    def __init__(self, conversation_id, after, *, shopper):
        super().__init__(after)
        self.conversation_id, self.shopper = conversation_id, shopper
        self.channel = notify.channel(conversation_id)
        self.last_state = None

    def read(self):
        conversation = (Conversation.objects.select_related("claimed_by")
                        .filter(pk=self.conversation_id).first())
        if conversation is None:
            return [event("gone", {})], False
        messages = list(Message.objects.filter(conversation_id=self.conversation_id, pk__gt=self.after)
                        .order_by("pk")[:BATCH])
        chunks = [event("message", conversations.as_json(m), m.pk) for m in messages]
        if messages:
            self.after = messages[-1].pk
        state = state_of(conversation)
        if state != self.last_state:
            chunks.append(event("state", state))
            self.last_state = state
        if self.shopper:
            read_up_to = max([m.pk for m in messages if m.sender != Message.SHOPPER], default=None)
            conversations.seen(conversation, read_up_to=read_up_to)
        return chunks, True


def state_of(conversation):
    answering = conversation.claimed_by and conversations.staff_name(conversation.claimed_by)
    return {"state": conversation.state, "ticket": conversation.is_ticket, "answering": answering or ""}
