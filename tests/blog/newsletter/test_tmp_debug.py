import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from tests.blog.newsletter.test_staff_pages import subscriber, mailing, INDEX, SUBSCRIBERS
from tests import factories
pytestmark = pytest.mark.django_db

def test_debug(staff_client):
    for n in range(3):
        subscriber(f"few{n}@example.ca")
    mailing(factories.article(), sent=2)
    for url in (INDEX, INDEX, SUBSCRIBERS, SUBSCRIBERS):
        with CaptureQueriesContext(connection) as c:
            staff_client.get(url)
        print(url, len(c))
        for q in c.captured_queries: print("   ", q["sql"][:150])
    assert 0
