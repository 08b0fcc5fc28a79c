"""Test helpers shared by every app's tests."""

import pytest
from django.conf import settings

# Transactional tests (the browser tests against the live server) empty the tables of these
# apps after each test. The geography, loaded once by a migration, is left alone: reloading it
# after every browser test would cost seconds each time.
APPS_FLUSHED_BY_TRANSACTIONAL_TESTS = [
    app for app in settings.INSTALLED_APPS if app != "famkoop.geo"
]

browser_db = pytest.mark.django_db(
    transaction=True, available_apps=APPS_FLUSHED_BY_TRANSACTIONAL_TESTS
)


def sign_in(client, user) -> None:
    """Sign `user` in on the test `client` with both factors, as the login would.

    A confirmed authenticator device is created for the user if needed and bound to the
    session, so `policy.staff_view` lets the user in. (The login flow itself is tested through
    its pages in `famkoop/accounts/tests`.)
    """
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="Test", confirmed=True)
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()


def browser_sign_in(page, live_server, user) -> None:
    """Sign `user` in (both factors) in a Playwright `page` of the live server, by handing the
    browser the session cookie of a test client signed in with `sign_in`."""
    from urllib.parse import urlsplit

    from django.conf import settings
    from django.test import Client

    client = Client()
    sign_in(client, user)
    host = urlsplit(live_server.url).hostname
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "domain": host,
                "path": "/",
            }
        ]
    )
