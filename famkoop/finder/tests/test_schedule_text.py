import datetime

import pytest
from django.utils import translation

from famkoop.directory.models import Schedule
from famkoop.finder.schedule_text import schedule_text

TODAY = datetime.date(2026, 11, 25)


def rule(**fields) -> Schedule:
    values = dict(
        freq=Schedule.Frequency.WEEKLY,
        interval=1,
        byday="TU",
        valid_from=datetime.date(2026, 1, 1),
        opens_at=datetime.time(9, 30),
        closes_at=datetime.time(11, 0),
    )
    values.update(fields)
    return Schedule(**values)


@pytest.mark.parametrize(
    ("fields", "text"),
    [
        ({}, "Dienstags, 9:30–11:00 Uhr"),
        ({"byday": "MO,WE,FR"}, "Montags, mittwochs und freitags, 9:30–11:00 Uhr"),
        ({"interval": 2}, "Alle 2 Wochen dienstags, 9:30–11:00 Uhr"),
        (
            {"freq": Schedule.Frequency.MONTHLY, "byday": "2MO"},
            "Am zweiten Montag im Monat, 9:30–11:00 Uhr",
        ),
        (
            {"freq": Schedule.Frequency.MONTHLY, "byday": "-1FR"},
            "Am letzten Freitag im Monat, 9:30–11:00 Uhr",
        ),
        ({"freq": Schedule.Frequency.DAILY, "byday": ""}, "Täglich, 9:30–11:00 Uhr"),
        (
            {"valid_from": datetime.date(2027, 1, 12), "count": 8},
            "Dienstags, 9:30–11:00 Uhr, ab 12. Januar 2027, 8 Termine",
        ),
        (
            {"valid_to": datetime.date(2027, 3, 31), "skip_school_holidays": True},
            "Dienstags, 9:30–11:00 Uhr, bis 31. März 2027, nicht in den Schulferien",
        ),
        ({"byday": ""}, "Donnerstags, 9:30–11:00 Uhr"),  # 1 January 2026 was a Thursday
    ],
)
def test_schedule_in_words(fields, text):
    with translation.override("de"):
        assert schedule_text(rule(**fields), TODAY) == text
