from time import monotonic

from django.core.management.base import BaseCommand

from catalog.search import engine


class Command(BaseCommand):
    help = "Build the search engine's documents and vocabulary for every browsable product, from scratch."

    def handle(self, *args, **options):
        started = monotonic()

        def progress(done, total):
            self.stdout.write(f"Search documents: {done}/{total}")

        built = engine.rebuild(progress=progress)
        self.stdout.write(f"Built {built} search documents in {monotonic() - started:.1f} s.")
