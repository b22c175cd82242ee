"""The staff role groups (Fulfilment, Content, Customer service, Owner) with their permissions,
as bodybest/roles.py lists them. Django creates model permissions after all migrations, so they
are created here first. bodybest/apps.py runs the same sync after every later `migrate`."""
from django.contrib.auth.management import create_permissions
from django.db import migrations

from bodybest.roles import sync_groups


def create_groups(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    sync_groups(apps)


class Migration(migrations.Migration):

    dependencies = [
        ("bodybest", "0010_staff_actions"),
        ("auth", "__latest__"),
        ("contenttypes", "__latest__"),
        ("order", "__latest__"),
        ("catalogue", "__latest__"),
        ("partner", "__latest__"),
        ("reviews", "__latest__"),
        ("flatpages", "__latest__"),
        ("checkout", "0004_order_language"),
        ("blog", "0004_shopify_article"),
        ("newsletter", "0002_subscriber_language"),
        ("price_match", "0003_request_language"),
        ("shopify", "0002_import_job_started"),
    ]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
