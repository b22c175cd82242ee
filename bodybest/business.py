"""Who the store is: one place for the names, address, phone and origin every page and mail shows.

Pure data, no Django imports, so settings, templates (through the `business` context processor),
mail and structured data (the home page's schema.org Organization) all read the same values.

We ship from the warehouse in Burlington, Ontario, and that is also our one postal address: the
shipping page's same-day cut-off is Eastern time and its fastest delivery is to Ontario and Quebec.
"""
from dataclasses import dataclass


@dataclass(frozen=True)
class Business:
    legal_name: str
    name: str
    founded: int
    street_address: str
    locality: str
    region: str  # province code, as Canada Post writes it
    region_name: str
    postal_code: str
    country: str  # ISO 3166-1 alpha-2
    telephone: str  # E.164, for tel: links and structured data
    telephone_display: str  # as people read it
    email: str
    ships_from: str  # a short phrase: "Burlington, Ontario"

    @property
    def locality_line(self):
        """City, province code and postal code on one line: "Burlington, ON L7L 6B2"."""
        return f"{self.locality}, {self.region} {self.postal_code}"

    @property
    def postal_address(self):
        """The address on one line, without the name."""
        return f"{self.street_address}, {self.locality_line}"

    @property
    def mailing_address(self):
        """Legal name and address on one line: what CASL asks every commercial mail to carry."""
        return f"{self.legal_name}, {self.postal_address}"


BUSINESS = Business(
    legal_name="Know Your Body Best Therapeutic Supplies Inc.",
    name="Body Best",
    founded=1991,
    street_address="1100 Burloak Drive, Unit 4",
    locality="Burlington",
    region="ON",
    region_name="Ontario",
    postal_code="L7L 6B2",
    country="CA",
    telephone="+18008811681",
    telephone_display="1-800 881 1681",
    email="info@bodybest.ca",
    ships_from="Burlington, Ontario",
)
