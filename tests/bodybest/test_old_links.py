"""Old Shopify links: recorded by the import or staff (bodybest/old_links.py), answered with a
301 to the new page (bodybest/old_link_redirects.py)."""
import pytest

from bodybest import old_links
from bodybest.models import OldLink

pytestmark = pytest.mark.django_db


def test_recording_the_same_old_path_twice_keeps_one_row_updated_in_place():
    first = old_links.record("/products/Whey-Isolate/", "/catalogue/whey_1/", "product")
    again = old_links.record("https://bodybest.ca/products/whey-isolate?variant=9", "/catalogue/whey_2/", "product")
    assert again.pk == first.pk
    assert OldLink.objects.count() == 1
    assert old_links.lookup("/PRODUCTS/whey-isolate/") == "/catalogue/whey_2/"


def test_an_import_does_not_overwrite_a_link_staff_set_by_hand():
    old_links.record("/pages/about-us", "/about/", "page", source="staff")
    old_links.record("/pages/about-us", "/pages/about-us/", "page")
    assert old_links.lookup("/pages/about-us") == "/about/"


@pytest.mark.parametrize("target", [
    "https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)",
    "catalogue/", "/catalogue/\r\nSet-Cookie: x=1", "",
])
def test_an_old_link_never_leads_off_the_site(target):
    with pytest.raises(ValueError):
        old_links.record("/products/x", target, "product")
    assert not OldLink.objects.exists()


def test_an_unknown_kind_is_refused():
    with pytest.raises(ValueError):
        old_links.record("/products/x", "/catalogue/", "variant")


def test_a_path_never_recorded_is_not_found():
    assert old_links.lookup("/products/never-sold") is None
