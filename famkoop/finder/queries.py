"""Reads for the finder's pages: result cards, an offer with everything a parent needs, a
provider's and a site's offers. Each list is fetched with a fixed number of queries."""

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.db.models import Prefetch, QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language

from famkoop.directory.models import (
    Language,
    Location,
    Organization,
    Service,
    TargetGroup,
    TaxonomyTerm,
)
from famkoop.directory.schedules import NEXT_DATES_PREFETCH, Occurrence, next_dates
from famkoop.search.engine import SearchResults

from .schedule_text import schedule_text

# Offers the public can open: active ones, and those closed for a while (shown with a notice).
PUBLIC_STATUSES = (Service.Status.ACTIVE, Service.Status.TEMPORARILY_CLOSED)
# How far ahead cancellations are listed on an offer page.
CANCELLATIONS_AHEAD_DAYS = 90
NEXT_DATES_SHOWN = 5
CALENDAR_DATES = 20


@dataclass(frozen=True)
class LocalizedText:
    """An offer's title and summary in the visitor's language where its provider wrote one;
    `language` is that language's code (for a `lang` attribute), "" for the German original."""

    title: str
    summary: str
    language: str = ""
    # The summary's language: "" when the translation has none and the German one is shown.
    summary_language: str = ""


def localized(service: Service, language: str | None = None) -> LocalizedText:
    """Title and summary for `language` (default: the active one). Uses the prefetched
    `translations` when present."""
    language = (language or get_language() or "de").split("-")[0]
    if language != "de":
        for translation in service.translations.all():
            if translation.language == language:
                if translation.summary:
                    return LocalizedText(translation.title, translation.summary, language, language)
                return LocalizedText(translation.title, service.summary, language)
    return LocalizedText(service.title, service.summary)


@dataclass(frozen=True)
class OfferCard:
    """One result as the list shows it."""

    service: Service
    text: LocalizedText
    location: Location | None
    distance_km: float | None
    next_date: date | None
    # Read with the cards where given; otherwise from the offer's prefetched languages.
    language_names: tuple[str, ...] | None = None
    offer_url: str = ""

    @property
    def point(self) -> tuple[float, float] | None:
        return self.location.public_coordinates if self.location else None

    @property
    def languages(self) -> tuple[str, ...]:
        """The native names of the offer's languages, by their German names."""
        if self.language_names is not None:
            return self.language_names
        return tuple(language.native_name for language in self.service.languages.all())

    @property
    def url(self) -> str:
        return self.offer_url or reverse("finder:offer", args=[self.service.uuid])


def _cards_queryset() -> QuerySet[Service]:
    return Service.objects.select_related("organization").prefetch_related(
        "languages",
        "translations",
        Prefetch("locations", queryset=Location.objects.order_by("pk")),
    )


def result_cards(results: SearchResults) -> list[OfferCard]:
    """The page's hits as cards, in rank order: four queries whatever the page size (five in
    a language other than German, for the providers' translations).

    Languages and sites are read as plain rows rather than prefetched: the prefetches of
    many-to-many relations cost more than the queries themselves.
    """
    ids = [hit.service_id for hit in results.hits]
    services = Service.objects.select_related("organization")
    if (get_language() or "de").split("-")[0] != "de":
        services = services.prefetch_related("translations")
    found = services.in_bulk(ids)
    language_names: dict[int, list[str]] = {service_id: [] for service_id in ids}
    for service_id, native_name in (
        Service.languages.through.objects.filter(service_id__in=ids)
        .order_by("language__name", "language_id")
        .values_list("service_id", "language__native_name")
    ):
        language_names[service_id].append(native_name)
    site_ids: dict[int, list[int]] = {service_id: [] for service_id in ids}
    for service_id, location_id in Service.locations.through.objects.filter(
        service_id__in=ids
    ).values_list("service_id", "location_id"):
        site_ids[service_id].append(location_id)
    sites = Location.objects.in_bulk({site for links in site_ids.values() for site in links})
    # One address reversed; the others differ only in the offer's uuid.
    pattern_uuid = "00000000-0000-0000-0000-000000000000"
    pattern = reverse("finder:offer", args=[pattern_uuid])
    cards = []
    for hit in results.hits:
        service = found.get(hit.service_id)
        if service is None:  # deleted since the search
            continue
        locations = [sites[site_id] for site_id in sorted(site_ids[service.pk]) if site_id in sites]
        location = next((site for site in locations if site.pk == hit.location_id), None)
        if location is None:
            location = next((site for site in locations if site.is_physical), None)
        cards.append(
            OfferCard(
                service,
                localized(service),
                location,
                hit.distance_km,
                hit.next_date,
                language_names=tuple(language_names[service.pk]),
                offer_url=pattern.replace(pattern_uuid, str(service.uuid)),
            )
        )
    return cards


