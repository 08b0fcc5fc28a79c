"""The search engine: text, place, filters, facets, ranking, paging and bad parameters.

Every test here runs on SQLite and on PostgreSQL (DATABASE_URL=postgres://…); the expected
results are the same for both, which is what makes the two backends interchangeable.
"""

import datetime

import pytest

from famkoop.directory.models import Service
from famkoop.directory.tests.factories import LocationFactory, ServiceAtLocationFactory
from famkoop.search.engine import SearchError, SearchParams, search
from famkoop.search.index import index_services

from .conftest import KOELN, make_offer

pytestmark = pytest.mark.django_db

NEAR_KOELN = dict(latitude=KOELN[0], longitude=KOELN[1])


def ids(**params) -> list[int]:
    return [hit.service_id for hit in search(SearchParams(**params)).hits]


def ids_of(*services: Service) -> list[int]:
    return [service.pk for service in services]


def facet(results, name: str) -> dict[str, int]:
    return {value.value: value.count for value in results.facets[name]}


# Text


def test_finds_an_offer_by_a_word_of_its_title(offers):
    assert ids(text="Babymassage") == ids_of(offers.babymassage)


def test_case_and_umlauts_do_not_matter(offers):
    # The counselling has Türkisch in its title, the course among its languages.
    assert ids(text="tuerkisch") == ids_of(offers.tuerkisch, offers.elternkurs)
    assert ids(text="TÜRKISCH") == ids_of(offers.tuerkisch, offers.elternkurs)


def test_compound_query_finds_the_longer_compound(offers):
    assert ids(text="Geburtsvorbereitung") == ids_of(offers.geburt)


def test_synonym_finds_offers_that_use_the_other_word(offers):
    # "Papa" also searches "Vater": the Väterfrühstück says "Papas" and "Väter".
    assert offers.vaeter.pk in ids(text="Papa")


def test_one_typo_is_forgiven_in_longer_words(offers):
    assert ids(text="Babymasage") == ids_of(offers.babymassage)


def test_all_words_must_match(offers):
    assert ids(text="Babymassage Trotzphase") == []


def test_inactive_offers_are_never_found(offers):
    assert offers.paused.pk not in ids(text="Turnen")
    assert offers.paused.pk not in ids(per_page=50)


def test_a_query_of_stop_words_only_finds_everything(offers):
    assert len(ids(text="für und mit", per_page=50)) == 8


# Place


def test_radius_keeps_nearby_offers_and_gives_their_distance(offers, sites):
    results = search(SearchParams(**NEAR_KOELN, radius_km=12, include_online=False))

    assert {hit.service_id for hit in results.hits} == set(
        ids_of(offers.babymassage, offers.krabbelgruppe, offers.vaeter, offers.frauenhaus)
    )
    babymassage = next(hit for hit in results.hits if hit.service_id == offers.babymassage.pk)
    assert 2.0 < babymassage.distance_km < 3.5
    assert babymassage.location_id == sites.ehrenfeld.pk


def test_larger_radius_reaches_further(offers):
    near = set(ids(**NEAR_KOELN, radius_km=12, include_online=False))
    far = set(ids(**NEAR_KOELN, radius_km=40, include_online=False))
    assert far - near == set(ids_of(offers.elternkurs, offers.geburt))
    assert offers.tuerkisch.pk not in far


def test_postcode_or_town_name_is_resolved(offers):
    by_postcode = search(SearchParams(place="50667", radius_km=5, include_online=False))
    by_name = search(SearchParams(place="Köln", radius_km=5, include_online=False))

    assert offers.babymassage.pk in [hit.service_id for hit in by_postcode.hits]
    assert by_postcode.place.postal_code == "50667"
    assert offers.babymassage.pk in [hit.service_id for hit in by_name.hits]


def test_online_offers_come_with_every_place_unless_excluded(offers):
    with_online = search(SearchParams(**NEAR_KOELN, radius_km=5))
    online_hit = next(hit for hit in with_online.hits if hit.service_id == offers.online_cafe.pk)
    assert online_hit.distance_km is None

    assert offers.online_cafe.pk not in ids(**NEAR_KOELN, radius_km=5, include_online=False)


