"""The shopper's chat addresses, mounted at chat/ by bodybest/urls.py outside the language
prefix (the panel's requests come from English and French pages alike). The page of a whole
conversation is a storefront page, in each language: "chat-conversation" in bodybest/urls.py."""
from django.urls import path

from bodybest.chat import views

app_name = "chat"
urlpatterns = [
    path("state/", views.state_view, name="state"),
    path("send/", views.send_view, name="send"),
    path("c/<str:public_id>/events/", views.events_view, name="events"),
    path("back/<str:token>/", views.back_view, name="back"),
]
