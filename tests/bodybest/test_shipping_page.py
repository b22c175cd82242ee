"""The shipping page states what checkout charges: threshold, rates and delivery times come from
the shipping methods staff edit, not from the page's text."""
from decimal import Decimal

import pytest
from oscar.core.loading import get_model

pytestmark = pytest.mark.django_db
WeightBased = get_model("shipping", "WeightBased")


def page(client):
    response = client.get("/shipping/")
    assert response.status_code == 200
    return response.content.decode()


def test_the_threshold_is_the_one_staff_set(client, django_capture_on_commit_callbacks):
    assert "free on orders of $250.00 or more" in page(client)
    with django_capture_on_commit_callbacks(execute=True):  # the cached threshold is dropped on commit
        WeightBased.objects.filter(code="standard").update(free_shipping_threshold=Decimal("300.00"))
        WeightBased.objects.get(code="standard").save()
    html = page(client)
    assert "free on orders of $300.00 or more" in html
    assert "$250.00" not in html


def test_without_a_threshold_nothing_is_promised_free(client):
    WeightBased.objects.filter(code="standard").update(free_shipping_threshold=None)
    html = page(client)
    assert "free" not in html.split('id="shipping-rates-title"')[1].split("</section>")[0].lower()


def test_rates_and_delivery_times_come_from_the_weight_bands(client):
    standard = WeightBased.objects.get(code="standard")
    standard.bands.filter(upper_limit=2).update(charge=Decimal("10.45"))
    WeightBased.objects.filter(code="express").update(delivery_days="Next business day in most cities")
    html = page(client)
    assert "<caption>Standard shipping: 3-8 business days</caption>" in html
    assert "<caption>Express shipping: Next business day in most cities</caption>" in html
    assert "<td>Up to 2 kg</td>\n            <td>$10.45</td>" in html
    assert "Over 20 kg, up to 30 kg" in html and "$79.95" in html
    assert "Heavier parcels: $39.95 for every 30 kg" in html


def test_staff_text_follows_the_rates_sanitised(client):
    FlatPage = get_model("flatpages", "FlatPage")
    FlatPage.objects.filter(url="/shipping/").update(
        content='<h2>Pickup</h2><p onclick="steal()">No pickup at the warehouse.</p><script>steal()</script>')
    html = page(client)
    assert "No pickup at the warehouse." in html
    assert "steal()" not in html


def test_only_reading_is_allowed(client):
    assert client.post("/shipping/").status_code == 405
    assert client.head("/shipping/").status_code == 200
