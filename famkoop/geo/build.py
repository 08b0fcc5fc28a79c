"""Works out every row of the geo tables from the data packages, without touching the database.

Postcode place names are matched to official municipalities by name within their district
(see `MunicipalityMatcher`); municipalities get the coordinates of the same-named GeoNames place
nearest their postcodes, else the mean of their postcode places.
"""

import logging
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from typing import Any

from famkoop.geo import sources
from famkoop.geo.geometry import haversine_km
from famkoop.geo.matching import MunicipalityMatcher, NearestPoint
from famkoop.geo.names import (
    base_name_key,
    district_is_independent_city,
    district_name,
    municipality_name,
    name_keys,
    normalize_name,
)

logger = logging.getLogger(__name__)

Rows = dict[Hashable, dict[str, Any]]
# A postcode place name with the municipality it was matched to.
MatchedRow = tuple[sources.PostcodeRow, str | None]

SOURCE_MUNICIPALITY = "Destatis"
SOURCE_POSTAL_PLACE = "GeoNames-PLZ"
SOURCE_LOCALITY = "GeoNames"
PLACE_SOURCES = (SOURCE_MUNICIPALITY, SOURCE_POSTAL_PLACE, SOURCE_LOCALITY)
# A GeoNames place lends its coordinates to a municipality of the same name only this close to
# the municipality's postcode places: the same name recurs within a state.
MAX_NAME_MATCH_KM = 20.0
MAX_BASE_NAME_MATCH_KM = 10.0  # for "Freiburg" standing for "Freiburg im Breisgau"


@dataclass
class GeoData:
    """Rows to store, keyed the way the loader finds them again, and figures about the matching."""

    states: Rows = field(default_factory=dict)
    districts: Rows = field(default_factory=dict)
    municipalities: Rows = field(default_factory=dict)
    postal_codes: Rows = field(default_factory=dict)
    places: Rows = field(default_factory=dict)
    population: Rows = field(default_factory=dict)
    stats: Counter = field(default_factory=Counter)


def build_geodata() -> GeoData:
    """Read the packages and work out every row, without touching the database."""
    data = GeoData()
    regions = sources.read_regions()
    postcode_rows = sources.read_postcode_rows()
    # regions.csv also lists districts dissolved by reforms (Saxony 2008, Aachen 2009, ...);
    # the districts in use are those the current postcode data refers to.
    abbreviations = {row.district_key[:2]: row.state_abbreviation for row in postcode_rows}
    for region in regions:
        if region.level == "nuts1" and region.key in abbreviations:
            data.states[region.key] = {
                "key": region.key,
                "name": region.name.removesuffix(", Land"),
                "abbreviation": abbreviations[region.key],
            }
    district_keys = {row.district_key for row in postcode_rows}
    for region in regions:
        if (
            region.level == "nuts3"
            and region.key in district_keys
            and region.key[:2] in data.states
        ):
            independent = district_is_independent_city(region.name, region.key)
            data.districts[region.key] = {
                "key": region.key,
                "name": district_name(region.name, independent),
                "state_id": region.key[:2],
                "is_independent_city": independent,
            }
    for region in regions:
        if region.level == "lau" and region.parent in data.districts:
            data.municipalities[region.key] = {
                "key": region.key,
                "name": municipality_name(region.name),
                "district_id": region.parent,
                "latitude": None,
                "longitude": None,
            }
    matched_rows = _build_postal_codes(data, postcode_rows)
    _build_municipality_places(data, matched_rows, sources.read_geonames_places())
    _build_population(data)
    return data


