"""What a user types — a postcode or a place name — turned into a point with its official keys.

The interface for other apps (finder, demo data, import): `resolve`, `resolve_postcode`,
`resolve_place`, `within_radius`, `haversine_km` and `bounding_box`. Every failure to resolve
raises `GeoLookupError` with a German message that can be shown as it is.
"""

import re
from dataclasses import dataclass
from typing import Any

from django.db.models import Case, F, IntegerField, Q, QuerySet, Value, When
from django.utils.translation import gettext as _

from famkoop.geo.geometry import bounding_box, haversine_km
from famkoop.geo.models import District, Municipality, Place, PostalCode
from famkoop.geo.names import base_name_key, normalize_name

__all__ = [
    "GeoLookupError",
    "ResolvedPlace",
    "bounding_box",
    "haversine_km",
    "resolve",
    "resolve_place",
    "resolve_postcode",
    "within_radius",
]

# How far from a town's centre a part of it ("Köln-Nippes") is looked for.
TOWN_PART_RADIUS_KM = 15.0
_MAX_QUERY_LENGTH = 150  # the longest place name stored
_MAX_WORDS_TO_SPLIT = 8  # "Neustadt an der Weinstraße-Hambach" has five
_POSTCODE = re.compile(r"[0-9]{5}")
_LEADING_POSTCODE = re.compile(r"\s*([0-9]{5})(?:\s|,|$)")
_RAW_WORD_SEPARATOR = re.compile(r"[\W_]+")
# Municipalities first, then named localities, then the place names of postcodes; the same
# order as `_likelihood`, so that a limited query keeps the likeliest places.
_KIND_RANK = Case(
    When(kind=Place.Kind.MUNICIPALITY, then=Value(0)),
    When(kind=Place.Kind.LOCALITY, then=Value(1)),
    default=Value(2),
    output_field=IntegerField(),
)


