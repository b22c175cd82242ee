"""The price match queue staff decide from (catalog/price_match/dashboard/): each request with
both landed prices, filtered by status, approved or rejected from its row, the shopper's
screenshot behind a staff-only link. Only staff see any of it."""
import io
import re
from datetime import timedelta
from decimal import Decimal as D

import pytest
from django.core import mail
from django.core.files.base import ContentFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from oscar.core.loading import get_model
from oscar.test.factories import create_order
from PIL import Image

from bodybest import dashboard_nav as nav
from catalog.price_match.models import Policy, PriceMatchRequest, screenshots
from tests import factories

pytestmark = pytest.mark.django_db

Voucher = get_model("voucher", "Voucher")

INDEX = "/dashboard/price-match/"


def approve_url(match):
    return f"{INDEX}{match.pk}/approve/"


def reject_url(match):
    return f"{INDEX}{match.pk}/reject/"


def screenshot_url(match):
    return f"{INDEX}{match.pk}/screenshot/"


def match_request(product=None, *, status=PriceMatchRequest.PENDING, days_ago=0, name="Ada Lovelace",
                  email="ada@example.ca", competitor_name="Massage Supply Co.",
                  competitor_url="https://www.massagesupply.ca/northpoint-pro",
                  competitor_price=D("179.00"), competitor_shipping=D("5.00"),
                  our_price=D("199.00"), our_shipping=D("12.00"), order=None, screenshot="",
                  with_voucher=False, verified=True):
    """A request as decisions.submit stores it, made directly; `days_ago` back-dates it.
    `verified`: the shopper proved who they are (asked signed in, or confirmed the address);
    only such requests reach staff."""
    match = PriceMatchRequest.objects.create(
        verified=timezone.now() if verified else None,
        product=product or factories.product(price=D("199.00"), with_image=False), name=name,
        email=email, competitor_name=competitor_name, competitor_url=competitor_url,
        competitor_price=competitor_price, competitor_shipping=competitor_shipping,
        our_price=our_price, our_shipping=our_shipping, order=order, screenshot=screenshot,
        status=status, decided=timezone.now() if status != PriceMatchRequest.PENDING else None)
    changes = {"created": timezone.now() - timedelta(days=days_ago, seconds=match.pk)}
    if with_voucher:
        changes["voucher"] = Voucher.objects.create(
            name=f"Price match #{match.pk}", code=f"PM-TEST{match.pk:04d}", usage=Voucher.SINGLE_USE,
            start_datetime=timezone.now(), end_datetime=timezone.now() + timedelta(days=14))
    PriceMatchRequest.objects.filter(pk=match.pk).update(**changes)
    match.refresh_from_db()
    return match


def row_of(page, match):
    found = re.search(rf'<tr data-match="{match.pk}".*?</tr>', page, re.S)
    assert found, f"no row for request #{match.pk}"
    return found.group(0)


def listed(page):
    return [int(pk) for pk in re.findall(r'<tr data-match="(\d+)"', page)]


def queries_for(client, url):
    client.get(url)  # the first request of a test fills caches (the shipping methods, say)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def png_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (40, 20), "white").save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def private_files(tmp_path, settings):
    """The private screenshot storage, pointed at this test's own folder rather than var/."""
    settings.PRICE_MATCH_SCREENSHOTS_ROOT = tmp_path
    return screenshots


# The queue at a glance


def test_a_pending_request_shows_the_product_shopper_and_both_landed_prices_with_the_difference(staff_client):
    gun = factories.product(title="Northpoint Pro gun", price=D("199.00"), with_image=False)
    match = match_request(gun, name="Ada Lovelace", email="ada@example.ca")

    row = row_of(staff_client.get(INDEX).content.decode(), match)

    assert f'href="{gun.get_absolute_url()}"' in row and "Northpoint Pro gun" in row
    assert "Ada Lovelace" in row and "ada@example.ca" in row
    assert "Massage Supply Co." in row
    assert "$211.00" in row and "$199.00 + $12.00 shipping" in row  # ours, landed
    assert "$184.00" in row and "$179.00 + $5.00 shipping" in row  # theirs, landed
    assert re.search(r'class="pm-difference">\$27\.00<', row)
    assert re.search(r'data-field="status">Pending<', row)
    assert timezone.localtime(match.created).strftime("%Y-%m-%d %H:%M") in row


