"""The carriers a parcel leaves with, each with the shape of its tracking numbers and the page
that tracks one. `normalise` strips spaces and dashes and upper-cases what staff typed;
`problem` says why a number cannot be that carrier's, or None.

Formats: Canada Post 16 digits (domestic) or an international S10 number (2 letters, 9 digits,
CA); Purolator 12 digits; UPS 1Z and 16 letters or digits; FedEx 12, 15, 20 or 22 digits;
Canpar D and 21 digits. "Other" takes 4 to 40 letters and digits and has no tracking page."""
import re
from dataclasses import dataclass
from urllib.parse import quote


@dataclass(frozen=True)
class Carrier:
    code: str
    name: str
    pattern: str
    shape: str  # what staff are told when a number does not fit
    url: str = ""  # with {number}

    def tracking_url(self, number):
        return self.url.format(number=quote(number)) if self.url else ""


CARRIERS = {carrier.code: carrier for carrier in (
    Carrier("canada-post", "Canada Post", r"\d{16}|[A-Z]{2}\d{9}CA",
            "16 digits, or 2 letters, 9 digits and CA",
            "https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor={number}"),
    Carrier("purolator", "Purolator", r"\d{12}", "12 digits",
            "https://www.purolator.com/en/shipping/tracker?pin={number}"),
    Carrier("ups", "UPS", r"1Z[A-Z0-9]{16}", "1Z followed by 16 letters or digits",
            "https://www.ups.com/track?tracknum={number}"),
    Carrier("fedex", "FedEx", r"\d{12}|\d{15}|\d{20}|\d{22}", "12, 15, 20 or 22 digits",
            "https://www.fedex.com/fedextrack/?trknbr={number}"),
    Carrier("canpar", "Canpar", r"D\d{21}", "D followed by 21 digits",
            "https://www.canpar.com/en/tracking/track.htm?barcode={number}"),
    Carrier("other", "Other", r"[A-Z0-9]{4,40}", "4 to 40 letters or digits"),
)}
CHOICES = [(carrier.code, carrier.name) for carrier in CARRIERS.values()]


def normalise(number):
    """What staff typed, without spaces or dashes, in capitals."""
    return re.sub(r"[\s\-]", "", number or "").upper()


def problem(code, number):
    """Why `number` (normalised) cannot be a tracking number of carrier `code`, or None."""
    carrier = CARRIERS.get(code)
    if carrier is None:
        return "Choose one of the carriers listed."
    if not number:
        return "Enter the tracking number."
    if not re.fullmatch(carrier.pattern, number):
        return f"That is not a {carrier.name} tracking number: theirs are {carrier.shape}."
    return None


def tracking_url(code, number):
    carrier = CARRIERS.get(code)
    return carrier.tracking_url(number) if carrier else ""
