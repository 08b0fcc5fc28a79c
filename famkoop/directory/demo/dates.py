"""When fictitious offers take place: recurring schedules, dated sessions and cancellations.

Dates are relative to the day the plan is made, so freshly loaded demo data always has dates
ahead: open groups started a while ago and keep running, courses start within two months,
events lie between five days and four months ahead.
"""

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from django.conf import settings

from famkoop.directory.models import Schedule

from .catalogue import Format, Topic
from .holidays import NRW_SCHOOL_HOLIDAYS

_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_SLOT_DAYS = {
    "morning": ("MO", "TU", "WE", "TH", "FR"),
    "afternoon": ("MO", "TU", "WE", "TH", "FR"),
    "evening": ("MO", "TU", "WE", "TH"),
    "saturday": ("SA",),
}
_SLOT_STARTS = {
    "morning": (time(9, 0), time(9, 30), time(10, 0), time(10, 30)),
    "afternoon": (time(14, 30), time(15, 0), time(15, 30), time(16, 0)),
    "evening": (time(18, 30), time(19, 0), time(19, 30), time(20, 0)),
    "saturday": (time(9, 30), time(10, 0), time(10, 30), time(14, 0)),
}
# Minutes a session lasts, by format.
_DURATIONS = {
    Format.COURSE: (60, 75, 90, 90, 120),
    Format.OPEN_GROUP: (90, 120, 120, 150),
    Format.COUNSELLING: (120, 150, 180),
    Format.EVENT: (90, 120, 120, 180),
}
_CANCELLATION_REASONS = (
    "Krankheit der Kursleitung",
    "Brückentag",
    "Raum nicht verfügbar",
    "Fortbildung des Teams",
    "Betriebsausflug",
)


@dataclass
class SchedulePlan:
    fields: dict[str, Any]
    # Which of the offer's sites the schedule belongs to.
    location_index: int = 0
    exceptions: list[tuple[date, str]] = field(default_factory=list)


@dataclass
class SessionPlan:
    starts_at: datetime
    ends_at: datetime
    cancelled: bool = False
    note: str = ""
    location_index: int = 0


@dataclass
class Dates:
    schedules: list[SchedulePlan] = field(default_factory=list)
    sessions: list[SessionPlan] = field(default_factory=list)
    # A course held on one weekend with fixed dates instead of weekly.
    weekend_course: bool = False


def plan_dates(
    rng: random.Random, today: date, topic: Topic, offer_format: str, location_count: int
) -> Dates:
    """Schedules or sessions fitting the format: an online offer follows its topic's format."""
    dates = Dates()
    slot = topic.slot
    weekday = rng.choice(_SLOT_DAYS[slot])
    pattern = topic.format if offer_format == Format.ONLINE else offer_format
    opens, closes = _times(rng, slot, pattern)

    if pattern == Format.EVENT:
        _plan_event(rng, today, dates, weekday, opens, closes)
    elif pattern == Format.COURSE:
        weekend = rng.random() < (0.5 if topic.sessions <= 3 else 0.15)
        if weekend and offer_format != Format.ONLINE:
            _plan_weekend_course(rng, today, dates, topic)
        else:
            _plan_course(rng, today, dates, topic, weekday, opens, closes)
    elif pattern == Format.HOME_VISIT:
        dates.schedules.append(
            SchedulePlan(
                {
                    "valid_from": today - timedelta(days=rng.randint(60, 700)),
                    "freq": Schedule.Frequency.WEEKLY,
                    "byday": "MO,TU,WE,TH,FR",
                    "opens_at": time(8, 30),
                    "closes_at": time(16, 0),
                    "description": "Besuchstermine nach Absprache",
                }
            )
        )
    else:
        # Open groups and counselling run for a while already, with no end date; at a second
        # site on another day.
        for index in range(max(1, location_count)):
            if index:
                weekday = rng.choice([d for d in _SLOT_DAYS[slot] if d != weekday] or [weekday])
            dates.schedules.append(
                _ongoing_schedule(rng, today, pattern, weekday, opens, closes, index)
            )
    return dates


def next_weekday(day: date, weekday: str) -> date:
    """The first date on or after `day` that falls on `weekday` ("MO" … "SU")."""
    return day + timedelta(days=(_WEEKDAYS.index(weekday) - day.weekday()) % 7)


def _times(rng: random.Random, slot: str, offer_format: str) -> tuple[time, time]:
    opens = rng.choice(_SLOT_STARTS[slot])
    minutes = rng.choice(_DURATIONS.get(offer_format, (90, 120)))
    start = datetime.combine(date(2000, 1, 1), opens)
    end = min(start + timedelta(minutes=minutes), start.replace(hour=22, minute=0))
    return opens, end.time()


