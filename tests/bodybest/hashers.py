"""A fast password hasher that counts its work, for tests about when passwords are hashed."""
from django.contrib.auth.hashers import MD5PasswordHasher


class CountingHasher(MD5PasswordHasher):
    """Checking a password encodes once, as setting one does: `calls` counts both."""

    algorithm = "counting_md5"
    calls = 0

    def encode(self, password, salt):
        CountingHasher.calls += 1
        return super().encode(password, salt)


def hashes_during(action):
    before = CountingHasher.calls
    result = action()
    return CountingHasher.calls - before, result
