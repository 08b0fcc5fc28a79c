"""The daily reminder of offers nobody has confirmed for a long time.

An active offer not confirmed for six months (`attention.CONFIRM_AFTER`) gets its provider a
reminder; at nine months (`attention.STALE_AFTER`) the finder marks it as stale and the
provider is reminded once more. Each provider gets one e-mail listing its offers, sent to its
organisation admins (or, without admins, to the organisation's address). A reminder is
recorded per offer, stage and confirmation date, so the job can run any number of times a day
and sends nothing twice.
"""

from dataclasses import dataclass, field
from datetime import date
from itertools import groupby

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from famkoop.accounts.models import Membership, Role
from famkoop.directory.models import Organization, Service

from .attention import CONFIRM_AFTER, is_stale
from .models import ConfirmationReminder

Stage = ConfirmationReminder.Stage


@dataclass
class ReminderReport:
    """What a run did: e-mails sent, offers they listed, providers without any address."""

    emails: int = 0
    offers: int = 0
    without_address: list[str] = field(default_factory=list)


@dataclass
class DueOffer:
    service: Service
    stage: str
    url: str


def due_offers(today: date) -> list[Service]:
    """Active offers not confirmed since CONFIRM_AFTER (or never), by provider."""
    return list(
        Service.objects.filter(status=Service.Status.ACTIVE)
        .filter(Q(assured_date__isnull=True) | Q(assured_date__lt=today - CONFIRM_AFTER))
        .select_related("organization")
        .order_by("organization__name", "organization_id", "title", "pk")
    )


def _reminded(services: list[Service]) -> set[tuple[int, str, date | None]]:
    """(offer, stage, confirmation date) of the reminders already sent for these offers."""
    keys: set[tuple[int, str, date | None]] = set()
    ids = [service.pk for service in services]
    for start in range(0, len(ids), 500):
        keys.update(
            ConfirmationReminder.objects.filter(service_id__in=ids[start : start + 500])
            .values_list("service_id", "stage", "assured_date")
            .distinct()
        )
    return keys


def recipients(organizations: list[Organization]) -> dict[int, list[str]]:
    """Each organisation's admins' addresses, else the organisation's own address."""
    admins: dict[int, set[str]] = {}
    for organization_id, email in Membership.objects.filter(
        organization__in=organizations,
        role=Role.ORGANIZATION_ADMIN,
        user__is_active=True,
    ).values_list("organization_id", "user__email"):
        if email:
            admins.setdefault(organization_id, set()).add(email)
    return {
        organization.pk: sorted(admins.get(organization.pk, set()))
        or ([organization.email] if organization.email else [])
        for organization in organizations
    }


def _message(
    organization: Organization, offers: list[DueOffer], to: list[str], base_url: str
) -> EmailMessage:
    context = {
        "organization": organization,
        "offers": offers,
        "stale_count": sum(1 for offer in offers if offer.stage == Stage.STALE),
        "dashboard_url": base_url + reverse("backoffice:dashboard"),
    }
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string("backoffice/email/confirmation_reminder_subject.txt", context)
        body = render_to_string("backoffice/email/confirmation_reminder.txt", context)
    return EmailMessage(" ".join(subject.split()), body, to=to)


def send_confirmation_reminders(today: date | None = None, base_url: str = "") -> ReminderReport:
    """E-mail each provider the offers that reached a reminder stage since the last run.

    An offer is listed once per stage and confirmation date. The e-mail and the record of its
    reminders go together: if sending fails, nothing is recorded and the next run tries again.
    `base_url` ("https://famkoop.example") makes the links in the e-mail absolute.
    """
    today = today or timezone.localdate()
    base_url = base_url.rstrip("/")
    report = ReminderReport()
    services = due_offers(today)
    reminded = _reminded(services)
    pending = [
        (service, Stage.STALE if is_stale(service, today) else Stage.CONFIRM)
        for service in services
    ]
    pending = [
        (service, stage)
        for service, stage in pending
        if (service.pk, stage, service.assured_date) not in reminded
    ]
    by_organization = [
        (organization, list(rows))
        for organization, rows in groupby(pending, key=lambda row: row[0].organization)
    ]
    addresses = recipients([organization for organization, _ in by_organization])
    for organization, rows in by_organization:
        to = addresses[organization.pk]
        if not to:
            report.without_address.append(organization.name)
            continue
        offers = [
            DueOffer(
                service,
                stage,
                base_url + reverse("backoffice:offer_edit", args=[organization.slug, service.uuid]),
            )
            for service, stage in rows
        ]
        with transaction.atomic():
            ConfirmationReminder.objects.bulk_create(
                ConfirmationReminder(
                    service=offer.service,
                    stage=offer.stage,
                    assured_date=offer.service.assured_date,
                    recipients=len(to),
                )
                for offer in offers
            )
            _message(organization, offers, to, base_url).send()
        report.emails += 1
        report.offers += len(offers)
    return report
