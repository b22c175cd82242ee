"""One payment the reconcile run cannot repair is logged, counted and skipped; every other
payment is still repaired, and the command exits non-zero only once it has finished."""
import logging
import os
import subprocess
import sys
from datetime import timedelta
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from django.utils import timezone
from oscar.core.loading import get_model

from checkout import stripe_gateway
from checkout.models import CardPayment
from tests.checkout.buying import pay, ready_to_pay, weighed_product

pytestmark = pytest.mark.django_db
Order = get_model("order", "Order")
LONG_EMAIL = "a" * 289 + "@example.ca"  # 300 characters: the form let it through before


def _left_after_3d_secure(fake_stripe):
    """A shopper passes 3-D Secure and closes the browser: authorised at Stripe, no order."""
    shopper = Client(HTTP_HOST="localhost")
    ready_to_pay(shopper, weighed_product("200.00"))
    body = pay(shopper, fake_stripe, "3ds").json()
    fake_stripe.authenticate(body["payment_intent"])
    return CardPayment.objects.get(payment_intent_id=body["payment_intent"])


def _poison(payment, **snapshot):
    CardPayment.objects.filter(pk=payment.pk).update(snapshot={**payment.snapshot, **snapshot})


def _without(payment, key):
    broken = {k: v for k, v in payment.snapshot.items() if k != key}
    CardPayment.objects.filter(pk=payment.pk).update(snapshot=broken)


def _age(minutes=30):
    earlier = timezone.now() - timedelta(minutes=minutes)
    CardPayment.objects.update(updated=earlier, created=earlier)


def _status(payment):
    payment.refresh_from_db()
    return payment.status


def test_poisoned_payments_are_skipped_and_every_good_one_is_still_repaired(
        fake_stripe, monkeypatch, caplog):
    too_long = _left_after_3d_secure(fake_stripe)
    broken = _left_after_3d_secure(fake_stripe)
    stripe_raises = _left_after_3d_secure(fake_stripe)
    stripe_down = _left_after_3d_secure(fake_stripe)
    good = [_left_after_3d_secure(fake_stripe) for _ in range(2)]
    _poison(too_long, guest_email=LONG_EMAIL)
    _without(broken, "address")
    _age()
    retrieve = stripe_gateway.retrieve_payment_intent

    def flaky(intent_id):
        if intent_id == stripe_raises.payment_intent_id:
            raise RuntimeError("unexpected answer from Stripe")
        if intent_id == stripe_down.payment_intent_id:
            raise stripe_gateway.GatewayError("connection reset")
        return retrieve(intent_id)

    monkeypatch.setattr(stripe_gateway, "retrieve_payment_intent", flaky)
    out, err = StringIO(), StringIO()
    with caplog.at_level(logging.WARNING, logger="bodybest.checkout"):
        with pytest.raises(CommandError, match=r"^3 payment\(s\) could not be repaired"):
            call_command("reconcile_payments", stdout=out, stderr=err)

    # Every good payment placed and captured, after the poisoned ones that came first.
    orders = {o.number: o for o in Order.objects.all()}
    assert len(orders) == 2 and all(o.status == "Paid" for o in orders.values())
    for payment in good:
        assert _status(payment) == CardPayment.CAPTURED and payment.order.number in orders
        repaired = f"payment {payment.pk} ({payment.payment_intent_id}): requires_action -> captured"
        assert repaired in out.getvalue()
    # The email no order can keep: the money is given back rather than left waiting.
    assert _status(too_long) == CardPayment.CANCELED
    assert fake_stripe.intent(too_long.payment_intent_id)["status"] == "canceled"
    assert out.getvalue().strip().endswith("3 repair(s).")
    # The rest rolled back, logged with the reason, left for the next run.
    failures = err.getvalue().strip().splitlines()
    assert len(failures) == 3
    assert f"payment {broken.pk}: could not be repaired, will retry (KeyError: 'address')" in failures
    assert any(f"payment {stripe_raises.pk}: could not be repaired" in f and "RuntimeError" in f
               for f in failures)
    assert f"payment {stripe_down.pk}: Stripe unreachable, will retry: connection reset" in failures
    for payment in (broken, stripe_raises, stripe_down):
        assert _status(payment) == CardPayment.REQUIRES_ACTION and payment.order_id is None
    assert any(r.levelname == "ERROR" and r.exc_info for r in caplog.records)

    # Stripe answers again: the next run repairs those two and exits cleanly but for the broken row.
    monkeypatch.setattr(stripe_gateway, "retrieve_payment_intent", retrieve)
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError, match=r"^1 payment\(s\)"):
        call_command("reconcile_payments", stdout=out, stderr=err)
    assert _status(stripe_raises) == _status(stripe_down) == CardPayment.CAPTURED
    assert Order.objects.count() == 4


def test_the_beat_task_reports_how_many_failed(fake_stripe, caplog):
    from checkout.tasks import reconcile_payments

    good, broken = _left_after_3d_secure(fake_stripe), _left_after_3d_secure(fake_stripe)
    _without(broken, "lines")
    _age()
    with caplog.at_level(logging.WARNING, logger="bodybest.checkout"):
        result = reconcile_payments.apply().get()
    assert result == "1 repaired, 1 failed"
    assert _status(good) == CardPayment.CAPTURED
    errors = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert "reconcile: 1 payment(s) could not be repaired" in errors


def test_with_stripe_unreachable_for_the_listing_the_repairs_already_made_stand(
        fake_stripe, monkeypatch):
    good = _left_after_3d_secure(fake_stripe)
    _age()

    def down(created_after):
        raise stripe_gateway.GatewayError("connection refused")

    monkeypatch.setattr(stripe_gateway, "recent_payment_intents", down)
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError):
        call_command("reconcile_payments", stdout=out, stderr=err)
    assert _status(good) == CardPayment.CAPTURED
    assert "Stripe's PaymentIntents: Stripe unreachable, will retry" in err.getvalue()


@pytest.mark.postgres  # the command runs in its own process, on this test's database
@pytest.mark.django_db(transaction=True)
def test_the_command_exits_1_only_after_repairing_the_others(seeded_store, fake_stripe):
    from tests.celery_worker import _database_url

    broken, good = _left_after_3d_secure(fake_stripe), _left_after_3d_secure(fake_stripe)
    _without(broken, "address")
    _age()
    env = {**os.environ, "DATABASE_URL": _database_url(), "STRIPE_LOCAL_URL": fake_stripe.url,
           "REDIS_URL": "", "CELERY_BROKER_URL": "", "EMAIL_URL": "dummymail://",
           "DJANGO_SETTINGS_MODULE": "bodybest.settings"}
    env.pop("STRIPE_SECRET_KEY", None)
    done = subprocess.run([sys.executable, "manage.py", "reconcile_payments"], env=env,
                          cwd=Path(__file__).resolve().parents[2], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert f"payment {good.pk} ({good.payment_intent_id}): requires_action -> captured" in done.stdout
    assert "1 repair(s)." in done.stdout
    assert f"payment {broken.pk}: could not be repaired, will retry (KeyError: 'address')" in done.stderr
    assert "1 payment(s) could not be repaired" in done.stderr
    assert _status(good) == CardPayment.CAPTURED and Order.objects.count() == 1
