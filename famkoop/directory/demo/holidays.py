"""School holidays in North Rhine-Westphalia (state key "05") for the demo, 2024/25 to 2027/28.

These dates were written down from memory of the published plan and MUST be checked against
the official list of the NRW Ministry for Schools and Education (Ministerium für Schule und
Bildung, "Ferienordnung") before anyone relies on them; the later years are the least certain.
Each range runs from the first to the last day of the holidays, both included.
"""

from datetime import date

NRW_STATE_KEY = "05"

NRW_SCHOOL_HOLIDAYS: tuple[tuple[str, date, date], ...] = (
    ("Weihnachtsferien", date(2024, 12, 23), date(2025, 1, 6)),
    ("Osterferien", date(2025, 4, 14), date(2025, 4, 26)),
    ("Pfingstferien", date(2025, 6, 10), date(2025, 6, 10)),
    ("Sommerferien", date(2025, 7, 14), date(2025, 8, 26)),
    ("Herbstferien", date(2025, 10, 13), date(2025, 10, 25)),
    ("Weihnachtsferien", date(2025, 12, 22), date(2026, 1, 6)),
    ("Osterferien", date(2026, 3, 30), date(2026, 4, 11)),
    ("Pfingstferien", date(2026, 5, 26), date(2026, 5, 26)),
    ("Sommerferien", date(2026, 7, 20), date(2026, 9, 1)),
    ("Herbstferien", date(2026, 10, 17), date(2026, 10, 31)),
    ("Weihnachtsferien", date(2026, 12, 23), date(2027, 1, 6)),
    ("Osterferien", date(2027, 3, 22), date(2027, 4, 3)),
    ("Pfingstferien", date(2027, 5, 18), date(2027, 5, 18)),
    ("Sommerferien", date(2027, 7, 19), date(2027, 8, 31)),
    ("Herbstferien", date(2027, 10, 23), date(2027, 11, 6)),
    ("Weihnachtsferien", date(2027, 12, 24), date(2028, 1, 8)),
)
