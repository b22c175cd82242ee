"""Two staff tabs (or a double click) confirming the same Shopify import at the same moment:
the conditional UPDATE on the job's state lets one of them queue the import. Real concurrency
needs real PostgreSQL connections."""
import hashlib
import threading
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import connection
from django.test import Client

from catalog.shopify.dashboard import views
from catalog.shopify.models import ImportJob

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def test_two_simultaneous_confirmations_queue_one_import(django_user_model, monkeypatch):
    staff = django_user_model.objects.create_user(
        username="staffer", email="staffer@bodybest.ca", password="pw-staff-1991", is_staff=True)
    staff.groups.add(Group.objects.get(name="Content"))  # the Shopify import (bodybest/roles.py)
    content = b"Handle,Title\nhuile,Huile\n"
    job = ImportJob(kind="products", file_name="products.csv", state=ImportJob.CHECKED,
                    file_sha256=hashlib.sha256(content).hexdigest(), uploaded_by=staff,
                    dry_run_report={"counts": {"created": 1, "updated": 0, "unchanged": 0, "refused": 0}})
    job.file.save("race.csv", ContentFile(content), save=True)
    queued = []
    monkeypatch.setattr(views, "tasks", SimpleNamespace(
        run_import=SimpleNamespace(delay_on_commit=queued.append), dry_run=None))
    tabs = []
    for _ in range(4):
        tab = Client(HTTP_HOST="localhost")
        tab.force_login(staff)
        tabs.append(tab)
    start = threading.Barrier(len(tabs))
    answers, failures = [], []

    def confirm(tab):
        try:
            start.wait()
            answers.append(tab.post(f"/dashboard/shopify/{job.pk}/confirm/").status_code)
        except Exception as error:  # noqa: BLE001 (any failure is the finding)
            failures.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=confirm, args=(tab,)) for tab in tabs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == [] and answers == [302] * len(tabs)
    assert queued == [job.pk]
    assert ImportJob.objects.get().state == ImportJob.CONFIRMED
