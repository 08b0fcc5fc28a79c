"""Changes to sites, organisation profiles and youth office areas, one transaction each.

The audit history records the changed rows itself (`famkoop.audit`); what these functions add
is the search index: offers show their site's town and their provider's name, so a change to
either re-indexes the offers concerned once it has committed.
"""

from collections.abc import Iterable

from django.db import transaction
from django.utils.text import slugify

from famkoop.directory.models import Location, Organization, PlanningArea, ResponsibilityArea
from famkoop.geo.models import Municipality, PostalCode
from famkoop.search.index import (
    index_services_on_commit,
    services_at_locations,
    services_of_organizations,
)

# Germany's extent with a small margin (Oberstdorf 47.27 N, List auf Sylt 55.06 N, Selfkant
# 5.87 E, Görlitz/Neißeaue 15.04 E). A pin outside it is a typo or a swapped pair.
GERMANY_LATITUDE = (47.2, 55.1)
GERMANY_LONGITUDE = (5.8, 15.1)


def in_germany(latitude: float, longitude: float) -> bool:
    return (
        GERMANY_LATITUDE[0] <= latitude <= GERMANY_LATITUDE[1]
        and GERMANY_LONGITUDE[0] <= longitude <= GERMANY_LONGITUDE[1]
    )


def save_site(site: Location) -> list[int]:
    """Save a new or changed site; the offers held there are re-indexed after the commit.

    Returns the ids of those offers.
    """
    with transaction.atomic():
        site.save()
        offers = services_at_locations([site.pk])
        index_services_on_commit(offers)
    return offers


def save_organization_profile(organization: Organization) -> None:
    """Save the profile; the provider's offers are re-indexed (they show its name)."""
    with transaction.atomic():
        organization.save()
        index_services_on_commit(services_of_organizations([organization.pk]))


def set_responsibility_area(
    organization: Organization, municipalities: Iterable[Municipality]
) -> tuple[int, int]:
    """Make exactly these municipalities the office's responsibility area.

    Rows are added and removed one by one, so that the history names each municipality.
    Returns (added, removed).
    """
    wanted = {municipality.pk: municipality for municipality in municipalities}
    with transaction.atomic():
        current = {
            area.municipality_id: area
            for area in ResponsibilityArea.objects.select_for_update().filter(
                organization=organization
            )
        }
        removed = [area for key, area in current.items() if key not in wanted]
        for area in removed:
            area.delete()
        added = [key for key in wanted if key not in current]
        for key in added:
            ResponsibilityArea.objects.create(organization=organization, municipality=wanted[key])
    return len(added), len(removed)


def _free_slug(organization: Organization, name: str, exclude_pk: int | None) -> str:
    base = slugify(name)[:140] or "sozialraum"
    taken = {"neu"} | set(  # "neu" is the address of the form for a new area
        PlanningArea.objects.filter(organization=organization, slug__startswith=base)
        .exclude(pk=exclude_pk)
        .values_list("slug", flat=True)
    )
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


def save_planning_area(
    area: PlanningArea,
    postal_codes: Iterable[PostalCode],
    municipalities: Iterable[Municipality],
) -> PlanningArea:
    """Save a planning area with its postcodes and municipalities; a new one gets a slug from
    its name that is free within the office (the slug, and so its address, then stays)."""
    with transaction.atomic():
        if not area.slug:
            area.slug = _free_slug(area.organization, area.name, area.pk)
        area.save()
        area.postal_codes.set(list(postal_codes))
        area.municipalities.set(list(municipalities))
    return area


def delete_planning_area(area: PlanningArea) -> None:
    with transaction.atomic():
        area.delete()
