"""Signing in with two factors, through the pages: password, then the app's code (or a recovery
code); first sign-in enrols the app; too many wrong codes end the attempt."""

import re
import time

import pytest
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from famkoop.accounts import login as steps

pytestmark = pytest.mark.django_db

LOGIN = reverse("accounts:login")
CODE = reverse("accounts:code")
ENROL = reverse("accounts:enrol")
DASHBOARD = reverse("backoffice:dashboard")
PASSWORD = "sicheres-Testpasswort-1"


def current_code(device: TOTPDevice, offset: int = 0) -> str:
    value = totp(
        device.bin_key,
        step=device.step,
        t0=device.t0,
        digits=device.digits,
        drift=offset,
    )
    return f"{value:06d}"


def password_step(client, user, next_url: str = ""):
    data = {"username": user.email, "password": PASSWORD}
    if next_url:
        data["next"] = next_url
    return client.post(LOGIN, data)


def test_first_sign_in_enrols_the_app_and_shows_recovery_codes_once(
    client, provider_staff, settings
):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0  # no waiting after the wrong code in this test
    response = password_step(client, provider_staff)
    assert response["Location"] == ENROL
    # Not signed in yet: the back office still sends to the login.
    assert client.get(DASHBOARD)["Location"].startswith(LOGIN)

    page = client.get(ENROL)
    body = page.content.decode()
    assert "<svg" in body  # the QR code, inline
    secret = page.context["secret"]
    assert re.fullmatch(r"([A-Z2-7]{4} )*[A-Z2-7]{1,4}", secret)
    device = TOTPDevice.objects.get(user=provider_staff, confirmed=False)

    wrong = client.post(ENROL, {"code": "000000" if current_code(device) != "000000" else "111111"})
    assert wrong.status_code == 200
    assert "Der Code stimmt nicht" in wrong.content.decode()
    assert 'aria-invalid="true"' in wrong.content.decode()

    response = client.post(ENROL, {"code": current_code(device)})
    assert response["Location"] == reverse("accounts:recovery_codes")
    device.refresh_from_db()
    assert device.confirmed
    codes_page = client.get(response["Location"])
    codes = codes_page.context["codes"]
    assert len(codes) == steps.RECOVERY_CODE_COUNT
    assert all(code in codes_page.content.decode() for code in codes)
    # Shown once only.
    again = client.get(reverse("accounts:recovery_codes"))
    assert again.context["codes"] is None
    assert "10 unbenutzte Wiederherstellungscodes" in again.content.decode()
    assert client.get(DASHBOARD).status_code == 200


def test_sign_in_with_code_returns_to_the_page_asked_for(client, provider_staff):
    device = TOTPDevice.objects.create(user=provider_staff, name="App", confirmed=True)
    target = reverse("accounts:recovery_codes")
    assert password_step(client, provider_staff, target)["Location"] == CODE
    response = client.post(CODE, {"code": current_code(device)})
    assert response["Location"] == target


def test_a_foreign_next_address_is_ignored(client, provider_staff):
    device = TOTPDevice.objects.create(user=provider_staff, name="App", confirmed=True)
    password_step(client, provider_staff, "https://evil.example/")
    response = client.post(CODE, {"code": current_code(device)})
    assert response["Location"] == DASHBOARD


def test_a_code_works_only_once(client, provider_staff):
    device = TOTPDevice.objects.create(user=provider_staff, name="App", confirmed=True)
    code = current_code(device)
    password_step(client, provider_staff)
    assert client.post(CODE, {"code": code})["Location"] == DASHBOARD
    client.post(reverse("accounts:logout"))
    password_step(client, provider_staff)
    response = client.post(CODE, {"code": code})
    assert response.status_code == 200
    assert "Der Code stimmt nicht" in response.content.decode()


def test_recovery_code_signs_in_once(client, provider_staff):
    TOTPDevice.objects.create(user=provider_staff, name="App", confirmed=True)
    codes = steps.new_recovery_codes(provider_staff)
    password_step(client, provider_staff)
    assert client.post(CODE, {"code": codes[0].upper()})["Location"] == DASHBOARD
    assert StaticToken.objects.filter(token=codes[0]).count() == 0
    client.post(reverse("accounts:logout"))
    password_step(client, provider_staff)
    assert client.post(CODE, {"code": codes[0]}).status_code == 200


def test_too_many_wrong_codes_end_the_attempt(client, provider_staff, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0  # no waiting between tries in this test
    device = TOTPDevice.objects.create(user=provider_staff, name="App", confirmed=True)
    password_step(client, provider_staff)
    wrong = "000000" if current_code(device) != "000000" else "111111"
    for _ in range(steps.MAX_CODE_ATTEMPTS - 1):
        assert client.post(CODE, {"code": wrong}).status_code == 200
    response = client.post(CODE, {"code": wrong})
    assert response["Location"] == LOGIN
    # The password step must be done again, even with the right code now.
    assert client.post(CODE, {"code": current_code(device)})["Location"] == LOGIN


def test_wrong_codes_make_the_next_try_wait(client, provider_staff):
    device = TOTPDevice.objects.create(user=provider_staff, name="App", confirmed=True)
    password_step(client, provider_staff)
    wrong = "000000" if current_code(device) != "000000" else "111111"
    client.post(CODE, {"code": wrong})
    response = client.post(CODE, {"code": current_code(device)})
    # django-otp's throttling refuses even the right code during the wait.
    assert response.status_code == 200
    assert "Bitte warten Sie" in response.content.decode()


def test_the_pending_sign_in_expires(client, provider_staff, monkeypatch):
    device = TOTPDevice.objects.create(user=provider_staff, name="App", confirmed=True)
    password_step(client, provider_staff)
    later = time.time() + steps.PENDING_SECONDS + 1
    monkeypatch.setattr(steps.time, "time", lambda: later)
    assert client.post(CODE, {"code": current_code(device)})["Location"] == LOGIN


def test_code_page_without_password_step_sends_to_login(client):
    assert client.get(CODE)["Location"] == LOGIN
    assert client.get(ENROL)["Location"] == LOGIN


def test_sign_out_needs_post_and_ends_the_session(client, provider_staff):
    from famkoop.testing import sign_in

    sign_in(client, provider_staff)
    assert client.get(reverse("accounts:logout")).status_code == 405
    client.post(reverse("accounts:logout"))
    assert client.get(DASHBOARD)["Location"].startswith(LOGIN)


def test_staff_sessions_expire_when_idle(client, provider_staff, settings):
    device = TOTPDevice.objects.create(user=provider_staff, name="App", confirmed=True)
    password_step(client, provider_staff)
    client.post(CODE, {"code": current_code(device)})
    assert client.session.get_expiry_age() == settings.STAFF_SESSION_IDLE_SECONDS


def test_a_session_without_second_factor_is_not_let_in(client, provider_staff):
    client.force_login(provider_staff)  # e.g. a session made some other way
    response = client.get(DASHBOARD)
    assert response["Location"].startswith(LOGIN)


def test_renewing_recovery_codes_replaces_the_old_ones(client, provider_staff):
    from famkoop.testing import sign_in

    sign_in(client, provider_staff)
    old = steps.new_recovery_codes(provider_staff)
    response = client.post(reverse("accounts:recovery_codes"))
    new = client.get(response["Location"]).context["codes"]
    assert len(new) == steps.RECOVERY_CODE_COUNT
    assert not StaticToken.objects.filter(token__in=old).exists()
