"""The newsletter's staff pages (blog/newsletter/dashboard/): subscriber counts and each
mailing's progress, the subscribers with their consent, the CSV export, and a test mail to
oneself. Only staff see any of it."""
import csv
import datetime
import io
import re

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from blog.newsletter import sending
from bodybest import dashboard_nav as nav
from blog.newsletter.dashboard.views import Progress
from blog.newsletter.models import ArticleSend, Consent, Delivery, Subscriber
from tests import factories

pytestmark = pytest.mark.django_db

INDEX = "/dashboard/newsletter/"
PROGRESS = "/dashboard/newsletter/progress.json"
SUBSCRIBERS = "/dashboard/newsletter/subscribers/"
CSV_URL = "/dashboard/newsletter/subscribers.csv"


def subscriber(email, status=Subscriber.CONFIRMED, *, days_ago=1, ip="203.0.113.7",
               source_page="/blog/", consent=True):
    made = Subscriber.objects.create(email=email, status=status)
    signed_up = timezone.now() - datetime.timedelta(days=days_ago)
    Subscriber.objects.filter(pk=made.pk).update(
        created=signed_up,
        confirmed=signed_up + datetime.timedelta(minutes=5) if status != Subscriber.PENDING else None,
        unsubscribed=timezone.now() if status == Subscriber.UNSUBSCRIBED else None)
    if consent:
        Consent.objects.create(subscriber=made, given=signed_up, ip_address=ip, source_page=source_page,
                               text_version="2026-11-a",
                               confirmed=signed_up + datetime.timedelta(minutes=5)
                               if status != Subscriber.PENDING else None)
    made.refresh_from_db()
    return made


def mailing(article, *, sent=0, failed=0, pending=0, sending_now=0, recipients=None, status=ArticleSend.SENDING):
    """An article's send with delivery rows in the given states, one new subscriber each."""
    send = ArticleSend.objects.create(article=article, status=status, started=timezone.now(),
                                      finished=timezone.now() if status == ArticleSend.DONE else None)
    states = ([Delivery.SENT] * sent + [Delivery.FAILED] * failed + [Delivery.PENDING] * pending
              + [Delivery.SENDING] * sending_now)
    people = Subscriber.objects.bulk_create(
        [Subscriber(email=f"reader{send.pk}-{n}@example.ca", status=Subscriber.CONFIRMED)
         for n in range(len(states))])
    Delivery.objects.bulk_create(
        [Delivery(send=send, subscriber=person, status=state) for person, state in zip(people, states)])
    send.recipients = len(states) if recipients is None else recipients
    send.save(update_fields=["recipients"])
    return send


def queries_for(client, url):
    client.get(url)  # the first request of a test fills caches (the shipping methods, say)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def csv_rows(response):
    assert response.streaming
    text = b"".join(response.streaming_content).decode()
    return list(csv.reader(io.StringIO(text)))


# The overview


def test_staff_see_how_many_people_are_confirmed_waiting_and_unsubscribed(staff_client):
    for n in range(3):
        subscriber(f"confirmed{n}@example.ca")
    for n in range(2):
        subscriber(f"waiting{n}@example.ca", Subscriber.PENDING)
    subscriber("gone@example.ca", Subscriber.UNSUBSCRIBED)

    page = staff_client.get(INDEX).content.decode()

    assert re.search(r'data-count="confirmed">3<', page)
    assert re.search(r'data-count="pending">2<', page)
    assert re.search(r'data-count="unsubscribed">1<', page)


def test_staff_see_each_mailings_delivered_failed_and_pending_figures_with_a_progress_bar(staff_client):
    article = factories.article(title="Easing a knot in the trapezius")
    send = mailing(article, sent=6, failed=1, pending=2, sending_now=1)

    page = staff_client.get(INDEX).content.decode()
    row = re.search(rf'<tr data-send="{send.pk}".*?</tr>', page, re.S).group(0)

    assert f'href="{article.get_absolute_url()}"' in row and "Easing a knot in the trapezius" in row
    assert 'data-field="status">Sending<' in row
    assert 'data-field="recipients">10<' in row
    assert 'data-field="sent">6<' in row
    assert 'data-field="failed">1<' in row
    assert 'data-field="pending">3<' in row  # waiting and being sent right now
    assert 'data-field="text">7 of 10<' in row
    assert 'aria-valuenow="7"' in row and 'aria-valuemax="10"' in row
    assert "width: 60.00%" in row and "width: 10.00%" in row


def test_progress_reads_like_734_of_1000():
    progress = Progress(sent=700, failed=34, pending=266, recipients=1000)

    assert progress.text == "734 of 1,000"
    assert progress.percent == 73


