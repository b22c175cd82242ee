import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    """The language each order was placed in; orders from before have no row (English)."""

    dependencies = [
        ("checkout", "0003_card_payments"),
        ("order", "0021_billingaddress_code_shippingaddress_code"),
    ]

    operations = [
        migrations.CreateModel(
            name="OrderLanguage",
            fields=[
                ("order", models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, primary_key=True,
                                               related_name="shopper_language", serialize=False, to="order.order")),
                ("language", models.CharField(max_length=10)),
            ],
        ),
    ]
