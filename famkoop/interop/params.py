"""Query parameters of the HSDS API, checked; bad ones raise `ApiError` (English and German)."""

import datetime
import math
import uuid
from typing import Any

from django.http import QueryDict
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

DEFAULT_PER_PAGE = 20
# The search engine pages by at most 50 as well, so every endpoint has the same limit.
MAX_PER_PAGE = 50
MAX_PAGE = 1000
MAX_SEARCH_LENGTH = 200
MAX_PROXIMITY_METRES = 100_000

_TRUE = {"true", "1", "yes"}
_FALSE = {"false", "0", "no", ""}


class ApiError(Exception):
    """A request the API cannot answer; `status` is the HTTP status (4xx)."""

    def __init__(self, status: int, english: str, german: str) -> None:
        super().__init__(english)
        self.status = status
        self.english = english
        self.german = german

    def as_json(self) -> dict[str, Any]:
        return {"error": self.english, "error_de": self.german}


def not_found(kind: str) -> ApiError:
    return ApiError(404, f"No {kind} with this id.", "Unter dieser Kennung gibt es nichts.")


def parse_uuid(value: str, name: str = "id") -> uuid.UUID:
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise ApiError(
            400,
            f"{name} must be a UUID.",
            f"{name} muss eine UUID sein.",
        ) from None


def optional_uuid(query: QueryDict, name: str) -> uuid.UUID | None:
    value = query.get(name, "").strip()
    return parse_uuid(value, name) if value else None


def flag(query: QueryDict, name: str) -> bool:
    value = query.get(name, "").strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ApiError(400, f"{name} must be true or false.", f"{name} muss true oder false sein.")


def _integer(query: QueryDict, name: str, default: int, low: int, high: int) -> int:
    raw = query.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        value = None
    if value is None or not low <= value <= high:
        raise ApiError(
            400,
            f"{name} must be a whole number from {low} to {high}.",
            f"{name} muss eine ganze Zahl von {low} bis {high} sein.",
        )
    return value


def paging(query: QueryDict) -> tuple[int, int]:
    """(page, per_page), both checked."""
    page = _integer(query, "page", 1, 1, MAX_PAGE)
    per_page = _integer(query, "per_page", DEFAULT_PER_PAGE, 1, MAX_PER_PAGE)
    return page, per_page


def search_text(query: QueryDict) -> str:
    text = query.get("search", "").strip()
    if len(text) > MAX_SEARCH_LENGTH:
        raise ApiError(
            400,
            f"search may have at most {MAX_SEARCH_LENGTH} characters.",
            f"search darf höchstens {MAX_SEARCH_LENGTH} Zeichen lang sein.",
        )
    return text


def modified_after(query: QueryDict) -> datetime.datetime | None:
    """An ISO 8601 date or date-time; without a zone it is read as German time."""
    raw = query.get("modified_after", "").strip()
    if not raw:
        return None
    try:
        moment = parse_datetime(raw.replace(" ", "+"))
        if moment is None:
            day = parse_date(raw)
            moment = datetime.datetime.combine(day, datetime.time()) if day else None
    except ValueError:
        moment = None
    if moment is None:
        raise ApiError(
            400,
            "modified_after must be an ISO 8601 date or date-time, e.g. 2025-01-31T12:00:00Z.",
            "modified_after muss ein Datum oder Zeitpunkt nach ISO 8601 sein, "
            "z. B. 2025-01-31T12:00:00Z.",
        )
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment, timezone.get_default_timezone())
    return moment


def proximity_metres(query: QueryDict) -> int | None:
    raw = query.get("proximity", "").strip()
    if not raw:
        return None
    try:
        value = float(raw)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and 0 < value <= MAX_PROXIMITY_METRES):
        raise ApiError(
            400,
            f"proximity must be a distance in metres from 1 to {MAX_PROXIMITY_METRES}.",
            f"proximity muss eine Entfernung in Metern von 1 bis {MAX_PROXIMITY_METRES} sein.",
        )
    return round(value)
