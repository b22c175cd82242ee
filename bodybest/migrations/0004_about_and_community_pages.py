"""The about and inclusive-community pages, and the shipping and privacy pages' new first
drafts: the shipping page's rates and origin now come from the data (bodybest/shipping_page.py)
and the privacy page names the company by its legal name. A page staff have edited is left as
they wrote it."""
from django.conf import settings
from django.db import migrations

# The first drafts migration 0002 wrote, as they were.
OLD_DRAFTS = {
    "/shipping/": '<p>We ship to every province and territory from our warehouse in Ontario.</p>\n<h2>Rates</h2>\n<ul>\n<li><strong>Standard shipping</strong> is free on orders of $250.00 or more before tax. Below\nthat, the rate is shown in your basket before you pay.</li>\n<li><strong>Express shipping</strong> is available at checkout for orders that cannot wait.</li>\n</ul>\n<h2>How long it takes</h2>\n<p>Orders placed on a business day before 1:00 p.m. Eastern usually leave the same day.\nStandard delivery takes 2 to 5 business days to most addresses in Ontario and Quebec, and\n3 to 8 business days elsewhere; remote and northern communities can take longer.</p>\n<h2>Large items</h2>\n<p>Massage tables ship in reinforced cartons and may need a signature. Inspect the box when it\narrives and note any damage with the carrier before you sign.</p>\n<h2>Taxes</h2>\n<p>Prices are shown before tax. GST, HST, PST or QST is added at checkout according to the\nprovince you ship to.</p>\n',
    "/privacy/": "<p>Body Best Therapeutic Supplies Inc. collects only what it needs to sell and deliver your\norder, and follows Canada's Personal Information Protection and Electronic Documents Act\n(PIPEDA).</p>\n<h2>What we collect</h2>\n<ul>\n<li>Your name, addresses, email and phone number, to deliver orders and answer questions.</li>\n<li>Your order history, so you and our team can look it up.</li>\n<li>Payment details are handled by our payment processor; card numbers never reach our\nservers.</li>\n</ul>\n<h2>What we do not do</h2>\n<p>We do not sell or rent your information. We share it only with the carriers and payment\nprocessor needed to complete your order.</p>\n<h2>Email</h2>\n<p>We send newsletters only to people who asked for them, and every message has a one-click\nunsubscribe link.</p>\n<h2>Your rights</h2>\n<p>You may ask to see, correct or delete the information we hold about you. Write to us through\nthe contact page and we will answer within 30 days.</p>\n",
}


def forwards(apps, schema_editor):
    from bodybest.pages import ABOUT_PAGES, STORE_PAGES, page_content

    Site = apps.get_model("sites", "Site")
    FlatPage = apps.get_model("flatpages", "FlatPage")
    site = Site.objects.filter(pk=settings.SITE_ID).first()
    for url, title, filename, template in ABOUT_PAGES:
        page, created = FlatPage.objects.get_or_create(
            url=url, defaults={"title": title, "content": page_content(filename), "template_name": template})
        if site is not None:
            page.sites.add(site)
    files = {url: filename for url, _, filename in STORE_PAGES}
    for url, old in OLD_DRAFTS.items():
        FlatPage.objects.filter(url=url, content=old).update(content=page_content(files[url]))


class Migration(migrations.Migration):
    dependencies = [
        ("bodybest", "0003_outbox"),
        ("flatpages", "0001_initial"),
        ("sites", "0002_alter_domain_unique"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
