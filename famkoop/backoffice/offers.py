"""The offer editor's actions: every change of an offer and its parts goes through here.

Each function runs in one transaction, changes one offer (and its parts), and asks the search
index to take the offer up again once the transaction has committed, so the public finder
shows what was saved. The audit history records the rows through `famkoop.audit`'s signals in
the same transaction.

Lifecycle (HSDS statuses, no schema of its own):

    draft (INACTIVE) --publish--> published (ACTIVE) --pause--> paused (TEMPORARILY_CLOSED)
          any state but archived --archive--> archived (DEFUNCT) --publish--> published

New and duplicated offers start as drafts. Publishing and confirming set the "last confirmed"
date to today.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from famkoop.directory.models import (
    DatedSession,
    Language,
    Location,
    Organization,
    Schedule,
    ScheduleException,
    Service,
    ServiceAtLocation,
    ServiceTranslation,
    TargetGroup,
    TaxonomyTerm,
)
from famkoop.search.index import index_services_on_commit

Status = Service.Status

# The lifecycle as staff call it; the public finder shows ACTIVE and TEMPORARILY_CLOSED.
LIFECYCLE_LABELS = {
    Status.INACTIVE: _("Entwurf"),
    Status.ACTIVE: _("veröffentlicht"),
    Status.TEMPORARILY_CLOSED: _("pausiert"),
    Status.DEFUNCT: _("archiviert"),
}

# From which states each transition may start.
PUBLISHABLE = frozenset({Status.INACTIVE, Status.TEMPORARILY_CLOSED, Status.DEFUNCT})
PAUSABLE = frozenset({Status.ACTIVE})
ARCHIVABLE = frozenset({Status.INACTIVE, Status.ACTIVE, Status.TEMPORARILY_CLOSED})
CONFIRMABLE = frozenset({Status.ACTIVE, Status.TEMPORARILY_CLOSED})

# Fields a duplicate takes over from its original.
COPIED_FIELDS = (
    "summary",
    "description",
    "format",
    "age_min_months",
    "age_max_months",
    "is_free",
    "cost_amount",
    "cost_description",
    "registration_required",
    "registration_details",
    "childcare_offered",
    "capacity",
    "email",
    "phone",
    "url",
    "accepts_referrals",
)
COPIED_SCHEDULE_FIELDS = (
    "valid_from",
    "valid_to",
    "freq",
    "interval",
    "byday",
    "count",
    "until",
    "opens_at",
    "closes_at",
    "skip_school_holidays",
    "description",
)


class OfferError(Exception):
    """A change the rules refuse; `message` is shown to the user, `field` names the form field
    it belongs to (or None for the whole form)."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


@dataclass
class OfferLinks:
    """An offer's many-to-many choices, as the editor submits them."""

    target_groups: Iterable[TargetGroup] = ()
    languages: Iterable[Language] = ()
    taxonomy_terms: Iterable[TaxonomyTerm] = ()
    locations: Iterable[Location] = field(default_factory=list)


def lifecycle_label(service: Service) -> str:
    return str(LIFECYCLE_LABELS.get(service.status, service.get_status_display()))


def _locked(service: Service) -> Service:
    """The offer's row, locked until the end of the transaction (two editors, one outcome)."""
    return Service.objects.select_for_update().get(pk=service.pk)


def _reindex(service: Service) -> None:
    index_services_on_commit([service.pk])


def create_offer(organization: Organization, service: Service, links: OfferLinks) -> Service:
    """Save a new offer of `organization` as a draft, with its links and sites."""
    with transaction.atomic():
        service.organization = organization
        service.status = Status.INACTIVE
        service.assured_date = None
        service.full_clean()
        service.save()
        _set_links(service, links)
        _reindex(service)
    return service


