"""Model rules that give a German message (clean) and what the public may see of a site."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from famkoop.directory.models import Location
from famkoop.directory.tests.factories import (
    LocationFactory,
    OrganizationFactory,
    ScheduleFactory,
    ServiceAtLocationFactory,
    ServiceFactory,
    TaxonomyFactory,
    TaxonomyTermFactory,
    nrw,
)
from famkoop.geo.models import PostalCode

pytestmark = pytest.mark.django_db


@pytest.fixture
def cologne_postcode():
    """50823 Köln, whether or not the geography migration has loaded the postcodes."""
    postcode, _ = PostalCode.objects.get_or_create(
        code="50823",
        defaults={"place_name": "Köln", "latitude": 50.95, "longitude": 6.92, "state": nrw()},
    )
    return postcode


def messages(error: ValidationError, field: str) -> list[str]:
    return error.value.message_dict[field]


# Taxonomy


def test_term_below_a_topic_area_is_accepted():
    area = TaxonomyTermFactory(name="Leben mit Baby")
    TaxonomyTermFactory.build(taxonomy=area.taxonomy, parent=area, name="Babymassage").full_clean()


def test_third_taxonomy_level_is_refused_with_german_message():
    area = TaxonomyTermFactory(name="Leben mit Baby")
    topic = TaxonomyTermFactory(taxonomy=area.taxonomy, parent=area, name="Babymassage")
    too_deep = TaxonomyTermFactory.build(taxonomy=area.taxonomy, parent=topic, name="Ölmassage")

    with pytest.raises(ValidationError) as error:
        too_deep.full_clean()

    assert messages(error, "parent") == ["Themen haben höchstens zwei Ebenen (Bereich › Thema)."]


def test_parent_from_another_taxonomy_is_refused():
    area = TaxonomyTermFactory()
    stray = TaxonomyTermFactory.build(taxonomy=TaxonomyFactory(), parent=area)

    with pytest.raises(ValidationError) as error:
        stray.full_clean()

    assert messages(error, "parent") == ["Der Oberbegriff gehört zu einer anderen Taxonomie."]


# Location


def test_unknown_postal_code_is_refused_with_german_message(cologne_postcode):
    PostalCode.objects.filter(code="01001").delete()
    location = LocationFactory.build(
        organization=OrganizationFactory(), postal_code="01001", city="Nirgendwo"
    )

    with pytest.raises(ValidationError) as error:
        location.full_clean()

    assert "Die Postleitzahl 01001 gibt es nicht." in messages(error, "postal_code")


def test_known_postal_code_is_accepted(cologne_postcode):
    LocationFactory.build(organization=OrganizationFactory(), postal_code="50823").full_clean()


@pytest.mark.parametrize("postal_code", ["123", "abcd", "1234a"])
def test_malformed_postal_code_gets_friendly_message(postal_code):
    location = LocationFactory.build(organization=OrganizationFactory(), postal_code=postal_code)

    with pytest.raises(ValidationError) as error:
        location.full_clean()

    assert "Bitte geben Sie eine fünfstellige Postleitzahl ein." in messages(error, "postal_code")


def test_site_on_the_spot_needs_postal_code_and_city():
    location = LocationFactory.build(organization=OrganizationFactory(), postal_code="", city="")

    with pytest.raises(ValidationError) as error:
        location.full_clean()

    assert error.value.messages == ["Für einen Standort vor Ort sind Postleitzahl und Ort nötig."]


def test_online_site_needs_no_address():
    LocationFactory.build(
        organization=OrganizationFactory(),
        kind=Location.Kind.ONLINE,
        address_1="",
        postal_code="",
        city="",
        latitude=None,
        longitude=None,
    ).full_clean()


def test_confidential_address_hides_street_postcode_and_coordinates_but_not_town():
    shelter = LocationFactory.build(
        name="Frauenhaus",
        address_1="Geheime Straße 7",
        postal_code="50823",
        city="Köln",
        latitude=50.9511,
        longitude=6.9264,
        confidential_address=True,
    )

    assert shelter.public_address_1 == ""
    assert shelter.public_postal_code == ""
    assert shelter.public_coordinates is None
    assert shelter.city == "Köln"


def test_ordinary_address_is_public():
    centre = LocationFactory.build(
        address_1="Parkstraße 1", postal_code="50823", latitude=50.9511, longitude=6.9264
    )

    assert centre.public_address_1 == "Parkstraße 1"
    assert centre.public_postal_code == "50823"
    assert centre.public_coordinates == (50.9511, 6.9264)


def test_site_without_coordinates_has_no_public_coordinates():
    assert LocationFactory.build(latitude=None, longitude=None).public_coordinates is None


# Service at location


def test_offer_at_own_site_is_not_hosted_by_partner(provider):
    own_site = ServiceAtLocationFactory(service=ServiceFactory(organization=provider))

    assert own_site.location.organization == provider
    assert not own_site.is_hosted_by_partner


def test_offer_at_a_kita_of_another_organization_is_hosted_by_partner(provider):
    kita = LocationFactory(
        organization=OrganizationFactory(name="Kita Sternschnuppe", kind="partner"),
        kind=Location.Kind.KITA,
    )
    at_kita = ServiceAtLocationFactory(service=ServiceFactory(organization=provider), location=kita)

    assert at_kita.is_hosted_by_partner


# Service and schedule clean()


def test_service_age_range_reversed_gets_german_message():
    service = ServiceFactory.build(
        organization=OrganizationFactory(), age_min_months=36, age_max_months=6
    )

    with pytest.raises(ValidationError) as error:
        service.full_clean()

    assert "Das Höchstalter darf nicht unter dem Mindestalter liegen." in messages(
        error, "age_max_months"
    )


def test_free_service_with_price_gets_german_message():
    service = ServiceFactory.build(
        organization=OrganizationFactory(), is_free=True, cost_amount=Decimal("8.50")
    )

    with pytest.raises(ValidationError) as error:
        service.full_clean()

    assert "Ein kostenfreies Angebot kann keinen Preis haben." in messages(error, "cost_amount")


def test_schedule_ending_before_it_begins_gets_german_message():
    schedule = ScheduleFactory.build(
        service=ServiceFactory(), opens_at=datetime.time(11), closes_at=datetime.time(9, 30)
    )

    with pytest.raises(ValidationError) as error:
        schedule.full_clean()

    assert "Das Ende muss nach dem Beginn liegen." in messages(error, "closes_at")


def test_schedule_with_count_and_until_gets_german_message():
    schedule = ScheduleFactory.build(
        service=ServiceFactory(), count=8, until=datetime.date(2026, 6, 30)
    )

    with pytest.raises(ValidationError) as error:
        schedule.full_clean()

    assert (
        "Bitte entweder die Anzahl der Termine oder ein Enddatum angeben, nicht beides."
        in error.value.messages
    )
