"""Two-factor sign-in in a real headless Chromium: enrolment on first sign-in with the secret
typed in as a person without a camera would, keyboard only; the sign-in pages pass axe-core."""

import re

import pytest
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from conftest import PASSWORD
from famkoop.testing import browser_db, browser_sign_in

pytestmark = [pytest.mark.browser, browser_db]


def code_for(device: TOTPDevice) -> str:
    device.refresh_from_db()
    value = totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits)
    return f"{value:06d}"


def test_first_sign_in_enrols_the_app_by_keyboard(live_server, page, axe, provider_staff):
    page.goto(live_server.url + reverse("accounts:login"))
    assert axe(page) == []
    # Keyboard only: the e-mail field has the focus; type, tab, type, Enter.
    page.keyboard.type(provider_staff.email)
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", name="Zwei-Faktor-Anmeldung einrichten")).to_be_visible()
    expect(
        page.get_by_role("img", name="QR-Code zum Einrichten der Authenticator-App")
    ).to_be_visible()
    assert axe(page) == []
    secret = page.get_by_test_id("totp-secret").inner_text()
    assert re.fullmatch(r"[A-Z2-7 ]+", secret)
    device = TOTPDevice.objects.get(user=provider_staff, confirmed=False)

    # A wrong code first: the error is next to the field and announced.
    field = page.get_by_label("Code aus der App")
    field.fill("000000" if code_for(device) != "000000" else "111111")
    field.press("Enter")
    expect(page.locator(".kern-error")).to_contain_text("Der Code stimmt nicht")
    expect(page.get_by_label("Code aus der App")).to_have_attribute("aria-invalid", "true")
    assert axe(page) == []

    page.wait_for_timeout(1100)  # django-otp makes the next try wait a second
    page.get_by_label("Code aus der App").fill(code_for(device))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Zwei-Faktor-Anmeldung")).to_be_visible()
    codes = page.get_by_test_id("recovery-codes").locator("code").all_inner_texts()
    assert len(codes) == 10
    assert axe(page) == []
    page.get_by_role("link", name="Weiter zum Arbeitsbereich").click()
    expect(page.get_by_role("heading", name="Arbeitsbereich")).to_be_visible()
    assert axe(page) == []


def test_returning_staff_sign_in_with_a_code(live_server, page, axe, caseworker):
    device = TOTPDevice.objects.create(user=caseworker, name="App", confirmed=True)
    page.goto(live_server.url + reverse("accounts:login"))
    page.get_by_label("E-Mail-Adresse").fill(caseworker.email)
    page.get_by_label("Passwort").fill(PASSWORD)
    page.get_by_role("button", name="Weiter").click()
    expect(page.get_by_role("heading", name="Anmeldung bestätigen")).to_be_visible()
    assert axe(page) == []
    page.get_by_label("Code").fill(code_for(device))
    page.get_by_role("button", name="Anmelden").click()
    expect(page.get_by_role("heading", name="Arbeitsbereich")).to_be_visible()
    expect(page.get_by_role("link", name="Fachkräfte-Suche")).to_be_visible()


def test_members_page_and_password_reset_pass_axe(live_server, page, axe, provider, provider_admin):
    browser_sign_in(page, live_server, provider_admin)
    page.goto(live_server.url + reverse("accounts:members", args=[provider.slug]))
    expect(page.get_by_role("heading", name="Mitglieder und Einladungen")).to_be_visible()
    assert axe(page) == []
    page.get_by_role("button", name="Einladung schicken").click()
    expect(page.locator(".kern-error").first).to_be_visible()
    assert axe(page) == []
    page.goto(live_server.url + reverse("accounts:password_reset"))
    assert axe(page) == []


def test_invitation_reset_and_lockout_pages_pass_axe(
    live_server, page, axe, provider, provider_admin, settings
):
    from django.core import mail
    from django.test import Client

    from famkoop.accounts import login as steps

    _invitation, token = steps.invite(
        provider, "neu@sonnenblume.example", "provider_staff", provider_admin
    )
    page.goto(live_server.url + reverse("accounts:invitation", args=[token]))
    expect(page.get_by_role("heading", name="Einladung annehmen")).to_be_visible()
    assert axe(page) == []
    page.get_by_role("button", name="Einladung annehmen").click()
    expect(page.locator(".kern-error").first).to_be_visible()
    assert axe(page) == []
    page.goto(live_server.url + reverse("accounts:invitation", args=["abgelaufen"]))
    expect(page.get_by_role("heading", name="Einladung nicht gültig")).to_be_visible()
    assert axe(page) == []

    page.goto(live_server.url + reverse("accounts:password_reset"))
    page.get_by_label("E-Mail-Adresse").fill(provider_admin.email)
    page.get_by_role("button", name="Link anfordern").click()
    expect(page.get_by_role("heading", name="Bitte sehen Sie in Ihr Postfach")).to_be_visible()
    assert axe(page) == []
    link = re.search(r"https?://[^/\s]+(/passwort-neu/\S+/)", mail.outbox[-1].body).group(1)
    page.goto(live_server.url + link)
    expect(page.get_by_role("heading", name="Neues Passwort festlegen")).to_be_visible()
    assert axe(page) == []
    page.get_by_label("Neues Passwort", exact=True).fill("Apfelkuchen-mit-Sahne-7")
    page.get_by_label("Neues Passwort bestätigen").fill("Apfelkuchen-mit-Sahne-7")
    page.get_by_role("button", name="Passwort speichern").click()
    expect(page.get_by_role("heading", name="Passwort gespeichert")).to_be_visible()
    assert axe(page) == []

    # Locked out after too many wrong passwords.
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(reverse("accounts:login"), {"username": provider_admin.email, "password": "x"})
    page.goto(live_server.url + reverse("accounts:login"))
    page.get_by_label("E-Mail-Adresse").fill(provider_admin.email)
    page.get_by_label("Passwort").fill("x")
    page.get_by_role("button", name="Weiter").click()
    expect(page.get_by_role("heading", name="Anmeldung vorübergehend gesperrt")).to_be_visible()
    assert axe(page) == []
