"""Matching GeoNames place names to official municipalities, and nearest-point search."""

import math
from collections import defaultdict

from famkoop.geo.names import name_keys, normalize_name

# Words the statistics office abbreviates ("Limburg a.d.Lahn", "Bad Homburg v.d.Höhe") and
# GeoNames spells out ("Limburg an der Lahn"); left out when comparing abbreviated names.
_CONNECTOR_WORDS = frozenset(
    {"a", "am", "an", "auf", "b", "bei", "d", "dem", "den", "der", "i", "im", "in", "v", "vor"}
)


# "Klein Oschersleben" is a village of its own, not Oschersleben.
_VILLAGE_PREFIXES = frozenset({"alt", "gross", "hohen", "klein", "neu", "nieder", "ober", "unter"})


class MunicipalityMatcher:
    """Finds the municipality a postcode's place name belongs to, by name within its district.

    Tries, in order: the district's only municipality (independent cities); the same name;
    the municipality's name followed by a locality ("Bad Berleburg Arfeld"); a longer official
    name ("Emmerich" → "Emmerich am Rhein"); the same name with abbreviated words ("Obernburg
    am Main" = "Obernburg a.Main"); a title before the name ("Lutherstadt Wittenberg",
    "Seeheilbad Graal-Müritz"). The last three must point to a single
    municipality. Where several municipalities of a district share a name, the highest key wins:
    it is the newest.
    """

    def __init__(self, municipalities: dict[str, tuple[str, str]]) -> None:
        """`municipalities` maps each municipality key to (name, district key)."""
        self._by_district: dict[str, list[tuple[frozenset[str], str]]] = defaultdict(list)
        self._full_names: dict[str, list[tuple[str, str]]] = defaultdict(list)
        self._by_name: dict[tuple[str, str], str] = {}
        for key, (name, district_key) in sorted(municipalities.items()):
            own_keys = name_keys(name)
            self._by_district[district_key].append((own_keys, key))
            self._full_names[district_key].append((normalize_name(name), key))
            for own in own_keys:
                # Sorted by key, so the newest municipality of a name wins.
                self._by_name[(district_key, own)] = key

    def match(self, place_name: str, district_key: str) -> tuple[str | None, str]:
        """(municipality key or None, how it was found)."""
        candidates = self._by_district.get(district_key, [])
        if len(candidates) == 1:
            return candidates[0][1], "only_municipality"
        names = name_keys(place_name)
        # The full name first: "Halle (Westf.)" must not become any "Halle".
        for name in sorted(names, key=len, reverse=True):
            if key := self._by_name.get((district_key, name)):
                return key, "name"

        def found(test) -> list[tuple[int, str]]:
            return [
                (len(own), key)
                for own_keys, key in candidates
                for own in own_keys
                for name in names
                if test(name, own)
            ]

        if prefix := found(lambda name, own: name.startswith(own + " ")):
            return max(prefix)[1], "name_and_locality"
        for how, test in (
            ("longer_official_name", lambda name, own: own.startswith(name + " ")),
            ("abbreviation", _same_but_abbreviated),
        ):
            keys = {key for _length, key in found(test)}
            if len(keys) == 1:
                return keys.pop(), how
        # Full names only: "Linda (Elster)" is not in "Elster (Elbe)".
        full_name = normalize_name(place_name)
        keys = {
            key for own, key in self._full_names[district_key] if _title_and_name(full_name, own)
        }
        if len(keys) == 1:
            return keys.pop(), "title_and_name"
        return None, "none"


def _title_and_name(name: str, own: str) -> bool:
    """ "Seeheilbad Graal-Müritz" is Graal-Müritz; "Gstadt am Chiemsee" is not Chiemsee."""
    title, _space, rest = name.rpartition(" " + own)
    return (
        bool(title) and not rest and title.split()[-1] not in _CONNECTOR_WORDS | _VILLAGE_PREFIXES
    )


def _same_but_abbreviated(name: str, own: str) -> bool:
    words = [word for word in name.split() if word not in _CONNECTOR_WORDS]
    own_words = [word for word in own.split() if word not in _CONNECTOR_WORDS]
    return (
        len(words) == len(own_words) > 1
        and words[0] == own_words[0]
        and all(a.startswith(b) or b.startswith(a) for a, b in zip(words, own_words, strict=True))
    )


class NearestPoint:
    """Nearest labelled point within a group (a state), on a grid of 0.1° cells."""

    CELL_DEGREES = 0.1
    MAX_RINGS = 3  # about 30 km north-south

    def __init__(self) -> None:
        self._cells: dict[tuple[str, int, int], list[tuple[float, float, str]]] = defaultdict(list)

    def _cell(self, latitude: float, longitude: float) -> tuple[int, int]:
        return (
            math.floor(latitude / self.CELL_DEGREES),
            math.floor(longitude / self.CELL_DEGREES),
        )

    def add(self, group: str, latitude: float, longitude: float, label: str) -> None:
        self._cells[(group, *self._cell(latitude, longitude))].append((latitude, longitude, label))

    def nearest(self, group: str, latitude: float, longitude: float) -> str | None:
        """Label of the nearest point, or None when none lies within MAX_RINGS cells."""
        row, column = self._cell(latitude, longitude)
        shrink = math.cos(math.radians(latitude))
        best: tuple[float, str] | None = None
        for ring in range(self.MAX_RINGS + 1):
            for cell_row in range(row - ring, row + ring + 1):
                for cell_column in range(column - ring, column + ring + 1):
                    if max(abs(cell_row - row), abs(cell_column - column)) != ring:
                        continue
                    for point_latitude, point_longitude, label in self._cells.get(
                        (group, cell_row, cell_column), ()
                    ):
                        # Flat-earth distance in degrees of latitude: exact enough to compare
                        # points a few kilometres apart.
                        distance = math.hypot(
                            point_latitude - latitude, (point_longitude - longitude) * shrink
                        )
                        if best is None or distance < best[0]:
                            best = (distance, label)
            # Points further out are at least `ring` cells away (cells are narrower east-west).
            if best is not None and best[0] < ring * self.CELL_DEGREES * shrink:
                break
        return best[1] if best else None
