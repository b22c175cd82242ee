from django.db import migrations


def add_french(apps, schema_editor):
    """The store pages' French first drafts, written only where a page has no French yet, so a
    French text staff already wrote is kept."""
    from bodybest.pages import FRENCH_PAGES, french_page_content

    FlatPage = apps.get_model("flatpages", "FlatPage")
    for page in FlatPage.objects.filter(url__in=FRENCH_PAGES):
        title, filename = FRENCH_PAGES[page.url]
        if not page.title_fr_ca:
            page.title_fr_ca = title
        if not page.content_fr_ca:
            page.content_fr_ca = french_page_content(filename)
        page.save(update_fields=["title_fr_ca", "content_fr_ca"])


class Migration(migrations.Migration):
    dependencies = [
        ("bodybest", "0005_contact_message_language"),
        ("flatpages", "0002_store_pages_in_french"),
    ]

    operations = [migrations.RunPython(add_french, migrations.RunPython.noop)]