def test_the_competitor_link_shows_its_host_and_opens_in_a_new_tab_without_referrer(staff_client):
    match = match_request(competitor_url="https://www.massagesupply.ca/northpoint-pro?ref=x")

    row = row_of(staff_client.get(INDEX).content.decode(), match)

    link = re.search(r'<a href="https://www.massagesupply.ca/northpoint-pro\?ref=x"[^>]*>(.*?)</a>', row, re.S)
    assert link, row
    assert 'rel="noopener noreferrer nofollow"' in link.group(0) and 'target="_blank"' in link.group(0)
    assert link.group(1).startswith("www.massagesupply.ca<")


def test_a_competitor_address_that_is_not_http_is_shown_as_text_never_as_a_link(staff_client):
    match = match_request(competitor_url="javascript:alert(document.cookie)")

    row = row_of(staff_client.get(INDEX).content.decode(), match)

    assert 'href="javascript:' not in row
    assert "javascript:alert(document.cookie)" in row


def test_a_past_order_number_and_a_screenshot_link_are_shown_when_the_shopper_gave_them(staff_client):
    order = create_order(number="100042")
    with_both = match_request(order=order, screenshot="2026/01/price.png")
    with_neither = match_request()

    page = staff_client.get(INDEX).content.decode()

    row = row_of(page, with_both)
    assert 'href="/dashboard/orders/100042/"' in row and ">100042</a>" in row
    assert f'href="{screenshot_url(with_both)}"' in row
    assert "/screenshot/" not in row_of(page, with_neither) and "Order" not in row_of(page, with_neither)


def test_only_pending_rows_offer_an_approve_button_and_a_reject_form_with_a_required_reason(staff_client):
    pending = match_request()
    approved = match_request(status=PriceMatchRequest.APPROVED, with_voucher=True)

    page = staff_client.get(INDEX, {"status": "all"}).content.decode()

    row = row_of(page, pending)
    approve = re.search(rf'<form method="post" action="{approve_url(pending)}">.*?</form>', row, re.S).group(0)
    reject = re.search(rf'<form method="post" action="{reject_url(pending)}".*?</form>', row, re.S).group(0)
    assert 'name="csrfmiddlewaretoken"' in approve and "Approve $27.00" in approve
    assert 'name="csrfmiddlewaretoken"' in reject
    assert re.search(r'<textarea[^>]*name="reason"[^>]*required', reject)
    assert f'<label for="pm-reason-{pending.pk}"' in reject
    other = row_of(page, approved)
    assert "<form" not in other and f"PM-TEST{approved.pk:04d}" in other


# Filters, order and pages


def test_the_queue_shows_pending_by_default_and_each_tab_filters_and_counts_its_status(staff_client):
    pending = [match_request() for _ in range(3)]
    approved = [match_request(status=PriceMatchRequest.APPROVED) for _ in range(2)]
    rejected = match_request(status=PriceMatchRequest.REJECTED)
    expired = match_request(status=PriceMatchRequest.EXPIRED)

    default = staff_client.get(INDEX).content.decode()

    assert sorted(listed(default)) == sorted(m.pk for m in pending)
    for status, expected in [("pending", pending), ("approved", approved), ("rejected", [rejected]),
                             ("expired", [expired]), ("all", [*pending, *approved, rejected, expired])]:
        page = staff_client.get(INDEX, {"status": status}).content.decode()
        assert sorted(listed(page)) == sorted(m.pk for m in expected), status
    for status, count in [("pending", 3), ("approved", 2), ("rejected", 1), ("expired", 1), ("all", 7)]:
        assert re.search(rf'data-count="{status}">{count}<', default), status
    assert re.search(r'class="nav-link active" href="/dashboard/price-match/" data-filter="pending"', default)