def test_confidential_site_counts_from_the_town_centre(offers):
    """The shelter lies 8 km from the Köln centre; the search only knows the centre."""
    hits = search(SearchParams(**NEAR_KOELN, radius_km=2, include_online=False)).hits
    assert offers.frauenhaus.pk in [hit.service_id for hit in hits]


def test_offer_at_several_sites_counts_from_the_nearest(offers, sites):
    ServiceAtLocationFactory(service=offers.tuerkisch, location=sites.ehrenfeld)
    index_services([offers.tuerkisch.pk])

    hit = next(
        hit
        for hit in search(SearchParams(**NEAR_KOELN, radius_km=5)).hits
        if hit.service_id == offers.tuerkisch.pk
    )
    assert hit.location_id == sites.ehrenfeld.pk
    assert hit.distance_km < 3.5


def test_text_and_place_together(offers):
    assert ids(text="Trotzphase", **NEAR_KOELN, radius_km=12) == []
    assert ids(text="Trotzphase", **NEAR_KOELN, radius_km=30) == ids_of(offers.elternkurs)


def test_compound_query_finds_its_parts_in_other_words(offers):
    """ "Elternkurs" also finds the Babymassage: a course ("Kurs") for parents ("Eltern")."""
    found = ids(text="Elternkurs")
    assert found[0] == offers.elternkurs.pk
    assert offers.babymassage.pk in found


def test_sorting_by_distance_puts_the_nearest_first(offers):
    found = ids(**NEAR_KOELN, radius_km=50, include_online=False, sort="distance")

    assert found[0] == offers.frauenhaus.pk  # placed at the town centre itself
    assert set(found[1:3]) == set(ids_of(offers.babymassage, offers.krabbelgruppe))
    assert found[3:] == ids_of(offers.vaeter, offers.elternkurs, offers.geburt)


# Filters


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (dict(free=True), ["babymassage", "krabbelgruppe", "vaeter", "frauenhaus"]),
        (dict(childcare=True), []),
        (dict(barrier_free=True), ["babymassage", "krabbelgruppe"]),
        (dict(topics=["leben-mit-baby"]), ["babymassage"]),
        (dict(topics=["babymassage", "krabbelgruppen"]), ["babymassage", "krabbelgruppe"]),
        (dict(age_months=10), ["babymassage", "krabbelgruppe", "vaeter", "frauenhaus"]),
        (dict(age_months=30), ["vaeter", "frauenhaus"]),
        (dict(age_bands=["0-1"]), ["babymassage", "krabbelgruppe", "vaeter", "frauenhaus"]),
        (dict(weekdays=["mo"]), ["krabbelgruppe"]),
        (dict(weekdays=["tu", "sa"]), ["babymassage", "vaeter"]),
        (dict(time_of_day=["morning"]), ["babymassage", "krabbelgruppe", "vaeter"]),
        (dict(formats=["open_group"]), ["krabbelgruppe", "vaeter", "frauenhaus"]),
        (dict(target_groups=["vaeter"]), ["vaeter"]),
        (dict(languages=["de"]), ["babymassage", "krabbelgruppe", "vaeter", "frauenhaus"]),
        (dict(has_places=True), []),
    ],
)
def test_each_filter_narrows_the_results_near_koeln(offers, filters, expected):
    found = ids(**NEAR_KOELN, radius_km=12, include_online=False, per_page=50, **filters)
    assert sorted(found) == sorted(getattr(offers, name).pk for name in expected)


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (dict(childcare=True), ["elternkurs"]),
        (dict(languages=["tr"]), ["elternkurs", "tuerkisch"]),
        (dict(has_places=True), ["geburt"]),
        (dict(time_of_day=["evening"]), ["elternkurs", "geburt"]),
        (dict(formats=["online"]), ["online_cafe"]),
        (dict(target_groups=["alleinerziehende", "werdende-eltern"]), ["online_cafe", "geburt"]),
    ],
)
def test_each_filter_without_place(offers, filters, expected):
    found = ids(per_page=50, **filters)
    assert sorted(found) == sorted(getattr(offers, name).pk for name in expected)


