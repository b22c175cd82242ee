"""The about and inclusive-community pages: staff-edited flat pages, seeded by a migration,
sanitised on display, in the footer and the sitemap."""
import importlib

import pytest
from django.apps import apps
from django.contrib.flatpages.models import FlatPage

from bodybest.pages import page_content

pytestmark = pytest.mark.django_db
def title(html):
    return html.split("<title>")[1].split("</title>")[0].strip()


migration = importlib.import_module("bodybest.migrations.0004_about_and_community_pages")


def test_the_about_page_says_who_we_are_where_we_ship_from_and_how_to_reach_us(client):
    html = client.get("/about/").content.decode()
    assert title(html).startswith("Know Your Body Best Therapeutic Supplies Inc. |")
    assert "Know Your Body Best Therapeutic Supplies Inc. has served Canadian practitioners as Body Best since 1991." in html
    assert "Who we serve" in html  # staff's text
    assert "packed at our warehouse in Burlington, Ontario" in html
    assert 'href="tel:+18008811681"' in html and 'href="mailto:info@bodybest.ca"' in html
    assert "1100 Burloak Drive, Unit 4<br>Burlington, ON L7L 6B2" in html


def test_the_inclusive_community_page_is_there(client):
    html = client.get("/inclusive-community/").content.decode()
    assert title(html).startswith("Inclusive community: support and solidarity |")
    assert "Support and solidarity" in html and "care should be open to everybody" in html


def test_staff_edits_show_and_what_could_run_does_not(client):
    FlatPage.objects.filter(url="/about/").update(
        content='<p>Family run.</p><img src=x onerror="steal()"><a href="javascript:steal()">us</a><script>steal()</script>')
    html = client.get("/about/").content.decode()
    assert "Family run." in html
    assert "steal()" not in html


def test_both_pages_are_in_the_sitemap(client):
    xml = client.get("/sitemap.xml").content.decode()
    assert "/about/</loc>" in xml and "/inclusive-community/</loc>" in xml


def test_the_migration_renews_untouched_drafts_and_leaves_staff_edits_alone():
    FlatPage.objects.filter(url="/shipping/").update(content=migration.OLD_DRAFTS["/shipping/"])
    FlatPage.objects.filter(url="/privacy/").update(content="<p>Our own privacy words.</p>")
    FlatPage.objects.filter(url="/about/").update(content="<p>Edited by staff.</p>")
    migration.forwards(apps, None)
    assert FlatPage.objects.get(url="/shipping/").content == page_content("shipping.html")
    assert FlatPage.objects.get(url="/privacy/").content == "<p>Our own privacy words.</p>"
    assert FlatPage.objects.get(url="/about/").content == "<p>Edited by staff.</p>"
    assert FlatPage.objects.filter(url__in=["/about/", "/inclusive-community/"]).count() == 2
