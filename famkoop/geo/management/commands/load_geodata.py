"""`manage.py load_geodata`: load the geography again, e.g. after a data package update.

Safe to run again: it writes only what differs from the data packages.
"""

from django.core.management.base import BaseCommand
from django.db import DEFAULT_DB_ALIAS

from famkoop.geo.loader import load_geodata


class Command(BaseCommand):
    help = (
        "Lädt Bundesländer, Kreise, Gemeinden, Postleitzahlen, Orte und Einwohnerzahlen aus den "
        "Datenpaketen (siehe docs/data-sources.md) und meldet, wie viele Postleitzahlen einer "
        "Gemeinde zugeordnet wurden."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS, help="Datenbank-Alias")

    def handle(self, *args, **options) -> None:
        load_geodata(stdout=self.stdout, using=options["database"])
