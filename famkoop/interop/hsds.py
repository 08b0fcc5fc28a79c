"""Our directory as Open Referral HSDS 3.0 objects.

Every function reads only what the querysets in `queries` fetch in advance, so lists cost the
same number of queries whatever their length. Confidential sites never show their street,
postcode or coordinates: their location object has no address at all.

HSDS wants a UUID for every object; rows we keep without one (a phone number, an offer's
language, its topics as attributes) get a UUID derived from their owner's, so it stays stable.
"""

import uuid
from typing import Any

from famkoop.directory.models import (
    Location,
    Organization,
    Schedule,
    Service,
    ServiceAtLocation,
)
from famkoop.directory.reference_data import term_as_hsds

# Namespace of the derived UUIDs; never change it, or every derived id changes.
DERIVED_NAMESPACE = uuid.UUID("6f1c0e4e-4a43-4c55-9a43-2f1f6a5d2b61")

# The states by the first two digits of the official municipality key (AGS).
STATES = {
    "01": "Schleswig-Holstein",
    "02": "Hamburg",
    "03": "Niedersachsen",
    "04": "Bremen",
    "05": "Nordrhein-Westfalen",
    "06": "Hessen",
    "07": "Rheinland-Pfalz",
    "08": "Baden-Württemberg",
    "09": "Bayern",
    "10": "Saarland",
    "11": "Berlin",
    "12": "Brandenburg",
    "13": "Mecklenburg-Vorpommern",
    "14": "Sachsen",
    "15": "Sachsen-Anhalt",
    "16": "Thüringen",
}


def derived_id(owner: uuid.UUID, kind: str, key: str = "") -> str:
    return str(uuid.uuid5(DERIVED_NAMESPACE, f"{owner}/{kind}/{key}"))


def _without_empty(data: dict[str, Any]) -> dict[str, Any]:
    """HSDS allows no null in most fields: leave empty optional values out."""
    return {key: value for key, value in data.items() if value not in (None, "")}


def _phone(owner: uuid.UUID, number: str, **links: str) -> dict[str, Any]:
    return {"id": derived_id(owner, "phone"), "number": number, **links}


def organization_as_hsds(organization: Organization) -> dict[str, Any]:
    """The organisation's own fields (HSDS `organization_list`)."""
    parent = organization.parent_organization
    return _without_empty(
        {
            "id": str(organization.uuid),
            "name": organization.name,
            "description": organization.description or organization.name,
            "email": organization.email,
            "website": organization.website,
            "legal_status": organization.legal_status,
            "parent_organization_id": str(parent.uuid) if parent else None,
        }
    )


def full_organization_as_hsds(
    organization: Organization, services: list[Service], *, full_service: bool = False
) -> dict[str, Any]:
    """The organisation with its sites and its public offers (HSDS compiled `organization`)."""
    data = organization_as_hsds(organization)
    data["phones"] = (
        [_phone(organization.uuid, organization.phone, organization_id=str(organization.uuid))]
        if organization.phone
        else []
    )
    data["locations"] = [location_as_hsds(location) for location in organization.locations.all()]
    data["services"] = [
        full_service_as_hsds(service) if full_service else service_as_hsds(service)
        for service in services
    ]
    return data


def location_as_hsds(location: Location) -> dict[str, Any]:
    data = _without_empty(
        {
            "id": str(location.uuid),
            "location_type": "virtual" if location.kind == Location.Kind.ONLINE else "physical",
            "organization_id": str(location.organization.uuid),
            "name": location.name,
            "description": location.description,
            "transportation": location.transportation,
        }
    )
    coordinates = location.public_coordinates
    if coordinates is not None:
        data["latitude"], data["longitude"] = coordinates
    data["addresses"] = []
    if location.city:
        # A confidential site keeps only its town: street and postcode stay empty.
        data["addresses"].append(
            {
                "id": derived_id(location.uuid, "address"),
                "location_id": str(location.uuid),
                "address_1": location.public_address_1,
                "city": location.city,
                "state_province": STATES.get(location.municipality_key[:2], ""),
                "postal_code": location.public_postal_code,
                "country": "DE",
                "address_type": "physical",
            }
        )
    return data


def _age_in_years(months: int | None) -> float | None:
    return None if months is None else round(months / 12, 2)


