"""The chat inbox, mounted by bodybest/urls.py at dashboard/chat/."""
from django.urls import path

from bodybest.chat import inbox

app_name = "chat-inbox"
urlpatterns = [
    path("", inbox.index, name="index"),
    path("events/", inbox.inbox_events, name="events"),
    path("hours/", inbox.opening_hours, name="hours"),
    path("<int:pk>/", inbox.detail, name="detail"),
    path("<int:pk>/events/", inbox.conversation_events, name="conversation-events"),
]
