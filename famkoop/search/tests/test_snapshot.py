"""The per-process snapshot of the documents: what it answers equals the plain way of
answering it, and it follows every change of the index, also one made by another process.

Runs on SQLite and on PostgreSQL like the other search tests.
"""

import itertools
import math
import random
from collections import Counter

import pytest

from famkoop.directory.models import Service
from famkoop.geo.geometry import haversine_km
from famkoop.search import engine, matching, ranking, snapshot
from famkoop.search.engine import SearchParams, search
from famkoop.search.index import index_services, remove_services
from famkoop.search.models import SearchDocument, SearchIndexState
from famkoop.search.params import FACET_GROUPS
from famkoop.search.vocabulary import index_versions

from .conftest import KOELN, make_offer

pytestmark = pytest.mark.django_db


def ids(**params) -> list[int]:
    return [hit.service_id for hit in search(SearchParams(**params)).hits]


def documents_version() -> int:
    return index_versions().documents


# Freshness


def test_indexing_an_offer_bumps_the_documents_version(offers):
    before = documents_version()
    index_services([offers.babymassage.pk])
    assert documents_version() != before

    before = documents_version()
    remove_services([offers.babymassage.pk])
    assert documents_version() != before


def test_a_paused_offer_disappears_from_a_search_by_filter_alone(offers):
    assert offers.babymassage.pk in ids(free=True, per_page=50)

    offers.babymassage.status = Service.Status.TEMPORARILY_CLOSED
    offers.babymassage.save()
    index_services([offers.babymassage.pk])

    assert offers.babymassage.pk not in ids(free=True, per_page=50)


def test_a_change_written_by_another_process_is_seen_once_its_version_is(offers):
    """Another worker's change reaches this process through the version in the database:
    the snapshot this process holds is used only while the version is the same."""
    assert offers.babymassage.pk in ids(free=True, per_page=50)
    held = snapshot.current_snapshot(documents_version())

    # What another process's `index_services` commits: a document without the flag …
    document = SearchDocument.objects.get(service=offers.babymassage)
    document.tags = document.tags.replace(" f_free", "")
    document.save()
    # … still unseen here while the version stays …
    assert offers.babymassage.pk in ids(free=True, per_page=50)
    assert snapshot.current_snapshot(documents_version()) is held

    # … and seen as soon as the version it bumped in the same transaction is read.
    snapshot.bump_documents_version()
    assert offers.babymassage.pk not in ids(free=True, per_page=50)
    assert snapshot.current_snapshot(documents_version()) is not held


def test_a_search_without_text_reads_no_document(offers, django_assert_num_queries):
    search(SearchParams(topics=["babymassage"]))  # loads vocabulary and snapshot
    # the versions, nothing else
    with django_assert_num_queries(1):
        search(SearchParams(topics=["babymassage", "krabbelgruppen"], free=True, age_months=10))
    with django_assert_num_queries(1):
        search(SearchParams(latitude=KOELN[0], longitude=KOELN[1], radius_km=30, weekdays=["mo"]))
    # the versions and the ids of the documents holding the text
    with django_assert_num_queries(2):
        search(SearchParams(text="Eltern", languages=["de"]))


def test_a_missing_state_row_is_version_zero(offers):
    SearchIndexState.objects.all().delete()
    assert index_versions() == (0, 0)
    assert offers.babymassage.pk in ids(text="Babymassage")


# The same answers as the plain way


def plain_facets(params: SearchParams) -> dict[str, Counter]:
    """Facet counts the plain way: every active document's tags, one by one."""
    documents = [
        (set(tags.split()), age_min, age_max)
        for tags, age_min, age_max in SearchDocument.objects.filter(
            status=Service.Status.ACTIVE
        ).values_list("tags", "age_min_months", "age_max_months")
    ]
    age = params.age_months
    documents = [
        tags
        for tags, low, high in documents
        if age is None or ((low is None or low <= age) and (high is None or high >= age))
    ]
    groups = [group for group in FACET_GROUPS if params.professional or not group.professional_only]

    def wanted(group) -> set[str]:
        if group.flag:
            return {group.flag}
        return {group.prefix + code for code in params.selected(group)}

    selected = [group for group in groups if params.selected(group)]
    counts = {}
    for group in groups:
        others = [other for other in selected if other is not group or not group.prefix]
        matching = [tags for tags in documents if all(tags & wanted(o) for o in others)]
        start = group.prefix or group.flag
        counts[group.name] = Counter(
            tag for tags in matching for tag in tags if tag.startswith(start)
        )
    return counts


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"free": True},
        {"topics": ["babymassage", "krabbelgruppen"]},
        {"topics": ["babymassage", "krabbelgruppen"], "weekdays": ["mo", "tu"], "free": True},
        {"languages": ["de"], "age_months": 12},
        {"formats": ["course"], "professional": True, "accepts_referrals": True},
    ],
)
def test_facet_counts_from_the_snapshot_equal_counts_over_the_documents(offers, params):
    params = SearchParams(**params)
    expected = plain_facets(params)
    for name, values in search(params).facets.items():
        group = next(group for group in FACET_GROUPS if group.name == name)
        counted = {
            group.flag or group.prefix + value.value: value.count for value in values if value.count
        }
        assert counted == dict(expected[name]), name


@pytest.fixture
def many_kinds(offers, sites):
    """Offers enough for every way of ranking, with shared titles and scores."""
    services = []
    for number, (title, free) in enumerate(
        itertools.product(
            ["Elterncafé am Morgen", "Eltern-Kind-Turnen", "Familienfrühstück"], [1, 0]
        )
    ):
        for _ in range(4):
            services.append(
                make_offer(sites.ehrenfeld, title=title, is_free=bool(free) ^ (number % 2))
            )
    index_services(service.pk for service in services)
    return services


@pytest.mark.parametrize(
    "params",
    [
        {"text": "Eltern", "per_page": 5},
        {"text": "Eltern", "per_page": 5, "page": 3},
        {"text": "Eltern Morgen", "free": True},
        {"per_page": 7, "page": 2},
        {"free": True, "per_page": 3, "page": 4},
        {"sort": "date", "per_page": 4},
    ],
)
def test_every_way_of_ranking_gives_the_same_page(many_kinds, params, monkeypatch):
    """Scoring every match, walking the order of all documents and sorting by it, and
    counting one by one or with bitmaps, all give the same results."""
    params = SearchParams(**params)
    expected = search(params)
    monkeypatch.setattr(engine, "_RANK_ONE_BY_ONE", 0)
    monkeypatch.setattr(ranking, "_WALK_PER_MATCH", 10**9)
    assert search(params) == expected
    monkeypatch.setattr(ranking, "_WALK_PER_MATCH", 0)
    assert search(params) == expected
    monkeypatch.setattr(matching, "COUNT_ONE_BY_ONE", 0)
    assert search(params) == expected


def test_distances_with_precomputed_cosines_equal_the_geography_s_exactly():
    rng = random.Random(5)
    for _ in range(5000):
        lat1, lat2 = rng.uniform(47, 55), rng.uniform(47, 55)
        lon1, lon2 = rng.uniform(5, 15), rng.uniform(5, 15)
        cos1, cos2 = math.cos(math.radians(lat1)), math.cos(math.radians(lat2))
        assert matching.haversine_with_cosines(lat1, lon1, cos1, lat2, lon2, cos2) == haversine_km(
            lat1, lon1, lat2, lon2
        )
