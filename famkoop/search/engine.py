"""The search: text, place and filters in, ranked offers with facet counts out.

`search(SearchParams(...))` is the one entry point for the public and the professional
finder. The backend (SQLite FTS5 or PostgreSQL full text) finds the ids of the documents that
hold the terms of the analysed text (or, with a place, the text in one of its cells); the
snapshot remembers the documents of recent terms; everything else — the place
cells without text, the child's age, filters, the exact distance, relevance, facet counts,
ranking and paging — happens here, on the process's `DocumentSnapshot` of the active
documents, in the same code for both databases, so both return the same offers in the same
order.

Queries per search: one for the versions of the vocabulary and the documents (more when one
changed: the vocabulary or the snapshot is reloaded), those of resolving a place name (one for
a postcode), and with text at most one for the matching ids (none when the snapshot
remembers every term). Never more, whatever the number of results or filters; a search
without text needs no document from the database.

`record_demand(params, total, place)` (in `demand`) stores an anonymous signal for searches
that found little; the finder calls it after a search.
"""

import math
from collections import Counter
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from django.utils import timezone

from famkoop.geo.lookup import GeoLookupError, ResolvedPlace, resolve

from . import tokens
from .analysis import analyze_query
from .backends import get_backend
from .demand import DEMAND_THRESHOLD, record_demand
from .matching import Matches, filtering, within_radius
from .params import FACET_GROUPS, FIXED_VALUES, FacetGroup, SearchError, SearchParams
from .query import TextQuery
from .ranking import Ranking
from .snapshot import DocumentSnapshot, current_snapshot
from .vocabulary import IndexVocabulary, current_vocabulary, index_versions

__all__ = [
    "DEMAND_THRESHOLD",
    "FACET_GROUPS",
    "FacetValue",
    "SearchError",
    "SearchHit",
    "SearchParams",
    "SearchResults",
    "record_demand",
    "search",
]

# A term found in the title counts this much more than one found in the text.
TITLE_WEIGHT = 2.0
# A word found through its parts, a synonym or a typo counts a little less than the word.
OTHER_ALTERNATIVE_WEIGHT = 0.8
# Text searches with more matches are ranked along the order of all documents (see
# `Ranking.page_of_text`) rather than by scoring every match.
_RANK_ONE_BY_ONE = 2000


@dataclass(frozen=True)
class SearchHit:
    """One offer found. `distance_km` and `location_id` (its nearest site) need a place."""

    service_id: int
    score: float
    relevance: float
    distance_km: float | None
    location_id: int | None
    next_date: date | None


@dataclass(frozen=True)
class FacetValue:
    value: str
    count: int
    selected: bool


@dataclass(frozen=True)
class SearchResults:
    hits: tuple[SearchHit, ...]
    total: int
    page: int
    per_page: int
    # Filter name → values with the number of results each gives. A multi-value filter counts
    # as if its own selection were not made ("12 more in Turkish"); yes/no filters give one
    # value, "true".
    facets: dict[str, tuple[FacetValue, ...]]
    query: TextQuery
    place: ResolvedPlace | None = None
    latitude: float | None = None
    longitude: float | None = None
    radius_km: float | None = None
    params: SearchParams = field(default_factory=SearchParams)

    @property
    def num_pages(self) -> int:
        return max(1, math.ceil(self.total / self.per_page))

    @property
    def has_next(self) -> bool:
        return self.page < self.num_pages

    @property
    def has_previous(self) -> bool:
        return self.page > 1


@dataclass
class _Plan:
    """The query as the snapshot and the backend see it."""

    params: SearchParams
    text: TextQuery
    vocabulary: IndexVocabulary
    snapshot: DocumentSnapshot
    latitude: float | None = None
    longitude: float | None = None
    place: ResolvedPlace | None = None

    @property
    def has_place(self) -> bool:
        return self.latitude is not None

    def groups(self) -> list[FacetGroup]:
        professional = self.params.professional
        return [group for group in FACET_GROUPS if professional or not group.professional_only]

    def cells(self) -> list[str]:
        cells = tokens.cells_within(self.latitude, self.longitude, self.params.radius_km)
        if self.params.include_online:
            cells.append(tokens.ONLINE_TAG)
        return cells

    def selected_tokens(self) -> dict[FacetGroup, frozenset[str]]:
        """Each selected filter: the tokens of its selected values (a document must hold one)."""
        selected_tokens = {}
        for group in self.groups():
            selected = self.params.selected(group)
            if group.flag and selected:
                selected_tokens[group] = frozenset((group.flag,))
            elif selected:
                selected_tokens[group] = frozenset(
                    tokens.code_token(group.prefix, code) for code in selected
                )
        return selected_tokens