def test_progress_counts_the_rows_as_the_total_while_the_fan_out_has_not_set_recipients():
    assert Progress(sent=3, pending=2, recipients=0).text == "3 of 5"
    assert Progress().percent == 0


def test_the_overviews_figures_agree_with_the_senders_own_progress(staff_client):
    send = mailing(factories.article(), sent=4, failed=2, pending=1, sending_now=2)

    figures = staff_client.get(f"{PROGRESS}?send={send.pk}").json()["sends"][0]

    expected = sending.progress(send)
    assert (figures["sent"], figures["failed"], figures["pending"]) == (
        str(expected["sent"]), str(expected["failed"]), str(expected["pending"]))


def test_mailings_are_listed_newest_first(staff_client):
    older = mailing(factories.article(title="An older article"), sent=1, status=ArticleSend.DONE)
    newer = mailing(factories.article(title="A newer article"), pending=1)
    ArticleSend.objects.filter(pk=older.pk).update(created=timezone.now() - datetime.timedelta(days=7))

    page = staff_client.get(INDEX).content.decode()

    assert page.index(f'data-send="{newer.pk}"') < page.index(f'data-send="{older.pk}"')


def test_the_mailing_history_costs_as_many_queries_for_five_mailings_as_for_one(staff_client):
    mailing(factories.article(), sent=2, failed=1, status=ArticleSend.DONE)
    with_one = queries_for(staff_client, INDEX)
    for _ in range(4):
        mailing(factories.article(), sent=1, pending=2)

    with_five = queries_for(staff_client, INDEX)

    assert staff_client.get(INDEX).content.decode().count("<tr data-send=") == 5
    assert with_five == with_one


def test_the_overview_keeps_polling_while_a_mailing_is_under_way(staff_client):
    mailing(factories.article(), sent=1, pending=1)

    page = staff_client.get(INDEX).content.decode()

    assert 'data-progress-url="/dashboard/newsletter/progress.json"' in page
    assert "fetch(url" in page
    assert '<noscript><meta http-equiv="refresh" content="5"></noscript>' in page


def test_the_overview_stops_refreshing_once_every_mailing_is_done(staff_client):
    mailing(factories.article(), sent=2, status=ArticleSend.DONE)

    page = staff_client.get(INDEX).content.decode()

    assert "http-equiv=\"refresh\"" not in page
    assert "fetch(url" not in page


def test_progress_json_gives_the_asked_for_mailings_figures_and_ignores_junk_ids(staff_client):
    send = mailing(factories.article(), sent=3, failed=1, pending=1)
    other = mailing(factories.article(), sent=5, status=ArticleSend.DONE)

    data = staff_client.get(f"{PROGRESS}?send={send.pk}&send=abc&send=%C2%B2&send=999999").json()

    assert [row["id"] for row in data["sends"]] == [send.pk]
    assert data["sends"][0]["text"] == "4 of 5"
    assert data["sends"][0]["status_label"] == "Sending"
    assert data["unfinished"] is True
    assert staff_client.get(f"{PROGRESS}?send={other.pk}").json()["unfinished"] is False


def test_live_articles_not_mailed_yet_are_listed_with_a_test_button(staff_client):
    waiting = factories.article(title="Stretching the hamstrings", days_ago=0)
    scheduled = factories.article(title="Cupping for runners", days_ago=-3)
    factories.article(title="A draft nobody sees", status="draft")
    mailed = factories.article(title="Already mailed")
    mailing(mailed, sent=1, status=ArticleSend.DONE)

    page = staff_client.get(INDEX).content.decode()
    not_mailed = page[page.index("Not mailed yet"):page.index("Mailings")]

    assert "Stretching the hamstrings" in not_mailed and "Cupping for runners" in not_mailed
    assert "Scheduled" in not_mailed
    assert "A draft nobody sees" not in page and "Already mailed" not in not_mailed
    assert f'action="/dashboard/newsletter/articles/{waiting.pk}/test/"' in not_mailed
    assert f'action="/dashboard/newsletter/articles/{scheduled.pk}/test/"' in not_mailed
    assert f'action="/dashboard/newsletter/articles/{mailed.pk}/test/"' in page


# Send a test to me


def test_send_a_test_to_me_mails_the_article_to_the_staff_member_with_a_test_subject(staff_client):
    article = factories.article(title="Foam rolling the calves")

    response = staff_client.post(f"/dashboard/newsletter/articles/{article.pk}/test/", follow=True)

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["staffer@bodybest.ca"]
    assert message.subject == "[Test] Foam rolling the calves"
    assert "/newsletter/unsubscribe/" in message.extra_headers["List-Unsubscribe"]
    assert response.redirect_chain[-1][0] == INDEX
    assert "sent to staffer@bodybest.ca" in response.content.decode()