def test_an_unknown_filter_shows_the_pending_requests(staff_client):
    pending = match_request()
    match_request(status=PriceMatchRequest.APPROVED)

    response = staff_client.get(INDEX, {"status": "<script>"})

    assert response.status_code == 200
    assert listed(response.content.decode()) == [pending.pk]
    page = response.content.decode()
    assert "&lt;script&gt;" not in page and 'aria-current="page"' in page
    assert re.search(r'class="nav-link active" href="/dashboard/price-match/" data-filter="pending"', page)


def test_requests_are_listed_newest_first(staff_client):
    older = match_request(days_ago=3)
    newest = match_request(days_ago=0)
    middle = match_request(days_ago=1)

    assert listed(staff_client.get(INDEX).content.decode()) == [newest.pk, middle.pk, older.pk]


def test_the_queue_comes_twenty_five_a_page_and_a_bad_page_number_never_fails(staff_client):
    gun = factories.product(price=D("199.00"), with_image=False)
    matches = [match_request(gun, days_ago=0) for _ in range(27)]
    newest_first = sorted(matches, key=lambda m: m.created, reverse=True)

    first = staff_client.get(INDEX).content.decode()
    second = staff_client.get(INDEX, {"page": "2"}).content.decode()

    assert listed(first) == [m.pk for m in newest_first[:25]]
    assert listed(second) == [m.pk for m in newest_first[25:]]
    assert "Page 2 of 2" in second and 'href="?status=pending&amp;page=1"' in second
    for bad in ("abc", "0", "-1", "999", "1e9", "２"):
        response = staff_client.get(INDEX, {"page": bad})
        assert response.status_code == 200 and len(listed(response.content.decode())) in (25, 2), bad


def test_requests_nobody_decided_in_time_show_as_expired_when_the_queue_opens(staff_client):
    Policy.objects.update_or_create(pk=Policy.current().pk, defaults={"decide_within_days": 7})
    stale = match_request(days_ago=8)
    fresh = match_request(days_ago=2)

    page = staff_client.get(INDEX).content.decode()

    assert listed(page) == [fresh.pk]
    stale.refresh_from_db()
    assert stale.status == PriceMatchRequest.EXPIRED
    assert stale.pk in listed(staff_client.get(INDEX, {"status": "expired"}).content.decode())


@pytest.mark.parametrize("status", ["pending", "all"])
def test_the_queue_costs_as_many_queries_for_twelve_requests_as_for_two(staff_client, status):
    order = create_order(number="100077")

    def some(n):
        for i in range(n):
            match_request(order=order, screenshot="2026/01/p.png")
            match_request(status=PriceMatchRequest.APPROVED, with_voucher=True)

    some(1)
    with_two = queries_for(staff_client, f"{INDEX}?status={status}")
    some(5)

    with_twelve = queries_for(staff_client, f"{INDEX}?status={status}")

    assert len(listed(staff_client.get(f"{INDEX}?status={status}").content.decode())) == (
        6 if status == "pending" else 12)
    assert with_twelve == with_two


# Approving and rejecting


def test_approving_makes_a_voucher_and_mails_the_shopper_the_code(staff_client,
                                                                  django_capture_on_commit_callbacks):
    match = match_request(email="ada@example.ca")

    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(approve_url(match), {"status": "pending"}, follow=True)

    match.refresh_from_db()
    assert match.status == PriceMatchRequest.APPROVED
    assert match.decided_by == staff_client.user
    assert match.voucher is not None and match.voucher.code
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["ada@example.ca"]
    assert match.voucher.code in mail.outbox[0].body
    assert response.redirect_chain[-1][0] == INDEX
    page = response.content.decode()
    assert f"Price match #{match.pk} approved: code {match.voucher.code} for $27.00" in page


def test_after_deciding_staff_return_to_the_tab_they_were_on(staff_client, django_capture_on_commit_callbacks):
    match = match_request()

    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(approve_url(match), {"status": "all", "page": "1"})

    assert response.status_code == 302 and response["Location"] == f"{INDEX}?status=all"
    assert staff_client.post(approve_url(match), {"status": "https://evil.example/"})["Location"] == INDEX


