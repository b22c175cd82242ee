"""The French account, basket and checkout pages as a Quebec shopper reads them, signed in and
signed out: no France wording anywhere on the page (most of these pages are Oscar's own
templates, read through Oscar's France French unless bodybest/quebec_french.py rewords it), and
none of the English that data or Oscar's code used to leave there (shipping method names, order
statuses, the shop's tagline, a shared wish list's title, the postal code messages).

Complements test_translations_complete.py, which checks the strings our own code and templates
extract; this one reads what the pages actually render."""
import re
from html.parser import HTMLParser

import pytest
from django.contrib.auth.tokens import default_token_generator
from django.test import Client
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from oscar.core.loading import get_model

from tests.bodybest.test_translations_complete import france_words
from tests.checkout.buying import ADDRESS, weighed_product

pytestmark = pytest.mark.django_db

Order = get_model("order", "Order")
WishList = get_model("wishlists", "WishList")

# English a French page used to show, whatever the template: data and messages outside the catalog.
ENGLISH_LEFTOVERS = ["Standard shipping", "Express shipping", "business days", "Therapeutic supplies",
                     "Wish List", "Enter a Canadian postal code", "Postal codes in", ">Paid<",
                     "Allocation", "Ordre #", "Order #", "Enter the following", ">Submit<"]


# French typography, Quebec's as France's: a space before the colon and the percent sign.
TYPOGRAPHY = {r"[^\W\d_]:(\s|$)": "a space before the colon", r"\d%": "a space before %"}
# Oscar's notification and sent-mail pages join their word and the subject with ": " in code.
HARD_CODED_IN_OSCAR = ("Notification: ", "Courriel: ")


def typography_faults(text):
    for words in HARD_CODED_IN_OSCAR:
        text = text.replace(words, "")
    return [fault for pattern, fault in TYPOGRAPHY.items() if re.search(pattern, text)]


class _VisibleText(HTMLParser):
    """What a shopper or a screen reader meets: text outside scripts and styles (the <title>
    included), and the alt, title, aria-label and placeholder attributes."""

    def __init__(self):
        super().__init__()
        self.parts, self._hidden = [], 0

    def handle_starttag(self, tag, attrs):
        self._hidden += tag in ("script", "style")
        self.parts += [value for name, value in attrs
                       if name in ("alt", "title", "aria-label", "placeholder") and value]

    def handle_endtag(self, tag):
        self._hidden -= tag in ("script", "style")

    def handle_data(self, data):
        if not self._hidden and data.strip():
            self.parts.append(" ".join(data.split()))


def visible_text(response):
    parser = _VisibleText()
    parser.feed(response.content.decode())
    return parser.parts


def read(client, path, method="get", data=None):
    """A page (followed to where it lands), or a form posted wrong and answered with its errors."""
    response = getattr(client, method)(path, data or {}, follow=method == "get")
    assert response.status_code in ((200,) if method == "get" else (200, 400)), (path, response.status_code)
    assert response.request["PATH_INFO"].startswith("/fr/"), (path, response.request["PATH_INFO"])
    parts = visible_text(response)
    france = [f"{path}: {part!r} (write {', '.join(france_words(part) + typography_faults(part))})"
              for part in parts if france_words(part) or typography_faults(part)]
    html = response.content.decode()
    english = [f"{path}: {words!r}" for words in ENGLISH_LEFTOVERS if words in html]
    return france + english, "\n".join(parts)


def walk(client, pages):
    """Every page's France wording and English leftovers; the text shown at each path (each visit's,
    one after the other)."""
    found, texts = [], {}
    for page in pages:
        path, *rest = page if isinstance(page, tuple) else (page,)
        problems, text = read(client, path, *rest)
        found += problems
        texts[path] = texts.get(path, "") + "\n" + text
    return found, texts


@pytest.fixture
def shopper(django_user_model):
    return django_user_model.objects.create_user(username="dana", email="dana@example.ca",
                                                 password="x-dana-2024", first_name="Dana")


