"""Late orders (checkout/late_orders.py, late_order_views.py, late_order_tags.py): business days
skip weekends and Canada's federal statutory holidays; a paid order with something left to ship
is late past the staff-set limit, oldest first; the limit's page takes 1 to 30 from Owner and
Fulfilment only; the dashboard's home shows the panel to staff who read orders, in a flat number
of queries."""
from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from oscar.core.loading import get_model
from oscar.test import factories as oscar_factories

from bodybest import roles
from checkout.late_order_models import ShipmentDeadline
from checkout.late_orders import business_days_between, current_days, late_before, late_orders
from checkout.shipments import ship_lines
from tests import factories
from tests.bodybest.test_staff_roles import member_of, signed_in

Order = get_model("order", "Order")
TORONTO = ZoneInfo("America/Toronto")
UPS = "1Z999AA10123456784"
PAGE = "/dashboard/late-orders/"


def at(day, hour=10):
    return datetime.combine(day, datetime.min.time(), tzinfo=TORONTO).replace(hour=hour)


def make_order(placed, *, status="Paid", quantities=(2, 1)):
    basket = oscar_factories.create_basket(empty=True)
    for index, quantity in enumerate(quantities):
        basket.add_product(factories.product(title=f"Hot stones {index}", price=Decimal("20.00")), quantity)
    order = oscar_factories.create_order(basket=basket, guest_email="guest@example.ca", user=None)
    Order.objects.filter(pk=order.pk).update(status=status, date_placed=placed)
    order.refresh_from_db()
    return order


# Business days

def test_a_weekend_does_not_count():
    friday, monday, tuesday = date(2026, 11, 6), date(2026, 11, 9), date(2026, 11, 10)
    assert business_days_between(at(friday, 17), at(monday, 9)) == 1
    assert business_days_between(at(friday), at(tuesday)) == 2
    assert business_days_between(at(date(2026, 11, 7)), at(monday)) == 1  # placed on Saturday


def test_canada_day_does_not_count():
    # Tuesday 30 June 2026, Wednesday 1 July (Canada Day), Thursday 2 July.
    assert business_days_between(at(date(2026, 6, 30)), at(date(2026, 7, 2))) == 1


def test_christmas_and_boxing_day_observed_do_not_count():
    # Thursday 24 December 2026; Christmas on Friday, Boxing Day on Saturday observed Monday 28.
    assert business_days_between(at(date(2026, 12, 24)), at(date(2026, 12, 29))) == 1


def test_the_day_is_read_in_the_stores_time_zone():
    # 23:30 in Toronto on Monday is already Tuesday in UTC: still Monday's order.
    placed = at(date(2026, 11, 9), 23).replace(minute=30).astimezone(ZoneInfo("UTC"))
    assert business_days_between(placed, at(date(2026, 11, 10), 9)) == 1


def test_no_time_passed_is_zero():
    assert business_days_between(at(date(2026, 11, 9)), at(date(2026, 11, 9), 18)) == 0
    assert business_days_between(at(date(2026, 11, 10)), at(date(2026, 11, 9))) == 0


def test_ontarios_holidays_count_and_the_federal_governments_own_days_off_do_not():
    # The warehouse is in Ontario: Family Day (Monday 16 February 2026) is a day off, so from
    # Friday the 13th to Tuesday the 17th is 1 business day...
    assert business_days_between(at(date(2026, 2, 13)), at(date(2026, 2, 17))) == 1
    # ...while Remembrance Day (Wednesday 11 November) is a working day there.
    assert business_days_between(at(date(2026, 11, 9)), at(date(2026, 11, 12))) == 3


def test_late_before_matches_business_days_between():
    now = at(date(2026, 12, 30), 9)
    for days in range(1, 8):
        cut = late_before(now, days)
        assert business_days_between(cut - timedelta(minutes=1), now) == days + 1
        assert business_days_between(cut, now) == days


# Which orders are late

@pytest.mark.django_db
def test_the_threshold_boundary():
    now = at(date(2026, 11, 19), 9)  # Thursday
    on_time = make_order(at(date(2026, 11, 17), 8))  # Tuesday: 2 business days waited
    late = make_order(at(date(2026, 11, 16), 23))  # Monday night: 3
    assert [o.pk for o in late_orders(now, 2)] == [late.pk]
    assert on_time.pk in [o.pk for o in late_orders(now, 1)]


@pytest.mark.django_db
def test_oldest_first_and_shippable_statuses_only():
    now = at(date(2026, 11, 20), 9)
    newer = make_order(at(date(2026, 11, 10)), status="Being prepared")
    older = make_order(at(date(2026, 11, 2)))
    refunded_in_part = make_order(at(date(2026, 11, 5)), status="Partially refunded")
    for status in ("Awaiting payment", "Cancelled", "Refunded", "Shipped"):
        make_order(at(date(2026, 11, 3)), status=status)
    assert [o.pk for o in late_orders(now, 2)] == [older.pk, refunded_in_part.pk, newer.pk]


