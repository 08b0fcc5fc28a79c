"""An offer's next dates as an iCalendar file (RFC 5545) to import into a phone calendar.

Times are written in UTC, which every calendar converts to local time, so the file needs no
time zone definition. Lines are folded at 75 octets as the standard asks.
"""

from datetime import UTC, datetime

from django.utils import timezone

from famkoop.directory.models import Location, Service
from famkoop.directory.schedules import Occurrence

PRODUCT_ID = "-//famkoop//Angebotssuche//DE"


def escape(text: str) -> str:
    """TEXT value escaping of RFC 5545 §3.3.11."""
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def fold(line: str) -> str:
    """Split a content line into chunks of at most 75 octets, continued with a space."""
    encoded = line.encode()
    if len(encoded) <= 75:
        return line
    parts, current, size = [], "", 0
    for char in line:
        width = len(char.encode())
        if size + width > (75 if not parts else 74):
            parts.append(current)
            current, size = "", 0
        current += char
        size += width
    parts.append(current)
    return "\r\n ".join(parts)


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _place(location: Location | None) -> str:
    if location is None or not location.is_physical:
        return ""
    parts = [location.name, location.public_address_1, location.public_postal_code, location.city]
    return ", ".join(part for part in parts if part)


def offer_calendar(service: Service, dates: list[Occurrence], page_url: str) -> str:
    stamp = _utc(timezone.now())
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODUCT_ID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape(service.title)}",
    ]
    for occurrence in dates:
        description = "\n\n".join(
            part for part in (service.summary, occurrence.note, page_url) if part
        )
        lines += [
            "BEGIN:VEVENT",
            f"UID:{service.uuid}-{_utc(occurrence.starts_at)}@famkoop",
            f"DTSTAMP:{stamp}",
            f"DTSTART:{_utc(occurrence.starts_at)}",
            f"DTEND:{_utc(occurrence.ends_at)}",
            f"SUMMARY:{escape(service.title)}",
            f"DESCRIPTION:{escape(description)}",
            f"URL:{page_url}",
        ]
        place = _place(occurrence.location)
        if place:
            lines.append(f"LOCATION:{escape(place)}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
