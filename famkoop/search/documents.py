"""Search documents built from offers.

`DocumentBuilder.documents(ids)` reads the offers as plain values in a fixed number of queries
per batch (no model instance per related row: building 200,000 documents must take well under
a minute) and turns each into a `DocumentRow`, the values of a `SearchDocument`: analysed text
terms, filter and place tokens, coordinates, next date.
"""

import itertools
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache, partial
from typing import NamedTuple

from django.utils import timezone, translation

from famkoop.directory.models import (
    DatedSession,
    Language,
    Location,
    Schedule,
    ScheduleException,
    Service,
    ServiceAtLocation,
    TargetGroup,
    TaxonomyTerm,
)
from famkoop.directory.schedules import parse_byday
from famkoop.geo.models import Municipality

from . import tokens
from .analysis import analyze_document
from .next_days import NextDays

# Offers that name no language are held in German, the directory's language.
DEFAULT_LANGUAGE = "de"
# Analysed texts kept per builder: titles and template texts repeat across offers.
_TEXT_CACHE_SIZE = 50_000

_SERVICE_FIELDS = (
    "id",
    "title",
    "summary",
    "description",
    "format",
    "status",
    "age_min_months",
    "age_max_months",
    "is_free",
    "cost_amount",
    "childcare_offered",
    "capacity",
    "accepts_referrals",
    "assured_date",
    "updated_at",
    "organization__name",
)
_SITE_FIELDS = (
    "id",
    "name",
    "city",
    "kind",
    "latitude",
    "longitude",
    "confidential_address",
    "municipality_key",
    "step_free_access",
)


class DocumentRow(NamedTuple):
    """The values of a `SearchDocument` row (without its id), as the builder makes them."""

    service_id: int
    status: str
    title_terms: str
    body_terms: str
    tags: str
    latitude: float | None
    longitude: float | None
    location_id: int | None
    other_points: str
    age_min_months: int | None
    age_max_months: int | None
    next_date: date | None
    assured_date: date | None
    service_updated_at: datetime
    indexed_at: datetime

    def text_terms(self) -> set[str]:
        return set(self.title_terms.split()) | set(self.body_terms.split())


@dataclass(frozen=True)
class Site:
    id: int
    name: str
    city: str
    kind: str
    latitude: float | None
    longitude: float | None
    confidential_address: bool
    municipality_key: str
    step_free_access: bool

    @property
    def is_physical(self) -> bool:
        return self.kind in Location.PHYSICAL_KINDS

    @property
    def public_name(self) -> str:
        """Site name and town as the public may see them (only the town when confidential)."""
        return self.city if self.confidential_address else f"{self.name} {self.city}"


@dataclass
class Offer:
    """The values of one offer that its search document is built from."""

    id: int
    title: str
    summary: str
    description: str
    format: str
    status: str
    age_min_months: int | None
    age_max_months: int | None
    is_free: bool
    cost_amount: Decimal | None
    childcare_offered: bool
    capacity: int | None
    accepts_referrals: bool
    assured_date: date | None
    updated_at: datetime
    organization_name: str
    term_ids: list[int] = field(default_factory=list)
    language_codes: list[str] = field(default_factory=list)
    target_group_codes: list[str] = field(default_factory=list)
    # (service_at_location id, site id), in the order of the links.
    site_links: list[tuple[int, int]] = field(default_factory=list)
    schedules: list[Schedule] = field(default_factory=list)
    # Schedule id → the days it does not take place.
    exceptions: dict[int, frozenset[date]] = field(default_factory=dict)
    # Upcoming sessions that are not cancelled: (start, service_at_location id).
    sessions: list[tuple[datetime, int | None]] = field(default_factory=list)


