"""Invariants the database itself enforces, so that no import or script can break them."""

import datetime
from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction

from famkoop.directory.tests.factories import (
    DatedSessionFactory,
    LocationFactory,
    OrganizationFactory,
    ScheduleFactory,
    ServiceFactory,
)

pytestmark = pytest.mark.django_db


def refused_by_database(create) -> bool:
    try:
        with transaction.atomic():
            create()
    except IntegrityError:
        return True
    return False


def test_database_refuses_minimum_age_above_maximum_age():
    assert refused_by_database(lambda: ServiceFactory(age_min_months=36, age_max_months=6))


def test_database_accepts_equal_minimum_and_maximum_age():
    assert not refused_by_database(lambda: ServiceFactory(age_min_months=12, age_max_months=12))


def test_database_refuses_free_service_with_a_price():
    assert refused_by_database(lambda: ServiceFactory(is_free=True, cost_amount=Decimal("5.00")))


def test_database_accepts_free_service_with_zero_cost():
    assert not refused_by_database(
        lambda: ServiceFactory(is_free=True, cost_amount=Decimal("0.00"))
    )


def test_database_refuses_negative_cost():
    assert refused_by_database(lambda: ServiceFactory(is_free=False, cost_amount=Decimal("-1")))


@pytest.mark.parametrize("postal_code", ["123", "abcd", "00999"])
def test_database_refuses_malformed_postal_code(postal_code):
    assert refused_by_database(lambda: LocationFactory(postal_code=postal_code))


@pytest.mark.parametrize("postal_code", ["", "01067", "50823", "99998"])
def test_database_accepts_empty_or_five_digit_postal_code(postal_code):
    assert not refused_by_database(lambda: LocationFactory(postal_code=postal_code))


def test_database_refuses_municipality_key_of_wrong_length():
    assert refused_by_database(lambda: LocationFactory(municipality_key="05315"))


def test_database_refuses_half_given_coordinates():
    assert refused_by_database(lambda: LocationFactory(latitude=50.9, longitude=None))


@pytest.mark.parametrize(
    ("opens_at", "closes_at"),
    [(datetime.time(9, 30), datetime.time(9, 30)), (datetime.time(11, 0), datetime.time(9, 30))],
)
def test_database_refuses_schedule_that_does_not_end_after_it_begins(opens_at, closes_at):
    assert refused_by_database(lambda: ScheduleFactory(opens_at=opens_at, closes_at=closes_at))


def test_database_refuses_schedule_with_both_count_and_until():
    assert refused_by_database(lambda: ScheduleFactory(count=10, until=datetime.date(2026, 6, 30)))


def test_database_refuses_schedule_valid_to_before_valid_from():
    assert refused_by_database(
        lambda: ScheduleFactory(
            valid_from=datetime.date(2026, 6, 1), valid_to=datetime.date(2026, 5, 1)
        )
    )


def test_database_refuses_schedule_interval_zero():
    assert refused_by_database(lambda: ScheduleFactory(interval=0))


def test_database_refuses_duplicate_organization_slug():
    OrganizationFactory(slug="sonnenblume")
    assert refused_by_database(lambda: OrganizationFactory(name="Andere", slug="sonnenblume"))


def test_database_refuses_duplicate_external_id_within_one_organization(provider):
    ServiceFactory(organization=provider, external_id="KURS-2026-017")
    assert refused_by_database(
        lambda: ServiceFactory(organization=provider, external_id="KURS-2026-017")
    )


def test_database_accepts_same_external_id_at_another_organization(provider, other_provider):
    ServiceFactory(organization=provider, external_id="KURS-2026-017")
    assert not refused_by_database(
        lambda: ServiceFactory(organization=other_provider, external_id="KURS-2026-017")
    )


def test_database_accepts_many_services_without_external_id(provider):
    ServiceFactory(organization=provider, external_id="")
    assert not refused_by_database(lambda: ServiceFactory(organization=provider, external_id=""))


def test_database_refuses_dated_session_ending_before_it_starts():
    starts_at = datetime.datetime(2026, 2, 4, 18, 0, tzinfo=datetime.UTC)
    assert refused_by_database(
        lambda: DatedSessionFactory(
            starts_at=starts_at, ends_at=starts_at - datetime.timedelta(minutes=1)
        )
    )