def search(params: SearchParams) -> SearchResults:
    """Active offers matching the parameters: one page of them, ranked, with facet counts.

    Raises SearchError (German message) for a place that cannot be found.
    """
    plan = _plan(params)
    snapshot = plan.snapshot
    groups = plan.groups()
    base, distances = _base(plan)
    # A selected multi-value filter counts its values as if it were not selected, which needs
    # the matches of the other filters alone.
    selected_tokens = plan.selected_tokens()
    if selected_tokens:
        matching = filtering(snapshot, base, selected_tokens)
        found = matching(list(selected_tokens))
    else:
        found = base
    all_prefixes = [group.prefix or group.flag for group in groups]
    counts = found.counts(all_prefixes)
    facets = {}
    for group in groups:
        selected = params.selected(group)
        if group.prefix and selected:
            others = [other for other in selected_tokens if other is not group]
            group_counts = matching(others).counts([group.prefix])
            facets[group.name] = _facet_values(group, group_counts, selected)
        else:
            facets[group.name] = _facet_values(group, counts, selected)
    return SearchResults(
        hits=_page(found, distances, plan),
        total=len(found),
        page=params.page,
        per_page=params.per_page,
        facets=facets,
        query=plan.text,
        place=plan.place,
        latitude=plan.latitude,
        longitude=plan.longitude,
        radius_km=params.radius_km if plan.has_place else None,
        params=params,
    )


def _base(plan: _Plan) -> tuple[Matches, dict[int, tuple[float | None, int | None]]]:
    """The documents matching text, place and age, before the filters; with a place also
    each one's distance and nearest site."""
    snapshot, params = plan.snapshot, plan.params
    age = params.age_months
    if plan.text.is_empty and not plan.has_place:
        bits = snapshot.all_bits if age is None else snapshot.age_bits(age)
        return Matches(snapshot, bits=bits), {}
    if plan.text.is_empty:
        candidates: Collection[int] = snapshot.in_cells(plan.cells())
    else:
        text_bits = _text_bits(plan)
        if text_bits is not None and not plan.has_place:
            if age is not None:
                text_bits &= snapshot.age_bits(age)
            return Matches(snapshot, bits=text_bits), {}
        if text_bits is not None:
            member = snapshot.flags(text_bits)
            candidates = [ordinal for ordinal in snapshot.in_cells(plan.cells()) if member[ordinal]]
        else:
            cells = (tuple(plan.cells()),)
            candidates = snapshot.ordinals_of_ids(get_backend().match_ids(plan.text, cells))
    if age is not None:
        suits_age = snapshot.suits_age
        candidates = [ordinal for ordinal in candidates if suits_age(ordinal, age)]
    if not plan.has_place:
        return Matches(snapshot, ordinals=list(candidates)), {}
    distances = within_radius(snapshot, candidates, plan.latitude, plan.longitude, params.radius_km)
    return Matches(snapshot, ordinals=list(distances)), distances


def _text_bits(plan: _Plan) -> int | None:
    """The documents holding the text, from the terms the snapshot remembers; None when some
    are not and a place narrows the search (then the backend finds the few candidates).

    Without a place, the documents of every term not yet remembered are fetched (one
    statement): a broad text search needs all of them anyway, and the next search with one
    of these words needs no statement on the documents.
    """
    snapshot = plan.snapshot
    missing = snapshot.missing_terms(plan.text.terms())
    if missing and plan.has_place:
        return None
    if missing:
        snapshot.remember_terms(get_backend().term_ids(missing))
    return snapshot.text_bits(plan.text)


def _plan(params: SearchParams) -> _Plan:
    versions = index_versions()
    vocabulary = current_vocabulary(versions.vocabulary)
    snapshot = current_snapshot(versions.documents)
    text = analyze_query(params.text, vocabulary) if params.text else TextQuery()
    plan = _Plan(params=params, text=text, vocabulary=vocabulary, snapshot=snapshot)
    if params.latitude is not None:
        plan.latitude, plan.longitude = params.latitude, params.longitude
    elif params.place:
        try:
            plan.place = resolve_place(params.place)
        except GeoLookupError as error:
            raise SearchError(error.message, "place") from error
        plan.latitude, plan.longitude = plan.place.latitude, plan.place.longitude
    return plan