def update_offer(service: Service, links: OfferLinks) -> Service:
    """Save the edited fields of an offer (its status is not touched) and its links.

    Raises OfferError when a site would be removed that still has dates of its own.
    """
    with transaction.atomic():
        current = _locked(service)
        service.status = current.status
        service.assured_date = current.assured_date
        service.full_clean()
        service.save()
        _set_links(service, links)
        _reindex(service)
    return service


def _set_links(service: Service, links: OfferLinks) -> None:
    service.target_groups.set(list(links.target_groups))
    service.languages.set(list(links.languages))
    service.taxonomy_terms.set(list(links.taxonomy_terms))
    set_sites(service, links.locations)


def set_sites(service: Service, locations: Iterable[Location]) -> None:
    """Make `locations` the offer's sites: add the new ones, remove the others.

    A site with dates of its own (a rule or a session bound to it) is not removed: its dates
    would go with it. Sites must belong to the offer's organisation.
    """
    wanted = {location.pk: location for location in locations}
    foreign = [loc for loc in wanted.values() if loc.organization_id != service.organization_id]
    if foreign:
        raise OfferError(gettext("Bitte wählen Sie nur Standorte Ihrer Organisation."), "locations")
    existing = {
        link.location_id: link
        for link in ServiceAtLocation.objects.filter(service=service).select_related("location")
    }
    removed = [link for location_id, link in existing.items() if location_id not in wanted]
    for link in removed:
        if link.schedules.exists() or link.sessions.exists():
            raise OfferError(
                gettext(
                    "Am Standort „%(site)s“ sind noch Termine eingetragen. Bitte löschen Sie "
                    "diese Termine zuerst oder ordnen Sie sie einem anderen Standort zu."
                )
                % {"site": link.location.name},
                "locations",
            )
    for link in removed:
        link.delete()
    for location_id, location in wanted.items():
        if location_id not in existing:
            ServiceAtLocation.objects.create(service=service, location=location)


def duplicate_offer(original: Service) -> Service:
    """A draft copy of an offer: its fields, topics, target groups, languages, sites,
    translations and recurring rules; not its cancellations and dated sessions, which belong
    to the original's dates."""
    with transaction.atomic():
        copy = Service(
            organization=original.organization,
            title=(gettext("%(title)s (Kopie)") % {"title": original.title})[:200],
            status=Status.INACTIVE,
            **{name: getattr(original, name) for name in COPIED_FIELDS},
        )
        copy.save()
        copy.target_groups.set(original.target_groups.all())
        copy.languages.set(original.languages.all())
        copy.taxonomy_terms.set(original.taxonomy_terms.all())
        sites = {}
        for link in original.at_locations.all():
            sites[link.pk] = ServiceAtLocation.objects.create(
                service=copy, location_id=link.location_id, description=link.description
            )
        for translation in original.translations.all():
            ServiceTranslation.objects.create(
                service=copy,
                language=translation.language,
                title=translation.title,
                summary=translation.summary,
            )
        for schedule in original.schedules.all():
            Schedule.objects.create(
                service=copy,
                service_at_location=sites.get(schedule.service_at_location_id),
                **{name: getattr(schedule, name) for name in COPIED_SCHEDULE_FIELDS},
            )
        _reindex(copy)
    return copy


def _transition(
    service: Service, allowed: frozenset[str], status: str, message: str, *, confirm: bool
) -> Service:
    with transaction.atomic():
        current = _locked(service)
        if current.status not in allowed:
            raise OfferError(message)
        current.status = status
        fields = ["status", "updated_at"]
        if confirm:
            current.assured_date = timezone.localdate()
            fields.append("assured_date")
        current.save(update_fields=fields)
        _reindex(current)
    service.status = current.status
    service.assured_date = current.assured_date
    return service


def publish(service: Service) -> Service:
    """Show the offer in the public finder (from draft, paused or archived); it counts as
    confirmed today."""
    return _transition(
        service,
        PUBLISHABLE,
        Status.ACTIVE,
        gettext("Das Angebot ist bereits veröffentlicht."),
        confirm=True,
    )


