import os

from django.conf import settings
from django.contrib.auth import get_user_model

DEMO_STAFF_EMAIL = "staff@bodybest.ca"
DEMO_STAFF_DEFAULT_PASSWORD = "bodybest-demo-1991"


def ensure_staff_user():
    """Create or refresh the demo staff account and return its (email, password).

    The password comes from DEMO_STAFF_PASSWORD; the built-in demo password is refused when
    DEBUG is off, so a demo login never reaches a production store by accident.
    """
    password = os.environ.get("DEMO_STAFF_PASSWORD", "")
    if not password:
        if not settings.DEBUG:
            raise ValueError("Set DEMO_STAFF_PASSWORD to create the demo staff account.")
        password = DEMO_STAFF_DEFAULT_PASSWORD
    User = get_user_model()
    user, _ = User.objects.get_or_create(
        username="staff", defaults={"email": DEMO_STAFF_EMAIL}
    )
    user.email = DEMO_STAFF_EMAIL
    user.first_name, user.last_name = "Store", "Staff"
    user.is_staff = user.is_superuser = True
    user.set_password(password)
    user.save()
    return DEMO_STAFF_EMAIL, password
