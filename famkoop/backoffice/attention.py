"""What needs attention in the back office: the dashboard's questions, one query each."""

from dataclasses import dataclass, field

from django.db.models import Count, Q
from django.utils import timezone

from famkoop.accounts.models import Role
from famkoop.accounts.policy import Action, may, roles_of
from famkoop.directory.freshness import CONFIRM_AFTER, STALE_AFTER, is_stale, needs_confirmation
from famkoop.directory.models import Organization, Service

# The rules of freshness (remind after six months, stale after nine) live with the directory;
# the finder uses them too.
__all__ = ["CONFIRM_AFTER", "STALE_AFTER", "is_stale", "needs_confirmation", "overview"]


@dataclass
class OrganizationOverview:
    organization: Organization
    roles: list[str]
    can_edit_offers: bool
    can_manage_members: bool
    can_edit_areas: bool
    counts: dict[str, int] = field(default_factory=dict)
    can_edit_sites: bool = False
    can_edit_profile: bool = False


def overview(user) -> list[OrganizationOverview]:
    """The user's organisations with their roles and, for providers, counts of offers that need
    attention (drafts, unconfirmed for six months, stale after nine)."""
    held = roles_of(user)
    role_labels = dict(Role.choices)
    organizations = Organization.objects.filter(
        pk__in={entry.organization_id for entry in held}
    ).order_by("name")
    today = timezone.localdate()
    counts = {
        row["organization"]: row
        for row in Service.objects.filter(organization__in=organizations)
        .values("organization")
        .annotate(
            total=Count("pk", filter=~Q(status=Service.Status.DEFUNCT)),
            drafts=Count("pk", filter=Q(status=Service.Status.INACTIVE)),
            unconfirmed=Count(
                "pk",
                filter=Q(status=Service.Status.ACTIVE)
                & (Q(assured_date__isnull=True) | Q(assured_date__lt=today - CONFIRM_AFTER)),
            ),
            stale=Count(
                "pk",
                filter=Q(status=Service.Status.ACTIVE)
                & (Q(assured_date__isnull=True) | Q(assured_date__lt=today - STALE_AFTER)),
            ),
            paused=Count("pk", filter=Q(status=Service.Status.TEMPORARILY_CLOSED)),
        )
    }
    result = []
    for organization in organizations:
        roles = sorted(
            {role_labels[entry.role] for entry in held if entry.organization_id == organization.pk}
        )
        row = counts.get(organization.pk, {})
        result.append(
            OrganizationOverview(
                organization=organization,
                roles=roles,
                can_edit_offers=may(user, Action.OFFER_CREATE, organization),
                can_manage_members=may(user, Action.MEMBERS_MANAGE, organization),
                can_edit_areas=may(user, Action.AREAS_EDIT, organization),
                can_edit_sites=may(user, Action.SITE_LIST, organization),
                can_edit_profile=may(user, Action.ORGANIZATION_EDIT, organization),
                counts={
                    key: row.get(key, 0)
                    for key in ("total", "drafts", "unconfirmed", "stale", "paused")
                },
            )
        )
    return result
