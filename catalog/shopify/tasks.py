"""Celery entry points of the dashboard's Shopify imports (jobs.py does the work). Both are
safe to deliver twice: each claims its job's state before it runs."""
from celery import shared_task

from . import jobs

# A run still going after this long is stopped and the job marked failed (the soft limit raises
# inside the import, whose transaction then rolls back); jobs.ABANDONED_AFTER is above the hard one.
SOFT_LIMIT = 60 * 60


@shared_task(ignore_result=True, soft_time_limit=SOFT_LIMIT, time_limit=SOFT_LIMIT + 60)
def dry_run(job_id: int) -> str:
    return jobs.job_dry_run(job_id)


@shared_task(ignore_result=True, soft_time_limit=SOFT_LIMIT, time_limit=SOFT_LIMIT + 60)
def run_import(job_id: int) -> str:
    return jobs.job_import(job_id)
