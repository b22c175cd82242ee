"""checkout/tax_names.py: a receipt names each tax in the shopper's language.

Reads the compiled French catalog, which `make test` builds first (`make messages`)."""
from django.utils import translation

from checkout.tax_names import shown


def test_a_french_receipt_names_the_taxes_as_quebec_does():
    with translation.override("fr-ca"):
        assert [shown(name) for name in ("GST", "QST", "HST", "PST")] == ["TPS", "TVQ", "TVH", "TVP"]
        assert shown("Sales tax") == "Taxe de vente"


def test_an_english_receipt_keeps_the_names_staff_gave():
    with translation.override("en-ca"):
        assert [shown(name) for name in ("GST", "QST", "HST", "Sales tax")] == ["GST", "QST", "HST", "Sales tax"]


def test_a_name_staff_made_up_is_shown_as_written_in_either_language():
    for language in ("en-ca", "fr-ca"):
        with translation.override(language):
            assert shown("Eco fee") == "Eco fee"