def _build_postal_codes(
    data: GeoData, postcode_rows: list[sources.PostcodeRow]
) -> list[MatchedRow]:
    """PostalCode rows and postal_place Place rows; returns the rows with their municipality."""
    matcher = MunicipalityMatcher(
        {key: (row["name"], row["district_id"]) for key, row in data.municipalities.items()}
    )
    by_code: dict[str, list[MatchedRow]] = defaultdict(list)
    for row in postcode_rows:
        if row.district_key not in data.districts:
            data.stats["postcode_rows_without_district"] += 1
            continue
        municipality_key, how = matcher.match(row.place_name, row.district_key)
        data.stats[f"postcode_rows_matched_by_{how}"] += 1
        by_code[row.code].append((row, municipality_key))
    data.stats["postcode_rows"] = sum(len(entries) for entries in by_code.values())
    data.stats["postcode_rows_with_municipality"] = sum(
        1 for entries in by_code.values() for _row, key in entries if key
    )

    matched_rows: list[MatchedRow] = []
    for code, entries in by_code.items():
        found = Counter(key for _row, key in entries if key)
        municipality_key = found.most_common(1)[0][0] if found else None
        district_key = (
            data.municipalities[municipality_key]["district_id"]
            if municipality_key
            else Counter(row.district_key for row, _key in entries).most_common(1)[0][0]
        )
        data.postal_codes[code] = {
            "code": code,
            "place_name": _main_place_name(entries, municipality_key, data.municipalities),
            "latitude": _round(_mean(row.latitude for row, _key in entries)),
            "longitude": _round(_mean(row.longitude for row, _key in entries)),
            "municipality_id": municipality_key,
            "district_id": district_key,
            "state_id": district_key[:2],
        }
        for row, key in entries:
            # An unmatched place name (often a village) lies in the postcode's municipality
            # when all its matched names agree on one.
            place_municipality = key or (municipality_key if len(found) == 1 else None)
            matched_rows.append((row, place_municipality))
            _add_place(
                data,
                _place(
                    row.place_name,
                    kind="postal_place",
                    latitude=row.latitude,
                    longitude=row.longitude,
                    municipality_id=place_municipality,
                    district_id=row.district_key,
                    postal_code_id=code,
                    source=SOURCE_POSTAL_PLACE,
                ),
            )
    data.stats["postal_codes_with_municipality"] = sum(
        1 for row in data.postal_codes.values() if row["municipality_id"]
    )
    return matched_rows


def _main_place_name(
    entries: list[MatchedRow], municipality_key: str | None, municipalities: Rows
) -> str:
    """The postcode's place name that is its municipality's own name, else the first one."""
    if municipality_key:
        own_keys = name_keys(municipalities[municipality_key]["name"])
        for row, _key in entries:
            if name_keys(row.place_name) & own_keys:
                return row.place_name
    return entries[0][0].place_name


def _build_municipality_places(
    data: GeoData, matched_rows: list[MatchedRow], geonames_places: list[sources.GeoNamesPlace]
) -> None:
    """Municipality coordinates and Place rows for municipalities and GeoNames localities."""
    points_by_municipality: dict[str, list[tuple[float, float]]] = defaultdict(list)
    nearest_row = NearestPoint()
    for row, municipality_key in matched_rows:
        if municipality_key:
            points_by_municipality[municipality_key].append((row.latitude, row.longitude))
            nearest_row.add(row.district_key[:2], row.latitude, row.longitude, municipality_key)
    places_by_name: dict[tuple[str, str], list[sources.GeoNamesPlace]] = defaultdict(list)
    for place in geonames_places:
        for key in name_keys(place.name):
            places_by_name[(place.state_key, key)].append(place)

    used: set[sources.GeoNamesPlace] = set()
    for key, municipality in data.municipalities.items():
        state_key = municipality["district_id"][:2]
        points = points_by_municipality.get(key)
        candidates = [
            place
            for name_key in sorted(name_keys(municipality["name"]))
            for place in places_by_name.get((state_key, name_key), ())
        ]
        chosen = _choose_geonames_place(list(dict.fromkeys(candidates)), points)
        if not chosen and points:
            # GeoNames may call "Freiburg im Breisgau" just "Freiburg"; only trusted near the
            # municipality's postcode places.
            base_key = base_name_key(municipality["name"])
            chosen = _choose_geonames_place(
                places_by_name.get((state_key, base_key), []), points, MAX_BASE_NAME_MATCH_KM
            )
        if chosen:
            used.add(chosen)
            latitude, longitude = chosen.latitude, chosen.longitude
            data.stats["municipalities_located_by_geonames_place"] += 1
        elif points:
            latitude = _mean(point[0] for point in points)
            longitude = _mean(point[1] for point in points)
            data.stats["municipalities_located_by_postcodes"] += 1
        else:
            data.stats["municipalities_without_coordinates"] += 1
            continue
        municipality["latitude"], municipality["longitude"] = _round(latitude), _round(longitude)
        _add_place(
            data,
            _place(
                municipality["name"],
                kind="municipality",
                latitude=latitude,
                longitude=longitude,
                population=chosen.population if chosen else None,
                municipality_id=key,
                district_id=municipality["district_id"],
                source=SOURCE_MUNICIPALITY,
            ),
        )

    for place in geonames_places:
        if place in used:
            continue
        municipality_key = nearest_row.nearest(place.state_key, place.latitude, place.longitude)
        _add_place(
            data,
            _place(
                place.name,
                kind="locality",
                latitude=place.latitude,
                longitude=place.longitude,
                population=place.population,
                municipality_id=municipality_key,
                district_id=(
                    data.municipalities[municipality_key]["district_id"]
                    if municipality_key
                    else None
                ),
                state_id=place.state_key,
                source=SOURCE_LOCALITY,
            ),
        )


