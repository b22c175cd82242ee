# Made by makemigrations (Django 5.2.19), its customer dependency set to the migration that creates ProductAlert

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('catalogue', '0036_attribute_text_values_in_french'),
        ('customer', '0001_initial'),  # ProductAlert's; a later one reorders Oscar's moves of CommunicationEventType
    ]

    operations = [
        migrations.CreateModel(
            name='AlertLanguage',
            fields=[
                ('id', models.AutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('language', models.CharField(default='en-ca', max_length=10, verbose_name='Language')),
                ('alert', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='language_record', to='customer.productalert')),
            ],
            options={
                'verbose_name': 'Alert language',
                'verbose_name_plural': 'Alert languages',
            },
        ),
    ]
