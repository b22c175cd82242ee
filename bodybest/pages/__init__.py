"""The store pages staff edit in the dashboard (Content > Pages); these are first drafts."""
from pathlib import Path

PAGES_DIR = Path(__file__).resolve().parent

STORE_PAGES = [
    ("/contact/", "Contact us", "contact.html"),
    ("/shipping/", "Shipping across Canada", "shipping.html"),
    ("/returns/", "Returns and exchanges", "returns.html"),
    ("/privacy/", "Privacy policy", "privacy.html"),
]


def page_content(filename: str) -> str:
    return (PAGES_DIR / filename).read_text(encoding="utf-8")
