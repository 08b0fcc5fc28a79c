"""Daily: e-mail providers about offers not confirmed for six (and again nine) months."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser

from famkoop.audit.context import acting
from famkoop.audit.models import Source
from famkoop.backoffice.reminders import send_confirmation_reminders


class Command(BaseCommand):
    help = (
        "E-mails each provider the offers not confirmed for six months (and again at nine, "
        "when the finder marks them as stale). Safe to run several times a day: nothing is "
        "sent twice."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--base-url",
            default=settings.SITE_URL,
            help="Address of this installation for the links in the e-mails, "
            "e.g. https://famkoop.example (default: the SITE_URL setting, %(default)s).",
        )

    def handle(self, *args, base_url: str, **options) -> None:
        with acting(source=Source.COMMAND):
            report = send_confirmation_reminders(base_url=base_url)
        self.stdout.write(
            f"{report.emails} reminder e-mail(s) sent, listing {report.offers} offer(s)."
        )
        for name in report.without_address:
            self.stderr.write(f"No address to remind: {name} (no admins, no e-mail address).")
