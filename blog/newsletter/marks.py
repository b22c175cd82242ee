"""Marking a delivery sent, pipelined with the message's final dot.

On PostgreSQL the mark goes over a connection of its own in psycopg2's asynchronous mode: the
UPDATE is written to the server, then the SMTP dot, then the SMTP reply is read; the UPDATE's
result is collected before the next mark, so its round trip overlaps the next message. A worker killed before the UPDATE left leaves neither (the row is sent again); killed
after both left, PostgreSQL still commits what it received and the SMTP server has the dot.
Only the microseconds between the two writes, with no waiting in between, can lose a message.
Waiting for the commit before writing the dot made that gap a full round trip plus however
long a busy machine took to wake the worker up, and a SIGKILL test found it.
Other databases (SQLite, the embedded default) mark synchronously before the dot.
"""
import select

from django.db import connection
from django.utils import timezone

from blog.newsletter.models import Delivery

SQL = "UPDATE {table} SET status = %s, sent = %s, error = '' WHERE id = %s AND status = %s"


class PipelinedMarks:
    def __init__(self):
        import psycopg2

        self.psycopg2 = psycopg2
        settings = connection.settings_dict
        self.connection = psycopg2.connect(
            dbname=settings["NAME"], user=settings.get("USER") or None,
            password=settings.get("PASSWORD") or None, host=settings.get("HOST") or None,
            port=settings.get("PORT") or None, async_=True,
        )
        self.cursor = None
        self._wait()
        self.sql = SQL.format(table=connection.ops.quote_name(Delivery._meta.db_table))

    def start(self, row_pk):
        """Write the UPDATE to the server without waiting for it. Its result is collected
        before the next mark (or at close), so the round trip overlaps the next message."""
        if self.cursor is not None:
            self._wait()
        self.cursor = self.connection.cursor()  # psycopg2 needs it alive until the result
        self.cursor.execute(self.sql, [Delivery.SENT, timezone.now(), row_pk, Delivery.SENDING])
        return None

    def _wait(self):
        extensions = self.psycopg2.extensions
        while True:
            state = self.connection.poll()
            if state == extensions.POLL_OK:
                return
            if state == extensions.POLL_READ:
                select.select([self.connection.fileno()], [], [])
            elif state == extensions.POLL_WRITE:
                select.select([], [self.connection.fileno()], [])

    def close(self):
        try:
            if self.cursor is not None:
                self._wait()
        finally:
            self.connection.close()


class SynchronousMarks:
    def start(self, row_pk):
        table = connection.ops.quote_name(Delivery._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute(SQL.format(table=table), [Delivery.SENT, timezone.now(), row_pk, Delivery.SENDING])
        return lambda: None

    def close(self):
        pass


def marks():
    return PipelinedMarks() if connection.vendor == "postgresql" else SynchronousMarks()
