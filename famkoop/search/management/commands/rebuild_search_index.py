"""`manage.py rebuild_search_index`: build every search document anew."""

import resource
import sys

from django.core.management.base import BaseCommand, CommandError

from famkoop.search.index import BATCH_SIZE, refresh_past_dates
from famkoop.search.rebuild import default_workers, rebuild_index


class Command(BaseCommand):
    help = (
        "Baut den Suchindex aller Angebote neu auf; die Suche bleibt währenddessen benutzbar. "
        "Mit --past-dates nur die Angebote, deren nächster Termin vorbei ist (täglich)."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--batch-size", type=int, default=BATCH_SIZE)
        parser.add_argument(
            "--workers",
            type=int,
            default=None,
            help=f"Prozesse, die Dokumente bauen (Standard: {default_workers()})",
        )
        parser.add_argument(
            "--past-dates",
            action="store_true",
            help="Nur Angebote neu indizieren, deren gespeicherter nächster Termin vorbei ist.",
        )

    def handle(self, *args, **options) -> None:
        if options["past_dates"]:
            count = refresh_past_dates()
            self.stdout.write(self.style.SUCCESS(f"{count} Angebote neu indiziert."))
            return
        if options["batch_size"] < 1:
            raise CommandError("--batch-size muss positiv sein.")
        if options["workers"] is not None and options["workers"] < 1:
            raise CommandError("--workers muss positiv sein.")
        report = self.stdout.write if options["verbosity"] >= 2 else _every_tenth(self.stdout)
        result = rebuild_index(
            batch_size=options["batch_size"], workers=options["workers"], report=report
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"Suchindex neu aufgebaut in {result.seconds:.1f} s: {result.documents} "
                f"Angebote, {result.terms} Begriffe, {result.workers} Prozess(e), höchster "
                f"Speicherbedarf dieses Prozesses {_peak_rss_mb():.0f} MB."
            )
        )


def _every_tenth(stdout):
    """Progress for the default verbosity: every tenth batch."""
    calls = iter(range(sys.maxsize))

    def report(line: str) -> None:
        if next(calls) % 10 == 9:
            stdout.write(line)

    return report


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports kilobytes, macOS bytes.
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
