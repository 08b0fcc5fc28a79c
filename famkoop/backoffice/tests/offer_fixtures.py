"""What the offer editor's tests work on: Alice's provider Sonnenblume with a site and an
offer that has every part (rule with a cancellation, dated session, translation)."""

import datetime
from types import SimpleNamespace

import pytest
from django.urls import reverse

from famkoop.accounts.models import Role
from famkoop.accounts.tests.factories import MembershipFactory, UserFactory
from famkoop.directory.models import Service, ServiceTranslation
from famkoop.directory.tests.factories import (
    DatedSessionFactory,
    LocationFactory,
    ScheduleExceptionFactory,
    ScheduleFactory,
    ServiceAtLocationFactory,
    ServiceFactory,
)


@pytest.fixture
def site(provider):
    return LocationFactory(
        organization=provider, name="Familienzentrum Sonnenblume", city="Köln", postal_code="50823"
    )


@pytest.fixture
def second_site(provider):
    return LocationFactory(
        organization=provider, name="Kita Regenbogenland", city="Köln", postal_code="50825"
    )


@pytest.fixture
def offer(provider, site):
    """A published weekly group with all its parts."""
    service = ServiceFactory(
        organization=provider,
        title="Krabbelgruppe Sonnenschein",
        status=Service.Status.ACTIVE,
        assured_date=datetime.date(2025, 1, 15),
    )
    link = ServiceAtLocationFactory(service=service, location=site)
    schedule = ScheduleFactory(service=service, service_at_location=link)
    ScheduleExceptionFactory(schedule=schedule, date=datetime.date(2026, 1, 13))
    DatedSessionFactory(service=service)
    ServiceTranslation.objects.create(
        service=service, language="en", title="Crawling group", summary="Play and sing."
    )
    return service


@pytest.fixture
def org_admin(provider):
    return MembershipFactory(
        user=UserFactory(email="olga@sonnenblume.example"),
        organization=provider,
        role=Role.ORGANIZATION_ADMIN,
    ).user


@pytest.fixture
def provider_coordinator(provider):
    """Cora coordinates cooperations at the provider but does not keep its offers."""
    return MembershipFactory(
        user=UserFactory(email="cora@sonnenblume.example"),
        organization=provider,
        role=Role.COORDINATOR,
    ).user


@pytest.fixture
def other_staff(other_provider):
    """Dana works for another provider."""
    return MembershipFactory(
        user=UserFactory(email="dana@regenbogen.example"),
        organization=other_provider,
        role=Role.PROVIDER_STAFF,
    ).user


def offer_url(name: str, service: Service, *args) -> str:
    return reverse(f"backoffice:{name}", args=[service.organization.slug, service.uuid, *args])


def parts(service: Service) -> SimpleNamespace:
    schedule = service.schedules.get()
    return SimpleNamespace(
        schedule=schedule,
        exception=schedule.exceptions.get(),
        session=service.sessions.get(),
        translation=service.translations.get(),
    )


def offer_data(**overrides) -> dict:
    """A complete, valid submission of the offer form."""
    data = {
        "title": "Babyschwimmen am Vormittag",
        "summary": "Wassergewöhnung für Babys mit Mama oder Papa.",
        "description": "",
        "format": Service.Format.COURSE,
        "age_min_years": "0",
        "age_min_extra_months": "4",
        "age_max_years": "1",
        "age_max_extra_months": "6",
        "cost_amount": "45.00",
        "cost_description": "",
        "capacity": "8",
        "registration_details": "",
        "email": "",
        "phone": "",
        "url": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}
