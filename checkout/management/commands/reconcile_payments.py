from django.core.management.base import BaseCommand, CommandError

from checkout.reconcile import reconcile


class Command(BaseCommand):
    help = ("Find card payments without an order and orders whose payment was not captured, "
            "repair them, and print what was done. Celery beat runs it every 5 minutes. "
            "A payment that cannot be repaired is reported and skipped; the command then exits "
            "with status 1, after repairing the others.")

    def handle(self, *args, **options):
        report = reconcile()
        for line in report.repairs:
            self.stdout.write(line)
        for line in report.failures:
            self.stderr.write(line)
        self.stdout.write(self.style.SUCCESS(f"{len(report.repairs)} repair(s)."))
        if report.failures:
            raise CommandError(f"{len(report.failures)} payment(s) could not be repaired "
                               "(see above and the error log); the others were.")
