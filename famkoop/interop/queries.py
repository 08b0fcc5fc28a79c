"""What the HSDS API may show, fetched in a fixed number of queries per page."""

from datetime import datetime

from django.db.models import Max, Prefetch, QuerySet

from famkoop.directory.models import (
    Location,
    Organization,
    Schedule,
    Service,
    ServiceAtLocation,
    Taxonomy,
    TaxonomyTerm,
)
from famkoop.finder.queries import PUBLIC_STATUSES


def public_services() -> QuerySet[Service]:
    """Published offers only: drafts, inactive and defunct offers never leave the house."""
    return Service.objects.filter(status__in=PUBLIC_STATUSES).select_related(
        "organization__parent_organization"
    )


def with_full_service(services: QuerySet[Service]) -> QuerySet[Service]:
    """Everything `hsds.full_service_as_hsds` reads, prefetched."""
    return services.prefetch_related(
        "languages",
        Prefetch(
            "taxonomy_terms",
            queryset=TaxonomyTerm.objects.select_related("taxonomy", "parent").order_by("pk"),
        ),
        Prefetch("schedules", queryset=Schedule.objects.order_by("valid_from", "opens_at", "pk")),
        Prefetch(
            "at_locations",
            queryset=ServiceAtLocation.objects.select_related("location__organization").order_by(
                "pk"
            ),
        ),
    )


def organizations() -> QuerySet[Organization]:
    return Organization.objects.select_related("parent_organization").order_by("name", "pk")


def with_sites(organizations: QuerySet[Organization]) -> QuerySet[Organization]:
    return organizations.prefetch_related(
        Prefetch(
            "locations",
            queryset=Location.objects.select_related("organization").order_by("name", "pk"),
        )
    )


def public_services_of(organization_ids: list[int], *, full: bool) -> QuerySet[Service]:
    services = (
        public_services().filter(organization_id__in=organization_ids).order_by("title", "pk")
    )
    return with_full_service(services) if full else services


def public_service_at_locations() -> QuerySet[ServiceAtLocation]:
    return (
        ServiceAtLocation.objects.filter(service__status__in=PUBLIC_STATUSES)
        .select_related("service__organization__parent_organization", "location__organization")
        .order_by("service__title", "pk")
    )


def taxonomies() -> QuerySet[Taxonomy]:
    return Taxonomy.objects.order_by("name", "pk")


def taxonomy_terms() -> QuerySet[TaxonomyTerm]:
    return TaxonomyTerm.objects.select_related("taxonomy", "parent").order_by(
        "taxonomy__name", "order", "name", "pk"
    )


def directory_last_modified() -> datetime | None:
    """When any offer, organisation or site last changed: a list's Last-Modified.

    A list changes when an offer leaves it (unpublished), so the newest item on the page is
    not enough; deletions are caught by the ETag only.
    """
    moments = [
        model.objects.aggregate(newest=Max("updated_at"))["newest"]
        for model in (Service, Organization, Location)
    ]
    return max((moment for moment in moments if moment is not None), default=None)