def test_staff_without_an_email_address_are_told_no_test_could_be_sent(staff_client):
    staff_client.user.email = ""
    staff_client.user.save()
    article = factories.article()

    response = staff_client.post(f"/dashboard/newsletter/articles/{article.pk}/test/", follow=True)

    assert mail.outbox == []
    assert "Your staff account has no email address" in response.content.decode()


def test_a_test_is_only_sent_by_post_and_for_an_article_that_exists(staff_client):
    article = factories.article()

    assert staff_client.get(f"/dashboard/newsletter/articles/{article.pk}/test/").status_code == 405
    assert staff_client.post("/dashboard/newsletter/articles/999999/test/").status_code == 404
    assert mail.outbox == []


# Subscribers


def test_staff_see_each_subscriber_with_a_status_badge_and_their_latest_consent(staff_client):
    person = subscriber("ola@example.ca", ip="198.51.100.1", source_page="/blog/old-article/")
    Consent.objects.create(subscriber=person, ip_address="198.51.100.99", source_page="/blog/knots/",
                           text_version="2026-11-a", given=timezone.now())

    page = staff_client.get(SUBSCRIBERS).content.decode()

    assert "ola@example.ca" in page
    assert 'class="badge nl-status nl-status-confirmed">Confirmed<' in page
    assert "198.51.100.99" in page and "/blog/knots/" in page and "2026-11-a" in page
    assert "198.51.100.1<" not in page and "/blog/old-article/" not in page


def test_subscribers_are_filtered_by_status_and_an_unknown_status_shows_everyone(staff_client):
    subscriber("in@example.ca")
    subscriber("waiting@example.ca", Subscriber.PENDING)
    subscriber("gone@example.ca", Subscriber.UNSUBSCRIBED)

    confirmed = staff_client.get(SUBSCRIBERS, {"status": "confirmed"}).content.decode()
    unknown = staff_client.get(SUBSCRIBERS, {"status": "<script>"})

    assert "in@example.ca" in confirmed
    assert "waiting@example.ca" not in confirmed and "gone@example.ca" not in confirmed
    assert unknown.status_code == 200
    assert all(email in unknown.content.decode()
               for email in ("in@example.ca", "waiting@example.ca", "gone@example.ca"))


def test_subscribers_are_searched_by_email(staff_client):
    subscriber("maria.lopez@example.ca")
    subscriber("tom@example.org")

    page = staff_client.get(SUBSCRIBERS, {"q": "LOPEZ"}).content.decode()

    assert "maria.lopez@example.ca" in page and "tom@example.org" not in page


def test_subscribers_come_fifty_a_page_and_a_bad_page_number_never_fails(staff_client):
    for n in range(60):
        subscriber(f"p{n:02d}@example.ca", days_ago=n + 1)

    first = staff_client.get(SUBSCRIBERS).content.decode()
    second = staff_client.get(SUBSCRIBERS, {"page": "2"}).content.decode()

    assert first.count("@example.ca</th>") == 50 and "p00@example.ca" in first
    assert second.count("@example.ca</th>") == 10 and "p59@example.ca" in second
    assert "Page 2 of 2" in second
    for bad in ("abc", "0", "-1", "999", "1e9", "２"):
        assert staff_client.get(SUBSCRIBERS, {"page": bad}).status_code == 200


def test_the_page_links_keep_the_status_filter_and_search(staff_client):
    for n in range(51):
        subscriber(f"keep{n}@example.ca")

    page = staff_client.get(SUBSCRIBERS, {"status": "confirmed", "q": "keep"}).content.decode()

    assert 'href="?status=confirmed&amp;q=keep&amp;page=2"' in page
    assert 'href="/dashboard/newsletter/subscribers.csv?status=confirmed&amp;q=keep"' in page


def test_the_subscribers_page_costs_as_many_queries_for_thirty_as_for_three(staff_client):
    for n in range(3):
        subscriber(f"few{n}@example.ca")
    with_three = queries_for(staff_client, SUBSCRIBERS)
    for n in range(27):
        person = subscriber(f"many{n}@example.ca")
        Consent.objects.create(subscriber=person, text_version="2026-11-a")

    with_thirty = queries_for(staff_client, SUBSCRIBERS)

    assert with_thirty == with_three


# CSV export


