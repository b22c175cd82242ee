"""The store pages staff edit in the dashboard (Content > Pages); these are first drafts."""
from pathlib import Path

PAGES_DIR = Path(__file__).resolve().parent

STORE_PAGES = [
    ("/contact/", "Contact us", "contact.html"),
    ("/shipping/", "Shipping across Canada", "shipping.html"),
    ("/returns/", "Returns and exchanges", "returns.html"),
    ("/privacy/", "Privacy policy", "privacy.html"),
]

# Who we are (migration 0004): (url, title, file, template). The about page's template adds the
# founding year, where we ship from and how to reach us from bodybest/business.py.
ABOUT_PAGES = [
    ("/about/", "Know Your Body Best Therapeutic Supplies Inc.", "about.html", "flatpages/about.html"),
    ("/inclusive-community/", "Inclusive community: support and solidarity", "inclusive-community.html", ""),
]


def page_content(filename: str) -> str:
    return (PAGES_DIR / filename).read_text(encoding="utf-8")


# The same pages' French first drafts (migration 0006): url -> (title, file in pages/fr/).
FRENCH_PAGES = {
    "/contact/": ("Nous joindre", "contact.html"),
    "/shipping/": ("Livraison partout au Canada", "shipping.html"),
    "/returns/": ("Retours et échanges", "returns.html"),
    "/privacy/": ("Politique de confidentialité", "privacy.html"),
    "/about/": ("Know Your Body Best Therapeutic Supplies Inc.", "about.html"),
    "/inclusive-community/": ("Communauté inclusive : soutien et solidarité", "inclusive-community.html"),
}


def french_page_content(filename: str) -> str:
    return (PAGES_DIR / "fr" / filename).read_text(encoding="utf-8")
