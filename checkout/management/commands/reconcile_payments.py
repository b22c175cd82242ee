from django.core.management.base import BaseCommand

from checkout.reconcile import reconcile


class Command(BaseCommand):
    help = ("Find card payments without an order and orders whose payment was not captured, "
            "repair them, and print what was done. Celery beat runs it every 5 minutes.")

    def handle(self, *args, **options):
        report = reconcile()
        for line in report:
            self.stdout.write(line)
        self.stdout.write(self.style.SUCCESS(f"{len(report)} repair(s)."))
