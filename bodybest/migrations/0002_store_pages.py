from django.conf import settings
from django.db import migrations


def create_pages(apps, schema_editor):
    from bodybest.pages import STORE_PAGES, page_content

    Site = apps.get_model("sites", "Site")
    FlatPage = apps.get_model("flatpages", "FlatPage")
    site, _ = Site.objects.update_or_create(
        pk=settings.SITE_ID, defaults={"domain": "bodybest.ca", "name": "Body Best"}
    )
    for url, title, filename in STORE_PAGES:
        page, created = FlatPage.objects.get_or_create(
            url=url, defaults={"title": title, "content": page_content(filename)}
        )
        page.sites.add(site)


class Migration(migrations.Migration):
    dependencies = [
        ("bodybest", "0001_initial"),
        ("flatpages", "0001_initial"),
        ("sites", "0002_alter_domain_unique"),
    ]

    operations = [migrations.RunPython(create_pages, migrations.RunPython.noop)]
