"""The public side of the NRW demo: a youth office for every district and independent city,
the two state youth offices, and planning areas (Sozialräume) for the largest cities."""

import math
import re
from collections import defaultdict

from famkoop.directory.models import Organization
from famkoop.geo.models import District, PostalCode

from .names import organization_slug
from .plans import DemoPlan, NrwGeography, OrganizationPlan, PlanningAreaPlan, organization_fields

PLANNING_AREA_CITIES = 4
# (name, administrative regions (Regierungsbezirke) covered: first three digits of their
# district keys, their names)
STATE_OFFICES = (
    ("Landesjugendamt Rheinland (Demo)", ("051", "053"), "Düsseldorf und Köln"),
    ("Landesjugendamt Westfalen (Demo)", ("055", "057", "059"), "Münster, Detmold und Arnsberg"),
)
_DIRECTIONS = {"Nord": "im Norden", "Ost": "im Osten", "Süd": "im Süden", "West": "im Westen"}


def district_short_name(district: District) -> tuple[str, str]:
    """("Stadt", "Köln") or ("Kreis", "Borken") or ("", "Rhein-Kreis Neuss").

    Accepts both display names ("Kreis Borken") and the statistics office's names ("Borken,
    Kreis", "Köln, Kreisfreie Stadt", "Städteregion Aachen (einschl. Stadt Aachen)").
    """
    name = re.sub(r"\s*\([^)]*\)", "", district.name).strip()
    name, _comma, kind = (part.strip() for part in name.partition(","))
    if district.is_independent_city or kind.lower() in {"kreisfreie stadt", "stadt"}:
        return "Stadt", re.sub(r"^(Kreisfreie Stadt|Stadt)\s+", "", name)
    if kind:
        return kind, name
    return "", name


def youth_office_name(district: District) -> str:
    kind, name = district_short_name(district)
    return " ".join(part for part in ("Jugendamt", kind, name) if part)


def plan_youth_offices(geo: NrwGeography, plan: DemoPlan) -> dict[str, str]:
    """A youth office for every district and independent city, and the two state offices.

    Returns the youth office slug per district key.
    """
    offices = {}
    for district in geo.districts:
        name = youth_office_name(district)
        slug = organization_slug(name)
        municipalities = geo.municipalities_by_district.get(district.key, [])
        if district.is_independent_city:
            area = f"Jugendamt der kreisfreien Stadt {district_short_name(district)[1]}."
        else:
            # In NRW many towns within a district run a youth office of their own; the demo
            # leaves them out and makes the district's office responsible for all of them.
            area = (
                f"zuständig für alle {len(municipalities)} Städte und Gemeinden des Kreises "
                "(in Wirklichkeit haben viele kreisangehörige Städte ein eigenes Jugendamt)."
            )
        plan.organizations.append(
            OrganizationPlan(
                slug,
                organization_fields(
                    name,
                    Organization.Kind.YOUTH_OFFICE,
                    f"Demo-Eintrag: {area} Kontaktdaten und Personen sind fiktiv.",
                    slug,
                    "kommunal",
                ),
            )
        )
        plan.responsibility_areas[slug] = municipalities
        offices[district.key] = slug
    for name, _regions, region_names in STATE_OFFICES:
        slug = organization_slug(name)
        plan.organizations.append(
            OrganizationPlan(
                slug,
                organization_fields(
                    name,
                    Organization.Kind.STATE_YOUTH_OFFICE,
                    "Demo-Eintrag: überörtlicher Träger der Jugendhilfe für die "
                    f"Regierungsbezirke {region_names}. Personen sind fiktiv.",
                    slug,
                    "Landschaftsverband",
                ),
            )
        )
    return offices


def plan_planning_areas(geo: NrwGeography, offices: dict[str, str], plan: DemoPlan) -> None:
    """Sozialräume for the largest independent cities: the centre and four quarters."""
    cities = [
        d
        for d in geo.districts
        if d.is_independent_city
        and d.key in offices
        and len(geo.postcodes_by_district.get(d.key, [])) >= 6
    ]
    cities.sort(key=lambda d: (-len(geo.postcodes_by_district[d.key]), d.key))
    for district in cities[:PLANNING_AREA_CITIES]:
        postcodes = geo.postcodes_by_district[district.key]
        centre_lat = sum(p.latitude for p in postcodes) / len(postcodes)
        centre_lon = sum(p.longitude for p in postcodes) / len(postcodes)
        scale = math.cos(math.radians(centre_lat))

        def offset(postcode: PostalCode, scale=scale, lat=centre_lat, lon=centre_lon):
            return (postcode.longitude - lon) * scale, postcode.latitude - lat

        by_distance = sorted(postcodes, key=lambda p: (math.hypot(*offset(p)), p.code))
        centre = {p.code for p in by_distance[: max(1, len(postcodes) // 4)]}
        areas: dict[str, list[PostalCode]] = defaultdict(list)
        for postcode in postcodes:
            if postcode.code in centre:
                areas["Mitte"].append(postcode)
                continue
            east, north = offset(postcode)
            bearing = math.degrees(math.atan2(east, north)) % 360
            areas[list(_DIRECTIONS)[int(((bearing + 45) % 360) // 90)]].append(postcode)
        city = district_short_name(district)[1]
        for label, where in {"Mitte": "in der Mitte", **_DIRECTIONS}.items():
            members = areas.get(label)
            if not members:
                continue
            plan.planning_areas.append(
                PlanningAreaPlan(
                    organization=offices[district.key],
                    slug=label.lower().replace("ü", "ue"),
                    name=f"Sozialraum {city}-{label}",
                    description=f"Demo-Sozialraum: {len(members)} Postleitzahlen "
                    f"{where} von {city}.",
                    postal_codes=[p.code for p in members],
                    municipalities=sorted(
                        {p.municipality_id for p in members if p.municipality_id}
                    ),
                )
            )
