"""A reader in Chromium joins the newsletter from the footer, confirms from the mail, gets the
next article staff publish, and leaves with one click."""
import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from blog.newsletter.models import Subscriber
from tests import factories

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _link(message, path):
    return re.search(rf"http://[^/\s]+({path}[^\s\"<]+/)", message.body).group(1)


def test_reader_signs_up_confirms_gets_the_new_article_and_unsubscribes(
        page, live_server, axe_check, django_user_model):
    base = live_server.url
    factories.article(title="Why your shoulders knot up", days_ago=3)
    draft = factories.article(title="Hot stones, step by step", days_ago=0, status="draft")

    page.goto(base + "/blog/")
    box = page.locator(".newsletter-signup")  # the blog's own: the page has one
    box.get_by_label("Email address").fill("reader@example.ca")
    box.get_by_label(re.compile("Know Your Body Best Therapeutic Supplies Inc. may email me")).check()
    axe_check(page)
    box.get_by_role("button", name="Subscribe").click()
    expect(page.get_by_text("a confirmation email is on its way")).to_be_visible()

    confirmation = mail.outbox[-1]
    assert confirmation.to == ["reader@example.ca"]
    page.goto(base + _link(confirmation, "/newsletter/confirm/"))
    axe_check(page)
    page.get_by_role("button", name="Confirm my subscription").click()
    expect(page.get_by_role("heading", name="You are subscribed")).to_be_visible()
    axe_check(page)

    # Staff publish the draft in the admin; the article goes out at once.
    django_user_model.objects.create_superuser("editor", "editor@bodybest.ca", "pw-editor-1991")
    page.goto(base + f"/admin/blog/article/{draft.pk}/change/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill("pw-editor-1991")
    page.get_by_role("button", name="Log in").click()
    page.get_by_label("Status").select_option("published")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_text("was changed successfully")).to_be_visible()

    article_mail = [m for m in mail.outbox if m.subject == "Hot stones, step by step"]
    assert [m.to for m in article_mail] == [["reader@example.ca"]]
    assert "List-Unsubscribe" in article_mail[0].extra_headers

    page.context.clear_cookies()  # the reader, not signed in, clicks the link in the mail
    page.goto(base + _link(article_mail[0], "/newsletter/unsubscribe/"))
    expect(page.get_by_role("heading", name="You are unsubscribed")).to_be_visible()
    axe_check(page)
    assert Subscriber.objects.get(email="reader@example.ca").status == Subscriber.UNSUBSCRIBED
