"""`manage.py load_demo`: fictitious NRW demo data and one login per role.

Safe to run again: it only adds what is missing and never changes what users edited.
"""

import os
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from famkoop.directory.demo.offers import MissingReferenceData
from famkoop.directory.demo.store import DEFAULT_PASSWORD, demo_figures, load_demo

ADMIN_URL = "http://127.0.0.1:8000/admin/"


class Command(BaseCommand):
    help = (
        "Legt fiktive Demo-Daten für Nordrhein-Westfalen an (Träger, Standorte, Jugendämter, "
        "Angebote) und je ein Demo-Konto pro Rolle. Passwort aus DEMO_PASSWORD, sonst "
        f"„{DEFAULT_PASSWORD}“."
    )

    def handle(self, *args, **options) -> None:
        password = os.environ.get("DEMO_PASSWORD") or DEFAULT_PASSWORD
        started = time.monotonic()
        try:
            result = load_demo(password=password, report=self.stdout.write)
        except MissingReferenceData as error:
            raise CommandError(str(error)) from error
        # The practice guide and the demo knowledge content (idempotent as well).
        call_command("load_knowledge", stdout=self.stdout)
        elapsed = time.monotonic() - started

        self.stdout.write("")
        self.stdout.write(self.style.MIGRATE_HEADING("Im Bestand"))
        for label, count in demo_figures().items():
            self.stdout.write(f"  {label:<32} {count:>7}")
        new_rows = sum(result.created.values())
        self.stdout.write(
            self.style.SUCCESS(f"Demo-Daten geladen in {elapsed:.1f} s ({new_rows} Zeilen neu).")
        )

        self.stdout.write("")
        self.stdout.write(self.style.MIGRATE_HEADING("Demo-Konten"))
        role_width = max(len(login.role) for login in result.logins)
        email_width = max(len(login.email) for login in result.logins)
        self.stdout.write(f"  {'Rolle':<{role_width}}  {'E-Mail':<{email_width}}  Passwort")
        for login in result.logins:
            self.stdout.write(
                f"  {login.role:<{role_width}}  {login.email:<{email_width}}  {login.password}"
                f"   ({login.organization})"
            )
        self.stdout.write("")
        self.stdout.write(
            "Die erste Anmeldung richtet die Zwei-Faktor-Anmeldung ein (QR-Code für eine "
            "Authenticator-App). Ohne App zeigt `.venv/bin/python manage.py demo_code E-MAIL` "
            "den aktuellen Code eines Demo-Kontos."
        )
        self.stdout.write(f"Administration: {ADMIN_URL}")
