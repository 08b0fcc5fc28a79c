"""A schedule in words for the offer page: "dienstags, 9:30–11:00 Uhr, nicht in den Schulferien".

Parents read the rule once and then the next dates below it; the words follow the RFC 5545
rule of `Schedule` (weekly with interval, monthly on the nth weekday, daily).
"""

from datetime import date

from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from famkoop.directory.models import Schedule
from famkoop.directory.schedules import _BYDAY_PART

# Adverbs for "every Tuesday" and names for "the second Tuesday".
EVERY_WEEKDAY = {
    "MO": gettext_lazy("montags"),
    "TU": gettext_lazy("dienstags"),
    "WE": gettext_lazy("mittwochs"),
    "TH": gettext_lazy("donnerstags"),
    "FR": gettext_lazy("freitags"),
    "SA": gettext_lazy("samstags"),
    "SU": gettext_lazy("sonntags"),
}
WEEKDAY_NAMES = {
    "MO": gettext_lazy("Montag"),
    "TU": gettext_lazy("Dienstag"),
    "WE": gettext_lazy("Mittwoch"),
    "TH": gettext_lazy("Donnerstag"),
    "FR": gettext_lazy("Freitag"),
    "SA": gettext_lazy("Samstag"),
    "SU": gettext_lazy("Sonntag"),
}

# "the second Monday" as one phrase per position, so each language can inflect it.
NTH_WEEKDAY = {
    1: gettext_lazy("ersten %(day)s"),
    2: gettext_lazy("zweiten %(day)s"),
    3: gettext_lazy("dritten %(day)s"),
    4: gettext_lazy("vierten %(day)s"),
    5: gettext_lazy("fünften %(day)s"),
    -1: gettext_lazy("letzten %(day)s"),
    -2: gettext_lazy("vorletzten %(day)s"),
}


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return _("%(first)s und %(last)s") % {"first": ", ".join(items[:-1]), "last": items[-1]}


def _days(schedule: Schedule) -> str:
    weekly, monthly = [], []
    for part in (schedule.byday or "").upper().split(","):
        match = _BYDAY_PART.match(part.strip())
        if not match:
            continue
        if match["n"]:
            n = int(match["n"]) * (-1 if match["sign"] == "-" else 1)
            name = str(WEEKDAY_NAMES[match["day"]])
            if n in NTH_WEEKDAY:
                monthly.append(str(NTH_WEEKDAY[n]) % {"day": name})
            else:  # third to fifth from the end: as good as never
                monthly.append(_("%(n)d.-letzten %(day)s") % {"n": -n, "day": name})
        else:
            weekly.append(str(EVERY_WEEKDAY[match["day"]]))
    if monthly:
        return _("am %(days)s im Monat") % {"days": _join(monthly)}
    return _join(weekly)


def schedule_text(schedule: Schedule, today: date) -> str:
    """The rule in words, with its time and the limits a parent needs to know."""
    interval = schedule.interval or 1
    if schedule.freq == Schedule.Frequency.DAILY:
        when = _("täglich") if interval == 1 else _("alle %(n)d Tage") % {"n": interval}
    elif schedule.freq == Schedule.Frequency.MONTHLY:
        days = _days(schedule) if schedule.byday else ""
        if not days:
            days = _("am %(day)d. eines Monats") % {"day": schedule.valid_from.day}
        when = (
            days
            if interval == 1
            else _("alle %(n)d Monate %(days)s")
            % {
                "n": interval,
                "days": days,
            }
        )
    else:
        days = _days(schedule) if schedule.byday else ""
        if not days:
            days = str(
                EVERY_WEEKDAY[
                    ("MO", "TU", "WE", "TH", "FR", "SA", "SU")[schedule.valid_from.weekday()]
                ]
            )
        when = (
            days
            if interval == 1
            else _("alle %(n)d Wochen %(days)s")
            % {
                "n": interval,
                "days": days,
            }
        )
    parts = [
        _("%(when)s, %(start)s–%(end)s Uhr")
        % {
            "when": when,
            "start": formats.time_format(schedule.opens_at, "G:i"),
            "end": formats.time_format(schedule.closes_at, "G:i"),
        }
    ]
    if schedule.valid_from > today:
        parts.append(
            _("ab %(date)s") % {"date": formats.date_format(schedule.valid_from, "DATE_FORMAT")}
        )
    end = (
        min(d for d in (schedule.valid_to, schedule.until) if d)
        if (schedule.valid_to or schedule.until)
        else None
    )
    if end:
        parts.append(_("bis %(date)s") % {"date": formats.date_format(end, "DATE_FORMAT")})
    if schedule.count:
        parts.append(
            ngettext("%(n)d Termin", "%(n)d Termine", schedule.count) % {"n": schedule.count}
        )
    if schedule.skip_school_holidays:
        parts.append(_("nicht in den Schulferien"))
    text = ", ".join(parts)
    return text[0].upper() + text[1:]
