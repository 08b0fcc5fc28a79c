"""Writing planned offers with their sites, dates and topics in a few bulk inserts."""

from collections.abc import Hashable, Sequence
from dataclasses import dataclass, fields

from famkoop.directory.models import (
    DatedSession,
    Schedule,
    ScheduleException,
    Service,
    ServiceAtLocation,
)

from .offers import OfferPlan


@dataclass
class WriteCounts:
    services: int = 0
    service_at_locations: int = 0
    schedules: int = 0
    exceptions: int = 0
    sessions: int = 0
    term_links: int = 0
    language_links: int = 0
    target_group_links: int = 0

    def add(self, other: "WriteCounts") -> None:
        for counter in fields(self):
            setattr(self, counter.name, getattr(self, counter.name) + getattr(other, counter.name))


def write_offers(
    plans: Sequence[OfferPlan],
    organization_ids: dict[Hashable, int],
    location_ids: dict[Hashable, int],
    batch_size: int = 2000,
) -> WriteCounts:
    """Insert the planned offers with all their rows: one bulk insert per table.

    An offer whose organisation is unknown is skipped. Unknown sites (a user may have removed
    them) are left out, and an offer with no known site left is skipped too. Needs a database
    that returns primary keys from bulk inserts (PostgreSQL, SQLite 3.35+): the rows refer to
    each other by object until then.
    """
    services: list[Service] = []
    at_locations: list[ServiceAtLocation] = []
    schedules: list[Schedule] = []
    exceptions: list[ScheduleException] = []
    sessions: list[DatedSession] = []
    term_links, language_links, group_links = [], [], []
    term_through = Service.taxonomy_terms.through
    language_through = Service.languages.through
    group_through = Service.target_groups.through

    for plan in plans:
        organization_id = organization_ids.get(plan.organization)
        site_ids = [location_ids.get(key) for key in plan.locations]
        if organization_id is None or not any(site_ids):
            continue
        service = Service(organization_id=organization_id, **plan.fields)
        services.append(service)
        # The offer at each planned site, by the site's position in the plan.
        by_site: dict[int, ServiceAtLocation] = {}
        for site_id in filter(None, site_ids):
            by_site.setdefault(site_id, ServiceAtLocation(service=service, location_id=site_id))
        at_locations += by_site.values()

        def at_site(index: int, site_ids=site_ids, by_site=by_site) -> ServiceAtLocation | None:
            site_id = site_ids[index] if index < len(site_ids) else None
            return by_site.get(site_id) if site_id else None

        for planned in plan.dates.schedules:
            schedule = Schedule(
                service=service,
                service_at_location=at_site(planned.location_index),
                **planned.fields,
            )
            schedules.append(schedule)
            exceptions += [
                ScheduleException(schedule=schedule, date=day, reason=reason)
                for day, reason in planned.exceptions
            ]
        sessions += [
            DatedSession(
                service=service,
                service_at_location=at_site(planned.location_index),
                starts_at=planned.starts_at,
                ends_at=planned.ends_at,
                cancelled=planned.cancelled,
                note=planned.note,
            )
            for planned in plan.dates.sessions
        ]
        term_links += [
            term_through(service=service, taxonomyterm_id=term_id)
            for term_id in dict.fromkeys(plan.term_ids)
        ]
        language_links += [
            language_through(service=service, language_id=code)
            for code in dict.fromkeys(plan.language_codes)
        ]
        group_links += [
            group_through(service=service, targetgroup_id=code)
            for code in dict.fromkeys(plan.target_group_codes)
        ]

    # Parents first: bulk_create fills in the foreign keys of children from saved parents.
    Service.objects.bulk_create(services, batch_size=batch_size)
    ServiceAtLocation.objects.bulk_create(at_locations, batch_size=batch_size)
    Schedule.objects.bulk_create(schedules, batch_size=batch_size)
    ScheduleException.objects.bulk_create(exceptions, batch_size=batch_size)
    DatedSession.objects.bulk_create(sessions, batch_size=batch_size)
    term_through.objects.bulk_create(term_links, batch_size=batch_size)
    language_through.objects.bulk_create(language_links, batch_size=batch_size)
    group_through.objects.bulk_create(group_links, batch_size=batch_size)
    return WriteCounts(
        services=len(services),
        service_at_locations=len(at_locations),
        schedules=len(schedules),
        exceptions=len(exceptions),
        sessions=len(sessions),
        term_links=len(term_links),
        language_links=len(language_links),
        target_group_links=len(group_links),
    )
