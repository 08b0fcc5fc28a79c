"""A small, realistic directory around Köln, indexed: what the search tests search in."""

import datetime
from types import SimpleNamespace

import pytest

from famkoop.directory.models import Language, Location, Service, TargetGroup, TaxonomyTerm
from famkoop.directory.tests.factories import (
    DatedSessionFactory,
    LocationFactory,
    OrganizationFactory,
    ScheduleFactory,
    ServiceAtLocationFactory,
    ServiceFactory,
)
from famkoop.search.index import index_services

# Sites with real coordinates. Distances from the centre of 50667 Köln (50.9384, 6.9599):
# Ehrenfeld 2.7 km, Leverkusen 10 km, Bonn 25 km, Düsseldorf 34 km, Berlin 477 km.
SITES = {
    "ehrenfeld": dict(
        name="Familienzentrum Ehrenfeld",
        postal_code="50823",
        city="Köln",
        municipality_key="05315000",
        latitude=50.9511,
        longitude=6.9264,
        step_free_access=True,
    ),
    "leverkusen": dict(
        name="Familienbildungsstätte Leverkusen",
        postal_code="51373",
        city="Leverkusen",
        municipality_key="05316000",
        latitude=51.0304,
        longitude=6.9843,
    ),
    "bonn": dict(
        name="Haus der Familie Bonn",
        postal_code="53111",
        city="Bonn",
        municipality_key="05314000",
        latitude=50.7374,
        longitude=7.0982,
        step_free_access=True,
    ),
    "duesseldorf": dict(
        name="Elternschule Düsseldorf",
        postal_code="40213",
        city="Düsseldorf",
        municipality_key="05111000",
        latitude=51.2254,
        longitude=6.7763,
    ),
    "berlin": dict(
        name="Nachbarschaftshaus Wedding",
        kind=Location.Kind.NEIGHBOURHOOD_CENTRE,
        postal_code="13353",
        city="Berlin",
        municipality_key="11000000",
        latitude=52.5431,
        longitude=13.3530,
    ),
    "shelter": dict(
        name="Frauenhaus Köln",
        address_1="Geheime Straße 1",
        postal_code="50999",
        city="Köln",
        municipality_key="05315000",
        latitude=50.8750,
        longitude=7.0100,
        confidential_address=True,
    ),
    "online": dict(
        name="Online-Raum",
        kind=Location.Kind.ONLINE,
        address_1="",
        postal_code="",
        city="",
        municipality_key="",
        latitude=None,
        longitude=None,
    ),
}

KOELN = (50.9384, 6.9599)


def topic(code: str) -> TaxonomyTerm:
    return TaxonomyTerm.objects.get(taxonomy__slug="famkoop-themen", code=code)


def make_offer(site: Location | None, *, topics=(), languages=(), groups=(), **fields) -> Service:
    service = ServiceFactory(
        organization=site.organization if site else OrganizationFactory(), **fields
    )
    if site is not None:
        ServiceAtLocationFactory(service=service, location=site)
    service.taxonomy_terms.set([topic(code) for code in topics])
    service.languages.set(Language.objects.filter(code__in=languages))
    service.target_groups.set(TargetGroup.objects.filter(code__in=groups))
    return service


@pytest.fixture
def sites(db):
    provider = OrganizationFactory(name="Familienbildungswerk Rheinland", slug="fbw-rheinland")
    return SimpleNamespace(
        **{key: LocationFactory(organization=provider, **values) for key, values in SITES.items()}
    )