def test_the_signed_out_account_pages_read_in_quebec_french(client, shopper):
    token = default_token_generator.make_token(shopper)
    uid = urlsafe_base64_encode(force_bytes(shopper.pk))
    found, texts = walk(client, [
        "/fr/accounts/login/", "/fr/accounts/register/", "/fr/password-reset/", "/fr/password-reset/done/",
        "/fr/password-reset/complete/", "/fr/password-reset/confirm/MQ/not-a-token/",
        f"/fr/password-reset/confirm/{uid}/{token}/", "/fr/basket/", "/fr/checkout/",
        ("/fr/accounts/login/", "post", {"login-username": "nobody@example.ca", "login-password": "wrong",
                                         "login_submit": "Log In"}),
        ("/fr/accounts/register/", "post", {"registration-email": "not-an-address", "registration-password1": "a",
                                            "registration-password2": "b", "registration_submit": "Register"}),
    ])
    assert not found, "\n".join(found)
    assert "Envoyer le courriel de réinitialisation" in texts["/fr/password-reset/"]
    assert "Fournitures de thérapie depuis 1991" in texts["/fr/accounts/login/"]  # the <title>


def test_a_guests_french_checkout_reads_in_quebec_french_to_the_thank_you_page(client, fake_stripe,
                                                                              django_capture_on_commit_callbacks):
    product = weighed_product("200.00")
    client.post(f"/fr/basket/add/{product.pk}/", {"quantity": 1})
    client.post("/fr/checkout/", {"username": "marie@example.ca", "options": "anonymous"})
    bad_postcode = {**ADDRESS, "state": "ON", "postcode": "H3A 1H6"}
    found, texts = walk(client, [
        "/fr/basket/", "/fr/checkout/shipping-address/",
        ("/fr/checkout/shipping-address/", "post", bad_postcode),
        ("/fr/checkout/shipping-address/", "post", {**ADDRESS, "postcode": "zzz"}),
    ])
    assert client.post("/fr/checkout/shipping-address/", ADDRESS).status_code == 302
    more, more_texts = walk(client, ["/fr/checkout/shipping-method/"])
    client.post("/fr/checkout/shipping-method/", {"method_code": "standard"})
    with django_capture_on_commit_callbacks(execute=True):
        paid = client.post("/fr/checkout/pay/", {"payment_method": fake_stripe.card_payment_method("ok")},
                           HTTP_ACCEPT="application/json")
    assert paid.json()["status"] == "placed", paid.json()
    order = Order.objects.get()
    # The link in the confirmation mail asks the guest for their address, then shows the order.
    status_form = f"/fr/accounts/order-status-form/{order.number}/{order.verification_hash()}/"
    last, last_texts = walk(client, ["/fr/checkout/thank-you/", status_form])
    assert client.post(status_form, {"email": "marie@example.ca"}).status_code == 302
    status_page = f"/fr/accounts/order-status/{order.number}/{order.verification_hash()}/"
    last_more, status_texts = walk(client, [status_page])
    last += last_more
    found += more + last
    assert not found, "\n".join(found)
    texts = {**texts, **more_texts, **last_texts}
    assert "Les codes postaux de cette province (ON) commencent par K ou L ou M ou N ou P" in texts[
        "/fr/checkout/shipping-address/"]
    assert "Livraison standard" in texts["/fr/checkout/shipping-method/"]
    assert "Livraison express" in texts["/fr/checkout/shipping-method/"]
    assert "Paiement de 247,14" in texts["/fr/checkout/thank-you/"]
    assert order.shipping_method == "Livraison standard"  # the name the shopper chose, as they read it
    assert "Entrez les renseignements utilisés pour cette commande" in last_texts[status_form]
    assert "Payée" in status_texts[status_page]


