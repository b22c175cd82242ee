from django.db import migrations, models


class Migration(migrations.Migration):
    """Requests made before the store spoke French were made in English."""

    dependencies = [
        ("price_match", "0002_verified_identity"),
    ]

    operations = [
        migrations.AddField(
            model_name="pricematchrequest",
            name="language",
            field=models.CharField(
                default="en-ca", max_length=10,
                help_text="The language the shopper asked in: the mails about the request are written in it"),
        ),
    ]
