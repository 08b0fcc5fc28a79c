"""Lockout after failed logins, the client address behind proxies, the admin site behind two
factors, the Content-Security-Policy and CSRF."""

import pytest
from django.test import Client, RequestFactory
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from famkoop.security import client_ip
from famkoop.testing import sign_in

pytestmark = pytest.mark.django_db

LOGIN = reverse("accounts:login")
PASSWORD = "sicheres-Testpasswort-1"


def test_repeated_wrong_passwords_lock_the_login(client, provider_staff, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = client.post(LOGIN, {"username": provider_staff.email, "password": "falsch"})
        assert response.status_code == 200
    response = client.post(LOGIN, {"username": provider_staff.email, "password": "falsch"})
    assert response.status_code == 429
    assert "vorübergehend gesperrt" in response.content.decode()
    # Even the right password is refused now.
    response = client.post(LOGIN, {"username": provider_staff.email, "password": PASSWORD})
    assert response.status_code == 429


def test_a_lockout_does_not_stop_other_accounts_from_other_addresses(
    client, provider_staff, caseworker, settings
):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(LOGIN, {"username": provider_staff.email, "password": "falsch"})
    elsewhere = Client(REMOTE_ADDR="192.0.2.44")
    response = elsewhere.post(LOGIN, {"username": caseworker.email, "password": PASSWORD})
    assert response.status_code == 302


def test_a_complete_sign_in_before_the_limit_resets_the_count(client, provider_staff, settings):
    device = TOTPDevice.objects.create(user=provider_staff, name="App", confirmed=True)
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        client.post(LOGIN, {"username": provider_staff.email, "password": "falsch"})
    client.post(LOGIN, {"username": provider_staff.email, "password": PASSWORD})
    code = totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits)
    client.post(reverse("accounts:code"), {"code": f"{code:06d}"})
    client.post(reverse("accounts:logout"))
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = client.post(LOGIN, {"username": provider_staff.email, "password": "falsch"})
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, "203.0.113.9", "10.0.0.1"),  # no proxy configured: the header is ignored
        (1, "203.0.113.9", "203.0.113.9"),
        (1, "198.51.100.1, 203.0.113.9", "203.0.113.9"),  # a client-made entry is skipped
        (2, "198.51.100.1, 203.0.113.9, 10.0.0.2", "203.0.113.9"),
        (2, "203.0.113.9", "10.0.0.1"),  # fewer entries than proxies: the connection's
    ],
)
def test_client_address_behind_proxies(settings, proxies, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = proxies
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip(request) == expected


def test_admin_site_is_for_platform_admins_with_both_factors(
    client, platform_admin, provider_staff, admin_user
):
    response = client.get("/admin/")
    assert response.status_code == 302
    follow = client.get(response["Location"])
    assert follow["Location"].startswith(LOGIN)

    # A superuser without the second factor is not let in (the admin's own login is gone).
    client.force_login(admin_user)
    response = client.get("/admin/", follow=True)
    assert response.redirect_chain[-1][0].startswith(LOGIN)

    sign_in(client, provider_staff)
    assert client.get("/admin/", follow=True).status_code == 403

    sign_in(client, platform_admin)
    assert client.get("/admin/").status_code == 200


def test_pages_send_a_content_security_policy_without_inline_scripts(client, provider_staff):
    for url in ("/", reverse("finder:results"), LOGIN):
        policy = client.get(url)["Content-Security-Policy"]
        assert "script-src 'self'" in policy
        assert "unsafe-inline" not in policy
        assert "frame-ancestors 'none'" in policy
    sign_in(client, provider_staff)
    assert (
        "script-src 'self'"
        in client.get(reverse("backoffice:dashboard"))["Content-Security-Policy"]
    )


def test_forms_need_the_csrf_token(provider_staff):
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(LOGIN, {"username": provider_staff.email, "password": PASSWORD})
    assert response.status_code == 403


def test_public_pages_still_set_no_cookies(client):
    response = client.get(reverse("finder:results"), {"q": "Babymassage"})
    assert not response.cookies


def test_platform_admins_may_work_in_the_admin_site_others_not(
    client, platform_admin, provider_staff
):
    from famkoop.directory.tests.factories import ServiceFactory

    offer = ServiceFactory()
    change = reverse("admin:directory_service_change", args=[offer.pk])
    sign_in(client, platform_admin)
    assert client.get(reverse("admin:directory_service_changelist")).status_code == 200
    assert client.get(change).status_code == 200
    sign_in(client, provider_staff)
    assert client.get(change, follow=True).status_code == 403
