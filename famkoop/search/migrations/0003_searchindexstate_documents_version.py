from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_full_text_index"),
    ]

    operations = [
        migrations.AddField(
            model_name="searchindexstate",
            name="documents_version",
            field=models.PositiveBigIntegerField(default=0),
        ),
    ]