def pause(service: Service) -> Service:
    """A published offer that does not take place for a while: the finder no longer lists it,
    its page says so."""
    return _transition(
        service,
        PAUSABLE,
        Status.TEMPORARILY_CLOSED,
        gettext("Nur ein veröffentlichtes Angebot kann pausiert werden."),
        confirm=False,
    )


def archive(service: Service) -> Service:
    """Take the offer out of the finder for good (it can be published again)."""
    return _transition(
        service,
        ARCHIVABLE,
        Status.DEFUNCT,
        gettext("Das Angebot ist bereits archiviert."),
        confirm=False,
    )


def confirm_current(service: Service, today: date | None = None) -> Service:
    """Record that the provider checked the offer today ("still current")."""
    with transaction.atomic():
        current = _locked(service)
        if current.status not in CONFIRMABLE:
            raise OfferError(
                gettext("Nur veröffentlichte oder pausierte Angebote können bestätigt werden.")
            )
        current.assured_date = today or timezone.localdate()
        current.save(update_fields=["assured_date", "updated_at"])
        _reindex(current)
    service.assured_date = current.assured_date
    return service


# Parts of an offer: rules, cancellations, dated sessions, translations.


def _check_site(service: Service, link: ServiceAtLocation | None) -> None:
    if link is not None and link.service_id != service.pk:
        raise OfferError(
            gettext("Bitte wählen Sie einen Standort dieses Angebots."), "service_at_location"
        )


def save_schedule(schedule: Schedule) -> Schedule:
    """Create or change a recurring rule of its offer."""
    with transaction.atomic():
        _locked(schedule.service)
        _check_site(schedule.service, schedule.service_at_location)
        schedule.full_clean()
        schedule.save()
        _reindex(schedule.service)
    return schedule


def delete_schedule(schedule: Schedule) -> None:
    """Delete a rule with its cancellations."""
    with transaction.atomic():
        service = _locked(schedule.service)
        schedule.delete()
        _reindex(service)


def cancel_date(schedule: Schedule, day: date, reason: str = "") -> ScheduleException:
    """Cancel one date of a recurring rule. Raises OfferError when the date is already
    cancelled."""
    with transaction.atomic():
        _locked(schedule.service)
        if schedule.exceptions.filter(date=day).exists():
            raise OfferError(gettext("Dieser Termin ist bereits abgesagt."), "date")
        exception = ScheduleException.objects.create(schedule=schedule, date=day, reason=reason)
        _reindex(schedule.service)
    return exception


def undo_cancellation(exception: ScheduleException) -> None:
    with transaction.atomic():
        service = _locked(exception.schedule.service)
        exception.delete()
        _reindex(service)


def save_session(session: DatedSession) -> DatedSession:
    """Create or change a dated session (also to cancel it: `cancelled`)."""
    with transaction.atomic():
        _locked(session.service)
        _check_site(session.service, session.service_at_location)
        session.full_clean()
        session.save()
        _reindex(session.service)
    return session


def delete_session(session: DatedSession) -> None:
    with transaction.atomic():
        service = _locked(session.service)
        session.delete()
        _reindex(service)


def save_translation(translation: ServiceTranslation) -> ServiceTranslation:
    """Create or change the offer's title and summary in one language."""
    with transaction.atomic():
        _locked(translation.service)
        taken = ServiceTranslation.objects.filter(
            service=translation.service, language=translation.language
        ).exclude(pk=translation.pk)
        if taken.exists():
            raise OfferError(
                gettext("Für diese Sprache gibt es schon eine Übersetzung."), "language"
            )
        translation.full_clean()
        translation.save()
        _reindex(translation.service)
    return translation


def delete_translation(translation: ServiceTranslation) -> None:
    with transaction.atomic():
        service = _locked(translation.service)
        translation.delete()
        _reindex(service)
