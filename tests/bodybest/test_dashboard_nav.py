import pytest

pytestmark = pytest.mark.django_db


def test_staff_find_shipping_charges_under_fulfilment(django_user_model, client):
    """The README sends staff to Fulfilment → Shipping charges; the menu must have it."""
    staff = django_user_model.objects.create_superuser(
        username="boss", email="boss@bodybest.ca", password="pw-boss-1991")
    client.force_login(staff)
    page = client.get("/dashboard/").content.decode()
    fulfilment = page[page.index("Fulfilment"):]
    assert "Shipping charges" in fulfilment[:fulfilment.index("Customers")]
    assert client.get("/dashboard/shipping/weight-based/").status_code == 200
