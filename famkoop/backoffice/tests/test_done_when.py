"""The back office's "done when", in a real headless Chromium on the demo data: a provider's
staff member signs in with both factors (enrolling the app on the first sign-in), creates a
new site and a new weekly offer there, publishes it and finds it in the public finder near
the site. The time the whole flow takes is printed (the target for a person: five minutes)."""

import re
import time
from io import StringIO
from urllib.parse import urlencode

import pytest
from django.core.management import call_command
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from famkoop.accounts.models import Role
from famkoop.directory.demo.nrw import demo_user_email
from famkoop.directory.demo.store import DEFAULT_PASSWORD
from famkoop.directory.models import Location, Service
from famkoop.testing import browser_db

pytestmark = [pytest.mark.browser, browser_db]


def code_for(device: TOTPDevice) -> str:
    device.refresh_from_db()
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def test_provider_staff_publish_a_weekly_offer_at_a_new_site_on_the_demo_data(
    live_server, page, capsys
):
    call_command("load_demo", stdout=StringIO())
    email = demo_user_email(Role.PROVIDER_STAFF)
    started = time.monotonic()

    # Sign in: password, then the app is set up (first sign-in) with the typed secret's code.
    page.goto(live_server.url + reverse("accounts:login"))
    page.get_by_label("E-Mail-Adresse").fill(email)
    page.get_by_label("Passwort").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Weiter").click()
    expect(page.get_by_role("heading", name="Zwei-Faktor-Anmeldung einrichten")).to_be_visible()
    device = TOTPDevice.objects.get(user__email=email, confirmed=False)
    page.get_by_label("Code aus der App").fill(code_for(device))
    page.get_by_role("button", name="Einrichten und anmelden").click()
    expect(page.get_by_test_id("recovery-codes")).to_be_visible()
    page.get_by_role("link", name="Weiter zum Arbeitsbereich").click()

    # A new site: the postcode gives town and coordinates.
    organization = (
        Location.objects.filter(organization__memberships__user__email=email).first().organization
    )
    page.goto(live_server.url + reverse("backoffice:site_list", args=[organization.slug]))
    page.get_by_role("link", name="Neuen Standort anlegen").click()
    page.get_by_label("Name").first.fill("Familientreff Rheinblick")
    page.get_by_label("Art des Standorts").select_option(label="Familienzentrum")
    page.get_by_label("Straße und Hausnummer").fill("Rheinuferstraße 7")
    page.get_by_label("Postleitzahl").fill("53111")
    page.get_by_role("button", name="Standort speichern").click()
    expect(page.get_by_role("status").first).to_be_visible()
    site = Location.objects.get(name="Familientreff Rheinblick")
    assert site.latitude and site.municipality_key

    # A new offer there, a weekly rule, published.
    page.goto(live_server.url + reverse("backoffice:offers", args=[organization.slug]))
    page.get_by_role("link", name="Neues Angebot").first.click()
    page.get_by_label("Titel", exact=True).fill("Papa-Kind-Frühstück am Rhein")
    page.get_by_label("Format", exact=True).select_option(label="Offene Gruppe / Treff")
    page.get_by_label("Kostenfrei", exact=True).check()
    page.get_by_label(re.compile("^Familientreff Rheinblick")).check()
    page.get_by_role("button", name="Entwurf speichern").click()
    page.get_by_role("link", name="Regelmäßigen Termin hinzufügen").click()
    page.get_by_label("Samstag", exact=True).check()
    page.get_by_label("Beginn", exact=True).fill("09:30")
    page.get_by_label("Ende", exact=True).fill("11:00")
    page.get_by_role("button", name="Terminregel speichern").click()
    page.get_by_role("button", name="Veröffentlichen", exact=True).click()
    expect(page.get_by_role("status").first).to_contain_text("ist veröffentlicht")

    # Families find it near the new site, with its next Saturday.
    query = urlencode({"q": "Papa Frühstück", "place": "53111", "radius": 5})
    page.goto(f"{live_server.url}{reverse('finder:results')}?{query}")
    page.get_by_role("link", name="Papa-Kind-Frühstück am Rhein").click()
    expect(page.locator(".famkoop-dates")).to_contain_text("Samstag")
    elapsed = time.monotonic() - started

    service = Service.objects.get(title="Papa-Kind-Frühstück am Rhein")
    assert service.status == Service.Status.ACTIVE
    assert list(service.locations.all()) == [site]
    with capsys.disabled():
        print(
            f"\n  sign-in with 2FA, new site, new weekly offer, published, found: {elapsed:.1f} s"
        )
