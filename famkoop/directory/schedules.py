"""The next dates of an offer: recurring schedules expanded and merged with dated sessions.

A `Schedule` is an RFC 5545 recurrence rule in local wall-clock time (Europe/Berlin): a group
on Tuesdays at 9:30 meets at 9:30 in winter and in summer. `count` and `until` belong to the
rule as in RFC 5545, so exceptions and school holidays remove dates without adding new ones at
the end, and an iCalendar export with RRULE and EXDATE gives the same dates.

Lists must prefetch `NEXT_DATES_PREFETCH` on their services, e.g.
`Service.objects.prefetch_related(*NEXT_DATES_PREFETCH)`, and load the school holidays once
with `school_holidays(since)`; `next_dates(service, holidays_by_state=...)` then issues no query.
"""

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo

from dateutil import rrule
from django.utils import timezone

from .models import DatedSession, Location, Schedule, SchoolHoliday, Service

NEXT_DATES_PREFETCH = (
    "schedules__exceptions",
    "schedules__service_at_location__location",
    "sessions__service_at_location__location",
    "at_locations__location",
)

# Inclusive date ranges of school holidays, as (first day, last day).
HolidayRanges = list[tuple[date, date]]

# Rule dates examined per call at most after `after`: bounds the work for a rule whose dates
# keep falling on exceptions or holidays.
MAX_CANDIDATES = 1000

_FREQUENCIES = {
    Schedule.Frequency.DAILY: rrule.DAILY,
    Schedule.Frequency.WEEKLY: rrule.WEEKLY,
    Schedule.Frequency.MONTHLY: rrule.MONTHLY,
}
_WEEKDAYS = {
    "MO": rrule.MO,
    "TU": rrule.TU,
    "WE": rrule.WE,
    "TH": rrule.TH,
    "FR": rrule.FR,
    "SA": rrule.SA,
    "SU": rrule.SU,
}
_BYDAY_PART = re.compile(r"^(?P<sign>[+-]?)(?P<n>[1-5]?)(?P<day>MO|TU|WE|TH|FR|SA|SU)$")


@dataclass(frozen=True)
class Occurrence:
    """One date of an offer, in local time; `location` is None when the site is not known."""

    starts_at: datetime
    ends_at: datetime
    location: Location | None
    note: str = ""


def parse_byday(byday: str) -> list[rrule.weekday]:
    """Turn "MO,WE", "2MO" (second Monday) or "-1FR" (last Friday) into dateutil weekdays.

    Raises ValueError for anything else; `byday_validator` keeps such values out of forms.
    """
    weekdays = []
    for part in byday.upper().split(","):
        match = _BYDAY_PART.match(part.strip())
        if not match:
            raise ValueError(f"Invalid BYDAY part: {part!r}")
        weekday = _WEEKDAYS[match["day"]]
        if match["n"]:
            weekday = weekday(int(match["sign"] + match["n"]))
        weekdays.append(weekday)
    return weekdays


def recurrence_rule(schedule: Schedule) -> rrule.rrule:
    """The schedule as a dateutil rule over naive local datetimes, starting on `valid_from`."""
    return rrule.rrule(
        _FREQUENCIES[schedule.freq],
        dtstart=datetime.combine(schedule.valid_from, schedule.opens_at),
        interval=schedule.interval,
        byweekday=parse_byday(schedule.byday) if schedule.byday else None,
        count=schedule.count,
        # UNTIL is inclusive: a rule until 30 June still meets on 30 June.
        until=datetime.combine(schedule.until, time.max) if schedule.until else None,
    )


def schedule_location(schedule: Schedule) -> Location | None:
    """Where the schedule's dates take place.

    The schedule's own site, or else the offer's only site; None for offers at several sites
    whose schedule names none.
    """
    if schedule.service_at_location_id:
        return schedule.service_at_location.location
    return _only_location(schedule.service)


def _only_location(service: Service) -> Location | None:
    at_locations = list(service.at_locations.all())
    return at_locations[0].location if len(at_locations) == 1 else None


def state_key(location: Location | None) -> str | None:
    """The federal state key ("05" = NRW) from the site's municipality key, if known."""
    if location is None or len(location.municipality_key) != 8:
        return None
    return location.municipality_key[:2]