class DocumentBuilder:
    """Builds documents as of `now`; keeps reference data and repeated work between batches."""

    def __init__(self, now: datetime | None = None) -> None:
        self.now = now or timezone.now()
        self.today = timezone.localdate(self.now)
        self.next_days = NextDays(self.now)
        self.sites: dict[int, Site] = {}
        self.town_centres: dict[str, tuple[float, float] | None] = {}
        # Term id → (token, name, token of the area above, name of the area above).
        self._terms: dict[int, tuple[str, str, str, str | None]] | None = None
        self._tokens: dict[tuple[str, str], str] = {}
        self._languages: dict[str, str] = {}
        self._target_groups: dict[str, str] = {}
        with translation.override("de"):
            self._format_labels = {value: str(label) for value, label in Service.Format.choices}
        self._analysed: dict[str, tuple[str, ...]] = {}

    # Loading

    def documents(self, service_ids: Iterable[int]) -> list[DocumentRow]:
        """The documents of the offers that exist among `service_ids`."""
        return [self.build(offer) for offer in self.load(service_ids)]

    def documents_in_range(self, first_id: int, last_id: int) -> list[DocumentRow]:
        return [self.build(offer) for offer in self.load_range(first_id, last_id)]

    def load(self, service_ids: Iterable[int]) -> list[Offer]:
        """The offers with their links, dates and sites: about ten queries for any number."""
        ids = sorted(set(service_ids))
        return self._load(lambda field: {f"{field}__in": ids}) if ids else []

    def load_range(self, first_id: int, last_id: int) -> list[Offer]:
        """Every offer with an id from `first_id` to `last_id`: cheaper than a long id list."""
        return self._load(lambda field: {f"{field}__gte": first_id, f"{field}__lte": last_id})

    def _load(self, lookup: Callable[[str], dict]) -> list[Offer]:
        """`lookup(field)` gives the filter that selects the offers by the offer id `field`."""
        self._load_reference_data()
        offers = {
            values[0]: Offer(*values)
            for values in Service.objects.filter(**lookup("pk"))
            .order_by("pk")
            .values_list(*_SERVICE_FIELDS)
        }
        if not offers:
            return []
        # Rows of offers created since the first query are skipped: they are not in `offers`.
        ids = lookup("service_id")
        links = (
            (Service.taxonomy_terms.through, "taxonomyterm_id", "term_ids"),
            (Service.languages.through, "language_id", "language_codes"),
            (Service.target_groups.through, "targetgroup_id", "target_group_codes"),
        )
        for through, column, attribute in links:
            rows = through.objects.filter(**ids).order_by("pk")
            for service_id, linked in rows.values_list("service_id", column):
                if service_id in offers:
                    getattr(offers[service_id], attribute).append(linked)
        site_rows = ServiceAtLocation.objects.filter(**ids).order_by("pk")
        for link_id, service_id, site_id in site_rows.values_list(
            "id", "service_id", "location_id"
        ):
            if service_id in offers:
                offers[service_id].site_links.append((link_id, site_id))
        self._load_sites({site_id for offer in offers.values() for _, site_id in offer.site_links})
        for schedule in Schedule.objects.filter(**ids).order_by("valid_from", "pk"):
            if schedule.service_id in offers:
                offers[schedule.service_id].schedules.append(schedule)
        exceptions: dict[int, set[date]] = defaultdict(set)
        exception_rows = ScheduleException.objects.filter(**lookup("schedule__service_id"))
        for schedule_id, day in exception_rows.values_list("schedule_id", "date"):
            exceptions[schedule_id].add(day)
        for offer in offers.values():
            offer.exceptions = {
                schedule.pk: frozenset(exceptions.get(schedule.pk, ()))
                for schedule in offer.schedules
            }
        sessions = DatedSession.objects.filter(
            **ids, cancelled=False, starts_at__gte=self.now
        ).order_by("starts_at", "pk")
        for service_id, starts_at, link_id in sessions.values_list(
            "service_id", "starts_at", "service_at_location_id"
        ):
            if service_id in offers:
                offers[service_id].sessions.append((starts_at, link_id))
        return list(offers.values())

    def _load_reference_data(self) -> None:
        if self._terms is not None:
            return
        topic = partial(tokens.code_token, tokens.TOPIC_PREFIX)
        self._terms = {
            term_id: (topic(code), name, topic(parent_code) if parent_code else "", parent_name)
            for term_id, code, name, parent_code, parent_name in TaxonomyTerm.objects.values_list(
                "id", "code", "name", "parent__code", "parent__name"
            )
        }
        self._languages = dict(Language.objects.values_list("code", "name"))
        self._target_groups = dict(TargetGroup.objects.values_list("code", "name"))

    def _load_sites(self, site_ids: set[int]) -> None:
        missing = sorted(site_ids - self.sites.keys())
        for start in range(0, len(missing), 1000):
            chunk = missing[start : start + 1000]
            for values in Location.objects.filter(pk__in=chunk).values_list(*_SITE_FIELDS):
                self.sites[values[0]] = Site(*values)
        keys = {
            self.sites[site_id].municipality_key
            for site_id in site_ids
            if site_id in self.sites and self.sites[site_id].confidential_address
        } - self.town_centres.keys()
        keys.discard("")
        if keys:
            self.town_centres.update(dict.fromkeys(keys))
            centres = Municipality.objects.filter(
                key__in=keys, latitude__isnull=False, longitude__isnull=False
            )
            for key, latitude, longitude in centres.values_list("key", "latitude", "longitude"):
                self.town_centres[key] = (latitude, longitude)

    # Building

    def build(self, offer: Offer) -> "DocumentRow":
        sites = [self.sites[site_id] for _, site_id in offer.site_links if site_id in self.sites]
        terms = [self._terms[term_id] for term_id in offer.term_ids if term_id in self._terms]
        body_texts = [
            offer.summary,
            offer.description,
            offer.organization_name,
            self._format_labels.get(offer.format, ""),
            *(name for _token, name, _area_token, _area_name in terms),
            *dict.fromkeys(area_name for *_, area_name in terms if area_name),
            *(self._target_groups.get(code, "") for code in offer.target_group_codes),
            *(self._languages.get(code, "") for code in offer.language_codes),
            *(site.public_name for site in sites),
        ]
        title_terms = self._analyse(offer.title)
        body_terms = dict.fromkeys(
            itertools.chain.from_iterable(self._analyse(text) for text in body_texts)
        )
        points = self._points(sites)
        return DocumentRow(
            service_id=offer.id,
            status=offer.status,
            title_terms=" ".join(title_terms),
            body_terms=" ".join(body_terms),
            tags=" ".join(self._tags(offer, sites, terms, points)),
            latitude=points[0][0] if points else None,
            longitude=points[0][1] if points else None,
            location_id=points[0][2] if points else None,
            other_points=" ".join(
                f"{lat:.6f},{lon:.6f},{site_id}" for lat, lon, site_id in points[1:]
            ),
            age_min_months=offer.age_min_months,
            age_max_months=offer.age_max_months,
            next_date=self._next_date(offer),
            assured_date=offer.assured_date,
            service_updated_at=offer.updated_at,
            indexed_at=self.now,
        )

    def _analyse(self, text: str) -> tuple[str, ...]:
        """The clean index terms of one text, each once.

        `analyze_document` of several texts gives the terms of one after the other, so texts
        can be analysed (and remembered) one by one.
        """
        if not text:
            return ()
        terms = self._analysed.get(text)
        if terms is None:
            if len(self._analysed) >= _TEXT_CACHE_SIZE:
                self._analysed.clear()
            terms = self._analysed[text] = tuple(tokens.clean_terms(analyze_document(text)))
        return terms

    def _points(self, sites: list[Site]) -> list[tuple[float, float, int]]:
        points = []
        for site in sites:
            if site.confidential_address:
                # The town's centre: a distance to the real address would give it away.
                centre = self.town_centres.get(site.municipality_key)
                if centre is not None:
                    points.append((*centre, site.id))
            elif site.latitude is not None and site.longitude is not None:
                points.append((site.latitude, site.longitude, site.id))
        return points

    def _tags(
        self,
        offer: Offer,
        sites: list[Site],
        terms: list[tuple[str, str, str, str | None]],
        points: list[tuple[float, float, int]],
    ) -> list[str]:
        token = self._token
        tags = [token(tokens.STATUS_PREFIX, offer.status)]
        if offer.format:
            tags.append(token(tokens.FORMAT_PREFIX, offer.format))
        for term_token, _name, area_token, _area_name in terms:
            tags.append(term_token)
            if area_token:
                tags.append(area_token)
        tags += _age_tags(offer.age_min_months, offer.age_max_months)
        languages = offer.language_codes or [DEFAULT_LANGUAGE]
        tags += [token(tokens.LANGUAGE_PREFIX, code) for code in languages]
        tags += [token(tokens.TARGET_GROUP_PREFIX, code) for code in offer.target_group_codes]
        weekdays, times_of_day = self._when(offer)
        tags += [tokens.WEEKDAY_PREFIX + day for day in tokens.WEEKDAYS if day in weekdays]
        tags += [
            tokens.TIME_OF_DAY_PREFIX + when for when in tokens.TIMES_OF_DAY if when in times_of_day
        ]
        if offer.is_free or offer.cost_amount == 0:
            tags.append(tokens.FREE_TAG)
        if offer.childcare_offered:
            tags.append(tokens.CHILDCARE_TAG)
        if offer.accepts_referrals:
            tags.append(tokens.REFERRALS_TAG)
        # Until bookings are tracked, an offer "has places" when it states a capacity.
        if offer.capacity:
            tags.append(tokens.PLACES_TAG)
        if any(site.is_physical and site.step_free_access for site in sites):
            tags.append(tokens.BARRIER_FREE_TAG)
        tags += [tokens.cell_token(latitude, longitude) for latitude, longitude, _id in points]
        online = offer.format == Service.Format.ONLINE or any(
            site.kind == Location.Kind.ONLINE for site in sites
        )
        if online and not points:
            tags.append(tokens.ONLINE_TAG)
        return list(dict.fromkeys(tags))

    def _next_date(self, offer: Offer) -> date | None:
        """The day of the offer's next date, from its sessions and schedules."""
        days = [timezone.localdate(starts_at) for starts_at, _link_id in offer.sessions[:1]]
        for schedule in offer.schedules:
            day = self.next_days.next_day(
                schedule,
                offer.exceptions.get(schedule.pk, frozenset()),
                self._holiday_state(offer, schedule),
            )
            if day is not None:
                days.append(day)
        return min(days, default=None)

    def _holiday_state(self, offer: Offer, schedule: Schedule) -> str | None:
        """The state whose school holidays the schedule skips, as `schedules.state_key`."""
        if not schedule.skip_school_holidays:
            return None
        if schedule.service_at_location_id:
            links = dict(offer.site_links)
            site_id = links.get(schedule.service_at_location_id)
        else:
            site_id = offer.site_links[0][1] if len(offer.site_links) == 1 else None
        site = self.sites.get(site_id) if site_id else None
        if site is None or len(site.municipality_key) != 8:
            return None
        return site.municipality_key[:2]

    def _token(self, prefix: str, code: str) -> str:
        key = (prefix, code)
        if key not in self._tokens:
            self._tokens[key] = tokens.code_token(prefix, code)
        return self._tokens[key]

    def _when(self, offer: Offer) -> tuple[set[str], set[str]]:
        """Weekdays and times of day of the schedules still running and the sessions to come."""
        weekdays: set[str] = set()
        times_of_day: set[str] = set()
        for schedule in offer.schedules:
            if (schedule.valid_to and schedule.valid_to < self.today) or (
                schedule.until and schedule.until < self.today
            ):
                continue
            times_of_day.add(tokens.time_of_day(schedule.opens_at.hour))
            weekdays |= _schedule_weekdays(schedule)
        for starts_at, _link_id in offer.sessions:
            local = timezone.localtime(starts_at)
            weekdays.add(tokens.WEEKDAYS[local.weekday()])
            times_of_day.add(tokens.time_of_day(local.hour))
        return weekdays, times_of_day


@lru_cache(maxsize=4096)
def _age_tags(age_min_months: int | None, age_max_months: int | None) -> tuple[str, ...]:
    return tuple(
        tokens.AGE_PREFIX + band for band in tokens.age_bands(age_min_months, age_max_months)
    )


def _schedule_weekdays(schedule: Schedule) -> set[str]:
    if schedule.byday:
        try:
            return {tokens.WEEKDAYS[weekday.weekday] for weekday in parse_byday(schedule.byday)}
        except ValueError:
            return set()
    if schedule.freq == Schedule.Frequency.DAILY:
        return set(tokens.WEEKDAYS)
    if schedule.freq == Schedule.Frequency.WEEKLY:
        return {tokens.WEEKDAYS[schedule.valid_from.weekday()]}
    return set()  # monthly on a day of the month: the weekday changes
