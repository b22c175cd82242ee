"""Start-up rules, checked in a fresh process as production would start."""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PRODUCTION = {
    "DEBUG": "0",
    "SECRET_KEY": "k7#Qm2!vX9pL4wZ8rT1yU6iO3aS5dF0gH7jK2lB9nM4cV8xE1qW6eR3tY5uI0oP",
    "ALLOWED_HOSTS": "bodybest.ca,www.bodybest.ca",
    "STRIPE_SECRET_KEY": "sk_live_from_the_environment",
    "STRIPE_PUBLISHABLE_KEY": "pk_live_from_the_environment",
    "STRIPE_WEBHOOK_SECRET": "whsec_from_the_environment",
}


# The shell's own settings, and the browser tests' async escape hatch, are not production's.
STRIPPED = ("DEBUG", "SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_ALLOW_ASYNC_UNSAFE", "STRIPE_SECRET_KEY",
            "STRIPE_PUBLISHABLE_KEY", "STRIPE_WEBHOOK_SECRET")


def _manage(*args, env):
    clean = {k: v for k, v in os.environ.items() if k not in STRIPPED}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, "DJANGO_SETTINGS_MODULE": "bodybest.settings", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_start_up_refuses_a_missing_secret_key_when_debug_is_off():
    result = _manage("check", env={"DEBUG": "0", "SECRET_KEY": "", "ALLOWED_HOSTS": "bodybest.ca"})
    assert result.returncode != 0
    assert "SECRET_KEY must be set in the environment when DEBUG is off." in result.stderr


def test_production_configuration_passes_check_deploy_without_warnings():
    result = _manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_without_stripe_keys_is_warned_that_payments_would_go_to_the_fake():
    without_stripe = {k: v for k, v in PRODUCTION.items() if not k.startswith("STRIPE_")}
    result = _manage("check", "--deploy", "--fail-level", "WARNING", env=without_stripe)
    assert result.returncode != 0
    assert "checkout.W001" in result.stdout + result.stderr


def test_a_stripe_secret_key_without_its_publishable_key_and_webhook_secret_refuses_to_start():
    result = _manage("check", env={"STRIPE_SECRET_KEY": "sk_test_x"})
    assert result.returncode != 0
    assert "STRIPE_PUBLISHABLE_KEY" in result.stderr


def test_the_embedded_default_needs_no_environment_at_all():
    result = _manage("check", env={})
    assert result.returncode == 0, result.stderr