def _choose_geonames_place(
    candidates: list[sources.GeoNamesPlace],
    points: list[tuple[float, float]] | None,
    max_km: float = MAX_NAME_MATCH_KM,
) -> sources.GeoNamesPlace | None:
    """The same-named GeoNames place nearest the municipality's postcode places.

    Without postcode places a candidate is only trusted when it is the state's only one.
    """
    if not points:
        return candidates[0] if len(candidates) == 1 else None
    latitude = _mean(point[0] for point in points)
    longitude = _mean(point[1] for point in points)
    ranked = sorted(
        (haversine_km(latitude, longitude, place.latitude, place.longitude), -place.population, i)
        for i, place in enumerate(candidates)
    )
    if ranked and ranked[0][0] <= max_km:
        return candidates[ranked[0][2]]
    return None


def _build_population(data: GeoData) -> None:
    """Population per district (2018) and the sums per state, where the npm package is there."""
    by_district = sources.read_district_population()
    if by_district is None:
        logger.info(
            "npm package %s not installed: no population figures", sources.POPULATION_PACKAGE
        )
        data.stats["population_package_missing"] = 1
        return
    by_state: Counter = Counter()
    for district_key, count in by_district.items():
        by_state[district_key[:2]] += count
    for area_key, count in [*by_state.items(), *by_district.items()]:
        data.population[(area_key, sources.POPULATION_YEAR, "all")] = {
            "area_key": area_key,
            "year": sources.POPULATION_YEAR,
            "age_band": "all",
            "count": count,
            "source": sources.POPULATION_SOURCE,
        }


def _add_place(data: GeoData, place: dict[str, Any]) -> None:
    """Keep the first of several places that would be the same place (see `place_key`)."""
    data.places.setdefault(place_key(place), place)


def _place(
    name: str,
    *,
    kind: str,
    latitude: float,
    longitude: float,
    source: str,
    district_id: str | None,
    municipality_id: str | None,
    state_id: str | None = None,
    postal_code_id: str | None = None,
    population: int | None = None,
) -> dict[str, Any]:
    """Field values of a Place; the state follows from the district unless given."""
    return {
        "name": name,
        "normalized_name": normalize_name(name),
        "kind": kind,
        "latitude": _round(latitude),
        "longitude": _round(longitude),
        "population": population or None,  # GeoNames writes 0 for unknown
        "municipality_id": municipality_id,
        "district_id": district_id,
        "state_id": state_id or (district_id[:2] if district_id else None),
        "postal_code_id": postal_code_id,
        "source": source,
    }


def place_key(place: dict[str, Any]) -> tuple:
    """What makes a place the same place on the next run (places have no natural key)."""
    if place["kind"] == "municipality":
        return ("municipality", place["municipality_id"])
    if place["kind"] == "postal_place":
        return ("postal_place", place["postal_code_id"], place["name"])
    return ("locality", place["name"], place["latitude"], place["longitude"])


def figure_key(figure: dict[str, Any]) -> tuple:
    return (figure["area_key"], figure["year"], figure["age_band"])


def _mean(values: Iterable[float]) -> float:
    numbers = list(values)
    return sum(numbers) / len(numbers)


def _round(value: float) -> float:
    return round(value, 5)  # about one metre
