from django.conf import settings
from django.contrib.sites.models import Site
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from oscar.core.loading import get_model

from blog.demo.loader import load_blog
from catalog.courses.demo import COURSES as DEMO_COURSES
from catalog.courses.demo import load_courses
from catalog.demo.generate import generate_products
from catalog.demo.loader import load_catalogue
from catalog.demo.offers import load_offers
from catalog.search import engine
from bodybest.chat.demo import load_chat
from bodybest.demo_users import ensure_staff_user

Product = get_model("catalogue", "Product")


class Command(BaseCommand):
    help = "Load (or refresh) the demo store: catalogue, images, search documents, blog, staff login."

    def add_arguments(self, parser):
        parser.add_argument("--site-domain", help="Domain for absolute links, e.g. 127.0.0.1:8000")
        parser.add_argument(
            "--refresh-images", action="store_true", help="Redraw product images that exist."
        )
        parser.add_argument(
            "--products", type=int, default=0, metavar="N",
            help="Generate products until the catalogue holds N (e.g. 10000) to try the store at size.",
        )

    def handle(self, *args, **options):
        say = self.stdout.write
        if options["site_domain"]:
            Site.objects.filter(pk=settings.SITE_ID).update(domain=options["site_domain"])
        say("Loading the Body Best demo store...")
        result = load_catalogue(say=say, refresh_images=options["refresh_images"])
        if options["products"]:
            # The courses loaded below count toward the catalogue size asked.
            generate_products(total=options["products"] - len(DEMO_COURSES), say=say)
            result["products"] = Product.objects.browsable().count()
        _analyze()
        built = engine.rebuild(progress=lambda done, total: say(f"Search documents: {done}/{total}"))
        say(f"Search engine: {built} product documents built (catalog/search/engine/).")
        load_offers(say=say)
        blog = load_blog(say=say)
        load_courses(say=say)  # after the blog, whose trigger-point article links to its course
        load_chat(say=say)
        try:
            email, password = ensure_staff_user()
        except ValueError as error:
            raise CommandError(str(error)) from error
        say(self.style.SUCCESS(
            f"Demo store ready: {result['products']} products, {blog['articles']} blog articles."
        ))
        say(self.style.SUCCESS(f"Staff login: {email} / {password}  (dashboard: /dashboard/)"))


def _analyze():
    """Fresh planner statistics after a bulk load: before them PostgreSQL guessed 7 browsable
    products out of 10,000 and scanned the table for every listing's cards (5 ms, 0.4 after)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