def test_the_signed_in_account_pages_read_in_quebec_french(client, shopper):
    client.force_login(shopper)
    product = weighed_product("200.00")
    client.post(f"/fr/basket/add/{product.pk}/", {"quantity": 2})
    assert client.post("/fr/accounts/addresses/add/", ADDRESS).status_code == 302
    address = get_model("address", "UserAddress").objects.get(user=shopper)
    client.post(f"/fr/accounts/wishlists/add/{product.pk}/")
    wishlist = WishList.objects.get(owner=shopper)
    order = _paid_order(shopper, product)
    notification = get_model("communication", "Notification").objects.create(recipient=shopper, subject="Bonjour")
    email = get_model("communication", "Email").objects.create(
        user=shopper, email=shopper.email, subject="Votre commande", body_text="Merci", body_html="<p>Merci</p>")
    get_model("customer", "ProductAlert").objects.create(user=shopper, product=product)
    found, texts = walk(client, [
        "/fr/accounts/", "/fr/accounts/profile/", "/fr/accounts/profile/edit/", "/fr/accounts/profile/delete/",
        "/fr/accounts/change-password/", "/fr/accounts/addresses/", "/fr/accounts/addresses/add/",
        f"/fr/accounts/addresses/{address.pk}/", f"/fr/accounts/addresses/{address.pk}/delete/",
        "/fr/accounts/orders/", f"/fr/accounts/orders/{order.number}/", "/fr/accounts/emails/",
        f"/fr/accounts/emails/{email.pk}/", "/fr/accounts/notifications/inbox/",
        "/fr/accounts/notifications/archive/", f"/fr/accounts/notifications/{notification.pk}/",
        "/fr/accounts/alerts/", "/fr/accounts/wishlists/", "/fr/accounts/wishlists/create/",
        f"/fr/accounts/wishlists/{wishlist.key}/", f"/fr/accounts/wishlists/{wishlist.key}/update/",
        f"/fr/accounts/wishlists/{wishlist.key}/delete/", f"/fr/wishlists/{wishlist.key}/",
        "/fr/basket/", "/fr/basket/saved/", "/fr/checkout/shipping-address/",
        ("/fr/accounts/change-password/", "post", {"old_password": "wrong", "new_password1": "a",
                                                   "new_password2": "b"}),
        ("/fr/accounts/profile/edit/", "post", {"email": "not-an-address"}),
        ("/fr/accounts/addresses/add/", "post", {"first_name": ""}),
        ("/fr/accounts/wishlists/create/", "post", {"name": ""}),
    ])
    assert not found, "\n".join(found)
    assert "Carnet d'adresses" in texts["/fr/accounts/addresses/"]
    assert "Historique des commandes" in texts["/fr/accounts/orders/"]
    assert f"Commande #{order.number}" in texts[f"/fr/accounts/orders/{order.number}/"]
    assert "Payée" in texts[f"/fr/accounts/orders/{order.number}/"]
    assert "Liste de souhaits : Ma liste" in texts[f"/fr/wishlists/{wishlist.key}/"]
    assert "Adresse courriel" in texts["/fr/accounts/profile/edit/"]


def _paid_order(user, product):
    from oscar.apps.basket.models import Basket
    from oscar.apps.partner.strategy import Default
    from oscar.test.factories import create_order

    basket = Basket.objects.create()
    basket.strategy = Default()
    basket.add_product(product)
    order = create_order(number="100042", basket=basket, user=user)
    order.set_status("Paid")
    return order


@pytest.mark.parametrize("french", [
    "Envoyer un mail de réinitialisation", "Partager la liste d'envies", "Adresse électronique",
    "Prix TTC", "Supprimer cette adresse ?", "Page introuvable !",
])
def test_the_check_catches_france_wording_oscar_used_to_show(french):
    assert france_words(french)


@pytest.mark.parametrize("text, faults", [
    ("Prix: 200,00 $", ["a space before the colon"]), ("TVQ (9,975%)", ["a space before %"]),
    ("Prix : 200,00 $", []), ("TVQ (9,975 %)", []), ("Passé le 30 novembre 2026, 10 h 46", []),
])
def test_the_typography_check(text, faults):
    assert typography_faults(text) == faults


def test_the_check_reads_attributes_and_the_title_but_not_scripts():
    class Page:
        content = (b'<title>Panier | Body Best</title><img alt="Mon caddie"><p aria-label="Vos e-mails">x</p>'
                   b"<script>var shopping = 1;</script>")

    assert visible_text(Page) == ["Panier | Body Best", "Mon caddie", "Vos e-mails", "x"]


def test_signing_in_and_out_on_a_french_page_leads_to_the_french_home(client, shopper):
    signed_in = client.post("/fr/accounts/login/", {"login-username": "dana@example.ca",
                                                    "login-password": "x-dana-2024", "login_submit": "Log In"})
    assert signed_in.status_code == 302 and signed_in["Location"] == "/fr/"
    profile = client.get("/fr/accounts/profile/").content.decode()
    assert 'class="brand-link" href="/fr/"' in profile
    assert client.post("/fr/accounts/logout/")["Location"] == "/fr/"
    product = weighed_product("20.00")
    french_page = client.get(f"/fr/catalogue/{product.slug}_{product.pk}/").content.decode()
    assert '<a href="/fr/">Accueil</a>' in french_page


def test_signing_in_and_out_on_an_english_page_stays_english(client, shopper):
    signed_in = client.post("/accounts/login/", {"login-username": "dana@example.ca",
                                                 "login-password": "x-dana-2024", "login_submit": "Log In"})
    assert signed_in.status_code == 302 and signed_in["Location"] == "/"
    assert client.post("/accounts/logout/")["Location"] == "/"
