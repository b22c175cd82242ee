"""Move in from Shopify, in the dashboard: staff upload an export, read its dry run, confirm,
and watch the import. What a run does is jobs.py's (in Celery tasks); these views only store the
upload, queue the tasks and show the job."""
import csv
import uuid
from pathlib import PurePath

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from bodybest.roles import page_required
from catalog.shopify import jobs, kinds, progress, tasks
from catalog.shopify.models import ImportJob, sha256_of
from catalog.shopify.report_cells import text_row

from .forms import UploadForm

# Anonymous visitors go to the dashboard login; a signed-in customer gets a 403.
staff_required = page_required("shopify-import-dashboard")  # its role permission (bodybest/roles.py)

JOBS_PER_PAGE = 25
LINES_PER_PAGE = 100
REFUSALS_SHOWN = 200
REFRESH_SECONDS = 3  # the page's own reload without JavaScript while a run goes on


@never_cache
@staff_required
@require_http_methods(["GET", "POST"])
def jobs_view(request):
    form = UploadForm()
    status = 200
    if request.method == "POST":
        form = UploadForm(request.POST, request.FILES)
        if form.is_valid():
            job = _store(form.cleaned_data, request.user)
            tasks.dry_run.delay_on_commit(job.pk)
            messages.success(request, f"{job.file_name} is uploaded; its dry run has started. "
                                      "Nothing changes in the store until you confirm.")
            return redirect("shopify-import-dashboard:job", pk=job.pk)
        status = 400
    jobs.fail_abandoned()
    page = Paginator(ImportJob.objects.select_related("uploaded_by"), JOBS_PER_PAGE).get_page(request.GET.get("page"))
    for job in page:
        job.kind_label = _label(job.kind)
    return render(request, "shopify/dashboard/jobs.html", {
        "form": form, "page": page, "kinds": kinds.KINDS.values(), "max_mb": settings.SHOPIFY_IMPORT_MAX_MB,
    }, status=status)


def _store(data, user):
    """The job row and its files under SHOPIFY_IMPORTS_ROOT, named by us, not by the upload."""
    job = ImportJob(kind=data["kind"], file_name=PurePath(data["file"].name).name[:255], uploaded_by=user)
    job.file.save(_stored_name(data["file"]), data["file"], save=False)
    job.file_sha256 = sha256_of(job.file)
    if data.get("mapping"):
        job.mapping_name = PurePath(data["mapping"].name).name[:255]
        job.mapping.save(_stored_name(data["mapping"]), data["mapping"], save=False)
        job.mapping_sha256 = sha256_of(job.mapping)
    job.save()
    return job


def _stored_name(upload):
    return f"{uuid.uuid4().hex}{PurePath(upload.name).suffix.lower()}"


@never_cache
@staff_required
@require_GET
def job_view(request, pk):
    jobs.fail_abandoned()
    job = get_object_or_404(ImportJob.objects.select_related("uploaded_by", "confirmed_by"), pk=pk)
    return _job_page(request, job)


def _job_page(request, job, status=200):
    kind = kinds.KINDS.get(job.kind)
    report = job.report
    lines = Paginator(report.get("lines", []), LINES_PER_PAGE).get_page(request.GET.get("page"))
    refusals = report.get("refusals", [])
    return render(request, "shopify/dashboard/job.html", {
        "job": job, "kind_label": _label(job.kind), "unit": kind.unit if kind else "row",
        "columns": [column.capitalize() for column in (kind.report_columns if kind else ("row", "name", "reason"))],
        "progress": _progress(job), "report": report, "lines": lines,
        "lines_total": report.get("lines_total", len(report.get("lines", []))),
        "refusals": refusals[:REFUSALS_SHOWN], "refusals_total": len(refusals),
        "dry_run": not job.import_report, "refresh_seconds": REFRESH_SECONDS,
    }, status=status)


def _progress(job):
    """What the page and progress.json show: the figures the worker last wrote while it runs."""
    done, total = (progress.read(job.pk) or (0, 0)) if job.is_running else (job.total, job.total)
    return {
        "state": job.state, "label": job.get_state_display(), "running": job.is_running,
        "done": done, "total": total, "percent": done * 100 // total if total else 0,
        "phase": "dry run" if job.state in (ImportJob.UPLOADED, ImportJob.CHECKING) else "import",
        "error": job.error,
    }


@never_cache
@staff_required
@require_GET
def progress_view(request, pk):
    jobs.fail_abandoned()
    job = get_object_or_404(ImportJob, pk=pk)
    return JsonResponse({**_progress(job), "url": reverse("shopify-import-dashboard:job", args=[pk])})


@staff_required
@require_POST
def confirm_view(request, pk):
    job = get_object_or_404(ImportJob, pk=pk)
    if job.state in (ImportJob.CONFIRMED, ImportJob.IMPORTING, ImportJob.DONE):
        messages.info(request, "This import was already confirmed.")
        return redirect("shopify-import-dashboard:job", pk=pk)
    if job.state == ImportJob.FAILED:
        messages.error(request, "This import failed; upload the file again to start over.")
        return _job_page(request, job, status=409)
    if job.state != ImportJob.CHECKED:
        messages.error(request, "An import can be confirmed only once its dry run has finished.")
        return _job_page(request, job, status=409)
    if not job.files_unchanged():
        messages.error(request, "The uploaded file changed after its dry run; upload it again.")
        return _job_page(request, job, status=409)
    if jobs.job_confirm(job=job, user=request.user):
        tasks.run_import.delay_on_commit(job.pk)
        messages.success(request, f"Import of {job.file_name} confirmed; it is running.")
    else:  # another click or tab got there first
        messages.info(request, "This import was already confirmed.")
    return redirect("shopify-import-dashboard:job", pk=pk)


@never_cache
@staff_required
@require_GET
def refusals_view(request, pk):
    job = get_object_or_404(ImportJob, pk=pk)
    kind = kinds.KINDS.get(job.kind)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    which = "import" if job.import_report else "dry-run"
    response["Content-Disposition"] = f'attachment; filename="shopify-{job.kind}-{pk}-{which}-refused.csv"'
    writer = csv.writer(response)
    writer.writerow(kind.report_columns if kind else ("row", "name", "reason"))
    writer.writerows(text_row(refusal) for refusal in job.report.get("refusals", []))
    return response


def _label(key):
    kind = kinds.KINDS.get(key)
    return kind.label.split(" (")[0] if kind else key
