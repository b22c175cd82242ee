"""Which real services this run has. Locally a missing service skips its tests with the
reason; in CI (CI set) it fails them, because CI must prove the real thing."""
import os

import pytest
from django.conf import settings


def in_ci() -> bool:
    return bool(os.environ.get("CI"))


def has_postgres() -> bool:
    return settings.DATABASES["default"]["ENGINE"].endswith("postgresql")


def has_redis() -> bool:
    return settings.CACHES["default"]["BACKEND"].endswith("RedisCache")


def require(service: str) -> None:
    available = {"postgres": has_postgres, "redis": has_redis}[service]()
    if available:
        return
    reason = {
        "postgres": "needs PostgreSQL: set DATABASE_URL=postgres://... (CI does)",
        "redis": "needs Redis: set REDIS_URL=redis://... (CI does)",
    }[service]
    if in_ci():
        pytest.fail(f"CI run without its service: {reason}", pytrace=False)
    pytest.skip(reason)
