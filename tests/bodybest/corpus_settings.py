"""The bad-input corpus's server (tests/bodybest/test_bad_input_corpus.py): production settings
as tests/bodybest/server_settings.py has them, with a cheap password hash first. The corpus sends
about fifty sign-in and password-change forms; at production's cost (about a second of CPU
each on a busy CI machine) they alone took half its run. Hashes made with the other hashers
are still checked."""
from django.conf import global_settings

from tests.bodybest.server_settings import *  # noqa: F401,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher", *global_settings.PASSWORD_HASHERS]
