"""The same offers, in the same order, with the same counts, on SQLite and PostgreSQL.

The expected results are written out, and this file runs on both databases (the default
SQLite run and `DATABASE_URL=postgres://… pytest famkoop/search`), so a difference between
the backends fails on one of them.
"""

import pytest

from famkoop.directory.models import DatedSession, Schedule
from famkoop.search.engine import SearchParams, search
from famkoop.search.index import index_services

from .conftest import KOELN

pytestmark = pytest.mark.django_db

NEAR_KOELN = dict(latitude=KOELN[0], longitude=KOELN[1])

CASES = [
    (dict(text="Babymassage"), ["babymassage"]),
    (dict(text="Baby"), ["babymassage", "geburt"]),
    (
        dict(text="Eltern"),
        [
            "babymassage",
            "elternkurs",
            "online_cafe",
            "vaeter",
            "frauenhaus",
            "krabbelgruppe",
            "geburt",
        ],
    ),
    (dict(text="Kurs"), ["elternkurs", "geburt", "babymassage"]),
    (dict(text="Beratung"), ["tuerkisch", "frauenhaus"]),
    (dict(text="Papa"), ["vaeter", "elternkurs"]),
    (dict(text="Mütter"), ["frauenhaus", "elternkurs"]),
    (dict(text="Krabelgruppe"), ["krabbelgruppe"]),
    (dict(text="Elterncafe"), ["online_cafe"]),
    (dict(text="Gruppe für Kinder"), ["krabbelgruppe", "vaeter", "frauenhaus"]),
    (
        dict(**NEAR_KOELN, radius_km=30),
        ["frauenhaus", "babymassage", "krabbelgruppe", "vaeter", "online_cafe", "elternkurs"],
    ),
    (
        dict(**NEAR_KOELN, radius_km=30, sort="distance"),
        ["frauenhaus", "babymassage", "krabbelgruppe", "vaeter", "elternkurs", "online_cafe"],
    ),
    (
        dict(**NEAR_KOELN, radius_km=50, text="Kinder"),
        ["frauenhaus", "krabbelgruppe", "vaeter", "elternkurs", "online_cafe"],
    ),
    (dict(place="Bonn", radius_km=10), ["elternkurs", "online_cafe"]),
    (
        dict(free=True, per_page=50),
        ["babymassage", "krabbelgruppe", "vaeter", "online_cafe", "tuerkisch", "frauenhaus"],
    ),
    (
        dict(age_months=6, per_page=50),
        ["babymassage", "vaeter", "geburt", "online_cafe", "tuerkisch", "frauenhaus"],
    ),
    (dict(professional=True, accepts_referrals=True), ["geburt", "tuerkisch", "frauenhaus"]),
]


@pytest.fixture
def undated_offers(offers):
    """The offers without dates: the next date would make the order depend on the weekday."""
    Schedule.objects.all().delete()
    DatedSession.objects.all().delete()
    index_services(service.pk for service in vars(offers).values())
    return offers


@pytest.mark.parametrize(("params", "expected"), CASES)
def test_same_results_on_every_database(undated_offers, params, expected):
    offers = undated_offers
    names = {service.pk: name for name, service in vars(offers).items()}
    results = search(SearchParams(**params))
    assert [names[hit.service_id] for hit in results.hits] == expected
