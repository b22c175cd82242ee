"""Customer service opens Courses from the dashboard's menu (under Catalogue), reads a course's figures, grants it
to a clinic's two therapists (a typo first: refused, nothing granted), finds them on the
course's page, extends one window, and opens the refund page of a student who bought it. axe
finds nothing serious on any of these pages at desk size."""
import re
from decimal import Decimal

import pytest
from oscar.core.loading import get_model
from oscar.test import factories as oscar_factories
from playwright.sync_api import expect

from catalog.courses.models import Enrolment
from tests.browser.staff import STAFF_EMAIL, STAFF_PASSWORD, log_in
from tests.catalog.test_course_learning import make_course

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def course_with_a_buyer(live_server, django_user_model):
    from bodybest.roles import sync_groups

    sync_groups()
    user = django_user_model.objects.create_user(
        username="staffer", email=STAFF_EMAIL, password=STAFF_PASSWORD, is_staff=True)
    user.groups.add(get_model("auth", "Group").objects.get(name="Customer service"))
    course = make_course(title="Trigger points in 30 days")
    buyer = django_user_model.objects.create_user(username="ana", email="ana@example.ca", password="x")
    basket = oscar_factories.create_basket(empty=True)
    basket.add_product(course.product, 1)
    order = oscar_factories.create_order(basket=basket, user=buyer)
    Enrolment.objects.create(user=buyer, course=course, order=order)
    return live_server.url, course


def test_customer_service_grants_a_course_to_a_clinic_and_extends_a_window(
        desktop_page, course_with_a_buyer, axe_check):
    page, (base, course) = desktop_page, course_with_a_buyer
    log_in(page, base)
    page.goto(base + "/dashboard/")
    menu = page.locator("#bottom_nav_bar")
    menu.get_by_role("button", name="Catalogue").or_(menu.get_by_role("link", name="Catalogue")).first.click()
    menu.get_by_role("link", name="Courses").click()
    expect(page).to_have_url(re.compile("/dashboard/courses/$"))
    row = page.locator(f'tr[data-course="{course.product_id}"]')
    expect(row.locator("[data-students]")).to_have_text("1")
    axe_check(page)

    page.get_by_label("Course", exact=True).select_option(label="Trigger points in 30 days")
    emails = page.get_by_label("Students' email addresses (one a line)")
    emails.fill("jo@clinic.ca\njo at clinic")
    page.get_by_role("button", name="Grant the course").click()
    expect(page.get_by_role("alert")).to_contain_text("is not an email address; nothing was granted.")
    assert Enrolment.objects.count() == 1
    axe_check(page)

    page.get_by_label("Students' email addresses (one a line)").fill("jo@clinic.ca\nmax@clinic.ca")
    page.get_by_role("button", name="Grant the course").click()
    expect(page).to_have_url(re.compile(f"/dashboard/courses/{course.product_id}/$"))
    expect(page.locator("body")).to_contain_text("each was mailed a link")
    students = page.locator("table.course-students")
    expect(students.locator("tbody tr")).to_have_count(3)
    expect(students).to_contain_text("Granted by")
    axe_check(page)

    jo = Enrolment.objects.get(user__email="jo@clinic.ca")
    page.locator(f"#extend-{jo.pk}").fill("14")
    page.get_by_role("button", name="Extend jo@clinic.ca's access").click()
    expect(page.locator("body")).to_contain_text("jo@clinic.ca: 14 days added (14 in all).")
    jo.refresh_from_db()
    assert jo.extra_days == 14

    page.get_by_role("link", name="Refund ana@example.ca").click()
    expect(page.locator("[data-amount]")).to_contain_text("$249.00")
    expect(page.locator("[data-within]")).to_contain_text("within the refund policy")
    axe_check(page)
    assert Enrolment.objects.get(user__email="ana@example.ca").ended is None
    assert Decimal(page.locator("[data-amount]").get_attribute("data-amount")) == Decimal("249.00")
