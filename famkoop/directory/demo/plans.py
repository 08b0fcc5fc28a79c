"""What the NRW demo plan is made of, and the geography it is planned on."""

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from famkoop.geo.models import District, Municipality, PostalCode

from .holidays import NRW_STATE_KEY
from .names import demo_email
from .offers import MissingReferenceData, OfferPlan


@dataclass
class OrganizationPlan:
    slug: str
    fields: dict[str, Any]


@dataclass
class LocationPlan:
    organization: str
    fields: dict[str, Any]

    @property
    def key(self) -> tuple[str, str]:
        return (self.organization, self.fields["name"])


@dataclass
class ProviderPlan:
    organization: OrganizationPlan
    district_key: str
    sites: list[LocationPlan]
    online: LocationPlan | None = None
    outreach: LocationPlan | None = None
    hosted_sites: list[LocationPlan] = field(default_factory=list)


@dataclass
class PlanningAreaPlan:
    organization: str
    slug: str
    name: str
    description: str
    postal_codes: list[str]
    municipalities: list[str]


@dataclass
class UserPlan:
    role: str
    email: str
    first_name: str
    last_name: str
    organization: str
    is_staff: bool = False
    is_superuser: bool = False


@dataclass
class DemoPlan:
    organizations: list[OrganizationPlan] = field(default_factory=list)
    locations: list[LocationPlan] = field(default_factory=list)
    responsibility_areas: dict[str, list[str]] = field(default_factory=dict)
    planning_areas: list[PlanningAreaPlan] = field(default_factory=list)
    offers: list[OfferPlan] = field(default_factory=list)
    users: list[UserPlan] = field(default_factory=list)


@dataclass
class NrwGeography:
    postcodes: list[PostalCode]
    postcodes_by_district: dict[str, list[PostalCode]]
    postcodes_by_municipality: dict[str, list[PostalCode]]
    districts: list[District]
    municipalities_by_district: dict[str, list[str]]
    focus_district: District | None


def read_geography() -> NrwGeography:
    """NRW's postcodes, districts and municipalities; raises when the geography is missing."""
    postcodes = list(
        PostalCode.objects.filter(state_id=NRW_STATE_KEY)
        .select_related("municipality")
        .order_by("code")
    )
    if not postcodes:
        raise MissingReferenceData(
            "Für Nordrhein-Westfalen sind keine Postleitzahlen geladen. Bitte zuerst "
            "`manage.py migrate` ausführen (die Migration lädt die Geodaten)."
        )
    # Postcodes with a municipality give sites a municipality key; fall back to all.
    usable = [postcode for postcode in postcodes if postcode.municipality_id] or postcodes
    by_district: dict[str, list[PostalCode]] = defaultdict(list)
    by_municipality: dict[str, list[PostalCode]] = defaultdict(list)
    for postcode in usable:
        district_key = (
            postcode.municipality.district_id if postcode.municipality_id else postcode.district_id
        )
        by_district[district_key or ""].append(postcode)
        by_municipality[postcode.municipality_id or ""].append(postcode)
    districts = list(District.objects.filter(state_id=NRW_STATE_KEY).order_by("key"))
    municipalities: dict[str, list[str]] = defaultdict(list)
    for district_key, key in (
        Municipality.objects.filter(district__state_id=NRW_STATE_KEY)
        .order_by("key")
        .values_list("district_id", "key")
    ):
        municipalities[district_key].append(key)
    cologne = [d for d in districts if d.is_independent_city and "Köln" in d.name]
    with_postcodes = [d for d in districts if by_district.get(d.key)]
    focus = (cologne or sorted(with_postcodes, key=lambda d: -len(by_district[d.key])) or [None])[0]
    return NrwGeography(
        postcodes=usable,
        postcodes_by_district=dict(by_district),
        postcodes_by_municipality=dict(by_municipality),
        districts=districts,
        municipalities_by_district=dict(municipalities),
        focus_district=focus,
    )


def organization_fields(
    name: str, kind: str, description: str, slug: str, legal_status: str = ""
) -> dict[str, Any]:
    return {
        "name": name,
        "kind": kind,
        "description": description,
        "email": demo_email(slug),
        "legal_status": legal_status,
    }
