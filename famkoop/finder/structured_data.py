"""schema.org JSON-LD for an offer page, so that search engines and assistants understand it.

The offer is a `Service` run by its provider; each of the next dates is an `Event`. Only
what the page shows publicly goes in (no address of a confidential site).
"""

import json

from famkoop.directory.models import Location

from .queries import OfferDetail


def _place(location: Location) -> dict:
    name = location.city if location.confidential_address else location.name
    place: dict = {"@type": "Place", "name": name}
    address = {
        "@type": "PostalAddress",
        "streetAddress": location.public_address_1,
        "postalCode": location.public_postal_code,
        "addressLocality": location.city,
        "addressCountry": "DE",
    }
    place["address"] = {key: value for key, value in address.items() if value}
    point = location.public_coordinates
    if point:
        place["geo"] = {"@type": "GeoCoordinates", "latitude": point[0], "longitude": point[1]}
    return place


def offer_json_ld(detail: OfferDetail, page_url: str) -> str:
    """The JSON-LD document, safe to place inside a <script> element."""
    service = detail.service
    organization = service.organization
    provider = {"@type": "Organization", "name": organization.name}
    if organization.website:
        provider["url"] = organization.website
    data: dict = {
        "@type": "Service",
        "@id": page_url,
        "url": page_url,
        "name": service.title,
        "description": service.summary or service.description[:300],
        "provider": provider,
        "serviceType": service.get_format_display(),
        "availableLanguage": [language.code for language in service.languages.all()],
        "availableChannel": [
            {"@type": "ServiceChannel", "serviceLocation": _place(location)}
            for location in detail.locations
            if location.is_physical
        ],
    }
    if service.age_min_months is not None or service.age_max_months is not None:
        audience: dict = {"@type": "PeopleAudience"}
        if service.age_min_months is not None:
            audience["suggestedMinAge"] = service.age_min_months // 12
        if service.age_max_months is not None:
            audience["suggestedMaxAge"] = service.age_max_months // 12
        data["audience"] = audience
    if service.is_free:
        data["offers"] = {"@type": "Offer", "price": "0", "priceCurrency": "EUR"}
    elif service.cost_amount is not None:
        data["offers"] = {
            "@type": "Offer",
            "price": str(service.cost_amount),
            "priceCurrency": "EUR",
        }
    events = [
        {
            "@type": "Event",
            "name": service.title,
            "startDate": occurrence.starts_at.isoformat(),
            "endDate": occurrence.ends_at.isoformat(),
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode"
            if occurrence.location is not None and occurrence.location.is_physical
            else "https://schema.org/OnlineEventAttendanceMode",
            "organizer": provider,
            "url": page_url,
            **(
                {"location": _place(occurrence.location)}
                if occurrence.location is not None and occurrence.location.is_physical
                else {}
            ),
        }
        for occurrence in detail.next_dates
    ]
    document = {"@context": "https://schema.org", "@graph": [data, *events]}
    # "<", ">" and "&" escaped as JSON unicode escapes cannot end the script element.
    text = json.dumps(document, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
