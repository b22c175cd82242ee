from oscar.apps.partner import apps


class PartnerConfig(apps.PartnerConfig):
    """Fork of Oscar's partner app (label ``partner``), nested in checkout/ for its pricing
    strategy: prices before tax, tax added once the shipping province is known."""

    name = "checkout.partner"