@dataclass(frozen=True)
class Cancellation:
    day: date
    reason: str


@dataclass
class OfferDetail:
    service: Service
    text: LocalizedText
    next_dates: list[Occurrence]
    cancellations: list[Cancellation]
    locations: list[Location]
    # Each schedule in words with its note, e.g. ("Dienstags, 9:30–11:00 Uhr", "im Saal").
    rules: list[tuple[str, str]]

    @property
    def rule_notes(self) -> set[str]:
        """Notes already shown with their rule, not repeated at each date."""
        return {note for _rule, note in self.rules if note}


def public_offer(uuid) -> Service | None:
    return (
        Service.objects.filter(uuid=uuid, status__in=PUBLIC_STATUSES)
        .select_related("organization")
        .prefetch_related(
            "languages",
            "target_groups",
            "translations",
            Prefetch("taxonomy_terms", queryset=TaxonomyTerm.objects.select_related("parent")),
            Prefetch("locations", queryset=Location.objects.order_by("pk")),
            *NEXT_DATES_PREFETCH,
        )
        .first()
    )


def offer_detail(service: Service, now: datetime | None = None) -> OfferDetail:
    now = now or timezone.now()
    today = timezone.localdate(now)
    horizon = today + timedelta(days=CANCELLATIONS_AHEAD_DAYS)
    cancelled = [
        Cancellation(exception.date, exception.reason)
        for schedule in service.schedules.all()
        for exception in schedule.exceptions.all()
        if today <= exception.date <= horizon
    ]
    cancelled += [
        Cancellation(timezone.localdate(session.starts_at), session.note)
        for session in service.sessions.all()
        if session.cancelled
        and now <= session.starts_at
        and timezone.localdate(session.starts_at) <= horizon
    ]
    cancelled.sort(key=lambda item: item.day)
    return OfferDetail(
        service=service,
        text=localized(service),
        next_dates=next_dates(service, now, NEXT_DATES_SHOWN),
        cancellations=cancelled,
        locations=list(service.locations.all()),
        rules=[
            (schedule_text(schedule, today), schedule.description)
            for schedule in service.schedules.all()
            if not schedule.valid_to or schedule.valid_to >= today
        ],
    )


def calendar_dates(service: Service, now: datetime | None = None) -> list[Occurrence]:
    return next_dates(service, now or timezone.now(), CALENDAR_DATES)


def public_organization(slug: str) -> Organization | None:
    return Organization.objects.filter(slug=slug).first()


def organization_offers(organization: Organization) -> list[OfferCard]:
    services = _cards_queryset().filter(organization=organization, status__in=PUBLIC_STATUSES)
    return _plain_cards(services.order_by("title", "pk"))


def organization_sites(organization: Organization) -> list[Location]:
    return list(
        Location.objects.filter(organization=organization)
        .filter(kind__in=Location.PHYSICAL_KINDS)
        .order_by("city", "name")
    )


def public_site(uuid) -> Location | None:
    return (
        Location.objects.filter(uuid=uuid, confidential_address=False)
        .select_related("organization")
        .first()
    )


def site_offers(location: Location) -> list[OfferCard]:
    services = _cards_queryset().filter(locations=location, status__in=PUBLIC_STATUSES)
    return [
        OfferCard(card.service, card.text, location, None, None)
        for card in _plain_cards(services.order_by("title", "pk").distinct())
    ]


def _plain_cards(services: QuerySet[Service]) -> list[OfferCard]:
    cards = []
    for service in services:
        location = next((site for site in service.locations.all() if site.is_physical), None)
        cards.append(OfferCard(service, localized(service), location, None, None))
    return cards


@dataclass(frozen=True)
class Labels:
    """Display names of filter values, loaded once per page."""

    topics: dict[str, str]
    topic_areas: list[str]
    languages: dict[str, str]
    target_groups: dict[str, str]


def filter_labels() -> Labels:
    topics: dict[str, str] = {}
    areas: list[str] = []
    for code, name, parent_id in TaxonomyTerm.objects.order_by("order", "name").values_list(
        "code", "name", "parent_id"
    ):
        topics[code] = name
        if parent_id is None:
            areas.append(code)
    return Labels(
        topics=topics,
        topic_areas=areas,
        languages={
            code: name if name == native else f"{native} ({name})"
            for code, name, native in Language.objects.values_list("code", "name", "native_name")
        },
        target_groups=dict(TargetGroup.objects.order_by("order").values_list("code", "name")),
    )


def topic_areas() -> list[TaxonomyTerm]:
    """The top-level topics, as ways into the directory on an empty search page."""
    return list(TaxonomyTerm.objects.filter(parent=None).order_by("order", "name"))
