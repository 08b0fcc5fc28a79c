"""The search: text, place and filters in, ranked offers with facet counts out.

`search(SearchParams(...))` is the one entry point for the public and the professional
finder. The backend (SQLite FTS5 or PostgreSQL full text) finds the active documents that
hold the analysed text and all filter and place tokens and suit the child's age; everything
after that — the exact distance, relevance, facet counts, ranking and paging — happens here,
in the same code for both databases, so both return the same offers in the same order.

Queries per search: one for the vocabulary version (one more when it changed), those of
resolving a place name (one for a postcode), and one for the matches — or, with multi-value
filters selected, one per selected filter, whose facet counts ignore its own selection (the
matches are found among those of the first). Never more, whatever the number of results.

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
        rows = backend.match(plan.text, plan.tag_query(without), status, near, params.age_months)
        return _exact(rows, plan, relevance)

    # A selected multi-value filter counts its values as if it were not selected, which needs
    # the matches without it. Those of the first such filter hold the matches themselves: the
    # ones that also carry a selected value. That spares the database one query.
    selected_groups = [group for group in plan.groups() if group.prefix and params.selected(group)]
    without_selection = {group: matches(without=group) for group in selected_groups}
    if selected_groups:
        first = selected_groups[0]
        wanted = {tokens.code_token(first.prefix, code) for code in params.selected(first)}
        found = _holding(without_selection[first], wanted)
    else:
        found = matches()
    counts = _tag_counts(found)
    facets = {}
    for group in plan.groups():
        selected = params.selected(group)
        if group in without_selection:
            group_counts = _tag_counts(without_selection[group])
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
    """The rows within the exact distance (which cells cannot check), with relevance.

    (The child's age is checked by the backend.)
    """
    if plan.text.is_empty:
        relevance = _no_relevance
    elif len(rows) > 1:
        # Offers of one kind share their titles: work each title out once.
        relevance = lru_cache(maxsize=None)(relevance)
    if plan.latitude is None:
        return [(row[0], row[1], None, row[4], row[8], row[9], relevance(row[10])) for row in rows]
    latitude, longitude, radius = plan.latitude, plan.longitude, plan.params.radius_km
    matches: list[_Match] = []
    append = matches.append
    for row in rows:
        point_lat = row[2]
        if point_lat is None:
            # An online offer, found through ONLINE_TAG.
            append((row[0], row[1], None, None, row[8], row[9], relevance(row[10])))
            continue
        distance = haversine_km(latitude, longitude, point_lat, row[3])
        location_id, other_points = row[4], row[5]
        if other_points:
            distance, location_id = _nearest(
                latitude, longitude, other_points, distance, location_id
            )
        if distance <= radius:
            append((row[0], row[1], distance, location_id, row[8], row[9], relevance(row[10])))
    return matches


def _no_relevance(title_terms: str) -> float:
    return 0.0


def _holding(matches: list[_Match], wanted: set[str]) -> list[_Match]:
    """The matches whose tags hold one of the `wanted` tokens.

    A substring test first, which rules most out cheaply; a token found must be a whole word
    ("f_topic_familie" is not "f_topic_familienzentrum").
    """
    held = []
    for match in matches:
        tags = match[1]
        for token in wanted:
            if token in tags and _holds(tags, token):
                held.append(match)
                break
    return held


def _holds(tags: str, token: str) -> bool:
    start = tags.find(token)
    while start >= 0:
        end = start + len(token)
        if (start == 0 or tags[start - 1] == " ") and (end == len(tags) or tags[end] == " "):
            return True
        start = tags.find(token, end)
    return False


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


def _tag_counts(matches: list[_Match]) -> Counter:
    """How many of the matches carry each filter token.

    Cut off at their place cells (never counted), the tag strings of many offers are the same,
    so each distinct string is split only once, together with the others of the same number
    of offers. Splitting every document's tags took most of the time of a broad search.
    """
    strings = Counter(_without_cells(match[1]) for match in matches)
    by_number: dict[int, list[str]] = {}
    for tags, number in strings.items():
        by_number.setdefault(number, []).append(tags)
    counts: Counter = Counter()
    for number, group in by_number.items():
        for tag, count in Counter(" ".join(group).split()).items():
            counts[tag] += count * number
    return counts


def _without_cells(tags: str) -> str:
    """The tags up to the first place cell, if no filter token follows (documents list the
    cells last); else all of them."""
    head, _cells, rest = tags.partition(_CELLS)
    return head if _FILTER not in rest else tags


_CELLS = " " + tokens.CELL_PREFIX
# Every filter token starts with "f_" (see `tokens`).
_FILTER = " f_"


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
    # The date parts depend on the day alone, and offers share their days: each is worked
    # out once. (Adding 0.0 where a part does not apply leaves the sum exactly as it was.)
    next_date_parts: dict[int | None, float] = {}
    freshness_parts: dict[int | None, float] = {}

    def score(match: _Match) -> float:
        _id, _tags, distance, _location, next_day, assured_day, relevance = match
        value = text_factor * relevance
        if has_place:
            if distance is None:
                value += WEIGHT_DISTANCE * ONLINE_DISTANCE_SCORE
            else:
                value += max(0.0, WEIGHT_DISTANCE - distance_factor * distance)
        part = next_date_parts.get(next_day)
        if part is None:
            part = next_date_parts[next_day] = _next_date_part(next_day, today)
        value += part
        part = freshness_parts.get(assured_day)
        if part is None:
            part = freshness_parts[assured_day] = _freshness_part(
                assured_day, today, freshness_factor
            )
        value += part
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


def _next_date_part(next_day: int | None, today: int) -> float:
    if next_day is not None and next_day >= today:
        return WEIGHT_NEXT_DATE * NEXT_DATE_HALF_DAYS / (NEXT_DATE_HALF_DAYS + next_day - today)
    return 0.0


def _freshness_part(assured_day: int | None, today: int, freshness_factor: float) -> float:
    if assured_day is not None:
        stale_days = today - assured_day - FRESH_DAYS
        if stale_days <= 0:
            return WEIGHT_FRESHNESS
        if stale_days < STALE_DAYS - FRESH_DAYS:
            return WEIGHT_FRESHNESS - freshness_factor * stale_days
    return 0.0
