"""Marking a row sent, pipelined with the message's final dot.

Works for any model with `status`, `sent` and `error` columns and SENDING/SENT constants (the
newsletter's Delivery, OutgoingMail). On PostgreSQL the mark goes over a connection of its own
in psycopg2's asynchronous mode: the UPDATE is written to the server, then the SMTP dot, then
the SMTP reply is read; the UPDATE's result is collected before the next mark, so its round
trip overlaps the next message. A worker killed before the UPDATE left leaves neither (the row
is sent again); killed after both left, PostgreSQL still commits what it received and the SMTP
server has the dot. Only the microseconds between the two writes, with no waiting in between,
can lose a message. Waiting for the commit before writing the dot made that gap a full round
trip plus however long a busy machine took to wake the worker up, and a SIGKILL test found it.
Other databases (SQLite, the embedded default), and a caller inside a transaction, mark
synchronously before the dot.
"""
import select

from django.db import connection
from django.utils import timezone

SQL = "UPDATE {table} SET status = %s, sent = %s, error = '' WHERE id = %s AND status = %s"


def connection_params():
    """What Django itself connects with (OPTIONS included: sslmode, application_name, ...),
    for a psycopg2 connection of our own."""
    params = connection.get_connection_params()
    params.pop("cursor_factory", None)  # Django's cursor class; a plain one does here
    return params


class PipelinedMarks:
    def __init__(self, model):
        import psycopg2

        self.psycopg2 = psycopg2
        self.model = model
        self.connection = psycopg2.connect(**connection_params(), async_=True)
        self.cursor = None
        self._wait()
        self.sql = SQL.format(table=connection.ops.quote_name(model._meta.db_table))

    def start(self, row_pk):
        """Write the UPDATE to the server without waiting for it. Its result is collected
        before the next mark (or at close), so the round trip overlaps the next message."""
        if self.cursor is not None:
            self._wait()
        self.cursor = self.connection.cursor()  # psycopg2 needs it alive until the result
        self.cursor.execute(self.sql, [self.model.SENT, timezone.now(), row_pk, self.model.SENDING])
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
    def __init__(self, model):
        self.model = model

    def start(self, row_pk):
        table = connection.ops.quote_name(self.model._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute(SQL.format(table=table), [self.model.SENT, timezone.now(), row_pk, self.model.SENDING])
        return lambda: None

    def close(self):
        pass


def marks(model):
    # Inside a transaction the claim is not committed yet: a second connection could neither
    # see the row nor update it without waiting on this one's lock.
    if connection.vendor == "postgresql" and not connection.in_atomic_block:
        return PipelinedMarks(model)
    return SynchronousMarks(model)