def test_approving_twice_shows_an_error_and_makes_one_voucher(staff_client, django_capture_on_commit_callbacks):
    match = match_request()

    with django_capture_on_commit_callbacks(execute=True):
        staff_client.post(approve_url(match))
        again = staff_client.post(approve_url(match), follow=True)

    assert Voucher.objects.count() == 1
    assert len(mail.outbox) == 1
    assert f"Price match #{match.pk} was not approved: This request was approved already." in (
        again.content.decode())
    assert "alert-danger" in again.content.decode()


def test_rejecting_with_a_reason_mails_the_reason_to_the_shopper(staff_client, django_capture_on_commit_callbacks):
    match = match_request(email="ada@example.ca")
    reason = "Their listing is for the refurbished model, not the new one."

    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(reject_url(match), {"reason": reason, "status": "pending"}, follow=True)

    match.refresh_from_db()
    assert match.status == PriceMatchRequest.REJECTED and match.reason == reason
    assert match.voucher is None
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["ada@example.ca"]
    assert reason in mail.outbox[0].body
    assert f"Price match #{match.pk} rejected" in response.content.decode()


@pytest.mark.parametrize("data", [{}, {"reason": ""}, {"reason": "   \n  "}])
def test_rejecting_without_a_reason_changes_nothing_and_says_why(staff_client, django_capture_on_commit_callbacks,
                                                                data):
    match = match_request()

    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(reject_url(match), data, follow=True)

    match.refresh_from_db()
    assert match.status == PriceMatchRequest.PENDING and match.reason == "" and match.decided is None
    assert mail.outbox == []
    assert "Give the shopper a reason" in response.content.decode()


def test_a_request_already_rejected_cannot_then_be_approved(staff_client, django_capture_on_commit_callbacks):
    match = match_request()

    with django_capture_on_commit_callbacks(execute=True):
        staff_client.post(reject_url(match), {"reason": "Not the same model."})
        response = staff_client.post(approve_url(match), follow=True)

    match.refresh_from_db()
    assert match.status == PriceMatchRequest.REJECTED and match.voucher is None
    assert "This request was rejected already." in response.content.decode()
    assert len(mail.outbox) == 1


def test_deciding_takes_a_post_and_an_existing_request(staff_client):
    match = match_request()

    assert staff_client.get(approve_url(match)).status_code == 405
    assert staff_client.get(reject_url(match)).status_code == 405
    assert staff_client.post(f"{INDEX}999999/approve/").status_code == 404
    assert staff_client.post(f"{INDEX}999999/reject/", {"reason": "x"}).status_code == 404
    match.refresh_from_db()
    assert match.status == PriceMatchRequest.PENDING


def test_an_approval_without_the_csrf_token_is_refused(django_user_model):
    match = match_request()
    staff = Client(enforce_csrf_checks=True, HTTP_HOST="localhost")
    staff.force_login(django_user_model.objects.create_user(
        username="staffer", email="staffer@bodybest.ca", password="pw-staff-1991", is_staff=True))

    assert staff.post(approve_url(match)).status_code == 403
    match.refresh_from_db()
    assert match.status == PriceMatchRequest.PENDING and Voucher.objects.count() == 0


# The screenshot


def test_staff_see_the_screenshot_inline_as_the_image_it_is(staff_client, private_files):
    name = private_files.save("2026/01/price.png", ContentFile(png_bytes()))
    match = match_request(screenshot=name)

    response = staff_client.get(screenshot_url(match))

    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["Content-Disposition"].startswith("inline")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response["Cache-Control"] or "private" in response["Cache-Control"]
    assert b"".join(response.streaming_content) == png_bytes()


@pytest.mark.parametrize("stored, content_type", [("a.jpg", "image/jpeg"), ("b.JPEG", "image/jpeg"),
                                                  ("c.webp", "image/webp")])
def test_jpeg_and_webp_screenshots_are_served_as_such(staff_client, private_files, stored, content_type):
    name = private_files.save(f"2026/01/{stored}", ContentFile(b"image bytes"))
    match = match_request(screenshot=name)

    response = staff_client.get(screenshot_url(match))

    assert response.status_code == 200 and response["Content-Type"] == content_type
    response.close()


