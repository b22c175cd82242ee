"""Canadian postal codes: shape, and the province their first letter belongs to."""
import re

from django.utils.translation import gettext as _

# Letters D, F, I, O, Q and U never appear; W and Z never lead.
_SHAPE = re.compile(r"^([ABCEGHJKLMNPRSTVXY][0-9][ABCEGHJKLMNPRSTVWXYZ])([0-9][ABCEGHJKLMNPRSTVWXYZ][0-9])$")

FIRST_LETTERS = {
    "NL": "A", "NS": "B", "PE": "C", "NB": "E", "QC": "GHJ", "ON": "KLMNP", "MB": "R",
    "SK": "S", "AB": "T", "BC": "V", "NT": "X", "NU": "X", "YT": "Y",
}


class PostalCodeError(ValueError):
    """The message is for the shopper."""


def normalise(raw):
    """'k1a0b1', ' K1A-0B1 ' and 'K1A 0B1' all become 'K1A 0B1'; anything that cannot be a
    Canadian postal code raises PostalCodeError."""
    compact = re.sub(r"[\s-]", "", raw or "").upper()
    match = _SHAPE.match(compact)
    if not match:
        raise PostalCodeError(_("Enter a Canadian postal code in the form A1A 1A1."))
    return f"{match.group(1)} {match.group(2)}"


def check_province(postal_code, province):
    """Raise PostalCodeError when a (normalised) postal code does not belong to the province."""
    letters = FIRST_LETTERS.get(province)
    if letters and postal_code[:1] not in letters:
        raise PostalCodeError(
            _("Postal codes in %(province)s start with %(letters)s; check the postal code or the province.")
            % {"province": province, "letters": (" %s " % _("or")).join(letters)}
        )
