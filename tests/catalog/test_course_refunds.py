"""The course refund policy (catalog/courses/refunds.py): a buyer refunds their own course in full
within the policy's days while few lessons are opened; outside it they are told why and nothing
moves; the card gets back what the course's line cost, the goods of a mixed order stay paid, and
a course is never "returned" through the goods' returns."""
from datetime import timedelta
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone
from oscar.core.loading import get_model

from catalog.courses.models import Enrolment, LessonProgress, RefundPolicy
from checkout import stripe_gateway
from checkout.models import CardPayment
from checkout.returns import ReturnRefused, request_return, returnable_lines
from tests.catalog.test_course_learning import make_course, pass_quiz
from tests.checkout.buying import place_order, ready_to_pay, weighed_product

pytestmark = pytest.mark.django_db
Order = get_model("order", "Order")
COURSE_PAID = Decimal("286.29")  # 249.00 with GST 12.45 and QST 24.84 (Quebec address)


@pytest.fixture
def course():
    return make_course()


@pytest.fixture
def bought(client, fake_stripe, course, django_user_model):
    """Ada bought the course with a $40 item, shipped to Quebec; signed in."""
    ada = django_user_model.objects.create_user(username="ada", email="ada@example.ca", password="pw-ada-1991")
    client.force_login(ada)
    client.post(f"/basket/add/{course.product.pk}/", {"quantity": 1})
    ready_to_pay(client, weighed_product("40.00"), email="ada@example.ca")
    place_order(client, fake_stripe)
    return Enrolment.objects.get(user=ada)


def refund_url(course):
    return reverse("courses:refund", args=[course.product_id])


def refunded(order):
    return CardPayment.objects.get(order=order).amount_refunded


def test_my_courses_and_the_course_page_state_the_policy(client, bought, course):
    RefundPolicy.objects.update_or_create(pk=RefundPolicy.current().pk, defaults={"days": 5, "lessons_opened": 2})
    page = client.get(reverse("courses:mine")).content.decode()
    until = timezone.localdate(bought.order.date_placed + timedelta(days=5)).isoformat()
    assert f"A full refund is yours until {until} while you have opened at most 2 lessons." in page
    assert refund_url(course) in page
    product_page = client.get(course.product.get_absolute_url()).content.decode()
    assert "In full within 5 days of your purchase, while you have opened at most 2 of its lessons." in product_page


def test_a_buyer_refunds_their_course_within_the_policy_and_keeps_the_goods(client, bought, course):
    confirm = client.get(refund_url(course))
    assert confirm.status_code == 200
    assert "$286.29 goes back to the card you paid with" in confirm.content.decode()
    response = client.post(refund_url(course), follow=True)
    assert response.redirect_chain[-1][0] == reverse("courses:mine")
    assert "is refunded: $286.29 goes back to your card" in response.content.decode()
    bought.refresh_from_db()
    order = bought.order
    order.refresh_from_db()
    assert bought.ended is not None
    assert refunded(order) == COURSE_PAID
    assert order.status == "Partially refunded"  # the $40 item and its shipping stay paid
    assert order.notes.filter(message__contains="Course refund asked by the customer").exists()
    assert client.get(reverse("courses:lesson", args=[course.product_id, 2])).status_code == 403


def test_pressing_refund_twice_refunds_once(client, bought, course):
    assert client.post(refund_url(course)).status_code == 302
    again = client.post(refund_url(course))
    assert again.status_code == 403
    assert "This course was refunded." in again.content.decode()
    assert refunded(bought.order) == COURSE_PAID


def test_more_lessons_opened_than_the_policy_allows_is_refused_with_the_count(client, bought, course):
    for position in (1, 2):
        client.get(reverse("courses:lesson", args=[course.product_id, position]))
    response = client.post(refund_url(course))
    assert response.status_code == 403
    assert "at most 1 lessons opened; you have opened 2." in response.content.decode()
    bought.refresh_from_db()
    assert bought.ended is None and refunded(bought.order) == 0
    assert refund_url(course) not in client.get(reverse("courses:mine")).content.decode()


def test_the_policy_staff_edit_decides(client, bought, course):
    for position in (1, 2, 3):
        client.get(reverse("courses:lesson", args=[course.product_id, position]))
    assert client.get(refund_url(course)).status_code == 403
    RefundPolicy.objects.filter(pk=RefundPolicy.current().pk).update(lessons_opened=3)
    assert client.get(refund_url(course)).status_code == 200


def test_after_the_policys_days_the_refund_is_refused_with_the_date(client, bought, course):
    Order.objects.filter(pk=bought.order_id).update(date_placed=timezone.now() - timedelta(days=8))
    response = client.post(refund_url(course))
    assert response.status_code == 403
    assert "The 7 days for a full refund ended on" in response.content.decode()
    assert refunded(bought.order) == 0