def test_referrals_filter_only_applies_to_professionals(offers):
    everyone = set(ids(per_page=50))
    assert set(ids(accepts_referrals=True, per_page=50)) == everyone

    professional = ids(accepts_referrals=True, professional=True, per_page=50)
    assert sorted(professional) == sorted(
        ids_of(offers.geburt, offers.tuerkisch, offers.frauenhaus)
    )


# Facets


def test_facet_counts_describe_the_current_results(offers):
    results = search(SearchParams(**NEAR_KOELN, radius_km=12, include_online=False))

    assert results.total == 4
    assert facet(results, "free") == {"true": 4}
    assert facet(results, "weekdays") == {"mo": 1, "tu": 1, "sa": 1}
    assert facet(results, "formats") == {"course": 1, "open_group": 3}
    assert facet(results, "topics")["leben-mit-baby"] == 1
    assert facet(results, "age_bands")["0-1"] == 4
    assert "accepts_referrals" not in results.facets


def test_a_selected_filter_counts_its_other_values_as_if_not_selected(offers):
    results = search(
        SearchParams(**NEAR_KOELN, radius_km=12, include_online=False, formats=["course"])
    )

    assert results.total == 1
    # Choosing "open group" as well would add three results.
    assert facet(results, "formats") == {"course": 1, "open_group": 3}
    assert [value.value for value in results.facets["formats"] if value.selected] == ["course"]
    # Other filters count within the selection.
    assert facet(results, "free") == {"true": 1}


def test_selected_value_without_results_is_listed_with_zero(offers):
    results = search(SearchParams(text="Babymassage", languages=["uk"]))
    assert results.total == 0
    assert facet(results, "languages") == {"de": 1, "uk": 0}


def test_professional_search_counts_offers_that_accept_referrals(offers):
    results = search(SearchParams(professional=True, per_page=50))
    assert facet(results, "accepts_referrals") == {"true": 3}


# Ranking and paging


def test_nearer_offer_ranks_first_when_nothing_else_differs(offers, sites):
    near = make_offer(sites.ehrenfeld, title="Spielkreis am Morgen")
    far = make_offer(sites.leverkusen, title="Spielkreis am Morgen")
    index_services([near.pk, far.pk])

    assert ids(text="Spielkreis", **NEAR_KOELN, radius_km=20) == ids_of(near, far)


def test_recently_confirmed_offer_ranks_before_a_stale_one(offers, sites):
    today = datetime.date.today()
    stale = make_offer(sites.ehrenfeld, title="Singkreis", assured_date=today.replace(year=2020))
    fresh = make_offer(sites.ehrenfeld, title="Singkreis", assured_date=today)
    index_services([stale.pk, fresh.pk])

    assert ids(text="Singkreis") == ids_of(fresh, stale)


def test_offer_with_a_date_soon_ranks_before_one_without_dates(offers, sites):
    from famkoop.directory.tests.factories import ScheduleFactory

    undated = make_offer(sites.ehrenfeld, title="Malwerkstatt")
    soon = make_offer(sites.ehrenfeld, title="Malwerkstatt")
    ScheduleFactory(service=soon, valid_from=datetime.date.today(), byday="MO,TU,WE,TH,FR,SA,SU")
    index_services([undated.pk, soon.pk])

    results = search(SearchParams(text="Malwerkstatt"))
    assert [hit.service_id for hit in results.hits] == ids_of(soon, undated)
    assert results.hits[0].next_date is not None


@pytest.fixture
def many_offers(sites):
    """45 equal offers: only the tie-break decides their order."""
    site = LocationFactory(organization=sites.ehrenfeld.organization)
    services = [make_offer(site, title="Hausaufgabenhilfe") for _ in range(45)]
    index_services(service.pk for service in services)
    return services


