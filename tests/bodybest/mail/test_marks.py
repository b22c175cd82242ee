"""The mark's own PostgreSQL connection is made as Django makes its own: with OPTIONS."""
import psycopg2
import pytest
from django.db import connection

from bodybest.mail.marks import PipelinedMarks
from bodybest.mail.models import OutgoingMail

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def test_the_marks_connection_keeps_the_database_options(monkeypatch):
    connection.ensure_connection()
    monkeypatch.setitem(connection.settings_dict["OPTIONS"], "application_name", "bodybest-marks-test")
    marks = PipelinedMarks(OutgoingMail)
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM pg_stat_activity WHERE application_name = %s "
                           "AND pid <> pg_backend_pid()", ["bodybest-marks-test"])
            assert cursor.fetchone()[0] == 1
    finally:
        marks.close()


def test_sslmode_require_from_database_url_is_not_dropped(monkeypatch):
    """This machine's PostgreSQL has no SSL: a connection that kept sslmode=require is refused."""
    monkeypatch.setitem(connection.settings_dict["OPTIONS"], "sslmode", "require")
    with pytest.raises(psycopg2.OperationalError, match="SSL"):
        PipelinedMarks(OutgoingMail)