@pytest.mark.django_db
def test_partly_shipped_counts_and_fully_shipped_does_not():
    now = at(date(2026, 11, 20), 9)
    partly, fully = make_order(at(date(2026, 11, 2))), make_order(at(date(2026, 11, 3)))
    first, second = partly.lines.order_by("pk")
    ship_lines(order=partly, quantities={first.pk: 2, second.pk: 0}, carrier="ups", tracking_number=UPS)
    ship_lines(order=fully, quantities={line.pk: line.quantity for line in fully.lines.all()},
               carrier="ups", tracking_number=UPS)
    Order.objects.filter(pk=fully.pk).update(status="Paid")  # even were its status left behind
    found = list(late_orders(now, 2))
    assert [o.pk for o in found] == [partly.pk]
    assert [(line.pk, line.quantity - line.shipped) for line in found[0].lines_left] == [
        (first.pk, 0), (second.pk, 1)]


# The dashboard's home

@pytest.mark.django_db
def test_the_panel_lists_the_late_orders_with_their_links(django_user_model):
    order = make_order(timezone.now() - timedelta(days=20), quantities=(3,))
    page = signed_in(member_of(roles.FULFILMENT, django_user_model)).get("/dashboard/").content.decode()
    assert "1 order waiting longer than 2 business days" in page
    assert f"/dashboard/orders/{order.number}/ship/" in page
    assert f"/dashboard/orders/{order.number}/" in page
    assert "3 × Hot stones 0" in page
    assert PAGE in page


@pytest.mark.django_db
def test_a_calm_line_when_none_wait(django_user_model):
    make_order(timezone.now(), quantities=(1,))
    page = signed_in(member_of(roles.CUSTOMER_SERVICE, django_user_model)).get("/dashboard/").content.decode()
    assert "No order waiting longer than 2 business days" in page
    assert PAGE not in page  # Customer service reads orders but does not set the limit


@pytest.mark.django_db
def test_content_sees_no_panel_and_is_refused_the_page(django_user_model):
    make_order(timezone.now() - timedelta(days=20))
    client = signed_in(member_of(roles.CONTENT, django_user_model))
    page = client.get("/dashboard/").content.decode()
    assert "waiting longer than" not in page
    assert client.get(PAGE).status_code == 403
    assert client.post(PAGE, {"business_days": "5"}).status_code == 403
    assert not ShipmentDeadline.objects.exists()


def _home_queries(client):
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/dashboard/").status_code == 200
    return len(queries)


@pytest.mark.django_db
def test_the_panels_queries_do_not_grow_with_the_orders(django_user_model):
    client = signed_in(member_of(roles.OWNER, django_user_model))
    long_ago = timezone.now() - timedelta(days=30)
    for _ in range(3):
        make_order(long_ago)
    _home_queries(client)  # the first page of a session reads a little more
    few = _home_queries(client)
    for _ in range(27):
        make_order(long_ago)
    many = _home_queries(client)
    assert "30 orders waiting longer than 2 business days" in client.get("/dashboard/").content.decode()
    assert many <= few, (few, many)


@pytest.mark.django_db
def test_late_orders_take_two_queries(django_assert_max_num_queries):
    long_ago = timezone.now() - timedelta(days=30)
    for _ in range(5):
        make_order(long_ago)
    from checkout.late_orders import waiting_rows
    with django_assert_max_num_queries(2):
        rows = waiting_rows(late_orders(timezone.now(), 2), timezone.now())
    assert len(rows) == 5


# The limit's page

@pytest.mark.django_db
@pytest.mark.parametrize("role", [roles.OWNER, roles.FULFILMENT])
def test_owner_and_fulfilment_change_the_limit(django_user_model, role):
    client = signed_in(member_of(role, django_user_model))
    assert client.get(PAGE).status_code == 200
    response = client.post(PAGE, {"business_days": "4"})
    assert response.status_code == 302
    assert current_days() == 4
    assert "Orders are now late after 4 business days." in client.get(PAGE).content.decode()
    client.post(PAGE, {"business_days": "30"})
    assert current_days() == 30


@pytest.mark.django_db
@pytest.mark.parametrize("typed", ["0", "31", "two", "", "2.5", "-1"])
def test_a_limit_outside_1_to_30_is_refused_with_400_and_nothing_saved(django_user_model, typed):
    client = signed_in(member_of(roles.FULFILMENT, django_user_model))
    response = client.post(PAGE, {"business_days": typed})
    assert response.status_code == 400
    assert "Nothing was saved: Enter a whole number of business days from 1 to 30." in response.content.decode()
    assert not ShipmentDeadline.objects.exists()
    assert current_days() == 2


@pytest.mark.django_db
def test_the_limit_page_needs_the_csrf_token(django_user_model):
    from django.test import Client
    client = Client(enforce_csrf_checks=True)
    client.force_login(member_of(roles.OWNER, django_user_model))
    assert client.post(PAGE, {"business_days": "5"}).status_code == 403
    assert not ShipmentDeadline.objects.exists()


@pytest.mark.django_db
def test_customer_service_is_refused_the_limit_page(django_user_model):
    client = signed_in(member_of(roles.CUSTOMER_SERVICE, django_user_model))
    assert client.post(PAGE, {"business_days": "5"}).status_code == 403
    assert not ShipmentDeadline.objects.exists()
