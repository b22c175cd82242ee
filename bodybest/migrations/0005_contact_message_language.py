from django.db import migrations, models


class Migration(migrations.Migration):
    """Messages sent before the store spoke French came from English pages."""

    dependencies = [
        ("bodybest", "0004_about_and_community_pages"),
    ]

    operations = [
        migrations.AddField(
            model_name="contactmessage",
            name="language",
            field=models.CharField(default="en-ca", max_length=10),
        ),
    ]
