"""How customers and staff sign in: by email address (Oscar's way) or by username (Django's
admin form), with the same password work whatever was typed."""
import logging

from django.contrib.auth import get_user_model
from django.db.models import Q
from oscar.apps.customer import auth_backends
from oscar.apps.customer.utils import normalise_email

logger = logging.getLogger("bodybest.accounts")


class EmailBackend(auth_backends.EmailBackend):
    """Oscar's EmailBackend, also accepting a username, and hashing once on every attempt.

    Oscar's backend returns at once when no account has the address, so an unknown address
    answered in microseconds and a known one after a full password hash: the timing told which
    addresses have accounts. Here an unknown login hashes the password once, as a wrong password
    does. It also stands in for Django's ModelBackend (usernames), so an attempt costs one hash,
    not one per backend.
    """

    def authenticate(self, request, username=None, password=None, email=None, **kwargs):
        login = email if email is not None else username
        if not login or password is None:
            return None
        User = get_user_model()
        matches = Q(**{User.USERNAME_FIELD: login})
        if "@" in login:
            matches |= Q(email__iexact=normalise_email(login))
        users = list(User._default_manager.filter(matches)[:5])
        if not users:
            User().set_password(password)  # the work a wrong password costs
            return None
        accepted = [user for user in users if user.check_password(password) and self.user_can_authenticate(user)]
        if len(accepted) == 1:
            return accepted[0]
        if accepted:
            # Oscar raises here (a 500); two accounts sharing an address and a password sign in
            # as neither, and staff are told.
            logger.warning("Sign-in refused: %d accounts share this email address and password", len(accepted))
        return None
