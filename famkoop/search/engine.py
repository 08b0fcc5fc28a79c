"""The search: text, place and filters in, ranked offers with facet counts out.

`search(SearchParams(...))` is the one entry point for the public and the professional
finder. The backend (SQLite FTS5 or PostgreSQL full text) finds the active documents that
hold the analysed text and all filter and place tokens; everything after that — the exact
distance and age, relevance, facet counts, ranking and paging — happens here, in the same
code for both databases, so both return the same offers in the same order.

Queries per search: one for the vocabulary version (one more when it changed), those of
resolving a place name (one for a postcode), one for the matches, and one more per selected
multi-value filter, whose facet counts ignore its own selection. Never more, whatever the
number of results.

`record_demand(params, total, place)` (in `demand`) stores an anonymous signal for searches
that found little; the finder calls it after a search.
"""

import heapq
import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from django.utils import timezone

from famkoop.directory.models import Service
from famkoop.geo.lookup import GeoLookupError, ResolvedPlace, haversine_km, resolve

from . import tokens
from .analysis import analyze_query
from .backends import Near, TagQuery, get_backend
from .demand import DEMAND_THRESHOLD, record_demand
from .params import FACET_GROUPS, FIXED_VALUES, FacetGroup, SearchError, SearchParams
from .query import TextQuery
from .vocabulary import IndexVocabulary, current_vocabulary

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

# How the parts of the score weigh; each part lies between 0 and 1.
WEIGHT_TEXT = 0.5
WEIGHT_DISTANCE = 0.3
WEIGHT_NEXT_DATE = 0.1
WEIGHT_FRESHNESS = 0.1
# A term found in the title counts this much more than one found in the text.
TITLE_WEIGHT = 2.0
# A word found through its parts, a synonym or a typo counts a little less than the word.
OTHER_ALTERNATIVE_WEIGHT = 0.8
# An offer without a site (online) counts as half way out for the distance part.
ONLINE_DISTANCE_SCORE = 0.5
# The next date's part halves every NEXT_DATE_HALF_DAYS days from today.
NEXT_DATE_HALF_DAYS = 14
# Confirmed within FRESH_DAYS: full freshness, falling to none at STALE_DAYS.
FRESH_DAYS = 90
STALE_DAYS = 730


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


# A document that passed every check: service id, tags, distance, nearest location, next
# date and assured date (ordinals), relevance.
_Match = tuple[int, str, float | None, int | None, int | None, int | None, float]


@dataclass
class _Plan:
    """The query as the backend and the exact checks see it."""

    params: SearchParams
    text: TextQuery
    vocabulary: IndexVocabulary
    latitude: float | None = None
    longitude: float | None = None
    place: ResolvedPlace | None = None

    @property
    def has_place(self) -> bool:
        return self.latitude is not None

    def groups(self) -> list[FacetGroup]:
        professional = self.params.professional
        return [group for group in FACET_GROUPS if professional or not group.professional_only]

    def tag_query(self, without: FacetGroup | None = None) -> TagQuery:
        tags: list[tuple[str, ...]] = []
        for group in self.groups():
            selected = self.params.selected(group)
            if group is without or not selected:
                continue
            if group.flag:
                tags.append((group.flag,))
            else:
                tags.append(tuple(tokens.code_token(group.prefix, code) for code in selected))
        if self.has_place:
            cells = tokens.cells_within(self.latitude, self.longitude, self.params.radius_km)
            if self.params.include_online:
                cells.append(tokens.ONLINE_TAG)
            tags.append(tuple(cells))
        return tuple(tags)