def school_holidays(
    since: date, state_keys: Iterable[str] | None = None
) -> dict[str, HolidayRanges]:
    """School holidays ending on or after `since`, per state key, in one query.

    Without `state_keys`, those of all states: a list of offers loads them once and passes
    them to `next_dates`.
    """
    rows = SchoolHoliday.objects.filter(end__gte=since)
    if state_keys is not None:
        rows = rows.filter(state_id__in=set(state_keys))
    holidays: dict[str, HolidayRanges] = {}
    for state_id, start, end in rows.values_list("state_id", "start", "end"):
        holidays.setdefault(state_id, []).append((start, end))
    return holidays


def _in_ranges(day: date, ranges: HolidayRanges) -> bool:
    return any(start <= day <= end for start, end in ranges)


def _aware(day: date, at: time, tz: tzinfo) -> datetime:
    return datetime.combine(day, at, tzinfo=tz)


def next_occurrences(
    schedule: Schedule,
    after: datetime,
    limit: int,
    holidays: HolidayRanges | None = None,
) -> list[Occurrence]:
    """The first `limit` dates of the schedule starting at or after `after` (aware).

    Dates on the schedule's exceptions are skipped, and so are dates after `valid_to`. When the
    schedule skips school holidays, dates inside `holidays` are skipped; pass the holidays of
    the site's state, or None to have them looked up (one query; none when the state is not
    known, and then no date is skipped).
    """
    if limit <= 0:
        return []
    tz = timezone.get_default_timezone()
    location = schedule_location(schedule)
    if not schedule.skip_school_holidays:
        holidays = []
    elif holidays is None:
        key = state_key(location)
        since = timezone.localdate(after, tz)
        holidays = school_holidays(since, [key]).get(key, []) if key else []
    cancelled_days = {exception.date for exception in schedule.exceptions.all()}
    # The rule runs in local wall-clock time, which keeps 9:30 at 9:30 across DST changes.
    local_after = timezone.localtime(after, tz).replace(tzinfo=None)
    candidates = recurrence_rule(schedule).xafter(local_after, inc=True)

    occurrences: list[Occurrence] = []
    for candidate in itertools.islice(candidates, MAX_CANDIDATES):
        day = candidate.date()
        if schedule.valid_to and day > schedule.valid_to:
            break
        if day in cancelled_days or _in_ranges(day, holidays):
            continue
        occurrences.append(
            Occurrence(
                starts_at=_aware(day, schedule.opens_at, tz),
                ends_at=_aware(day, schedule.closes_at, tz),
                location=location,
                note=schedule.description,
            )
        )
        if len(occurrences) == limit:
            break
    return occurrences


def _session_occurrence(session: DatedSession, service: Service, tz: tzinfo) -> Occurrence:
    if session.service_at_location_id:
        location = session.service_at_location.location
    else:
        location = _only_location(service)
    return Occurrence(
        starts_at=timezone.localtime(session.starts_at, tz),
        ends_at=timezone.localtime(session.ends_at, tz),
        location=location,
        note=session.note,
    )


def next_dates(
    service: Service,
    after: datetime | None = None,
    limit: int = 5,
    *,
    holidays_by_state: dict[str, HolidayRanges] | None = None,
) -> list[Occurrence]:
    """The offer's next `limit` dates from `after` (default: now), sorted by start.

    Merges all its schedules with its dated sessions that are not cancelled. With
    `NEXT_DATES_PREFETCH` prefetched this issues no query when `holidays_by_state` (from
    `school_holidays`) is given, and at most one otherwise.
    """
    if after is None:
        after = timezone.now()
    tz = timezone.get_default_timezone()
    schedules = list(service.schedules.all())
    if holidays_by_state is None:
        holiday_states = {
            key
            for schedule in schedules
            if schedule.skip_school_holidays and (key := state_key(schedule_location(schedule)))
        }
        since = timezone.localdate(after, tz)
        holidays_by_state = school_holidays(since, holiday_states) if holiday_states else {}

    occurrences: list[Occurrence] = []
    for schedule in schedules:
        key = state_key(schedule_location(schedule))
        holidays = holidays_by_state.get(key, []) if key else []
        occurrences += next_occurrences(schedule, after, limit, holidays)
    occurrences += [
        _session_occurrence(session, service, tz)
        for session in service.sessions.all()
        if not session.cancelled and session.starts_at >= after
    ]
    occurrences.sort(key=lambda occurrence: occurrence.starts_at)
    return occurrences[:limit]
