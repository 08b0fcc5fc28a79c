"""Recall@10 of the search on a judged set of German queries over the NRW demo data (issue 4).

relevance_set.toml holds the queries, what kind of variant each one tests (umlaut, stem,
compound, synonym, typo …) and the offers that must appear in its top 10. The demo is loaded
once for this module, planned on DEMO_DAY with Django's clock standing at DEMO_NOW: the demo
plans its dates from the day it is loaded, and the ranking depends on the day it ranks (next
date, freshness), so the same offers come out in the same order whenever the test runs.
`pytest -s` prints recall@10 per kind of query and the judged offers that were missed.

SQLite and PostgreSQL: `make test` runs this module on SQLite and `make test-postgres` on
PostgreSQL. Within one run, `test_backend_finds_exactly_the_documents_holding_the_query`
checks the only step that differs between them: the backend must find exactly the documents
that hold the analysed query, as a plain reading of the indexed terms says. Everything after
that — distance, relevance, ranking — is the same Python code for both databases, so equal
matches give equal results.
"""

import datetime
import tomllib
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

import pytest
from django.db import transaction

from famkoop.directory.demo.store import load_demo
from famkoop.directory.models import Service
from famkoop.search.analysis import analyze_query
from famkoop.search.backends import get_backend
from famkoop.search.engine import SearchParams, search
from famkoop.search.models import SearchDocument
from famkoop.search.query import TextQuery
from famkoop.search.rebuild import rebuild_index
from famkoop.search.vocabulary import current_vocabulary

pytestmark = pytest.mark.django_db

SET_PATH = Path(__file__).with_name("relevance_set.toml")
# The day the judged demo data was planned on; the relevance set was judged on this data.
DEMO_DAY = datetime.date(2026, 11, 16)
DEMO_NOW = datetime.datetime(2026, 11, 16, 8, 0, tzinfo=datetime.UTC)
TOP = 10
MIN_RECALL = 0.9
MIN_QUERIES = 60
KINDS = ("exact", "umlaut", "stem", "compound", "synonym", "typo")


@dataclass(frozen=True)
class JudgedQuery:
    text: str
    kind: str
    params: dict
    # External id → title of each offer that must appear in the top 10.
    relevant: dict[str, str]

    @property
    def label(self) -> str:
        place = self.params.get("place")
        return f"{self.text!r} in {place}" if place else repr(self.text)


def read_relevance_set(path: Path = SET_PATH) -> list[JudgedQuery]:
    queries = []
    for entry in tomllib.loads(path.read_text(encoding="utf-8"))["queries"]:
        params = dict(entry.get("filters", {}))
        if "place" in entry:
            params.update(place=entry["place"], radius_km=entry["radius_km"])
        if "include_online" in entry:
            params["include_online"] = entry["include_online"]
        queries.append(
            JudgedQuery(
                text=entry["text"],
                kind=entry["kind"],
                params=params,
                relevant=dict(entry["relevant"]),
            )
        )
    return queries


QUERIES = read_relevance_set()


@pytest.fixture(scope="module")
def demo_offers(django_db_setup, django_db_blocker) -> Iterator[dict[str, Service]]:
    """The NRW demo with its search index, loaded once for this module and rolled back after
    it; external id → offer. Django's clock (and `timezone.localdate()`) stands at DEMO_NOW
    until the module ends."""
    with (
        django_db_blocker.unblock(),
        mock.patch("django.utils.timezone.now", return_value=DEMO_NOW),
        transaction.atomic(),
    ):
        load_demo(today=DEMO_DAY)
        rebuild_index(workers=1)
        yield {service.external_id: service for service in Service.objects.all()}
        transaction.set_rollback(True)


@dataclass
class Outcome:
    query: JudgedQuery
    # External ids of the top 10, best first.
    top: list[str]

    @property
    def found(self) -> int:
        return len(set(self.query.relevant) & set(self.top))

    @property
    def missed(self) -> list[str]:
        return [external_id for external_id in self.query.relevant if external_id not in self.top]


def run(query: JudgedQuery, external_ids: dict[int, str]) -> Outcome:
    results = search(SearchParams(text=query.text, per_page=TOP, **query.params))
    return Outcome(query, [external_ids[hit.service_id] for hit in results.hits])


def recall(outcomes: list[Outcome]) -> float:
    """Recall@10 over all judged offers (not averaged per query)."""
    return sum(o.found for o in outcomes) / sum(len(o.query.relevant) for o in outcomes)


def report(outcomes: list[Outcome]) -> str:
    by_kind: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        by_kind[outcome.query.kind].append(outcome)
    lines = [
        f"Recall@{TOP} of the judged set ({len(outcomes)} queries)",
        f"{'kind':<10} {'queries':>7} {'judged':>7} {'found':>6} {'recall':>7}",
    ]
    for kind, group in [*((kind, by_kind[kind]) for kind in KINDS), ("all", outcomes)]:
        judged = sum(len(o.query.relevant) for o in group)
        found = sum(o.found for o in group)
        lines.append(f"{kind:<10} {len(group):>7} {judged:>7} {found:>6} {recall(group):>7.3f}")
    missed = [o for o in outcomes if o.missed]
    if missed:
        lines.append("Judged offers not in the top 10:")
        for outcome in missed:
            titles = "; ".join(
                f"{external_id} {outcome.query.relevant[external_id]}"
                for external_id in outcome.missed
            )
            lines.append(f"  [{outcome.query.kind}] {outcome.query.label}: {titles}")
    return "\n".join(lines)


def test_the_set_is_large_and_covers_every_kind_of_variant():
    assert len(QUERIES) >= MIN_QUERIES
    assert {query.kind for query in QUERIES} == set(KINDS)
    assert all(query.relevant for query in QUERIES)


def test_judged_offers_are_active_demo_offers_with_their_titles(demo_offers):
    changed = [
        f"{query.label}: {external_id} {title!r}"
        for query in QUERIES
        for external_id, title in query.relevant.items()
        if external_id not in demo_offers
        or demo_offers[external_id].title != title
        or demo_offers[external_id].status != Service.Status.ACTIVE
    ]
    assert not changed, "The demo data changed; judge these queries again:\n" + "\n".join(changed)


def test_recall_at_10_of_the_judged_set(demo_offers):
    external_ids = {service.pk: external_id for external_id, service in demo_offers.items()}
    outcomes = [run(query, external_ids) for query in QUERIES]
    summary = report(outcomes)
    print(f"\n{summary}")
    assert recall(outcomes) >= MIN_RECALL, (
        f"recall@{TOP} {recall(outcomes):.3f} is below {MIN_RECALL}\n{summary}"
    )


def holds(terms: set[str], query: TextQuery) -> bool:
    """Every group has an alternative whose terms the document all holds."""
    return all(
        any(all(term in terms for term in alternative) for alternative in group.alternatives)
        for group in query.groups
    )


def test_backend_finds_exactly_the_documents_holding_the_query(demo_offers):
    active = Service.Status.ACTIVE
    documents = [
        (service_id, set(title_terms.split()) | set(body_terms.split()))
        for service_id, title_terms, body_terms in SearchDocument.objects.filter(
            status=active
        ).values_list("service_id", "title_terms", "body_terms")
    ]
    backend = get_backend()
    vocabulary = current_vocabulary()
    for query in QUERIES:
        text = analyze_query(query.text, vocabulary)
        found = {row[0] for row in backend.match(text, (), active)}
        expected = {service_id for service_id, terms in documents if holds(terms, text)}
        assert found == expected, query.label
