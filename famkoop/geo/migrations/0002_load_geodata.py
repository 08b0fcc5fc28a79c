"""Loads the offline geography so that every database, test databases included, has it."""

from django.db import migrations


def load(apps, schema_editor):
    from famkoop.geo.loader import load_geodata

    load_geodata(apps, using=schema_editor.connection.alias)


class Migration(migrations.Migration):

    dependencies = [
        ("geo", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(load, migrations.RunPython.noop, elidable=False),
    ]