def service_as_hsds(service: Service) -> dict[str, Any]:
    """The offer's own fields with its provider (HSDS compiled `service_list`)."""
    organization = service.organization
    if service.is_free:
        fees = "kostenfrei"
    elif service.cost_amount is not None:
        fees = f"{service.cost_amount:.2f} €".replace(".", ",")
    else:
        fees = ""
    return _without_empty(
        {
            "id": str(service.uuid),
            "organization_id": str(organization.uuid),
            "name": service.title,
            "description": "\n\n".join(
                part for part in (service.summary, service.description) if part
            ),
            "url": service.url,
            "email": service.email,
            "status": service.status,
            "application_process": service.registration_details,
            "fees_description": " – ".join(
                part for part in (fees, service.cost_description) if part
            ),
            "minimum_age": _age_in_years(service.age_min_months),
            "maximum_age": _age_in_years(service.age_max_months),
            "assured_date": service.assured_date.isoformat() if service.assured_date else None,
            "last_modified": service.updated_at.isoformat(),
            "organization": organization_as_hsds(organization),
        }
    )


def minimal_service_as_hsds(service: Service) -> dict[str, Any]:
    """What a client needs to decide whether to fetch the offer again."""
    return {
        "id": str(service.uuid),
        "name": service.title,
        "status": service.status,
        "last_modified": service.updated_at.isoformat(),
    }


def schedule_as_hsds(schedule: Schedule) -> dict[str, Any]:
    freq, byday = schedule.freq, schedule.byday
    if freq == Schedule.Frequency.DAILY and schedule.interval == 1:
        # HSDS knows no DAILY: every day of the week is the same rule.
        freq, byday = Schedule.Frequency.WEEKLY, "MO,TU,WE,TH,FR,SA,SU"
    data = _without_empty(
        {
            "id": str(schedule.uuid),
            "service_id": str(schedule.service.uuid),
            "valid_from": schedule.valid_from.isoformat(),
            "valid_to": schedule.valid_to.isoformat() if schedule.valid_to else None,
            "until": schedule.until.isoformat() if schedule.until else None,
            "count": schedule.count,
            "byday": byday,
            "opens_at": schedule.opens_at.strftime("%H:%M"),
            "closes_at": schedule.closes_at.strftime("%H:%M"),
            "description": schedule.description,
        }
    )
    if freq in (Schedule.Frequency.WEEKLY, Schedule.Frequency.MONTHLY):
        data["freq"] = str(freq)
        data["interval"] = schedule.interval
    return data


def service_at_location_as_hsds(
    at_location: ServiceAtLocation, *, with_service: bool = False
) -> dict[str, Any]:
    data = _without_empty(
        {
            "id": str(at_location.uuid),
            "service_id": str(at_location.service.uuid),
            "location_id": str(at_location.location.uuid),
            "description": at_location.description,
            "location": location_as_hsds(at_location.location),
        }
    )
    if with_service:
        data["service"] = service_as_hsds(at_location.service)
    return data


def full_service_as_hsds(service: Service) -> dict[str, Any]:
    """The offer with everything public about it (HSDS compiled `service`)."""
    data = service_as_hsds(service)
    owner = service.uuid
    data["phones"] = [_phone(owner, service.phone, service_id=str(owner))] if service.phone else []
    data["languages"] = [
        {
            "id": derived_id(owner, "language", language.code),
            "service_id": str(owner),
            "name": language.name,
            "code": language.code,
        }
        for language in service.languages.all()
    ]
    data["cost_options"] = (
        [
            {
                "id": derived_id(owner, "cost_option"),
                "service_id": str(owner),
                "currency": "EUR",
                "amount": float(service.cost_amount),
            }
        ]
        if service.cost_amount is not None and not service.is_free
        else []
    )
    data["attributes"] = [
        {
            "id": derived_id(owner, "attribute", str(term.uuid)),
            "link_id": str(owner),
            "link_type": "service",
            "link_entity": "service",
            "taxonomy_term_id": str(term.uuid),
            "taxonomy_term": term_as_hsds(term),
        }
        for term in service.taxonomy_terms.all()
    ]
    data["schedules"] = [schedule_as_hsds(schedule) for schedule in service.schedules.all()]
    data["service_at_locations"] = [
        service_at_location_as_hsds(at_location) for at_location in service.at_locations.all()
    ]
    return data
