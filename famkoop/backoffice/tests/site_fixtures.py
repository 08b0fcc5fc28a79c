"""What the site, profile, area and reminder tests work on, besides the personas in the root
conftest: Sonnenblume's admin and site, a colleague at another provider, a provider
coordinator and a planner at another youth office."""

import pytest
from django.conf import settings

from famkoop.accounts.models import Role
from famkoop.accounts.tests.factories import MembershipFactory, UserFactory
from famkoop.directory.tests.factories import LocationFactory, YouthOfficeFactory
from famkoop.testing import sign_in


def member(organization, role: str, email: str):
    return MembershipFactory(
        user=UserFactory(email=email), organization=organization, role=role
    ).user


@pytest.fixture
def provider_admin(provider):
    """Olga runs Sonnenblume: organisation admin."""
    return member(provider, Role.ORGANIZATION_ADMIN, "olga@sonnenblume.example")


@pytest.fixture
def provider_coordinator(provider):
    """Konrad coordinates cooperation at Sonnenblume; he does not keep its sites."""
    return member(provider, Role.COORDINATOR, "konrad@sonnenblume.example")


@pytest.fixture
def other_staff(other_provider):
    """Dora works for the other provider, Regenbogen."""
    return member(other_provider, Role.PROVIDER_STAFF, "dora@regenbogen.example")


@pytest.fixture
def other_planner(db):
    """Paul plans at another youth office."""
    office = YouthOfficeFactory(name="Jugendamt Nachbarstadt", slug="jugendamt-nachbarstadt")
    return member(office, Role.PLANNER, "paul@nachbarstadt.example")


@pytest.fixture
def office_admin(youth_office):
    return member(youth_office, Role.ORGANIZATION_ADMIN, "ida@jugendamt.example")


@pytest.fixture
def site(provider):
    return LocationFactory(
        organization=provider,
        name="Familienzentrum Sonnenblume",
        address_1="Venloer Straße 100",
        postal_code="50823",
        city="Köln",
        municipality_key="05315000",
        latitude=50.9511,
        longitude=6.9264,
    )


@pytest.fixture
def as_persona(client, request):
    """`as_persona("provider_staff")`: the test client signed in (both factors) as that
    persona, or anonymous for "anonymous"."""

    def sign_in_as(name: str):
        if name != "anonymous":
            sign_in(client, request.getfixturevalue(name))
        return client

    return sign_in_as


def session_cookie(client, live_server) -> dict:
    """The signed-in test client's session as a cookie for a Playwright context."""
    return {
        "name": settings.SESSION_COOKIE_NAME,
        "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
        "url": live_server.url,
    }