@pytest.mark.parametrize("stored", ["", "2026/01/missing.png", "2026/01/page.html", "2026/01/x.svg"])
def test_no_screenshot_a_missing_file_or_another_kind_of_file_is_a_404(staff_client, private_files, stored):
    if stored and "missing" not in stored:
        stored = private_files.save(stored, ContentFile(b"<script>alert(1)</script>"))
    match = match_request(screenshot=stored)

    assert staff_client.get(screenshot_url(match)).status_code == 404


def test_screenshots_live_outside_the_public_media_folder(settings):
    assert not str(screenshots.location).startswith(str(settings.MEDIA_ROOT))


# Who may see and decide


def _every_page(match):
    return [INDEX, f"{INDEX}?status=all", screenshot_url(match)]


def test_anonymous_visitors_are_sent_to_the_dashboard_login_and_see_no_request(client, private_files):
    match = match_request(name="Secret Shopper", screenshot=private_files.save("p.png", ContentFile(png_bytes())))

    for url in _every_page(match):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/dashboard/login/"), url
        assert b"Secret Shopper" not in response.content
    for url in (approve_url(match), reject_url(match)):
        response = client.post(url, {"reason": "No."})
        assert response.status_code == 302 and response["Location"].startswith("/dashboard/login/")
    match.refresh_from_db()
    assert match.status == PriceMatchRequest.PENDING


def test_a_logged_in_customer_is_refused_and_sees_no_request(customer_client, private_files):
    match = match_request(name="Secret Shopper", screenshot=private_files.save("p.png", ContentFile(png_bytes())))

    for url in _every_page(match):
        response = customer_client.get(url)
        assert response.status_code == 403, url
        assert b"Secret Shopper" not in response.content and png_bytes() not in response.content


def test_a_customer_can_never_approve_or_reject(customer_client, django_capture_on_commit_callbacks):
    match = match_request()

    with django_capture_on_commit_callbacks(execute=True):
        assert customer_client.post(approve_url(match)).status_code == 403
        assert customer_client.post(reject_url(match), {"reason": "Because."}).status_code == 403

    match.refresh_from_db()
    assert match.status == PriceMatchRequest.PENDING and match.decided is None
    assert Voucher.objects.count() == 0 and mail.outbox == []


def test_the_dashboard_menu_shows_price_matches_to_staff_only(django_user_model):
    staff = django_user_model(username="s", is_staff=True)
    customer = django_user_model(username="c")

    assert nav.staff_only(staff, "price-match-dashboard:index") is True
    assert nav.staff_only(customer, "price-match-dashboard:index", None, None) is False


def test_a_dashboard_menu_entry_with_staff_only_links_staff_to_the_queue(staff_client, settings):
    settings.OSCAR_DASHBOARD_NAVIGATION = [
        *[entry for entry in settings.OSCAR_DASHBOARD_NAVIGATION
          if entry.get("url_name") != "price-match-dashboard:index"],
        {"label": "Price matches", "icon": "fas fa-tags", "url_name": "price-match-dashboard:index",
         "access_fn": nav.staff_only},
    ]

    page = staff_client.get(INDEX).content.decode()
    menu = page[page.index('id="bottom_nav_bar"'):]
    menu = menu[:menu.index("</nav>")]

    assert re.search(r'href="/dashboard/price-match/"\s*>\s*<i class="fas fa-tags"></i>\s*Price matches', menu)


def test_staff_edit_the_policy_in_the_admin_and_the_policy_page_follows(client, django_user_model):
    boss = django_user_model.objects.create_superuser("boss", "boss@bodybest.ca", "pw-boss-1991")
    client.force_login(boss)
    policy = Policy.current()
    form = client.get(f"/admin/price_match/policy/{policy.pk}/change/")
    assert form.status_code == 200
    response = client.post(f"/admin/price_match/policy/{policy.pk}/change/", {
        "floor_percent": 70, "window_days": 30, "voucher_days": 10, "decide_within_days": 5,
        "excluded_domains": "amazon.ca\nbidcanada.example", "excluded_categories": "clearance",
        "screenshot_max_mb": 2,
    })
    assert response.status_code == 302
    page = client.get("/price-match/").content.decode()
    assert "70%" in page and "30 days" in page and "bidcanada.example" in page
    assert client.get("/admin/price_match/policy/add/").status_code == 403
