from django.db import migrations, models


class Migration(migrations.Migration):
    """Subscribers who signed up before the store spoke French get English."""

    dependencies = [
        ("newsletter", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="subscriber",
            name="language",
            field=models.CharField(default="en-ca", max_length=10),
        ),
    ]
