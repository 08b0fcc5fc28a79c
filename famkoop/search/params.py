"""What a search asks for: `SearchParams`, validated, with German messages for bad input."""

import math
import re
from dataclasses import dataclass

from django.utils.translation import gettext as _

from famkoop.directory.models import Service

from . import tokens

MAX_TEXT_LENGTH = 200
MAX_PLACE_LENGTH = 150
MIN_RADIUS_KM = 1
MAX_RADIUS_KM = 50
DEFAULT_RADIUS_KM = 10
DEFAULT_PER_PAGE = 20
MAX_PER_PAGE = 50
MAX_PAGE = 1000
MAX_FILTER_VALUES = 30

SORTS = ("relevance", "distance", "date")

_CODE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,99}$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class SearchError(ValueError):
    """Search parameters that cannot be searched; `message` is German and shown as it is.

    `field` names the parameter at fault, for a form error next to it.
    """

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.field = field


@dataclass(frozen=True)
class FacetGroup:
    """One filter with counts: a token prefix for several values, or one yes/no token."""

    name: str
    prefix: str = ""
    flag: str = ""
    professional_only: bool = False


FACET_GROUPS = (
    FacetGroup("topics", prefix=tokens.TOPIC_PREFIX),
    FacetGroup("age_bands", prefix=tokens.AGE_PREFIX),
    FacetGroup("weekdays", prefix=tokens.WEEKDAY_PREFIX),
    FacetGroup("time_of_day", prefix=tokens.TIME_OF_DAY_PREFIX),
    FacetGroup("languages", prefix=tokens.LANGUAGE_PREFIX),
    FacetGroup("formats", prefix=tokens.FORMAT_PREFIX),
    FacetGroup("target_groups", prefix=tokens.TARGET_GROUP_PREFIX),
    FacetGroup("free", flag=tokens.FREE_TAG),
    FacetGroup("barrier_free", flag=tokens.BARRIER_FREE_TAG),
    FacetGroup("childcare", flag=tokens.CHILDCARE_TAG),
    FacetGroup("has_places", flag=tokens.PLACES_TAG),
    FacetGroup("accepts_referrals", flag=tokens.REFERRALS_TAG, professional_only=True),
)
# Filters with a fixed set of values: only these are accepted, and facets keep this order.
FIXED_VALUES = {
    "age_bands": tuple(tokens.AGE_BANDS),
    "weekdays": tokens.WEEKDAYS,
    "time_of_day": tokens.TIMES_OF_DAY,
    "formats": tuple(Service.Format.values),
}