@lru_cache(maxsize=2048)
def resolve_place(place: str) -> ResolvedPlace:
    """`geo.lookup.resolve`, remembered: a town name costs several queries, and the offline
    geography only changes with a deployment (`load_geodata`). Failures are not kept."""
    return resolve(place)


def _relevance(text: TextQuery, vocabulary: IndexVocabulary) -> Callable[[str], float]:
    """How well a document answers the text query, from its title terms.

    Each word of the query weighs as much as its own terms are rare in the index. The backend
    found the word in the title or the text of every candidate; a document gets the word's
    weight once for that, and TITLE_WEIGHT times for an alternative that stands in its title
    (a little less for parts, synonyms and typos than for the word itself). Computed here
    rather than by bm25 or ts_rank, so that both databases rank alike; the long text terms
    are not even fetched.
    """
    groups = []
    for group in text.groups:
        own_terms = group.alternatives[0]
        weight = sum(vocabulary.idf(term) for term in own_terms) / len(own_terms)
        alternatives = [
            (1.0 if position == 0 else OTHER_ALTERNATIVE_WEIGHT, [f" {t} " for t in terms])
            for position, terms in enumerate(group.alternatives)
        ]
        groups.append((weight, alternatives))

    def relevance(title_terms: str) -> float:
        title = f" {title_terms} "
        total = 0.0
        for weight, alternatives in groups:
            best = 1.0
            for factor, terms in alternatives:
                if factor * TITLE_WEIGHT > best and all(term in title for term in terms):
                    best = factor * TITLE_WEIGHT
            total += weight * best
        return total

    return relevance


def _facet_values(
    group: FacetGroup, counts: Counter, selected: tuple[str, ...] | bool
) -> tuple[FacetValue, ...]:
    if group.flag:
        return (FacetValue("true", counts.get(group.flag, 0), bool(selected)),)
    prefix_length = len(group.prefix)
    values = {
        tag[prefix_length:]: count for tag, count in counts.items() if tag.startswith(group.prefix)
    }
    for code in selected:
        values.setdefault(code, 0)
    fixed = FIXED_VALUES.get(group.name)
    if fixed:
        order = {value: position for position, value in enumerate(fixed)}
        ordered = sorted(values.items(), key=lambda item: (order.get(item[0], len(order)), item))
    else:
        ordered = sorted(values.items(), key=lambda item: (-item[1], item[0]))
    return tuple(FacetValue(value, count, value in selected) for value, count in ordered)


def _page(
    found: Matches, distances: dict[int, tuple[float | None, int | None]], plan: _Plan
) -> tuple[SearchHit, ...]:
    """The requested page, ranked; ties go to the lower service id, so paging is stable."""
    params, snapshot = plan.params, plan.snapshot
    relevance_of_title: dict[str, float] = {}
    if not plan.text.is_empty:
        relevance = _relevance(plan.text, plan.vocabulary)
        # Offers of one kind share their titles: work each title out once.
        titles = found.titles()
        relevance_of_title = {title: relevance(title) for title in titles}
    ranking = Ranking(
        snapshot=snapshot,
        sort=params.sort,
        today=timezone.localdate().toordinal(),
        radius_km=params.radius_km,
        has_place=plan.has_place,
        relevance_of_title=relevance_of_title,
        distances=distances,
    )
    if plan.text.is_empty and not plan.has_place:
        ranked = ranking.page_of_bits(found.bits, len(found), params.page, params.per_page)
    elif not plan.has_place and params.sort == "relevance" and len(found) > _RANK_ONE_BY_ONE:
        ranked = ranking.page_of_text(found.bits, params.page, params.per_page)
    else:
        ranked = ranking.page(found.ordinals, params.page, params.per_page)
    best_relevance = ranking.best_relevance
    hits = []
    for ordinal in ranked:
        if plan.has_place:
            distance, location_id = distances[ordinal]
        else:
            distance, location_id = None, snapshot.location_id[ordinal] or None
        next_day = snapshot.next_day[ordinal]
        relevance_value = ranking.relevance(ordinal)
        hits.append(
            SearchHit(
                service_id=snapshot.service_ids[ordinal],
                score=round(ranking.score(ordinal), 6),
                relevance=round(relevance_value / best_relevance, 6) if best_relevance > 0 else 0.0,
                distance_km=None if distance is None else round(distance, 2),
                location_id=location_id,
                next_date=date.fromordinal(next_day) if next_day else None,
            )
        )
    return tuple(hits)
