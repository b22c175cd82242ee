from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.security, deploy=True)
def stripe_keys_are_set(app_configs, **kwargs):
    """`check --deploy` warns when a production start would take payments from the local fake."""
    if settings.STRIPE_LOCAL:
        return [Warning(
            "STRIPE_SECRET_KEY is not set: card payments go to localstripe, a local fake of Stripe.",
            hint="Set STRIPE_SECRET_KEY, STRIPE_PUBLISHABLE_KEY and STRIPE_WEBHOOK_SECRET.",
            id="checkout.W001",
        )]
    return []
