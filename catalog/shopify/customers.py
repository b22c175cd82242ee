"""The customer import: Shopify's customer CSV export in, one account per email address out.

Each customer becomes a user who signs in by email (bodybest/auth_backends.py) and has no usable
password until they follow a "claim your account" mail staff choose to send
(catalog/shopify/claim_mail.py). The default address becomes the address book's default for
shipping and billing, its postal code and province checked as the checkout checks them
(checkout/postal_codes.py). Phone, tags, note and what the export said about marketing are kept
on ``bodybest.ShopifyCustomer``; ``Accepts Email Marketing`` subscribes no one (README).

Rows are matched to accounts by email, whatever its case, so a later export updates names,
address and phone without a second account. Each row is saved in its own savepoint: a refused
row is reported (run.write_report) and the others come in. A dry run does it all inside a
transaction it rolls back."""
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone
from oscar.apps.customer.forms import generate_username
from oscar.apps.customer.utils import normalise_email
from oscar.core.loading import get_model
from phonenumber_field.phonenumber import PhoneNumber

from bodybest.mail import languages
from bodybest.models import ShopifyCustomer
from checkout import postal_codes
from checkout.tax import PROVINCE_NAMES

from . import reading

REQUIRED_COLUMNS = ("First Name", "Last Name", "Email")
REPORT_COLUMNS = ("row", "email", "reason")
ADDRESS = "Default Address "
UserAddress = get_model("address", "UserAddress")
Country = get_model("address", "Country")


class Refused(ValueError):
    """The message says why the row was refused, for the report."""


@dataclass
class Result:
    counts: dict = field(default_factory=lambda: {"created": 0, "updated": 0, "unchanged": 0, "refused": 0})
    lines: list = field(default_factory=list)
    refusals: list = field(default_factory=list)  # (row, email, reason), as run.write_report writes them


class _Rollback(Exception):
    pass


def consent_source(today=None):
    """What ``consent_source`` records: where the marketing answer came from, and when."""
    return f"shopify-export {(today or timezone.localdate()):%Y-%m-%d}"


def import_customers(path, *, dry_run=False, progress=None):
    """Import a Shopify customer export; returns a ``Result``. ``progress(done, total)`` after
    each row. Raises ``ValueError`` when the file is not a customer export."""
    rows = reading.read_rows(path, required=REQUIRED_COLUMNS, kind="customer")
    result, seen = Result(), set()
    try:
        with transaction.atomic():
            for done, row in enumerate(rows, start=1):
                _import_one(row, result, seen)
                if progress:
                    progress(done, len(rows))
            if dry_run:
                raise _Rollback
    except _Rollback:
        pass
    return result


def _import_one(row, result, seen):
    email = row.get("Email")
    try:
        plan = plan_customer(row)
        if plan["email"].lower() in seen:
            raise Refused("This email address is on an earlier row of the file.")
        with transaction.atomic():
            status = _save(plan)
    except Refused as refusal:
        result.counts["refused"] += 1
        result.refusals.append((row.number, email, str(refusal)))
        return
    except Exception as error:  # noqa: BLE001 (one customer's fault must not stop the others)
        result.counts["refused"] += 1
        result.refusals.append((row.number, email, f"Could not be saved: {str(error).strip()[:200]}"))
        return
    seen.add(plan["email"].lower())
    result.counts[status] += 1
    if status != "unchanged":
        verb = {"created": "new", "updated": "changed"}[status]
        result.lines.append(f"{verb}: {plan['email']}")


def _yes(value):
    return value.strip().lower() in ("yes", "true", "1", "y")


def plan_customer(row):
    """The row as the values to save; raises ``Refused``."""
    email = normalise_email(row.get("Email"))
    try:
        validate_email(email)
    except ValidationError:
        raise Refused(f"Not an email address: {email!r}." if email else "The row has no email address.") from None
    plan = {
        "email": email,
        "first_name": row.get("First Name")[:150],
        "last_name": row.get("Last Name")[:150],
        "profile": {
            "phone": (row.get("Phone") or row.get(ADDRESS + "Phone"))[:40],
            "tags": row.get("Tags")[:500],
            "note": row.get("Note"),
            "accepts_email_marketing": _yes(row.get("Accepts Email Marketing")),
            "accepts_sms_marketing": _yes(row.get("Accepts SMS Marketing")),
            "total_spent": _decimal(row.get("Total Spent")),
            "total_orders": _whole(row.get("Total Orders")),
        },
        "address": _address(row),
    }
    language = row.get("Language") or row.get("Locale")
    if language:
        plan["profile"]["language"] = languages.supported(language)
    return plan