def test_a_certificate_holder_cannot_refund(client, bought, course):
    RefundPolicy.objects.filter(pk=RefundPolicy.current().pk).update(lessons_opened=10)
    pass_quiz(client, course)
    response = client.post(refund_url(course))
    assert response.status_code == 403
    assert "You hold this course&#x27;s certificate" in response.content.decode()


def test_a_course_granted_by_hand_has_nothing_to_refund(client, course, django_user_model):
    bea = django_user_model.objects.create_user(username="bea", email="bea@example.ca", password="pw-bea-1991")
    Enrolment.objects.create(user=bea, course=course)
    client.force_login(bea)
    response = client.post(refund_url(course))
    assert response.status_code == 403
    assert "This course was given to you" in response.content.decode()


def test_someone_not_enrolled_gets_a_404(client, bought, course, django_user_model):
    client.force_login(django_user_model.objects.create_user(username="cy", email="cy@example.ca", password="x"))
    assert client.post(refund_url(course)).status_code == 404
    assert refunded(bought.order) == 0


def test_stripe_refusing_the_refund_leaves_the_course_open(client, bought, course, monkeypatch):
    def refuse(*args, **kwargs):
        raise stripe_gateway.GatewayError("Stripe is unreachable")

    monkeypatch.setattr(stripe_gateway, "refund", refuse)
    response = client.post(refund_url(course))
    assert response.status_code == 409
    assert "nothing was refunded" in response.content.decode()
    bought.refresh_from_db()
    assert bought.ended is None and refunded(bought.order) == 0
    assert LessonProgress.objects.count() == 0


def test_a_course_line_is_not_among_the_goods_to_return(bought):
    order = bought.order
    lines = returnable_lines(order)
    assert [line.title for line, _, _ in lines] != [] and all(line.product.is_shipping_required for line, _, _ in lines)
    course_line = order.lines.get(product=bought.course.product)
    with pytest.raises(ReturnRefused):
        request_return(order=order, quantities={course_line.pk: 1}, reason="changed-mind")


def test_after_any_refund_on_the_order_the_buyer_is_sent_to_us(client, bought, course, django_user_model):
    """Staff refunded the course's amount from the order's refund page: the buyer's own refund
    would give it back twice, so it is refused and staff decide."""
    from checkout.refunds import refund_order

    staff = django_user_model.objects.create_user(username="sam", password="pw-staff-1991", is_staff=True)
    refund_order(bought.order, COURSE_PAID, "The course, by hand", staff)
    response = client.post(refund_url(course))
    assert response.status_code == 403
    assert "Part of this order was refunded already." in response.content.decode()
    assert refunded(bought.order) == COURSE_PAID
    assert refund_url(course) not in client.get(reverse("courses:mine")).content.decode()


def test_buying_again_after_a_refund_opens_the_course_on_the_new_order(client, bought, course, fake_stripe):
    assert client.post(refund_url(course)).status_code == 302
    client.post(f"/basket/add/{course.product.pk}/", {"quantity": 1})
    ready_to_pay(client, weighed_product("40.00"), email="ada@example.ca")
    place_order(client, fake_stripe)
    enrolment = Enrolment.objects.get()
    latest = Order.objects.order_by("-pk").first()
    assert enrolment.order == latest and enrolment.ended is None
    assert client.get(reverse("courses:lesson", args=[course.product_id, 2])).status_code == 200


def test_a_course_goes_in_a_basket_once_and_not_at_all_while_its_access_is_open(client, course, django_user_model):
    ada = django_user_model.objects.create_user(username="ada", email="ada@example.ca", password="pw-ada-1991")
    client.force_login(ada)
    client.post(f"/basket/add/{course.product.pk}/", {"quantity": 2})
    client.post(f"/basket/add/{course.product.pk}/", {"quantity": 1})
    client.post(f"/basket/add/{course.product.pk}/", {"quantity": 1})
    basket = get_model("basket", "Basket").objects.get(owner=ada)
    assert [line.quantity for line in basket.all_lines()] == [1]
    basket.flush()
    Enrolment.objects.create(user=ada, course=course)  # granted by staff: open
    client.post(f"/basket/add/{course.product.pk}/", {"quantity": 1})
    assert basket.all_lines().count() == 0
    assert "You have this course: open it from My courses" in client.get(course.product.get_absolute_url()).content.decode()


def test_a_certificate_withdrawn_by_an_earlier_refund_does_not_stand_in_the_way(client, bought, course):
    """Refunded once (the certificate withdrawn), bought again: the policy applies afresh."""
    from catalog.courses.models import Certificate

    Certificate.objects.create(enrolment=bought, number="BB-2026-00001", name="Ada", course_title="T", hours=1,
                               credits=1, score=100, withdrawn=timezone.now())
    assert client.get(refund_url(course)).status_code == 200
