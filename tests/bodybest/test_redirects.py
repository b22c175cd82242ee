"""Where a given next address may send the shopper (bodybest/redirects.py)."""
import pytest
from django.test import RequestFactory

from bodybest.redirects import is_malformed_referer, safe_next


@pytest.fixture
def request_():
    return RequestFactory().get("/", HTTP_HOST="localhost")


@pytest.mark.parametrize("value,expected", [
    ("/catalogue/?q=gun", "/catalogue/?q=gun"),
    ("http://localhost/basket/?a=1", "/basket/?a=1"),
    ("abc", "/fallback/"),
    ("store-home", "/fallback/"),
    ("basket:summary", "/fallback/"),
    ("//evil.example/", "/fallback/"),
    ("/\\evil.example/", "/fallback/"),
    ("https://evil.example/catalogue/", "/fallback/"),
    ("javascript:alert(1)", "/fallback/"),
    ("/catalogue/\x00", "/fallback/"),
    ("/catalogue/\r\nSet-Cookie: x=1", "/fallback/"),
    ("/" + "x" * 3000, "/fallback/"),
    ("http://[::1", "/fallback/"),
    ("", "/fallback/"),
    (None, "/fallback/"),
])
def test_only_a_path_of_this_site_is_followed(request_, value, expected):
    assert safe_next(request_, value, "/fallback/") == expected


@pytest.mark.parametrize("value,malformed", [
    ("https://localhost/catalogue/", False), ("/catalogue/", False), (None, False),
    ("https://evil.example/", False),  # a URL: Oscar's own host check refuses it
    ("abc", True), ("store-home", True), ("javascript:alert(1)", True), ("http://[::1", True),
])
def test_a_referer_that_is_not_a_url_is_malformed(value, malformed):
    assert is_malformed_referer(value) is malformed
