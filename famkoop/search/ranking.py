"""Ranking: the score of a match and the requested page of matches in order.

The score weighs relevance, distance, the next date and freshness (the weights are in
`engine`). Ties go to the lower service id, so paging is stable; ordinals in a
`DocumentSnapshot` follow the service ids, so comparing ordinals breaks ties the same way.
"""

import heapq
import math
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .snapshot import NO_DAY, DocumentSnapshot

WEIGHT_TEXT = 0.5
WEIGHT_DISTANCE = 0.3
WEIGHT_NEXT_DATE = 0.1
WEIGHT_FRESHNESS = 0.1
# An offer without a site (online) counts as half way out for the distance part.
ONLINE_DISTANCE_SCORE = 0.5
# The next date's part halves every NEXT_DATE_HALF_DAYS days from today.
NEXT_DATE_HALF_DAYS = 14
# Confirmed within FRESH_DAYS: full freshness, falling to none at STALE_DAYS.
FRESH_DAYS = 90
STALE_DAYS = 730
# Walking a precomputed order to fill a page pays while it passes at most this many
# documents per match (a broad search); sparser matches are sorted by their position in it.
_WALK_PER_MATCH = 4
# Far more than the rounding error of a sum of four parts below 1.
_ROUNDING = 1e-9


@dataclass
class Ranking:
    """How the matches of one search are scored and ordered.

    `relevance[ordinal]` (via the title) and `distances[ordinal]` (nearest distance, site)
    are given for text and place searches.
    """

    snapshot: DocumentSnapshot
    sort: str
    today: int
    radius_km: float
    has_place: bool
    relevance_of_title: dict[str, float]
    distances: dict[int, tuple[float | None, int | None]]

    def __post_init__(self) -> None:
        self.best_relevance = max(self.relevance_of_title.values(), default=0.0)
        self.text_factor = WEIGHT_TEXT / self.best_relevance if self.best_relevance > 0 else 0.0
        self.distance_factor = WEIGHT_DISTANCE / self.radius_km
        self.freshness_factor = WEIGHT_FRESHNESS / (STALE_DAYS - FRESH_DAYS)
        # The date parts depend on the day alone, and offers share their days: each is
        # worked out once. (Adding 0.0 where a part does not apply leaves the sum as it was.)
        self.next_date_parts: dict[int, float] = {}
        self.freshness_parts: dict[int, float] = {}
        self.score = self._make_score()

    def relevance(self, ordinal: int) -> float:
        if not self.relevance_of_title:
            return 0.0
        return self.relevance_of_title[self.snapshot.title_terms[ordinal]]

    def _make_score(self) -> Callable[[int], float]:
        """The score of a document (scored for every match: everything is bound locally)."""
        titles, relevance_of_title = self.snapshot.title_terms, self.relevance_of_title
        next_days, assured_days = self.snapshot.next_day, self.snapshot.assured_day
        text_factor, has_place, distances = self.text_factor, self.has_place, self.distances
        distance_factor, online_part = self.distance_factor, WEIGHT_DISTANCE * ONLINE_DISTANCE_SCORE
        today, freshness_factor = self.today, self.freshness_factor
        next_date_parts, freshness_parts = self.next_date_parts, self.freshness_parts

        def score(ordinal: int) -> float:
            value = text_factor * (
                relevance_of_title[titles[ordinal]] if relevance_of_title else 0.0
            )
            if has_place:
                distance = distances[ordinal][0]
                if distance is None:
                    value += online_part
                else:
                    value += max(0.0, WEIGHT_DISTANCE - distance_factor * distance)
            next_day = next_days[ordinal]
            part = next_date_parts.get(next_day)
            if part is None:
                part = next_date_parts[next_day] = next_date_part(next_day, today)
            value += part
            assured_day = assured_days[ordinal]
            part = freshness_parts.get(assured_day)
            if part is None:
                part = freshness_parts[assured_day] = freshness_part(
                    assured_day, today, freshness_factor
                )
            value += part
            return value

        return score

    def key(self) -> Callable[[int], tuple]:
        score, today = self.score, self.today
        if self.sort == "distance":
            distances = self.distances

            def key(ordinal: int) -> tuple:
                distance = distances[ordinal][0]
                return (math.inf if distance is None else distance, -score(ordinal), ordinal)

        elif self.sort == "date":
            next_days = self.snapshot.next_day

            def key(ordinal: int) -> tuple:
                next_day = next_days[ordinal]
                upcoming = next_day if next_day != NO_DAY and next_day >= today else math.inf
                return (upcoming, -score(ordinal), ordinal)

        else:

            def key(ordinal: int) -> tuple:
                return (-score(ordinal), ordinal)

        return key

    def page(self, matches: Sequence[int], page: int, per_page: int) -> list[int]:
        """The ordinals of the requested page, in rank order."""
        end = page * per_page
        return heapq.nsmallest(end, matches, key=self.key())[end - per_page :]

    def page_of_bits(self, bits: int, total: int, page: int, per_page: int) -> list[int]:
        """The same for matches given as a bitmap, in a search without text or place.

        Then the order depends only on the documents, the sort and the day: it is worked out
        once for all documents, and a page is its first matches.
        """
        snapshot = self.snapshot
        end = page * per_page
        if not total or end - per_page >= total:
            return []
        ordered, rank, _scores = self._order()
        if bits == snapshot.all_bits:
            return ordered[end - per_page : end]
        if end * snapshot.size <= _WALK_PER_MATCH * total * total:
            member = snapshot.flags(bits)
            found = []
            for ordinal in ordered:
                if member[ordinal]:
                    found.append(ordinal)
                    if len(found) == end:
                        break
        else:
            found = heapq.nsmallest(end, snapshot.ordinals_of(bits), key=rank.__getitem__)
        return found[end - per_page :]

    def page_of_text(self, bits: int, page: int, per_page: int) -> list[int]:
        """The same for the matches of a text search without place, sorted by relevance.

        The order of a search without text (by the date parts of the score) is walked, and
        each match on the way scored; the walk stops once no later document can reach the
        page: its score lies within a rounding error of its relevance part plus its score
        without text, which falls along the walk.
        """
        end = page * per_page
        ordered, _rank, base_scores = self._order()
        member = self.snapshot.flags(bits)
        best_text = max(
            (self.text_factor * relevance for relevance in self.relevance_of_title.values()),
            default=0.0,
        )
        score = self.score
        # The `end` best so far as (score, -ordinal): the root is the worst of them.
        kept: list[tuple[float, int]] = []
        for ordinal in ordered:
            if not member[ordinal]:
                continue
            if len(kept) == end and kept[0][0] > best_text + base_scores[ordinal] + _ROUNDING:
                break
            item = (score(ordinal), -ordinal)
            if len(kept) < end:
                heapq.heappush(kept, item)
            elif item > kept[0]:
                heapq.heapreplace(kept, item)
        ranked = [-negated for _score, negated in sorted(kept, reverse=True)]
        return ranked[end - per_page :]

    def _order(self) -> tuple[list[int], array, array]:
        """The order of all documents for a search without text or place (see `page_of_bits`)
        and their scores then."""
        no_text = Ranking(
            snapshot=self.snapshot,
            sort=self.sort,
            today=self.today,
            radius_km=self.radius_km,
            has_place=False,
            relevance_of_title={},
            distances={},
        )
        return self.snapshot.order((self.sort, self.today), no_text.score, no_text.key())


def next_date_part(next_day: int, today: int) -> float:
    if next_day != NO_DAY and next_day >= today:
        return WEIGHT_NEXT_DATE * NEXT_DATE_HALF_DAYS / (NEXT_DATE_HALF_DAYS + next_day - today)
    return 0.0


def freshness_part(assured_day: int, today: int, freshness_factor: float) -> float:
    if assured_day != NO_DAY:
        stale_days = today - assured_day - FRESH_DAYS
        if stale_days <= 0:
            return WEIGHT_FRESHNESS
        if stale_days < STALE_DAYS - FRESH_DAYS:
            return WEIGHT_FRESHNESS - freshness_factor * stale_days
    return 0.0