def _ongoing_schedule(
    rng: random.Random,
    today: date,
    offer_format: str,
    weekday: str,
    opens: time,
    closes: time,
    location_index: int,
) -> SchedulePlan:
    fields: dict[str, Any] = {
        "valid_from": today - timedelta(days=rng.randint(20, 500)),
        "freq": Schedule.Frequency.WEEKLY,
        "byday": weekday,
        "opens_at": opens,
        "closes_at": closes,
        "skip_school_holidays": rng.random() < 0.4,
    }
    kind = rng.random()
    if offer_format == Format.COUNSELLING:
        fields["description"] = "Offene Sprechstunde; weitere Termine nach Vereinbarung"
        if kind < 0.25 and weekday in ("TU", "WE"):
            fields["byday"] = "TU,TH" if weekday == "TU" else "MO,WE"
    elif kind < 0.1:
        fields["interval"] = 2
        fields["description"] = "alle zwei Wochen"
    elif kind < 0.35:
        fields["freq"] = Schedule.Frequency.MONTHLY
        nth = rng.choice(("1", "2", "3", "4", "-1"))
        fields["byday"] = f"{nth}{weekday}"
        fields["skip_school_holidays"] = False
    plan = SchedulePlan(fields, location_index=location_index)
    weekly_one_day = fields["freq"] == Schedule.Frequency.WEEKLY and "," not in fields["byday"]
    if weekly_one_day and rng.random() < 0.08:
        day = next_weekday(today + timedelta(days=7 * rng.randint(1, 6)), weekday)
        plan.exceptions.append((day, rng.choice(_CANCELLATION_REASONS)))
    return plan


def _in_school_holidays(day: date) -> bool:
    return any(start <= day <= end for _name, start, end in NRW_SCHOOL_HOLIDAYS)


def _plan_course(
    rng: random.Random,
    today: date,
    dates: Dates,
    topic: Topic,
    weekday: str,
    opens: time,
    closes: time,
) -> None:
    sessions = max(2, topic.sessions + rng.choice((-2, 0, 0, 0, 2)))
    # Some courses are already running, but all have dates ahead; none starts in the holidays.
    earliest_week = -min(2, sessions - 2)
    first = next_weekday(today + timedelta(weeks=rng.randint(earliest_week, 8)), weekday)
    while _in_school_holidays(first):
        first += timedelta(weeks=1)
    schedule = SchedulePlan(
        {
            "valid_from": first,
            "freq": Schedule.Frequency.WEEKLY,
            "byday": weekday,
            "count": sessions,
            "opens_at": opens,
            "closes_at": closes,
            "skip_school_holidays": rng.random() < 0.3,
            "description": f"{sessions} Termine",
        }
    )
    if sessions > 4 and rng.random() < 0.08:
        day = first + timedelta(weeks=rng.randint(1, sessions - 2))
        if day > today:
            schedule.exceptions.append((day, rng.choice(_CANCELLATION_REASONS)))
    dates.schedules.append(schedule)


def _plan_weekend_course(rng: random.Random, today: date, dates: Dates, topic: Topic) -> None:
    saturday = next_weekday(today + timedelta(weeks=rng.randint(1, 10)), "SA")
    days = [saturday] if topic.sessions <= 1 else [saturday, saturday + timedelta(days=1)]
    start, end = (time(10, 0), time(16, 0)) if topic.sessions > 3 else (time(9, 30), time(13, 0))
    zone = ZoneInfo(settings.TIME_ZONE)
    dates.weekend_course = True
    for day in days:
        dates.sessions.append(
            SessionPlan(
                datetime.combine(day, start, tzinfo=zone),
                datetime.combine(day, end, tzinfo=zone),
                note="Kompaktkurs am Wochenende",
            )
        )


def _plan_event(
    rng: random.Random, today: date, dates: Dates, weekday: str, opens: time, closes: time
) -> None:
    zone = ZoneInfo(settings.TIME_ZONE)
    first = next_weekday(today + timedelta(days=rng.randint(5, 100)), weekday)
    repeats = 1 if rng.random() < 0.8 else rng.randint(2, 3)
    for number in range(repeats):
        day = first + timedelta(weeks=6 * number)
        cancelled = rng.random() < 0.03
        dates.sessions.append(
            SessionPlan(
                datetime.combine(day, opens, tzinfo=zone),
                datetime.combine(day, closes, tzinfo=zone),
                cancelled=cancelled,
                note="Fällt leider aus." if cancelled else "",
            )
        )
