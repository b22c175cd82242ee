"""The Celery app. Workers: `celery -A bodybest worker`; schedule: `celery -A bodybest beat`.

Every task is a ``DurableTask`` (bodybest/outbox.py): when the broker cannot take it, it waits
in the database and is sent when the broker answers again, without restarting anything.
"""
import logging
import os

from celery import Celery, bootsteps

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bodybest.settings")

logger = logging.getLogger(__name__)

app = Celery("bodybest", task_cls="bodybest.outbox:DurableTask")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@app.task(ignore_result=True, outbox=False)
def flush_outbox() -> int:
    """Send the tasks kept in the database while the broker was unreachable."""
    from bodybest import outbox

    return outbox.flush()


class FlushOutboxOnConnect(bootsteps.StartStopStep):
    """Each time a worker (re)connects to the broker, it asks for the outbox to be sent: a broker
    that was down is back, and tasks kept meanwhile should not wait for beat."""

    requires = {"celery.worker.consumer.tasks:Tasks"}

    def start(self, consumer):
        from bodybest.outbox import PUBLISH_ERRORS

        try:
            consumer.app.send_task(flush_outbox.name)
        except PUBLISH_ERRORS:
            logger.warning("Could not ask for the outbox to be sent; beat will.", exc_info=True)


app.steps["consumer"].add(FlushOutboxOnConnect)
