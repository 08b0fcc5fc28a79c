"""Writing the NRW demo: create what is missing, never change or delete what exists.

Rows are matched on stable keys: organisations by slug, offers by external id ("demo-…"),
users by e-mail, school holidays by state and first day. Rows that belong to one parent –
an organisation's sites, a youth office's responsibility and planning areas, an offer's
sites, schedules and topics, a user's memberships – are created together with their parent
only, so that what a user changed or removed later stays as the user left it.
"""

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from django.db import transaction
from django.utils import timezone

from famkoop.accounts.models import Membership, Role, User
from famkoop.directory.models import (
    DatedSession,
    Location,
    Organization,
    PlanningArea,
    ResponsibilityArea,
    Schedule,
    SchoolHoliday,
    Service,
)

from .holidays import NRW_SCHOOL_HOLIDAYS, NRW_STATE_KEY
from .nrw import EXTERNAL_ID_PREFIX, SEED, plan_demo
from .offers import read_reference
from .plans import DemoPlan, read_geography
from .writer import write_offers

# Public on purpose: the demo accounts hold fictitious data only.
DEFAULT_PASSWORD = "famkoop-demo"  # noqa: S105


@dataclass
class Login:
    role: str
    email: str
    password: str
    organization: str


@dataclass
class DemoResult:
    created: dict[str, int] = field(default_factory=dict)
    logins: list[Login] = field(default_factory=list)


def load_demo(
    password: str = DEFAULT_PASSWORD,
    report: Callable[[str], None] = lambda line: None,
    today: date | None = None,
) -> DemoResult:
    """Create the NRW demo data that is missing, all in one transaction.

    Guarantees: a second run creates nothing and changes nothing; the same seed gives the same
    organisations, sites and offers; existing accounts keep their password.
    Raises MissingReferenceData when the geography or the topic taxonomy is not loaded.
    """
    today = today or timezone.localdate()
    with transaction.atomic():
        reference = read_reference()
        geo = read_geography()
        rng = random.Random(SEED)  # noqa: S311 - reproducible demo data, not security
        plan = plan_demo(rng, today, reference, geo)
        report(
            f"Plan: {len(plan.organizations)} Organisationen, {len(plan.locations)} Standorte, "
            f"{len(plan.offers)} Angebote, {len(plan.users)} Demo-Konten."
        )
        return _write(plan, password, report)


def _write(plan: DemoPlan, password: str, report: Callable[[str], None]) -> DemoResult:
    result = DemoResult()
    created = result.created

    known_starts = set(
        SchoolHoliday.objects.filter(state_id=NRW_STATE_KEY).values_list("start", flat=True)
    )
    holidays = [
        SchoolHoliday(state_id=NRW_STATE_KEY, name=name, start=start, end=end)
        for name, start, end in NRW_SCHOOL_HOLIDAYS
        if start not in known_starts
    ]
    SchoolHoliday.objects.bulk_create(holidays)
    created["Schulferien"] = len(holidays)
    report(f"Schulferien NRW: {len(holidays)} neu")

    slugs = [organization.slug for organization in plan.organizations]
    known_slugs = set(Organization.objects.filter(slug__in=slugs).values_list("slug", flat=True))
    new_organizations = [o for o in plan.organizations if o.slug not in known_slugs]
    Organization.objects.bulk_create(
        [Organization(slug=o.slug, **o.fields) for o in new_organizations]
    )
    organization_ids = dict(Organization.objects.filter(slug__in=slugs).values_list("slug", "id"))
    new_slugs = {o.slug for o in new_organizations}
    created["Organisationen"] = len(new_organizations)
    report(f"Organisationen: {len(new_organizations)} neu, {len(known_slugs)} vorhanden")

    locations = [
        Location(organization_id=organization_ids[site.organization], **site.fields)
        for site in plan.locations
        if site.organization in new_slugs
    ]
    Location.objects.bulk_create(locations)
    created["Standorte"] = len(locations)
    location_ids = {
        (slug, name): pk
        for slug, name, pk in Location.objects.filter(
            organization_id__in=organization_ids.values()
        ).values_list("organization__slug", "name", "id")
    }
    report(f"Standorte: {len(locations)} neu")

    areas = [
        ResponsibilityArea(organization_id=organization_ids[slug], municipality_id=key)
        for slug, keys in plan.responsibility_areas.items()
        if slug in new_slugs
        for key in keys
    ]
    ResponsibilityArea.objects.bulk_create(areas)
    created["Zuständigkeitsbereiche"] = len(areas)
    created["Sozialräume"] = _write_planning_areas(plan, organization_ids, new_slugs)
    report(
        f"Jugendämter: {len(areas)} Zuständigkeitsbereiche und "
        f"{created['Sozialräume']} Sozialräume neu"
    )

    known_offers = set(
        Service.objects.filter(external_id__startswith=EXTERNAL_ID_PREFIX).values_list(
            "external_id", flat=True
        )
    )
    new_offers = [offer for offer in plan.offers if offer.external_id not in known_offers]
    counts = write_offers(new_offers, organization_ids, location_ids)
    created["Angebote"] = counts.services
    created["Terminregeln"] = counts.schedules
    created["Einzeltermine"] = counts.sessions
    created["Ausfälle"] = counts.exceptions
    report(
        f"Angebote: {counts.services} neu ({counts.schedules} Terminregeln, "
        f"{counts.sessions} Einzeltermine, {counts.exceptions} Ausfälle), "
        f"{len(known_offers)} vorhanden"
    )

    created["Konten"], result.logins = _write_users(plan, organization_ids, new_slugs, password)
    report(f"Demo-Konten: {created['Konten']} neu")
    return result