@pytest.fixture
def offers(sites):
    """Nine offers, one of them paused, all indexed."""
    today = datetime.date.today()
    o = SimpleNamespace()
    o.babymassage = make_offer(
        sites.ehrenfeld,
        title="Babymassage für Eltern mit Säuglingen",
        summary="Sanfte Berührungen, die Ihrem Baby gut tun.",
        description="An vier Vormittagen lernen Sie Griffe der Babymassage und tauschen sich "
        "mit anderen Eltern aus.",
        format=Service.Format.COURSE,
        age_min_months=1,
        age_max_months=12,
        is_free=True,
        topics=["babymassage"],
        languages=["de"],
    )
    ScheduleFactory(
        service=o.babymassage,
        byday="TU",
        opens_at=datetime.time(10, 0),
        closes_at=datetime.time(11, 30),
        valid_from=today,
    )
    o.krabbelgruppe = make_offer(
        sites.ehrenfeld,
        title="Krabbelgruppe Sonnenschein",
        summary="Offener Treff für Eltern mit Kindern, die krabbeln lernen.",
        format=Service.Format.OPEN_GROUP,
        age_min_months=8,
        age_max_months=24,
        is_free=True,
        topics=["krabbelgruppen"],
    )
    ScheduleFactory(
        service=o.krabbelgruppe,
        byday="MO",
        opens_at=datetime.time(9, 30),
        closes_at=datetime.time(11, 0),
        valid_from=today,
    )
    o.elternkurs = make_offer(
        sites.bonn,
        title="Elternkurs: Gelassen durch die Trotzphase",
        summary="Wie Sie Grenzen setzen, ohne laut zu werden.",
        description="Ein Kurs für Mütter und Väter von Kindern zwischen zwei und vier Jahren.",
        format=Service.Format.COURSE,
        age_min_months=24,
        age_max_months=48,
        is_free=False,
        cost_amount=40,
        childcare_offered=True,
        topics=["elternkurse", "autonomiephase"],
        languages=["de", "tr"],
    )
    ScheduleFactory(
        service=o.elternkurs,
        byday="WE",
        opens_at=datetime.time(19, 0),
        closes_at=datetime.time(21, 0),
        valid_from=today,
    )
    o.vaeter = make_offer(
        sites.leverkusen,
        title="Väterfrühstück am Samstag",
        summary="Papas und ihre Kinder frühstücken gemeinsam und spielen danach.",
        format=Service.Format.OPEN_GROUP,
        age_min_months=0,
        age_max_months=72,
        is_free=True,
        topics=["vater-kind-aktionen"],
        groups=["vaeter"],
    )
    ScheduleFactory(
        service=o.vaeter,
        byday="SA",
        opens_at=datetime.time(10, 0),
        closes_at=datetime.time(12, 0),
        valid_from=today,
    )
    o.geburt = make_offer(
        sites.duesseldorf,
        title="Geburtsvorbereitungskurs für Paare",
        summary="Atmung, Ablauf der Geburt und die ersten Tage mit dem Baby.",
        format=Service.Format.COURSE,
        age_min_months=None,
        age_max_months=None,
        is_free=False,
        cost_amount=80,
        accepts_referrals=True,
        capacity=12,
        topics=["geburtsvorbereitung"],
        groups=["werdende-eltern"],
    )
    DatedSessionFactory(
        service=o.geburt,
        starts_at=datetime.datetime.combine(
            today + datetime.timedelta(days=3), datetime.time(18, 0), tzinfo=datetime.UTC
        ),
    )
    o.online_cafe = make_offer(
        sites.online,
        title="Online-Elterncafé für Alleinerziehende",
        summary="Austausch am Abend per Video, wenn die Kinder schlafen.",
        format=Service.Format.ONLINE,
        age_min_months=None,
        age_max_months=None,
        is_free=True,
        topics=["treffs-fuer-alleinerziehende"],
        groups=["alleinerziehende"],
    )
    o.tuerkisch = make_offer(
        sites.berlin,
        title="Erziehungsberatung auf Türkisch",
        summary="Beratung für Familien in ihrer Sprache, vertraulich und kostenfrei.",
        format=Service.Format.COUNSELLING,
        age_min_months=0,
        age_max_months=216,
        is_free=True,
        accepts_referrals=True,
        topics=["erziehungs-und-familienberatung"],
        languages=["tr"],
    )
    o.frauenhaus = make_offer(
        sites.shelter,
        title="Gesprächskreis für Mütter nach häuslicher Gewalt",
        summary="Ein geschützter Raum für Frauen und ihre Kinder.",
        format=Service.Format.OPEN_GROUP,
        age_min_months=None,
        age_max_months=None,
        is_free=True,
        accepts_referrals=True,
        topics=["schutz-vor-haeuslicher-gewalt"],
    )
    o.paused = make_offer(
        sites.ehrenfeld,
        title="Eltern-Kind-Turnen (pausiert)",
        summary="Bewegung für Kinder mit ihren Eltern.",
        format=Service.Format.OPEN_GROUP,
        status=Service.Status.TEMPORARILY_CLOSED,
        topics=["bewegung-fuer-kinder"],
    )
    index_services(service.pk for service in vars(o).values())
    return o
