"""Demand signals: searches that found little, kept anonymously for youth welfare planning."""

import json

from django.utils import timezone

from famkoop.geo.lookup import GeoLookupError, ResolvedPlace, resolve, within_radius
from famkoop.geo.models import PostalCode

from .analysis import normalize_for_signal
from .models import DemandSignal
from .params import SearchParams

# Searches with at most this many results are recorded.
DEMAND_THRESHOLD = 3
# Coordinates (the browser's location) count for the nearest postcode within this distance.
NEAREST_POSTCODE_KM = 10.0


def record_demand(
    params: SearchParams, total: int, place: ResolvedPlace | None = None
) -> DemandSignal | None:
    """Store a signal for a first results page with at most DEMAND_THRESHOLD results.

    Keeps the normalised words (no digits, see `normalize_for_signal`), the postcode area
    (three digits) and municipality of the place, the radius, the filters and the number of
    results, dated by the day: no time, IP address, cookie, session or user. Pass the
    results' `place` to spare a second lookup of a place name. Returns None when nothing
    was stored (more results, a later page, or a search without words, place or filter).
    """
    if total > DEMAND_THRESHOLD or params.page != 1:
        return None
    max_terms = DemandSignal._meta.get_field("terms").max_length
    terms = normalize_for_signal(params.text)[:max_terms].strip()
    filters = params.active_filters()
    if not (terms or filters or params.has_place):
        return None
    postcode_area, municipality_key = _area(params, place)
    return DemandSignal.objects.create(
        created_on=timezone.localdate(),
        terms=terms,
        postcode_area=postcode_area,
        municipality_key=municipality_key,
        radius_km=round(params.radius_km) if params.has_place else None,
        filters=json.dumps(filters, sort_keys=True, separators=(",", ":")) if filters else "",
        result_count=total,
        professional=params.professional,
    )


def _area(params: SearchParams, place: ResolvedPlace | None) -> tuple[str, str]:
    """Postcode area and municipality key of the searched place, "" where unknown."""
    if params.latitude is not None:
        nearby = within_radius(
            PostalCode.objects.all(), params.latitude, params.longitude, NEAREST_POSTCODE_KM
        )
        if not nearby:
            return "", ""
        postal_code = nearby[0][0]
        return postal_code.code[:3], postal_code.municipality_id or ""
    if place is None and params.place:
        try:
            place = resolve(params.place)
        except GeoLookupError:
            return "", ""
    if place is None:
        return "", ""
    return place.postal_code[:3], place.municipality_key