def test_the_csv_lists_each_subscriber_with_status_and_latest_consent(staff_client):
    person = subscriber("ola@example.ca", ip="198.51.100.1", source_page="/blog/old/")
    Consent.objects.create(subscriber=person, ip_address="198.51.100.99", source_page="/blog/knots/",
                           text_version="2026-11-a", given=timezone.now())
    subscriber("nobody@example.ca", Subscriber.PENDING, consent=False)

    rows = csv_rows(staff_client.get(CSV_URL))

    assert rows[0] == ["email", "status", "signed_up", "confirmed", "unsubscribed", "consent_given",
                       "consent_ip", "consent_source_page", "consent_text_version", "consent_confirmed"]
    by_email = {row[0]: row for row in rows[1:]}
    assert set(by_email) == {"ola@example.ca", "nobody@example.ca"}
    ola = by_email["ola@example.ca"]
    assert ola[1] == "confirmed"
    assert ola[6:9] == ["198.51.100.99", "/blog/knots/", "2026-11-a"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", ola[2])
    assert by_email["nobody@example.ca"][1:] == ["pending", by_email["nobody@example.ca"][2]] + [""] * 7


def test_the_csv_respects_the_status_filter(staff_client):
    subscriber("in@example.ca")
    subscriber("gone@example.ca", Subscriber.UNSUBSCRIBED)

    rows = csv_rows(staff_client.get(CSV_URL, {"status": "unsubscribed"}))

    assert [row[0] for row in rows[1:]] == ["gone@example.ca"]
    assert rows[1][4] != ""  # the unsubscribed time


def test_the_csv_defuses_cells_a_spreadsheet_would_run_as_formulas(staff_client):
    subscriber("=cmd@example.ca", source_page="=HYPERLINK(\"http://evil.example\")")
    subscriber("plain@example.ca", source_page="+1-800")
    subscriber("at@example.ca", source_page="@SUM(1)")
    subscriber("dash@example.ca", source_page="-2+3")

    rows = csv_rows(staff_client.get(CSV_URL))
    by_email = {row[0]: row for row in rows[1:]}

    assert "'=cmd@example.ca" in by_email
    assert by_email["'=cmd@example.ca"][7] == "'=HYPERLINK(\"http://evil.example\")"
    assert by_email["plain@example.ca"][7] == "'+1-800"
    assert by_email["at@example.ca"][7] == "'@SUM(1)"
    assert by_email["dash@example.ca"][7] == "'-2+3"


def test_the_csv_downloads_as_a_dated_attachment(staff_client):
    response = staff_client.get(CSV_URL)

    today = timezone.localdate().isoformat()
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="bodybest-subscribers-{today}.csv"'
    assert "no-store" in response["Cache-Control"]


# Who may see the pages


@pytest.mark.parametrize("url", [INDEX, SUBSCRIBERS, CSV_URL, PROGRESS + "?send=1",
                                 SUBSCRIBERS + "?q=secret"])
def test_anonymous_visitors_are_sent_to_the_dashboard_login_and_see_no_subscriber(client, url):
    subscriber("secret.reader@example.ca")
    mailing(factories.article(title="A mailing only staff see"), sent=1)

    response = client.get(url)

    assert response.status_code == 302 and response["Location"].startswith("/dashboard/login/")
    assert b"secret.reader" not in response.content and b"only staff see" not in response.content


@pytest.mark.parametrize("url", [INDEX, SUBSCRIBERS, CSV_URL, PROGRESS + "?send=1",
                                 SUBSCRIBERS + "?q=secret"])
def test_a_logged_in_customer_is_refused_and_sees_no_subscriber(customer_client, url):
    subscriber("secret.reader@example.ca")
    mailing(factories.article(title="A mailing only staff see"), sent=1)

    response = customer_client.get(url)

    assert response.status_code == 403
    assert b"secret.reader" not in response.content and b"only staff see" not in response.content


def test_neither_a_customer_nor_a_visitor_can_send_a_test(client, customer_client):
    article = factories.article()
    url = f"/dashboard/newsletter/articles/{article.pk}/test/"

    assert customer_client.post(url).status_code == 403
    anonymous = client.post(url)
    assert anonymous.status_code == 302 and anonymous["Location"].startswith("/dashboard/login/")
    assert mail.outbox == []


def test_the_dashboard_menu_shows_the_newsletter_to_staff_only(django_user_model):
    staff = django_user_model(username="s", is_staff=True)
    customer = django_user_model(username="c")

    assert nav.staff_only(staff, "newsletter-dashboard:index") is True
    assert nav.staff_only(customer, "newsletter-dashboard:index", None, None) is False


def test_a_dashboard_menu_entry_with_staff_only_links_staff_to_the_newsletter(staff_client, settings):
    settings.OSCAR_DASHBOARD_NAVIGATION = [*settings.OSCAR_DASHBOARD_NAVIGATION, {
        "label": "Newsletter", "icon": "fas fa-envelope", "url_name": "newsletter-dashboard:index",
        "access_fn": nav.staff_only,
    }]

    page = staff_client.get(SUBSCRIBERS).content.decode()
    menu = page[page.index('id="bottom_nav_bar"'):]
    menu = menu[:menu.index("</nav>")]

    assert re.search(r'href="/dashboard/newsletter/"\s*>\s*<i class="fas fa-envelope"></i>\s*Newsletter', menu)
