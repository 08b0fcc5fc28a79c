"""factory-boy factories for the directory; tests build exactly the rows they need."""

import datetime
from zoneinfo import ZoneInfo

import factory
from django.utils.text import slugify

from famkoop.directory.models import (
    DatedSession,
    Location,
    Organization,
    Schedule,
    ScheduleException,
    SchoolHoliday,
    Service,
    ServiceAtLocation,
    Taxonomy,
    TaxonomyTerm,
)
from famkoop.geo.models import State

BERLIN = ZoneInfo("Europe/Berlin")


class OrganizationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organization

    name = factory.Sequence(lambda n: f"Familienbildungswerk Muster {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    kind = Organization.Kind.PROVIDER
    email = factory.LazyAttribute(lambda o: f"info@{o.slug}.example")


class YouthOfficeFactory(OrganizationFactory):
    name = factory.Sequence(lambda n: f"Jugendamt Musterstadt {n}")
    kind = Organization.Kind.YOUTH_OFFICE


class LocationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Location

    organization = factory.SubFactory(OrganizationFactory)
    name = factory.Sequence(lambda n: f"Familienzentrum Am Park {n}")
    kind = Location.Kind.FAMILY_CENTRE
    address_1 = "Parkstraße 1"
    postal_code = "50823"
    city = "Köln"
    municipality_key = "05315000"
    latitude = 50.9511
    longitude = 6.9264


class ServiceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Service

    organization = factory.SubFactory(OrganizationFactory)
    title = factory.Sequence(lambda n: f"Eltern-Kind-Gruppe {n}")
    summary = "Spielen, singen und andere Eltern kennenlernen."
    format = Service.Format.OPEN_GROUP
    age_min_months = 6
    age_max_months = 36
    is_free = True
    assured_date = factory.LazyFunction(datetime.date.today)


class ServiceAtLocationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ServiceAtLocation

    service = factory.SubFactory(ServiceFactory)
    location = factory.SubFactory(
        LocationFactory, organization=factory.SelfAttribute("..service.organization")
    )


class ScheduleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Schedule

    service = factory.SubFactory(ServiceFactory)
    valid_from = datetime.date(2026, 1, 1)
    freq = Schedule.Frequency.WEEKLY
    byday = "TU"
    opens_at = datetime.time(9, 30)
    closes_at = datetime.time(11, 0)


class ScheduleExceptionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ScheduleException

    schedule = factory.SubFactory(ScheduleFactory)
    date = datetime.date(2026, 1, 13)
    reason = "Fortbildung des Teams"


class DatedSessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DatedSession

    service = factory.SubFactory(ServiceFactory)
    starts_at = datetime.datetime(2026, 2, 4, 18, 0, tzinfo=BERLIN)
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + datetime.timedelta(hours=2))


def nrw() -> State:
    """North Rhine-Westphalia, whether or not the geography migration has loaded it."""
    state, _ = State.objects.get_or_create(
        key="05", defaults={"name": "Nordrhein-Westfalen", "abbreviation": "NW"}
    )
    return state


class SchoolHolidayFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SchoolHoliday

    state = factory.LazyFunction(nrw)
    name = "Osterferien"
    start = datetime.date(2026, 3, 30)
    end = datetime.date(2026, 4, 11)


class TaxonomyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Taxonomy

    name = factory.Sequence(lambda n: f"Testthemen {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    description = "Themen für Tests."


class TaxonomyTermFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TaxonomyTerm

    taxonomy = factory.SubFactory(TaxonomyFactory)
    parent = None
    name = factory.Sequence(lambda n: f"Thema {n}")
    code = factory.LazyAttribute(lambda o: slugify(o.name))
