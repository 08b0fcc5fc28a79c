"""Which documents of a snapshot match: sets of documents, the filters, the exact distance.

Used by `engine`; kept apart so that the engine reads as the steps of a search.
"""

import itertools
import math
from collections import Counter
from collections.abc import Callable, Collection

from famkoop.geo.geometry import EARTH_RADIUS_KM
from famkoop.geo.lookup import haversine_km

from .backends import Near
from .params import FacetGroup
from .snapshot import DocumentSnapshot

# Facet counts of at most this many matches are counted document by document; above, with
# the bitmaps of the filter tokens.
COUNT_ONE_BY_ONE = 3000


class Matches:
    """Documents as a list of ordinals or a bitmap, each made from the other when needed."""

    def __init__(
        self, snapshot: DocumentSnapshot, ordinals: list[int] | None = None, bits: int | None = None
    ) -> None:
        self.snapshot = snapshot
        self._ordinals = ordinals
        self._bits = bits

    @property
    def ordinals(self) -> list[int]:
        if self._ordinals is None:
            self._ordinals = self.snapshot.ordinals_of(self._bits)
        return self._ordinals

    @property
    def bits(self) -> int:
        if self._bits is None:
            self._bits = self.snapshot.bits_of(self._ordinals)
        return self._bits

    def titles(self) -> set[str]:
        """The distinct analysed titles of the documents."""
        title_terms = self.snapshot.title_terms
        if self._ordinals is not None:
            return set(map(title_terms.__getitem__, self._ordinals))
        return set(itertools.compress(title_terms, self.snapshot.flags(self._bits)))

    def __len__(self) -> int:
        return len(self._ordinals) if self._ordinals is not None else self._bits.bit_count()

    @property
    def is_short(self) -> bool:
        """A list few enough to be worked through document by document."""
        return self._ordinals is not None and len(self._ordinals) <= COUNT_ONE_BY_ONE

    def counts(self, prefixes: Collection[str]) -> Counter:
        """How many of the documents hold each filter token that starts with a prefix."""
        snapshot = self.snapshot
        if self.is_short:
            held = itertools.chain.from_iterable(
                map(snapshot.filter_tokens.__getitem__, self._ordinals)
            )
            return Counter(held)
        bits = self.bits
        counts: Counter = Counter()
        for token, token_bits in snapshot.token_bits.items():
            if token.startswith(tuple(prefixes)):
                count = (bits & token_bits).bit_count()
                if count:
                    counts[token] = count
        return counts


def filtering(
    snapshot: DocumentSnapshot, base: Matches, selected_tokens: dict[FacetGroup, frozenset[str]]
) -> Callable[[list[FacetGroup]], Matches]:
    """A function giving the documents of `base` that hold a selected value of each of the
    given filters: document by document for a few (a place search), else with bitmaps."""
    if base.is_short:
        filter_tokens = snapshot.filter_tokens

        def matching(groups: list[FacetGroup]) -> Matches:
            wanted = [selected_tokens[group] for group in groups]
            held = [
                ordinal
                for ordinal in base.ordinals
                if all(not values.isdisjoint(filter_tokens[ordinal]) for values in wanted)
            ]
            return Matches(snapshot, ordinals=held)

        return matching

    token_bits = snapshot.token_bits
    selected_bits = {}
    for group, values in selected_tokens.items():
        bits = 0
        for token in values:
            bits |= token_bits.get(token, 0)
        selected_bits[group] = bits

    def matching(groups: list[FacetGroup]) -> Matches:
        bits = base.bits
        for group in groups:
            bits &= selected_bits[group]
        return Matches(snapshot, bits=bits)

    return matching


def within_radius(
    snapshot: DocumentSnapshot,
    candidates: Collection[int],
    latitude: float,
    longitude: float,
    radius: float,
) -> dict[int, tuple[float | None, int | None]]:
    """The candidates within the exact distance (which cells cannot check): ordinal →
    (distance to the nearest site, that site), (None, None) for online offers.

    Points clearly outside the circle are dropped first, with the flat-earth test the
    backends used to apply (`Near`), which never drops a point within it.
    """
    _sql, (*_centre, cos_squared, bound_squared) = Near(latitude, longitude, radius).condition("d")
    cos_phi1 = math.cos(math.radians(latitude))
    latitudes, longitudes, cosines = snapshot.latitude, snapshot.longitude, snapshot.cos_latitude
    location_ids, other_points = snapshot.location_id, snapshot.other_points
    within: dict[int, tuple[float | None, int | None]] = {}
    for ordinal in candidates:
        point_lat = latitudes[ordinal]
        if math.isnan(point_lat):
            # An online offer, found through ONLINE_TAG.
            within[ordinal] = (None, None)
            continue
        point_lon = longitudes[ordinal]
        others = other_points.get(ordinal)
        if not others:
            d_lat, d_lon = point_lat - latitude, point_lon - longitude
            if d_lat * d_lat + d_lon * d_lon * cos_squared > bound_squared:
                continue
        distance = haversine_with_cosines(
            latitude, longitude, cos_phi1, point_lat, point_lon, cosines[ordinal]
        )
        location_id = location_ids[ordinal]
        if others:
            distance, location_id = nearest(latitude, longitude, others, distance, location_id)
        if distance <= radius:
            within[ordinal] = (distance, location_id)
    return within


def haversine_with_cosines(
    lat1: float, lon1: float, cos_phi1: float, lat2: float, lon2: float, cos_phi2: float
) -> float:
    """`geo.haversine_km` with the cosines of both latitudes given: the same operations in
    the same order, so exactly the same distance (a test holds them together)."""
    half_dphi = math.radians(lat2 - lat1) / 2
    half_dlambda = math.radians(lon2 - lon1) / 2
    a = math.sin(half_dphi) ** 2 + cos_phi1 * cos_phi2 * math.sin(half_dlambda) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def nearest(
    latitude: float, longitude: float, other_points: str, distance: float, location_id: int
) -> tuple[float, int]:
    """The nearest of the first site (at `distance`) and the further sites."""
    for point in other_points.split(" "):
        point_lat, point_lon, point_location = point.split(",")
        point_distance = haversine_km(latitude, longitude, float(point_lat), float(point_lon))
        if point_distance < distance:
            distance, location_id = point_distance, int(point_location)
    return distance, location_id