def search(params: SearchParams) -> SearchResults:
    """Active offers matching the parameters: one page of them, ranked, with facet counts.

    Raises SearchError (German message) for a place that cannot be found.
    """
    plan = _plan(params)
    backend = get_backend()
    relevance = _relevance(plan.text, plan.vocabulary)
    status = Service.Status.ACTIVE

    near = Near(plan.latitude, plan.longitude, params.radius_km) if plan.has_place else None

    def matches(without: FacetGroup | None = None) -> list[_Match]:
        rows = backend.match(plan.text, plan.tag_query(without), status, near)
        return _exact(rows, plan, relevance)

    found = matches()
    counts = Counter(" ".join(match[1] for match in found).split())
    facets = {}
    for group in plan.groups():
        selected = params.selected(group)
        if group.prefix and selected:
            others = matches(without=group)
            group_counts = Counter(
                tag
                for tag in " ".join(match[1] for match in others).split()
                if tag.startswith(group.prefix)
            )
            facets[group.name] = _facet_values(group, group_counts, selected)
        else:
            facets[group.name] = _facet_values(group, counts, selected)
    return SearchResults(
        hits=_page(found, plan),
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


def _plan(params: SearchParams) -> _Plan:
    vocabulary = current_vocabulary()
    text = analyze_query(params.text, vocabulary) if params.text else TextQuery()
    plan = _Plan(params=params, text=text, vocabulary=vocabulary)
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


def _exact(rows: list, plan: _Plan, relevance: Callable[[str], float]) -> list[_Match]:
    """The rows that pass what tokens cannot check exactly (distance, age), with relevance."""
    age = plan.params.age_months
    latitude, longitude, radius = plan.latitude, plan.longitude, plan.params.radius_km
    with_text = not plan.text.is_empty
    matches: list[_Match] = []
    append = matches.append
    for row in rows:
        service_id, tags, point_lat, point_lon, location_id, other_points = row[:6]
        age_min, age_max = row[6], row[7]
        if age is not None and (
            (age_min is not None and age < age_min) or (age_max is not None and age > age_max)
        ):
            continue
        distance = None
        if latitude is not None:
            if point_lat is None:
                location_id = None  # an online offer, found through ONLINE_TAG
            else:
                distance = haversine_km(latitude, longitude, point_lat, point_lon)
                if other_points:
                    distance, location_id = _nearest(
                        latitude, longitude, other_points, distance, location_id
                    )
                if distance > radius:
                    continue
        append(
            (
                service_id,
                tags,
                distance,
                location_id,
                row[8],
                row[9],
                relevance(row[10]) if with_text else 0.0,
            )
        )
    return matches


def _nearest(
    latitude: float, longitude: float, other_points: str, distance: float, location_id: int
) -> tuple[float, int]:
    """The nearest of the first site (at `distance`) and the further sites."""
    for point in other_points.split(" "):
        point_lat, point_lon, point_location = point.split(",")
        point_distance = haversine_km(latitude, longitude, float(point_lat), float(point_lon))
        if point_distance < distance:
            distance, location_id = point_distance, int(point_location)
    return distance, location_id


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


def _page(matches: list[_Match], plan: _Plan) -> tuple[SearchHit, ...]:
    """The requested page, ranked; ties go to the lower service id, so paging is stable."""
    params = plan.params
    today = timezone.localdate().toordinal()
    best_relevance = max((match[6] for match in matches), default=0.0)
    text_factor = WEIGHT_TEXT / best_relevance if best_relevance > 0 else 0.0
    distance_factor = WEIGHT_DISTANCE / params.radius_km
    freshness_factor = WEIGHT_FRESHNESS / (STALE_DAYS - FRESH_DAYS)
    has_place = plan.has_place

    def score(match: _Match) -> float:
        _id, _tags, distance, _location, next_day, assured_day, relevance = match
        value = text_factor * relevance
        if has_place:
            if distance is None:
                value += WEIGHT_DISTANCE * ONLINE_DISTANCE_SCORE
            else:
                value += max(0.0, WEIGHT_DISTANCE - distance_factor * distance)
        if next_day is not None and next_day >= today:
            value += (
                WEIGHT_NEXT_DATE * NEXT_DATE_HALF_DAYS / (NEXT_DATE_HALF_DAYS + next_day - today)
            )
        if assured_day is not None:
            stale_days = today - assured_day - FRESH_DAYS
            if stale_days <= 0:
                value += WEIGHT_FRESHNESS
            elif stale_days < STALE_DAYS - FRESH_DAYS:
                value += WEIGHT_FRESHNESS - freshness_factor * stale_days
        return value

    if params.sort == "distance":

        def key(match: _Match) -> tuple:
            distance = match[2]
            return (math.inf if distance is None else distance, -score(match), match[0])

    elif params.sort == "date":

        def key(match: _Match) -> tuple:
            next_day = match[4]
            upcoming = next_day if next_day is not None and next_day >= today else math.inf
            return (upcoming, -score(match), match[0])

    else:

        def key(match: _Match) -> tuple:
            return (-score(match), match[0])

    end = params.page * params.per_page
    ranked = heapq.nsmallest(end, matches, key=key)[end - params.per_page :]
    return tuple(
        SearchHit(
            service_id=match[0],
            score=round(score(match), 6),
            relevance=round(match[6] / best_relevance, 6) if best_relevance > 0 else 0.0,
            distance_km=None if match[2] is None else round(match[2], 2),
            location_id=match[3],
            next_date=date.fromordinal(match[4]) if match[4] else None,
        )
        for match in ranked
    )