class GeoLookupError(ValueError):
    """A postcode or place that cannot be resolved; `message` is shown to the user as it is."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class ResolvedPlace:
    """A point a user asked for, with the official areas it lies in.

    `kind` is "postal_code" for a postcode, else the kind of the place found ("municipality",
    "locality", "postal_place"). Keys and names are "" where unknown.
    """

    label: str
    latitude: float
    longitude: float
    postal_code: str
    municipality_key: str
    municipality_name: str
    district_key: str
    district_name: str
    state_key: str
    state_name: str
    kind: str


def resolve(query: str) -> ResolvedPlace:
    """A postcode ("50667", also "50667 Köln") or else a place name."""
    query = str(query or "")
    if match := _LEADING_POSTCODE.match(query):
        return resolve_postcode(match.group(1))
    if "".join(query.split()).isdigit():
        return resolve_postcode(query)  # a mistyped postcode gets the postcode's message
    return resolve_place(query)


def resolve_postcode(code: str) -> ResolvedPlace:
    """The centroid of a German postcode. Spaces are ignored."""
    cleaned = "".join(str(code or "").split())
    if not cleaned:
        raise GeoLookupError(_("Bitte geben Sie eine Postleitzahl ein."))
    if not _POSTCODE.fullmatch(cleaned):
        shown = cleaned if len(cleaned) <= 10 else cleaned[:10] + "…"
        raise GeoLookupError(
            _("Die Postleitzahl %(code)s ist ungültig: Postleitzahlen haben fünf Ziffern.")
            % {"code": shown}
        )
    postal_code = (
        PostalCode.objects.select_related("municipality", "district", "state")
        .filter(code=cleaned)
        .first()
    )
    if postal_code is None:
        raise GeoLookupError(_("Die Postleitzahl %(code)s gibt es nicht.") % {"code": cleaned})
    municipality, district, state = (
        postal_code.municipality,
        postal_code.district,
        postal_code.state,
    )
    return ResolvedPlace(
        label=f"{postal_code.code} {postal_code.place_name}",
        latitude=postal_code.latitude,
        longitude=postal_code.longitude,
        postal_code=postal_code.code,
        municipality_key=municipality.key if municipality else "",
        municipality_name=municipality.name if municipality else "",
        district_key=district.key if district else "",
        district_name=district.name if district else "",
        state_key=state.key,
        state_name=state.name,
        kind="postal_code",
    )


def resolve_place(name: str) -> ResolvedPlace:
    """A town, town district or village by name, in any case, with or without umlauts.

    Several places of one name: municipalities win, then the bigger population. "Town-Part" or
    "Town Part" looks for the part within TOWN_PART_RADIUS_KM of the town and falls back to the
    town itself, which the label then says.
    """
    name = str(name or "").strip()[:_MAX_QUERY_LENGTH]
    query = normalize_name(name)
    if not query:
        raise GeoLookupError(_("Bitte geben Sie einen Ort ein."))
    if places := _places_named(query):
        best = places[0]
        ambiguous = any(place.municipality_id != best.municipality_id for place in places[1:])
        return _resolved(best, _label(best, ambiguous))
    if district := _district_named(query):
        return district
    words = query.split()
    if len(words) > _MAX_WORDS_TO_SPLIT:
        words = []  # no town has such a name; spare the database a query per split
    raw_words = [word for word in _RAW_WORD_SEPARATOR.split(name) if word]
    if len(raw_words) != len(words):
        raw_words = words
    # The town is the longest run of leading words naming a place ("Frankfurt am Main-Höchst"),
    # else the longest run of trailing words ("Ehrenfeld, Köln").
    splits = [(words[:i], words[i:], raw_words[i:]) for i in range(len(words) - 1, 0, -1)]
    splits += [(words[i:], words[:i], raw_words[:i]) for i in range(1, len(words))]
    for town_words, part_words, raw_part in splits:
        towns = _places_named(" ".join(town_words))
        if not towns:
            continue
        for town in towns[:5]:
            if part := _part_of_town(town, " ".join(part_words)):
                return _resolved(part, _part_label(part, town))
        return _resolved(
            towns[0],
            _("%(town)s (Ortsteil „%(part)s“ nicht gefunden)")
            % {"town": towns[0].name, "part": " ".join(raw_part)},
        )
    raise GeoLookupError(_("Den Ort „%(name)s“ kennen wir nicht.") % {"name": name})


# Words that name a district's kind in front of its name: "Kreis Mettmann", "Landkreis Kleve".
_DISTRICT_PREFIXES = ("kreis", "landkreis", "lk", "staedteregion", "region", "regionalverband")


def _district_named(query: str) -> ResolvedPlace | None:
    """A district (Kreis) by its name, centred on the middle of its municipalities.

    Asked only after towns, so "Mettmann" is the town and "Kreis Mettmann" the district.
    "Kreis X", "Landkreis X" and "X" with the official "Kreis X" all find it.
    """
    words = query.split()
    prefixed = len(words) > 1 and words[0] in _DISTRICT_PREFIXES
    bare_query = " ".join(words[1:]) if prefixed else query
    for district in District.objects.select_related("state").order_by("key"):
        name = normalize_name(district.name)
        name_words = name.split()
        bare = " ".join(name_words[1:]) if name_words[0] in _DISTRICT_PREFIXES else name
        if not (query == name or (prefixed and bare_query == bare)):
            continue
        points = list(
            Municipality.objects.filter(district=district, latitude__isnull=False).values_list(
                "latitude", "longitude"
            )
        )
        if not points:
            return None
        return ResolvedPlace(
            label=district.name,
            latitude=sum(point[0] for point in points) / len(points),
            longitude=sum(point[1] for point in points) / len(points),
            postal_code="",
            municipality_key="",
            municipality_name="",
            district_key=district.key,
            district_name=district.name,
            state_key=district.state.key,
            state_name=district.state.name,
            kind="district",
        )
    return None


def within_radius(
    queryset: QuerySet,
    lat: float,
    lon: float,
    radius_km: float,
    lat_field: str = "latitude",
    lon_field: str = "longitude",
) -> list[tuple[Any, float]]:
    """[(object, distance in km)] within `radius_km` of the point, nearest first.

    The bounding box narrows the query (an index on the coordinate fields serves it); the exact
    distance is computed in Python. Fields may follow relations ("location__latitude"); then
    select_related the relation to avoid a query per object.
    """
    min_lat, max_lat, min_lon, max_lon = bounding_box(lat, lon, radius_km)
    candidates = queryset.filter(
        **{
            f"{lat_field}__gte": min_lat,
            f"{lat_field}__lte": max_lat,
            f"{lon_field}__gte": min_lon,
            f"{lon_field}__lte": max_lon,
        }
    )
    found = []
    for obj in candidates:
        distance = haversine_km(lat, lon, _value(obj, lat_field), _value(obj, lon_field))
        if distance <= radius_km:
            found.append((obj, distance))
    found.sort(key=lambda item: item[1])
    return found


def _value(obj: Any, path: str) -> Any:
    for attribute in path.split("__"):
        obj = getattr(obj, attribute)
    return obj


def _places(queryset: QuerySet) -> QuerySet:
    return queryset.select_related("municipality", "district", "state")


def _places_named(normalized_name: str) -> list[Place]:
    """Places of this search name, the most likely meant first.

    Besides the exact name, a municipality whose official name adds a qualifier counts:
    "Frankfurt" finds "Frankfurt am Main" and "Frankfurt (Oder)", "Halle" "Halle (Saale)".
    """
    exact = _places(Place.objects.filter(normalized_name=normalized_name)).order_by(
        _KIND_RANK, F("population").desc(nulls_last=True), "postal_code_id", "pk"
    )[:20]
    longer = _places(
        Place.objects.filter(
            kind=Place.Kind.MUNICIPALITY, normalized_name__startswith=normalized_name + " "
        )
    ).order_by(F("population").desc(nulls_last=True), "pk")[:20]
    qualified = [place for place in longer if base_name_key(place.name) == normalized_name]
    return sorted([*exact, *qualified], key=_likelihood)


def _likelihood(place: Place) -> tuple:
    kind_rank = {Place.Kind.MUNICIPALITY: 0, Place.Kind.LOCALITY: 1}.get(place.kind, 2)
    return (kind_rank, -(place.population or 0), place.postal_code_id or "", place.pk)


def _part_of_town(town: Place, part: str) -> Place | None:
    """The place named `part` nearest to the town, within TOWN_PART_RADIUS_KM of its centre."""
    town_and_part = f"{town.normalized_name} {part}"
    nearby = within_radius(
        _places(
            Place.objects.filter(
                Q(normalized_name=part)
                | Q(normalized_name=town_and_part)
                | Q(normalized_name__endswith=" " + part)
            ).exclude(pk=town.pk)
        ),
        town.latitude,
        town.longitude,
        TOWN_PART_RADIUS_KM,
    )
    if not nearby:
        return None
    exact = {part, town_and_part}
    return min(nearby, key=lambda item: (item[0].normalized_name not in exact, item[1]))[0]


def _label(place: Place, ambiguous: bool) -> str:
    """The place's name, with the area it lies in where that helps telling it apart."""
    if place.kind == Place.Kind.MUNICIPALITY:
        area = place.district.name if ambiguous and place.district else ""
    else:
        area = place.municipality.name if place.municipality else ""
    if not area or normalize_name(area) in place.normalized_name:
        return place.name
    return f"{place.name} ({area})"


def _part_label(part: Place, town: Place) -> str:
    if town.normalized_name in part.normalized_name:
        return part.name
    return f"{part.name} ({town.name})"


def _resolved(place: Place, label: str) -> ResolvedPlace:
    municipality, district, state = place.municipality, place.district, place.state
    return ResolvedPlace(
        label=label,
        latitude=place.latitude,
        longitude=place.longitude,
        postal_code=place.postal_code_id or "",
        municipality_key=municipality.key if municipality else "",
        municipality_name=municipality.name if municipality else "",
        district_key=district.key if district else "",
        district_name=district.name if district else "",
        state_key=state.key if state else "",
        state_name=state.name if state else "",
        kind=place.kind,
    )