def _address(row):
    line1, city, postcode = (row.get(ADDRESS + name) for name in ("Address1", "City", "Zip"))
    if not (line1 or city or postcode):
        return None
    country = row.get(ADDRESS + "Country Code").upper() or "CA"
    if country != "CA":
        raise Refused(f"The default address is outside Canada ({country}); we ship within Canada only.")
    province = row.get(ADDRESS + "Province Code").upper()
    if province not in PROVINCE_NAMES:
        raise Refused(f"Unknown province or territory code: {province!r}." if province
                      else "The default address has no province code.")
    try:
        postcode = postal_codes.normalise(postcode)
        postal_codes.check_province(postcode, province)
    except postal_codes.PostalCodeError as error:
        raise Refused(f"Postal code {row.get(ADDRESS + 'Zip')!r}: {error}") from None
    return {
        "first_name": row.get("First Name")[:255], "last_name": row.get("Last Name")[:255],
        "line1": line1[:255], "line2": row.get(ADDRESS + "Address2")[:255], "line4": city[:255],
        "state": province, "postcode": postcode,
        "phone_number": row.get(ADDRESS + "Phone") or row.get("Phone"),
    }


def _decimal(text):
    try:
        return Decimal(text.replace("$", "").replace(",", "")) if text else None
    except InvalidOperation:
        return None


def _whole(text):
    return int(text) if text.isdigit() else None


def _save(plan):
    """Create or update the account, its profile and its default address; 'created',
    'updated' or 'unchanged'."""
    User = get_user_model()
    user = User._default_manager.filter(email__iexact=plan["email"]).order_by("pk").first()
    status = "unchanged"
    if user is None:
        user = User(username=generate_username(), email=plan["email"])
        user.set_unusable_password()
        status = "created"
    changed = [name for name in ("first_name", "last_name") if getattr(user, name) != plan[name]]
    for name in changed:
        setattr(user, name, plan[name])
    if status == "created" or changed:
        user.save()
        status = status if status == "created" else "updated"
    profile, made = ShopifyCustomer.objects.get_or_create(
        user=user, defaults={"consent_source": consent_source(), **plan["profile"]})
    if not made:
        profile_changes = {k: v for k, v in plan["profile"].items() if getattr(profile, k) != v}
        if profile_changes:
            for name, value in profile_changes.items():
                setattr(profile, name, value)
            if "accepts_email_marketing" in profile_changes or "accepts_sms_marketing" in profile_changes:
                profile.consent_source = consent_source()
            profile.save()
            status = "updated" if status == "unchanged" else status
    elif status == "unchanged":
        status = "updated"  # an account already here, now known as a Shopify customer
    if plan["address"] and _save_address(user, plan["address"]) and status == "unchanged":
        status = "updated"
    return status


def _save_address(user, values):
    """The address book's default for shipping and billing; True when it changed."""
    values = {**values, "phone_number": values["phone_number"] or ""}
    address = user.addresses.filter(is_default_for_shipping=True).first() or UserAddress(user=user)
    values["country"] = Country._default_manager.get(iso_3166_1_a2="CA")
    if values["phone_number"]:
        try:
            number = PhoneNumber.from_string(values["phone_number"], region="CA")
            values["phone_number"] = number if number.is_valid() else ""
        except Exception:  # noqa: BLE001 (a phone Shopify kept that is not one: the address comes in without it)
            values["phone_number"] = ""
    changed = address.pk is None or any(str(getattr(address, k) or "") != str(v or "") for k, v in values.items())
    if not changed and address.is_default_for_billing:
        return False
    for name, value in values.items():
        setattr(address, name, value)
    address.is_default_for_shipping = address.is_default_for_billing = True
    address.save()
    return True
