"""The tokens both backends index: text terms, filter values and place cells.

Filters and places are indexed as words (the benchmark showed that letting the full-text index
intersect everything beats joining text hits back to the offers): `f_free`, `f_lang_tr`,
`f_topic_babymassage`, `s_active`, `g_1409_1869` … Every token — also every analysed text
term — passes through `clean_terms`, so it is one word for SQLite FTS5's `ascii` tokenizer
(with `_` and `-` as word characters) and one lexeme for PostgreSQL: both backends then hold
exactly the same words.
"""

import math
import re
from collections.abc import Iterable

from famkoop.geo.geometry import bounding_box, haversine_km

# Anything but ASCII letters, digits, "_" and "-" separates words; other characters (umlauts,
# Cyrillic, Arabic …) belong to words, as for FTS5's `ascii` tokenizer.
_SEPARATOR = re.compile(r"[\x00-\x2c\x2e\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\x7f]+")
MAX_TERM_LENGTH = 100

STATUS_PREFIX = "s_"
CELL_PREFIX = "g_"
# Offers without a site on the map that take place online; found by every place search.
ONLINE_TAG = "g_online"

# A grid of 0.1° cells (about 11 km north-south, 7 km east-west in Germany).
CELLS_PER_DEGREE = 10


def clean_terms(terms: Iterable[str]) -> list[str]:
    """Lower-cased words without separators, each once, in their first order."""
    seen: dict[str, None] = {}
    for term in terms:
        for word in _SEPARATOR.split(term.lower()):
            if word and len(word) <= MAX_TERM_LENGTH:
                seen.setdefault(word, None)
    return list(seen)


def code_token(prefix: str, code: str) -> str:
    """The token for a code such as a topic slug: `f_topic_` + "eltern-baby-gruppen".

    Separators inside the code become "-" ("temporarily closed" → "temporarily-closed").
    """
    return prefix + "-".join(word for word in _SEPARATOR.split(code.lower()) if word)


def status_token(status: str) -> str:
    return code_token(STATUS_PREFIX, status)


def _cell_index(latitude: float, longitude: float) -> tuple[int, int]:
    return (
        math.floor((latitude + 90.0) * CELLS_PER_DEGREE),
        math.floor((longitude + 180.0) * CELLS_PER_DEGREE),
    )


def cell_token(latitude: float, longitude: float) -> str:
    row, column = _cell_index(latitude, longitude)
    return f"{CELL_PREFIX}{row}_{column}"


def cells_within(latitude: float, longitude: float, radius_km: float) -> list[str]:
    """The tokens of every cell that may hold a point within `radius_km` of the point.

    Cells of the bounding box whose nearest corner or edge lies clearly outside the circle are
    left out; the margin keeps every cell that touches it.
    """
    min_lat, max_lat, min_lon, max_lon = bounding_box(latitude, longitude, radius_km)
    first_row, first_column = _cell_index(min_lat, min_lon)
    last_row, last_column = _cell_index(max_lat, max_lon)
    size = 1.0 / CELLS_PER_DEGREE
    margin_km = 0.5 + radius_km * 0.01
    tokens = []
    for row in range(first_row, last_row + 1):
        south = row * size - 90.0
        nearest_lat = min(max(latitude, south), south + size)
        for column in range(first_column, last_column + 1):
            west = column * size - 180.0
            nearest_lon = min(max(longitude, west), west + size)
            if haversine_km(latitude, longitude, nearest_lat, nearest_lon) <= radius_km + margin_km:
                tokens.append(f"{CELL_PREFIX}{row}_{column}")
    return tokens


# Filter tokens: a prefix and a code, or a single token for a yes/no property.
TOPIC_PREFIX = "f_topic_"
AGE_PREFIX = "f_age_"
LANGUAGE_PREFIX = "f_lang_"
FORMAT_PREFIX = "f_fmt_"
WEEKDAY_PREFIX = "f_day_"
TIME_OF_DAY_PREFIX = "f_tod_"
TARGET_GROUP_PREFIX = "f_tg_"
FREE_TAG = "f_free"
CHILDCARE_TAG = "f_childcare"
BARRIER_FREE_TAG = "f_barrierfree"
REFERRALS_TAG = "f_referrals"
PLACES_TAG = "f_places"

# Age bands of children in months, both ends included; an offer is in every band it overlaps.
AGE_BANDS: dict[str, tuple[int, int]] = {
    "0-1": (0, 11),
    "1-3": (12, 35),
    "3-6": (36, 71),
    "6-10": (72, 119),
    "10-14": (120, 167),
    "14-18": (168, 215),
    "18-27": (216, 27 * 12),
}

# RFC 5545 weekday codes, Monday first, as in `Schedule.byday`.
WEEKDAYS = ("mo", "tu", "we", "th", "fr", "sa", "su")

# Start hours: before noon is morning, from 17:00 evening.
TIMES_OF_DAY = ("morning", "afternoon", "evening")
AFTERNOON_FROM_HOUR = 12
EVENING_FROM_HOUR = 17


def age_bands(age_min_months: int | None, age_max_months: int | None) -> list[str]:
    """The bands an offer for children of this age range overlaps; all for no range."""
    low = 0 if age_min_months is None else age_min_months
    high = AGE_BANDS["18-27"][1] if age_max_months is None else age_max_months
    return [band for band, (start, end) in AGE_BANDS.items() if start <= high and low <= end]


def time_of_day(hour: int) -> str:
    if hour < AFTERNOON_FROM_HOUR:
        return "morning"
    return "afternoon" if hour < EVENING_FROM_HOUR else "evening"
