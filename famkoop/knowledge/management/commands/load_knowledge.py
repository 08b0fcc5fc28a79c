"""`manage.py load_knowledge`: the practice guide's questions, the glossary and demo practice
examples and news. Safe to run again; `load_demo` calls it."""

from django.core.management.base import BaseCommand

from famkoop.knowledge.seed.load import load_knowledge


class Command(BaseCommand):
    help = (
        "Legt die 25 Fragen des Praxisleitfadens, das Glossar sowie als Demo gekennzeichnete "
        "Praxisbeispiele und Neuigkeiten an (nur was fehlt)."
    )

    def handle(self, *args, **options) -> None:
        load_knowledge(report=lambda line: self.stdout.write(f"  {line}"))
        self.stdout.write(self.style.SUCCESS("Wissen geladen."))
