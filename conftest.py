"""Shared fixtures: one persona per role (as in STYLE.md) and the headless browser setup."""

import os
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation

from famkoop.accounts.models import Role
from famkoop.accounts.tests.factories import MembershipFactory, UserFactory
from famkoop.directory.tests.factories import OrganizationFactory, YouthOfficeFactory

# Playwright's sync API runs an event loop in the test thread; Django would otherwise refuse
# ORM calls from tests that also drive the browser.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/lib/chromium/chromium"
AXE_SCRIPT = Path(__file__).parent / "node_modules" / "axe-core" / "axe.min.js"
PASSWORD = "sicheres-Testpasswort-1"


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Debian's Chromium, never a browser downloaded by Playwright."""
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    """A German browser: the UI is German first; English tests switch explicitly."""
    return {**browser_context_args, "locale": "de-DE"}


@pytest.fixture
def axe():
    """Run axe-core (WCAG 2.1 A/AA rules) on a Playwright page and return the violations."""

    def run(page, context: str = "html") -> list[dict]:
        page.evaluate(AXE_SCRIPT.read_text())
        result = page.evaluate(
            """async (context) => await axe.run(context, {
                runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}
            })""",
            context,
        )
        return [
            {"id": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]]}
            for v in result["violations"]
        ]

    return run


@pytest.fixture
def provider(db):
    return OrganizationFactory(name="Familienbildungswerk Sonnenblume", slug="sonnenblume")


@pytest.fixture
def other_provider(db):
    return OrganizationFactory(name="Elternschule Regenbogen", slug="regenbogen")


@pytest.fixture
def youth_office(db):
    return YouthOfficeFactory(name="Jugendamt Musterstadt", slug="jugendamt-musterstadt")


def _member(organization, role, email):
    return MembershipFactory(
        user=UserFactory(email=email), organization=organization, role=role
    ).user


@pytest.fixture
def provider_staff(provider):
    """Alice works for the provider Sonnenblume."""
    return _member(provider, Role.PROVIDER_STAFF, "alice@sonnenblume.example")


@pytest.fixture
def caseworker(youth_office):
    """Bob is a caseworker (ASD) at the youth office."""
    return _member(youth_office, Role.CASEWORKER, "bob@jugendamt.example")


@pytest.fixture
def planner(youth_office):
    return _member(youth_office, Role.PLANNER, "petra@jugendamt.example")


@pytest.fixture
def coordinator(youth_office):
    return _member(youth_office, Role.COORDINATOR, "cora@jugendamt.example")


@pytest.fixture
def editor(db):
    return _member(
        OrganizationFactory(name="famkoop Redaktion", slug="redaktion", kind="partner"),
        Role.EDITOR,
        "erik@redaktion.example",
    )


@pytest.fixture
def provider_admin(provider):
    """Anna administers the provider Sonnenblume (invites staff, edits its profile)."""
    return _member(provider, Role.ORGANIZATION_ADMIN, "anna@sonnenblume.example")


@pytest.fixture
def other_provider_staff(other_provider):
    """Dora works for another provider, Regenbogen."""
    return _member(other_provider, Role.PROVIDER_STAFF, "dora@regenbogen.example")


@pytest.fixture
def youth_office_admin(youth_office):
    return _member(youth_office, Role.ORGANIZATION_ADMIN, "yvonne@jugendamt.example")


@pytest.fixture
def other_youth_office(db):
    return YouthOfficeFactory(name="Jugendamt Nachbarkreis", slug="jugendamt-nachbarkreis")


@pytest.fixture
def other_planner(other_youth_office):
    """Otto plans for a neighbouring youth office."""
    return _member(other_youth_office, Role.PLANNER, "otto@nachbarkreis.example")


@pytest.fixture
def state_viewer(db):
    return _member(
        OrganizationFactory(
            name="Landesjugendamt Rheinland", slug="lvr-landesjugendamt", kind="state_youth_office"
        ),
        Role.STATE_VIEWER,
        "sven@landesjugendamt.example",
    )


@pytest.fixture
def platform_admin(db):
    """Pia runs the platform (a platform-admin membership, not a Django superuser)."""
    return _member(
        OrganizationFactory(name="famkoop Betrieb", slug="betrieb", kind="partner"),
        Role.PLATFORM_ADMIN,
        "pia@famkoop.example",
    )


@pytest.fixture
def admin_user(db):
    return UserFactory(email="admin@famkoop.example", is_staff=True, is_superuser=True)


@pytest.fixture
def outsider(db):
    """Charlie has an account but no membership anywhere."""
    return UserFactory(email="charlie@outside.example")


@pytest.fixture(autouse=True)
def _german_outside_requests():
    """Each test starts in German, whatever language an earlier request switched to (the
    locale middleware activates the language of each request's address and leaves it)."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _reference_data_after_flush(request):
    """Transactional tests empty the directory tables; put the reference data back first.

    Topics, languages and target groups come from a data migration, so every other test sees
    them; a browser test that runs after another one would otherwise find them gone.
    """
    marker = request.node.get_closest_marker("django_db")
    if marker is not None and marker.kwargs.get("transaction"):
        request.getfixturevalue("transactional_db")
        from famkoop.directory.reference_data import load_reference_data

        load_reference_data()


@pytest.fixture(autouse=True)
def _fresh_content_type_cache():
    """A transactional test empties the content types (and Django recreates them with new
    ids); the cache would keep the old ids and the next audit entry would point nowhere."""
    from django.contrib.contenttypes.models import ContentType

    ContentType.objects.clear_cache()
    yield
    ContentType.objects.clear_cache()
