"""Staff's answer by mail when the shopper is not there to read it (their panel closed, or the
question became a ticket outside opening hours): kind "chat-reply" through bodybest/mail/, once
per answer, in the conversation's language, with the answer and a link back to the
conversation (bodybest/chat/views.py's signed link, valid CHAT_LINK_DAYS).

Nothing is sent when the shopper read the answer in the panel before the mail went out."""
from django.conf import settings
from django.contrib.sites.models import Site
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext

from bodybest.business import BUSINESS
from bodybest.chat.models import Message
from bodybest.chat.views import link_back


class ReplyMail:
    def message(self, message_id):
        message = (Message.objects.select_related("conversation__user")
                   .filter(pk=message_id, sender=Message.STAFF).first())
        conversation = message and message.conversation
        if conversation is None or not conversation.reply_address:
            return None
        if conversation.shopper_read_up_to >= message.pk and not conversation.is_ticket:
            return None  # read in the panel meanwhile
        site = Site.objects.get_current()
        with translation.override(conversation.language or "en"):
            context = {"message": message, "conversation": conversation, "business": BUSINESS,
                       "url": f"{settings.OSCAR_URL_SCHEMA}://{site.domain}{link_back(conversation)}"}
            mail = EmailMultiAlternatives(
                subject=gettext("%(name)s of Body Best answered your question") % {"name": message.author_name},
                body=render_to_string("chat/email/reply.txt", context),
                from_email=settings.DEFAULT_FROM_EMAIL, to=[conversation.reply_address])
            mail.attach_alternative(render_to_string("chat/email/reply.html", context), "text/html")
        return mail

    def sent(self, message_id, when):
        pass  # the OutgoingMail row records it
