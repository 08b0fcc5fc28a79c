"""Load the topic taxonomy, languages and target groups from famkoop/directory/data/."""

from django.db import migrations


def load(apps, schema_editor):
    from famkoop.directory.reference_data import load_reference_data

    load_reference_data(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0001_initial"),
    ]

    operations = [
        # Reversing keeps the rows: offers may already point at them.
        migrations.RunPython(load, migrations.RunPython.noop, elidable=False),
    ]