def _write_planning_areas(
    plan: DemoPlan, organization_ids: dict[str, int], new_slugs: set[str]
) -> int:
    planned = [area for area in plan.planning_areas if area.organization in new_slugs]
    areas = [
        PlanningArea(
            organization_id=organization_ids[area.organization],
            name=area.name,
            slug=area.slug,
            description=area.description,
        )
        for area in planned
    ]
    PlanningArea.objects.bulk_create(areas)
    postcode_through = PlanningArea.postal_codes.through
    municipality_through = PlanningArea.municipalities.through
    postcode_through.objects.bulk_create(
        postcode_through(planningarea_id=area.pk, postalcode_id=code)
        for area, planned_area in zip(areas, planned, strict=True)
        for code in planned_area.postal_codes
    )
    municipality_through.objects.bulk_create(
        municipality_through(planningarea_id=area.pk, municipality_id=key)
        for area, planned_area in zip(areas, planned, strict=True)
        for key in planned_area.municipalities
    )
    return len(areas)


def _write_users(
    plan: DemoPlan, organization_ids: dict[str, int], new_slugs: set[str], password: str
) -> tuple[int, list[Login]]:
    known = {
        user.email: user for user in User.objects.filter(email__in=[u.email for u in plan.users])
    }
    names = dict(
        Organization.objects.filter(
            slug__in={user.organization for user in plan.users}
        ).values_list("slug", "name")
    )
    logins = []
    created = 0
    for planned in plan.users:
        if planned.email not in known:
            user = User.objects.create_user(
                planned.email,
                password,
                first_name=planned.first_name,
                last_name=planned.last_name,
                is_staff=planned.is_staff,
                is_superuser=planned.is_superuser,
            )
            if planned.organization in organization_ids:
                Membership.objects.create(
                    user=user,
                    organization_id=organization_ids[planned.organization],
                    role=planned.role,
                )
            created += 1
        logins.append(
            Login(
                role=str(Role(planned.role).label),
                email=planned.email,
                password=_shown_password(known.get(planned.email), password),
                organization=names.get(planned.organization, ""),
            )
        )
    return created, logins


def _shown_password(existing_user: User | None, password: str) -> str:
    """The demo password, unless someone changed it on an existing account (never shown)."""
    if existing_user is None or existing_user.check_password(password):
        return password
    return "(Passwort wurde geändert)"


def demo_figures() -> dict[str, int]:
    """Counts of the demo rows in the database, for the summary."""
    demo_services = Service.objects.filter(external_id__startswith=EXTERNAL_ID_PREFIX)
    kinds = Organization.Kind
    return {
        "Träger": Organization.objects.filter(kind=kinds.PROVIDER).count(),
        "Kooperationspartner": Organization.objects.filter(kind=kinds.PARTNER).count(),
        "Jugendämter": Organization.objects.filter(kind=kinds.YOUTH_OFFICE).count(),
        "Landesjugendämter": Organization.objects.filter(kind=kinds.STATE_YOUTH_OFFICE).count(),
        "Standorte vor Ort": Location.objects.filter(kind__in=Location.PHYSICAL_KINDS).count(),
        "Standorte online/aufsuchend": Location.objects.exclude(
            kind__in=Location.PHYSICAL_KINDS
        ).count(),
        "vertrauliche Adressen": Location.objects.filter(confidential_address=True).count(),
        "Demo-Angebote": demo_services.count(),
        "davon aktiv": demo_services.filter(status=Service.Status.ACTIVE).count(),
        "davon für Vermittlungen offen": demo_services.filter(accepts_referrals=True).count(),
        "Terminregeln": Schedule.objects.filter(service__in=demo_services).count(),
        "Einzeltermine": DatedSession.objects.filter(service__in=demo_services).count(),
        "Zuständigkeitsbereiche": ResponsibilityArea.objects.count(),
        "Sozialräume": PlanningArea.objects.count(),
        "Schulferien NRW": SchoolHoliday.objects.filter(state_id=NRW_STATE_KEY).count(),
    }
