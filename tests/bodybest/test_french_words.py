"""What a Quebec shopper reads on French pages: our own words from bodybest/locale/fr_CA, not the
English ones, and the English pages unchanged. Reads the compiled catalog (`make test` runs
`make messages` first)."""
from decimal import Decimal

import pytest
from django.utils import translation

from catalog import comparison
from catalog.price_match import rules

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path, french, english", [
    ("/fr/contact/", ["Envoyez-nous un message", "Courriel", "Nous joindre"], "Send us a message"),
    ("/fr/shipping/", ["Livraison partout au Canada", "Tarifs", "Livraison standard : 3 à 8 jours ouvrables",
                       "Livraison express : 1 à 3 jours ouvrables"], "Your basket and checkout show"),
    ("/fr/price-match/", ["Garantie du meilleur prix", "Ce que nous égalons"], "What we match"),
    ("/fr/newsletter/", ["Abonnez-vous à notre infolettre", "Adresse courriel"], "Join our Newsletter List"),
])
def test_a_french_page_reads_in_quebec_french(client, path, french, english):
    html = client.get(path).content.decode()
    assert all(words in html for words in french)
    assert english not in html


def test_the_same_page_in_english_keeps_its_english(client):
    html = client.get("/contact/").content.decode()
    assert "Send us a message" in html and "Envoyez-nous" not in html


def test_a_price_match_refusal_on_a_french_page_writes_amounts_the_quebec_way():
    with translation.override("fr-ca"):
        reasons = rules.refusals(our_landed=Decimal("100.00"), their_landed=Decimal("1249.50"),
                                 floor_percent=60, host="example.ca", excluded=[], eligible=True,
                                 already_matched=False)
    assert reasons == ["Son prix avec livraison (1\xa0249,50 $) n'est pas plus bas que le nôtre "
                       "(100,00 $) : il n'y a donc rien à égaler."]


def test_the_compare_tray_counts_in_french():
    with translation.override("fr-ca"):
        assert comparison.tray_status(2) == "2 articles choisis sur 3"
    with translation.override("en-ca"):
        assert comparison.tray_status(2) == "2 of 3 items selected"
