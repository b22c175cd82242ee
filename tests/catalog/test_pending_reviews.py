"""Reviews wait for staff (OSCAR_MODERATE_REVIEWS): until approved, a review's own URL and its
vote URL answer 404 (catalog/reviews/views.py)."""
import pytest
from django.urls import reverse
from oscar.core.loading import get_model

from tests import factories

pytestmark = pytest.mark.django_db

ProductReview = get_model("reviews", "ProductReview")


@pytest.fixture
def reviews(django_user_model):
    product = factories.product(title="Reviewed gun")
    made = {}
    for status in (ProductReview.FOR_MODERATION, ProductReview.APPROVED, ProductReview.REJECTED):
        author = django_user_model.objects.create_user(
            username=f"author{status}", email=f"author{status}@example.ca", password="x-author-2024")
        made[status] = ProductReview.objects.create(
            product=product, user=author, score=4, title=f"Status {status}", body="Strong and quiet.",
            status=status,
        )
    return product, made


def _urls(product, review):
    kwargs = {"product_slug": product.slug, "product_pk": product.pk, "pk": review.pk}
    return reverse("catalogue:reviews-detail", kwargs=kwargs), reverse("catalogue:reviews-vote", kwargs=kwargs)


def test_a_pending_or_rejected_review_is_not_found_by_its_url(client, reviews):
    product, made = reviews
    for status in (ProductReview.FOR_MODERATION, ProductReview.REJECTED):
        detail, _ = _urls(product, made[status])
        assert client.get(detail).status_code == 404


def test_an_approved_review_is_shown(client, reviews):
    product, made = reviews
    detail, _ = _urls(product, made[ProductReview.APPROVED])
    response = client.get(detail)
    assert response.status_code == 200
    assert "Status 1" in response.content.decode()


def test_a_review_is_not_found_under_another_products_url(client, reviews):
    product, made = reviews
    other = factories.product(title="Other gun")
    kwargs = {"product_slug": other.slug, "product_pk": other.pk, "pk": made[ProductReview.APPROVED].pk}
    assert client.get(reverse("catalogue:reviews-detail", kwargs=kwargs)).status_code == 404


def test_a_pending_review_cannot_be_voted_on(customer_client, reviews):
    product, made = reviews
    pending = made[ProductReview.FOR_MODERATION]
    _, vote = _urls(product, pending)
    assert customer_client.post(vote, {"delta": 1}).status_code == 404
    pending.refresh_from_db()
    assert pending.total_votes == 0 and pending.votes.count() == 0


def test_an_approved_review_takes_votes(customer_client, reviews):
    product, made = reviews
    approved = made[ProductReview.APPROVED]
    _, vote = _urls(product, approved)
    assert customer_client.post(vote, {"delta": 1}).status_code == 302
    approved.refresh_from_db()
    assert approved.votes.count() == 1
