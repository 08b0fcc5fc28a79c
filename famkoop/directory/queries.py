"""Reads of the directory used by several pages."""

from django.db.models import QuerySet

from .models import Location, Organization, Service


def active_services() -> QuerySet[Service]:
    return Service.objects.filter(status=Service.Status.ACTIVE)


def directory_figures() -> dict[str, int]:
    """Counts shown on the start page."""
    return {
        "services": active_services().count(),
        "providers": Organization.objects.filter(kind=Organization.Kind.PROVIDER).count(),
        "locations": Location.objects.exclude(
            kind__in=[Location.Kind.ONLINE, Location.Kind.OUTREACH]
        ).count(),
        "youth_offices": Organization.objects.filter(kind=Organization.Kind.YOUTH_OFFICE).count(),
    }


def recently_confirmed_services(limit: int) -> list[Service]:
    """Active offers whose provider confirmed them most recently, with provider and sites."""
    return list(
        active_services()
        .filter(assured_date__isnull=False)
        .select_related("organization")
        .prefetch_related("locations")
        .order_by("-assured_date", "title")[:limit]
    )
