import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from bodybest.roles import OWNER, sync_groups

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
    # The role groups too (bodybest/roles.py), so a demo store has them to hand out; the demo
    # account is in Owner as well as a superuser.
    sync_groups()
    user.groups.add(Group.objects.get(name=OWNER))
    return DEMO_STAFF_EMAIL, password