@dataclass(frozen=True)
class SearchParams:
    """What a user asks for. Invalid values raise SearchError when the object is created.

    A place is a postcode or a town (resolved when searching) or coordinates (the browser's
    location); coordinates win when both are given. Several values of one filter mean "any
    of them"; different filters must all hold. `accepts_referrals` applies only to
    professional searches. Only active offers are ever found.
    """

    text: str = ""
    place: str = ""
    latitude: float | None = None
    longitude: float | None = None
    radius_km: float = DEFAULT_RADIUS_KM
    topics: tuple[str, ...] = ()
    age_months: int | None = None
    age_bands: tuple[str, ...] = ()
    free: bool = False
    weekdays: tuple[str, ...] = ()
    time_of_day: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    formats: tuple[str, ...] = ()
    target_groups: tuple[str, ...] = ()
    barrier_free: bool = False
    childcare: bool = False
    accepts_referrals: bool = False
    has_places: bool = False
    include_online: bool = True
    professional: bool = False
    sort: str = "relevance"
    page: int = 1
    per_page: int = DEFAULT_PER_PAGE

    def __post_init__(self) -> None:
        text = _CONTROL.sub(" ", str(self.text or "")).strip()
        if len(text) > MAX_TEXT_LENGTH:
            raise SearchError(
                _("Der Suchtext ist zu lang: bitte höchstens %(max)d Zeichen.")
                % {"max": MAX_TEXT_LENGTH},
                "text",
            )
        place = _CONTROL.sub(" ", str(self.place or "")).strip()
        if len(place) > MAX_PLACE_LENGTH:
            raise SearchError(_("Der Ort ist zu lang."), "place")
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "place", place)
        self._check_coordinates()
        radius = _number(self.radius_km, "radius_km", _("Der Umkreis muss eine Zahl sein."))
        if not MIN_RADIUS_KM <= radius <= MAX_RADIUS_KM:
            raise SearchError(
                _("Der Umkreis muss zwischen %(min)d und %(max)d km liegen.")
                % {"min": MIN_RADIUS_KM, "max": MAX_RADIUS_KM},
                "radius_km",
            )
        object.__setattr__(self, "radius_km", radius)
        if self.age_months is not None:
            age = _integer(self.age_months, "age_months", _("Das Alter muss eine Zahl sein."))
            if not 0 <= age <= tokens.AGE_BANDS["18-27"][1]:
                raise SearchError(
                    _("Das Alter des Kindes muss zwischen 0 und 27 Jahren liegen."), "age_months"
                )
            object.__setattr__(self, "age_months", age)
        for group in FACET_GROUPS:
            if group.prefix:
                object.__setattr__(self, group.name, self._codes(group.name))
        if self.sort not in SORTS:
            raise SearchError(_("Diese Sortierung gibt es nicht."), "sort")
        if self.sort == "distance" and not self.has_place:
            object.__setattr__(self, "sort", "relevance")
        page = _integer(self.page, "page", _("Die Seite muss eine Zahl sein."))
        if not 1 <= page <= MAX_PAGE:
            raise SearchError(
                _("Die Seite muss zwischen 1 und %(max)d liegen.") % {"max": MAX_PAGE}, "page"
            )
        per_page = _integer(self.per_page, "per_page", _("Die Trefferzahl muss eine Zahl sein."))
        if not 1 <= per_page <= MAX_PER_PAGE:
            raise SearchError(
                _("Pro Seite können 1 bis %(max)d Treffer angezeigt werden.")
                % {"max": MAX_PER_PAGE},
                "per_page",
            )
        object.__setattr__(self, "page", page)
        object.__setattr__(self, "per_page", per_page)

    def _check_coordinates(self) -> None:
        if self.latitude is None and self.longitude is None:
            return
        if self.latitude is None or self.longitude is None:
            raise SearchError(_("Bitte beide Koordinaten angeben."), "latitude")
        message = _("Die Koordinaten sind ungültig.")
        latitude = _number(self.latitude, "latitude", message)
        longitude = _number(self.longitude, "longitude", message)
        if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
            raise SearchError(message, "latitude")
        object.__setattr__(self, "latitude", latitude)
        object.__setattr__(self, "longitude", longitude)

    def _codes(self, name: str) -> tuple[str, ...]:
        raw = getattr(self, name) or ()
        values = [raw] if isinstance(raw, str) else list(raw)
        if len(values) > MAX_FILTER_VALUES:
            raise SearchError(_("Zu viele Filterwerte ausgewählt."), name)
        codes = sorted({str(value).strip().lower() for value in values} - {""})
        allowed = FIXED_VALUES.get(name)
        for code in codes:
            if not _CODE.match(code) or (allowed is not None and code not in allowed):
                raise SearchError(
                    _("Den Filterwert „%(value)s“ gibt es nicht.") % {"value": code[:40]}, name
                )
        return tuple(codes)

    @property
    def has_place(self) -> bool:
        return bool(self.place) or self.latitude is not None

    def selected(self, group: FacetGroup) -> tuple[str, ...] | bool:
        return getattr(self, group.name)

    def active_filters(self) -> dict:
        """The filters in use, for the demand signal: codes sorted, yes/no only when set."""
        active: dict = {}
        for group in FACET_GROUPS:
            if group.professional_only and not self.professional:
                continue
            value = self.selected(group)
            if value:
                active[group.name] = list(value) if group.prefix else True
        if self.age_months is not None:
            active["age_months"] = self.age_months
        return active


def _number(value, name: str, message: str) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise SearchError(message, name) from None
    if not math.isfinite(number):
        raise SearchError(message, name)
    return number


def _integer(value, name: str, message: str) -> int:
    if isinstance(value, bool):
        raise SearchError(message, name)
    try:
        return int(str(value).strip()) if isinstance(value, str) else int(value)
    except (TypeError, ValueError, OverflowError):
        raise SearchError(message, name) from None
