"""factory-boy factories for the directory; tests build exactly the rows they need."""

import datetime

import factory
from django.utils.text import slugify

from famkoop.directory.models import (
    Location,
    Organization,
    Schedule,
    Service,
    ServiceAtLocation,
)


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
