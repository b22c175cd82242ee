from django.conf import settings
from django.contrib.sites.models import Site
from django.core.management.base import BaseCommand, CommandError

from blog.demo.loader import load_blog
from catalog.demo.loader import load_catalogue
from catalog.demo.offers import load_offers
from bodybest.demo_users import ensure_staff_user


class Command(BaseCommand):
    help = "Load (or refresh) the demo store: catalogue, images, search index, blog, staff login."

    def add_arguments(self, parser):
        parser.add_argument("--site-domain", help="Domain for absolute links, e.g. 127.0.0.1:8000")
        parser.add_argument(
            "--refresh-images", action="store_true", help="Redraw product images that exist."
        )

    def handle(self, *args, **options):
        say = self.stdout.write
        if options["site_domain"]:
            Site.objects.filter(pk=settings.SITE_ID).update(domain=options["site_domain"])
        say("Loading the Body Best demo store...")
        result = load_catalogue(say=say, refresh_images=options["refresh_images"])
        load_offers(say=say)
        blog = load_blog(say=say)
        try:
            email, password = ensure_staff_user()
        except ValueError as error:
            raise CommandError(str(error)) from error
        say(self.style.SUCCESS(
            f"Demo store ready: {result['products']} products, {blog['articles']} blog articles."
        ))
        say(self.style.SUCCESS(f"Staff login: {email} / {password}  (dashboard: /dashboard/)"))
