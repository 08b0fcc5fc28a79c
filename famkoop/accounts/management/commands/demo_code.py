"""`manage.py demo_code EMAIL`: the current two-factor code of a demo account.

For trying the platform without an authenticator app: sign in with a demo account, and when
the page asks for the code (or shows the QR code on the first sign-in), run this command.
It refuses every account outside the demo data's e-mail domain, so it is no way around the
second factor of real accounts.
"""

from django.core.management.base import BaseCommand, CommandError
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from famkoop.directory.demo.names import DEMO_EMAIL_DOMAIN


class Command(BaseCommand):
    help = "Zeigt den aktuellen Zwei-Faktor-Code eines Demo-Kontos (nur Demo-Konten)."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "email", help=f"E-Mail-Adresse eines Demo-Kontos (@{DEMO_EMAIL_DOMAIN})"
        )

    def handle(self, *args, email: str, **options) -> None:
        email = email.strip().lower()
        if not email.endswith("@" + DEMO_EMAIL_DOMAIN):
            raise CommandError(
                f"Nur für Demo-Konten (@{DEMO_EMAIL_DOMAIN}); echte Konten brauchen ihre App."
            )
        device = TOTPDevice.objects.filter(user__email=email).order_by("-confirmed", "-pk").first()
        if device is None:
            raise CommandError(
                "Für dieses Konto ist noch keine App eingerichtet. Melden Sie sich zuerst mit "
                "E-Mail-Adresse und Passwort an; dann zeigt die Seite den QR-Code."
            )
        code = totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits)
        self.stdout.write(f"{code:06d}")
