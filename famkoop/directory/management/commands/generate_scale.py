"""`manage.py generate_scale`: a large synthetic data set across Germany for benchmarks."""

from django.core.management.base import BaseCommand, CommandError

from famkoop.directory.demo.offers import MissingReferenceData
from famkoop.directory.demo.scale import clear_scale, generate_scale


class Command(BaseCommand):
    help = (
        "Erzeugt synthetische Angebote an Standorten in ganz Deutschland für Lasttests "
        "(Kurzname-Präfix „scale-“); --clear entfernt sie wieder."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--offers", type=int, default=200_000, help="Anzahl der Angebote")
        parser.add_argument(
            "--sites", type=int, default=None, help="Anzahl der Standorte (Standard: Angebote/10)"
        )
        parser.add_argument("--seed", type=int, default=1, help="Startwert des Zufallsgenerators")
        parser.add_argument("--batch-size", type=int, default=5000)
        parser.add_argument(
            "--clear", action="store_true", help="Skalierungsdaten entfernen (und sonst nichts)"
        )

    def handle(self, *args, **options) -> None:
        if options["clear"]:
            deleted = clear_scale(report=self.stdout.write)
            summary = ", ".join(f"{label}: {count}" for label, count in sorted(deleted.items()))
            self.stdout.write(self.style.SUCCESS(f"Skalierungsdaten entfernt. {summary}"))
            return
        offers = options["offers"]
        sites = options["sites"] or max(1, offers // 10)
        if offers < 1 or sites < 1:
            raise CommandError("--offers und --sites müssen positiv sein.")
        try:
            result = generate_scale(
                offers,
                sites,
                seed=options["seed"],
                batch_size=options["batch_size"],
                report=self.stdout.write,
            )
        except (ValueError, MissingReferenceData) as error:
            raise CommandError(str(error)) from error
        counts = result.counts
        links = counts.term_links + counts.language_links + counts.target_group_links
        self.stdout.write(
            self.style.SUCCESS(
                f"Fertig in {result.seconds:.1f} s: {result.providers} Träger, {result.sites} "
                f"Standorte, {counts.services} Angebote, {counts.schedules} Terminregeln, "
                f"{counts.sessions} Einzeltermine, {links} "
                "Zuordnungen zu Themen, Sprachen und Zielgruppen."
            )
        )