def test_paging_is_complete_and_without_duplicates(many_offers):
    pages = [ids(text="Hausaufgabenhilfe", per_page=10, page=page) for page in range(1, 6)]

    assert [len(page) for page in pages] == [10, 10, 10, 10, 5]
    flattened = [service_id for page in pages for service_id in page]
    assert sorted(flattened) == sorted(service.pk for service in many_offers)
    # Equal scores keep the lower id first, so pages are stable between requests.
    assert flattened == sorted(flattened)


def test_page_information(many_offers):
    results = search(SearchParams(text="Hausaufgabenhilfe", per_page=20, page=3))
    assert (results.total, results.num_pages, len(results.hits)) == (45, 3, 5)
    assert results.has_previous and not results.has_next
    assert search(SearchParams(text="Hausaufgabenhilfe", page=4)).hits == ()


def test_number_of_queries_does_not_grow_with_the_results(
    offers, many_offers, django_assert_max_num_queries
):
    params = SearchParams(
        text="Hausaufgabenhilfe",
        place="50667",
        radius_km=20,
        topics=["babymassage", "krabbelgruppen"],
        weekdays=["mo"],
    )
    search(params)  # loads the vocabulary once
    # version, postcode, matches, and one per selected multi-value filter (2)
    with django_assert_max_num_queries(5):
        search(params)
    with django_assert_max_num_queries(3):
        search(SearchParams(place="50667", radius_km=50, per_page=50))


# Bad parameters


@pytest.mark.parametrize(
    ("params", "field", "message"),
    [
        (dict(radius_km=5000), "radius_km", "Der Umkreis muss zwischen 1 und 50 km liegen."),
        (dict(radius_km=0), "radius_km", "Der Umkreis muss zwischen 1 und 50 km liegen."),
        (dict(radius_km="weit"), "radius_km", "Der Umkreis muss eine Zahl sein."),
        (dict(radius_km=float("nan")), "radius_km", "Der Umkreis muss eine Zahl sein."),
        (dict(page=-1), "page", "Die Seite muss zwischen 1 und 1000 liegen."),
        (dict(page="zwei"), "page", "Die Seite muss eine Zahl sein."),
        (dict(per_page=10000), "per_page", "Pro Seite können 1 bis 50 Treffer angezeigt werden."),
        (dict(text="x" * 10_000), "text", "Der Suchtext ist zu lang: bitte höchstens 200 Zeichen."),
        (dict(latitude=50.9), "latitude", "Bitte beide Koordinaten angeben."),
        (dict(latitude=91, longitude=7), "latitude", "Die Koordinaten sind ungültig."),
        (
            dict(age_months=400),
            "age_months",
            "Das Alter des Kindes muss zwischen 0 und 27 Jahren liegen.",
        ),
        (dict(weekdays=["montag"]), "weekdays", "Den Filterwert „montag“ gibt es nicht."),
        (dict(topics=["<script>"]), "topics", "Den Filterwert „<script>“ gibt es nicht."),
        (dict(sort="random"), "sort", "Diese Sortierung gibt es nicht."),
    ],
)
def test_bad_parameters_get_a_german_message(params, field, message):
    with pytest.raises(SearchError) as error:
        SearchParams(**params)
    assert error.value.message == message
    assert error.value.field == field


@pytest.mark.parametrize(
    ("place", "message"),
    [
        ("00000", "Die Postleitzahl 00000 gibt es nicht."),
        ("1234", "Die Postleitzahl 1234 ist ungültig: Postleitzahlen haben fünf Ziffern."),
        ("Atlantis", "Den Ort „Atlantis“ kennen wir nicht."),
    ],
)
def test_unknown_place_gets_a_german_message(offers, place, message):
    with pytest.raises(SearchError) as error:
        search(SearchParams(place=place))
    assert error.value.message == message
    assert error.value.field == "place"


def test_query_syntax_in_the_text_is_just_text(offers):
    for text in ['"babymassage', "babymassage OR krabbelgruppe", "NEAR(a b)", "*", "a:b", "'); --"]:
        search(SearchParams(text=text))  # no error from FTS5 or tsquery
    assert ids(text="Babymassage OR Krabbelgruppe") == []
