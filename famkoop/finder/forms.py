"""The finder's address bar: URL parameters in, `SearchParams` out, and back again.

Search addresses are meant to be shared ("/suche/?q=Babymassage&place=Köln&radius=5"), so
the parameter names are short and stable. Everything is validated by `SearchParams`; this
module only maps names and turns yes/no and age values into what it expects.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.http import QueryDict
from django.utils.translation import gettext as _

from famkoop.search.params import FACET_GROUPS, SearchError, SearchParams

# URL name → SearchParams field, for filters that take several values.
MULTI_VALUE = {
    "topic": "topics",
    "age_band": "age_bands",
    "day": "weekdays",
    "time": "time_of_day",
    "language": "languages",
    "format": "formats",
    "group": "target_groups",
}
# URL name → SearchParams field, for yes/no filters ("1" means yes).
FLAGS = {
    "free": "free",
    "barrier_free": "barrier_free",
    "childcare": "childcare",
    "places": "has_places",
    "referrals": "accepts_referrals",
}
SINGLE_VALUE = {
    "q": "text",
    "place": "place",
    "radius": "radius_km",
    "sort": "sort",
    "page": "page",
}
# Parameters a results page may carry; others (e.g. a tracking suffix) are ignored.
KNOWN = {*MULTI_VALUE, *FLAGS, *SINGLE_VALUE, "lat", "lon", "age", "online"}

_YES = {"1", "true", "on", "yes", "ja"}
_NO = {"0", "false", "off", "no", "nein", ""}
MAX_AGE_YEARS = 27


@dataclass(frozen=True)
class FinderQuery:
    """A parsed results address: the search to run (None when nothing was asked) and the
    values to show in the form again."""

    params: SearchParams | None
    values: dict

    @property
    def is_empty(self) -> bool:
        return self.params is None


def parse_query(query: QueryDict, *, professional: bool = False) -> FinderQuery:
    """Parse a results address. Raises SearchError (message in the active language) for
    values that cannot be searched."""
    fields: dict = {"professional": professional}
    values: dict = {}
    for name, field in SINGLE_VALUE.items():
        raw = query.get(name, "").strip()
        values[name] = raw
        if raw:
            fields[field] = raw
    for name, field in MULTI_VALUE.items():
        chosen = [value for value in query.getlist(name) if value.strip()]
        values[name] = chosen
        if chosen:
            fields[field] = tuple(chosen)
    for name, field in FLAGS.items():
        values[name] = fields[field] = _flag(query, name)
    if not professional:
        fields["accepts_referrals"] = values["referrals"] = False
    online = query.get("online")
    fields["include_online"] = values["online"] = True if online is None else _flag(query, "online")
    latitude, longitude = query.get("lat", "").strip(), query.get("lon", "").strip()
    if latitude or longitude:
        fields["latitude"], fields["longitude"] = latitude or None, longitude or None
        values["lat"], values["lon"] = latitude, longitude
    age = query.get("age", "").strip()
    values["age"] = age
    if age:
        fields["age_months"] = _age_months(age)
    params = SearchParams(**fields)
    asked = (
        params.text
        or params.has_place
        or params.age_months is not None
        or any(params.selected(group) for group in _groups(params))
    )
    return FinderQuery(params=params if asked else None, values=values)


def _groups(params: SearchParams) -> list:
    return [g for g in FACET_GROUPS if params.professional or not g.professional_only]


def _flag(query: QueryDict, name: str) -> bool:
    raw = query.get(name, "").strip().lower()
    if raw in _YES:
        return True
    if raw in _NO:
        return False
    raise SearchError(_("Der Wert für „%(name)s“ muss 1 oder 0 sein.") % {"name": name}, name)


def _age_months(raw: str) -> int:
    """A child's age in whole years (as parents give it) as months: "2" → 24."""
    try:
        years = int(raw)
    except ValueError:
        raise SearchError(_("Das Alter bitte in ganzen Jahren angeben."), "age") from None
    if not 0 <= years <= MAX_AGE_YEARS:
        raise SearchError(_("Das Alter des Kindes muss zwischen 0 und 27 Jahren liegen."), "age")
    return years * 12


def query_string(values: dict, **changes) -> str:
    """The address query for these form values with some changed (None removes one), e.g.
    for the next page or for dropping a filter. Empty values are left out."""
    merged = {**values, **changes}
    pairs: list[tuple[str, str]] = []
    for name in ("q", "place", "lat", "lon", "radius", "age", *MULTI_VALUE, *FLAGS, "online"):
        value = merged.get(name)
        if name == "online":
            if value is False:
                pairs.append(("online", "0"))
            continue
        if value is None or value == "" or value is False or value == []:
            continue
        if isinstance(value, list | tuple):
            pairs += [(name, str(item)) for item in value]
        elif value is True:
            pairs.append((name, "1"))
        else:
            pairs.append((name, str(value)))
    for name in ("sort", "page"):
        value = merged.get(name)
        if value not in (None, "", "relevance", 1, "1"):
            pairs.append((name, str(value)))
    return urlencode(pairs)
