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
