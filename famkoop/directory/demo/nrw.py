"""Planning the NRW demo: fictitious providers and sites, youth offices, offers and users.

Everything is planned in memory from a fixed seed, the reference data and the geography, so
the same plan comes out on every run; `store.load_demo` then creates only what is missing.
"""

import random
from datetime import date

from famkoop.accounts.models import Role
from famkoop.directory.models import Location, Organization
from famkoop.geo.models import PostalCode

from .authorities import STATE_OFFICES, plan_planning_areas, plan_youth_offices
from .catalogue import SHELTER_TOPICS, Format
from .names import (
    PROVIDER_PATTERNS,
    SITE_PATTERNS,
    demo_email,
    fits_after_am,
    invented_names,
    jittered,
    organization_slug,
    street_address,
)
from .offers import OfferPlan, Reference, ResolvedTopic, choose_format, plan_offer
from .plans import (
    DemoPlan,
    LocationPlan,
    NrwGeography,
    OrganizationPlan,
    ProviderPlan,
    UserPlan,
    organization_fields,
)

SEED = 115_150
TARGET_OFFERS = 1560
EXTERNAL_ID_PREFIX = "demo-"
# 115 providers: 85 with one site, 25 with two, 4 with three and 1 with four – 151 sites.
SITES_PER_PROVIDER = (1,) * 85 + (2,) * 25 + (3,) * 4 + (4,)
PROVIDERS_ONLINE = 20
PROVIDERS_OUTREACH = 10

DEMO_PROVIDER_NOTE = (
    "Fiktiver Träger der Familienbildung für die famkoop-Demo: Name, Anschrift, Personen und "
    "Angebote sind erfunden."
)
EDITORIAL_SLUG = "famkoop-redaktion-demo"
PLATFORM_SLUG = "famkoop-plattformbetrieb-demo"

# Partner organisations hosting providers' offers: (name, legal status, site kind, site name).
_PARTNERS = (
    (
        "Elterninitiative Kita {name} e. V.",
        "eingetragener Verein",
        Location.Kind.KITA,
        "Kita {name}",
    ),
    ("Kinderhaus {name} gGmbH", "gemeinnützige GmbH", Location.Kind.KITA, "Kinderhaus {name}"),
    (
        "Ev. Kirchengemeinde {name}",
        "Kirchengemeinde (evangelisch)",
        Location.Kind.COMMUNITY_HALL,
        "Gemeindehaus {name}",
    ),
    (
        "Städtische Grundschule {name}",
        "kommunal",
        Location.Kind.SCHOOL,
        "Familiengrundschulzentrum {name}",
    ),
    (
        "Bürgerverein {name} e. V.",
        "eingetragener Verein",
        Location.Kind.NEIGHBOURHOOD_CENTRE,
        "Bürgerhaus {name}",
    ),
    (
        "Familienzentrum {name} im Kita-Verbund",
        "gemeinnützige GmbH",
        Location.Kind.FAMILY_CENTRE,
        "Familienzentrum {name}",
    ),
)
# Women's shelters: their address is confidential. Location.Kind has no "shelter"; the
# neighbourhood centre is the closest kind.
_SHELTERS = ("Schutzhaus-Verein {name} e. V.", "Frauenschutz {name} e. V.")

_TRANSPORT = (
    "Bushaltestelle in wenigen Gehminuten erreichbar",
    "Mit Bus und Bahn gut erreichbar; Fahrradständer vor dem Haus",
    "Parkplätze im Hof, Haltestelle direkt vor der Tür",
    "",
)

_DEMO_PEOPLE: dict[str, tuple[str, str]] = {
    Role.PLATFORM_ADMIN: ("Henrike", "Albers"),
    Role.ORGANIZATION_ADMIN: ("Tobias", "Wendland"),
    Role.PROVIDER_STAFF: ("Leonie", "Sander"),
    Role.CASEWORKER: ("Selin", "Aksoy"),
    Role.PLANNER: ("Pia", "Vogelsang"),
    Role.COORDINATOR: ("Martin", "Feldkamp"),
    Role.STATE_VIEWER: ("Ruth", "Overbeck"),
    Role.EDITOR: ("Emil", "Sternberg"),
}


def plan_demo(rng: random.Random, today: date, reference: Reference, geo: NrwGeography) -> DemoPlan:
    """The whole demo, planned in memory; the same inputs always give the same plan."""
    plan = DemoPlan()
    names = invented_names(rng)
    providers = _plan_providers(rng, geo, names)
    _plan_partners(rng, geo, providers, names[len(names) - 20 :], plan)
    for provider in providers:
        plan.organizations.append(provider.organization)
        plan.locations += provider.sites
        plan.locations += [site for site in (provider.online, provider.outreach) if site]
    youth_offices = plan_youth_offices(geo, plan)
    plan_planning_areas(geo, youth_offices, plan)
    plan.offers = _plan_offers(rng, today, reference, providers)
    plan.organizations += [
        OrganizationPlan(
            EDITORIAL_SLUG,
            organization_fields(
                "famkoop Redaktion (Demo)",
                Organization.Kind.PARTNER,
                "Fiktive Redaktion der Demo: pflegt Leitfaden, Praxisbeispiele und Neuigkeiten.",
                EDITORIAL_SLUG,
            ),
        ),
        OrganizationPlan(
            PLATFORM_SLUG,
            organization_fields(
                "famkoop Plattformbetrieb (Demo)",
                Organization.Kind.PARTNER,
                "Fiktiver Betrieb der Demo-Plattform.",
                PLATFORM_SLUG,
            ),
        ),
    ]
    plan.users = _plan_users(geo, providers[0].organization.slug, youth_offices)
    return plan


def _plan_users(
    geo: NrwGeography, focus_provider: str, youth_offices: dict[str, str]
) -> list[UserPlan]:
    """One login per role: youth office roles at the focus city's office, provider roles at a
    provider with sites there, the state viewer at the state youth office of that region."""
    focus = geo.focus_district
    focus_office = youth_offices.get(focus.key) if focus else None
    focus_office = focus_office or next(iter(youth_offices.values()), PLATFORM_SLUG)
    region = focus.key[:3] if focus else STATE_OFFICES[0][1][0]
    state_office = next(
        (organization_slug(name) for name, regions, _names in STATE_OFFICES if region in regions),
        organization_slug(STATE_OFFICES[0][0]),
    )
    organization_for_role = {
        Role.PLATFORM_ADMIN: PLATFORM_SLUG,
        Role.ORGANIZATION_ADMIN: focus_provider,
        Role.PROVIDER_STAFF: focus_provider,
        Role.CASEWORKER: focus_office,
        Role.PLANNER: focus_office,
        Role.COORDINATOR: focus_office,
        Role.STATE_VIEWER: state_office,
        Role.EDITOR: EDITORIAL_SLUG,
    }
    users = []
    for role in Role:
        first_name, last_name = _DEMO_PEOPLE.get(role, ("Demo", str(role.label)))
        users.append(
            UserPlan(
                role=role.value,
                email=demo_user_email(role),
                first_name=first_name,
                last_name=last_name,
                organization=organization_for_role.get(role, PLATFORM_SLUG),
                is_staff=role == Role.PLATFORM_ADMIN,
                is_superuser=role == Role.PLATFORM_ADMIN,
            )
        )
    return users


def demo_user_email(role: str) -> str:
    return demo_email(str(role).replace("_", "-"))


def _plan_providers(rng: random.Random, geo: NrwGeography, names: list[str]) -> list[ProviderPlan]:
    site_counts = list(SITES_PER_PROVIDER)
    rng.shuffle(site_counts)
    # The first provider, whose staff get demo logins, has several sites in the focus city.
    site_counts.insert(0, site_counts.pop(site_counts.index(3)))
    focus_postcodes = (
        geo.postcodes_by_district.get(geo.focus_district.key) if geo.focus_district else None
    )
    spare_names = iter(names[len(site_counts) :])
    providers = []
    homes: dict[str, PostalCode] = {}
    for index, site_count in enumerate(site_counts):
        invented = names[index]
        pattern, legal_status = rng.choice(PROVIDER_PATTERNS)
        while "Am {name}" in pattern and not fits_after_am(invented):
            pattern, legal_status = rng.choice(PROVIDER_PATTERNS)
        name = pattern.format(name=invented)
        slug = organization_slug(name)
        home = rng.choice(focus_postcodes if index == 0 and focus_postcodes else geo.postcodes)
        district_key = home.municipality.district_id if home.municipality_id else home.district_id
        nearby = geo.postcodes_by_district.get(district_key or "", [home])
        homes[slug] = home
        provider = ProviderPlan(
            organization=OrganizationPlan(
                slug,
                organization_fields(
                    name,
                    Organization.Kind.PROVIDER,
                    f"{DEMO_PROVIDER_NOTE} Der Träger bietet in {home.place_name} und Umgebung "
                    "Kurse, offene Treffs und Beratung für Familien an.",
                    slug,
                    legal_status,
                ),
            ),
            district_key=district_key or "",
            sites=[],
        )
        for number in range(site_count):
            postcode = home if number == 0 else rng.choice(nearby)
            if number == 0:
                kind = rng.choices(
                    [
                        Location.Kind.FAMILY_EDUCATION_CENTRE,
                        Location.Kind.FAMILY_CENTRE,
                        Location.Kind.NEIGHBOURHOOD_CENTRE,
                    ],
                    weights=[55, 25, 20],
                )[0]
            else:
                kind = rng.choices(
                    [
                        Location.Kind.FAMILY_CENTRE,
                        Location.Kind.KITA,
                        Location.Kind.COMMUNITY_HALL,
                        Location.Kind.NEIGHBOURHOOD_CENTRE,
                        Location.Kind.SCHOOL,
                    ],
                    weights=[30, 20, 20, 15, 15],
                )[0]
            site_name = _site_name(rng, kind, invented if number == 0 else next(spare_names))
            provider.sites.append(_site(rng, slug, site_name, kind, postcode))
        providers.append(provider)

    for provider in rng.sample(providers, PROVIDERS_ONLINE):
        provider.online = LocationPlan(
            provider.organization.slug,
            {
                "name": "Online-Angebote",
                "kind": Location.Kind.ONLINE,
                "description": "Angebote per Videokonferenz; den Zugangslink erhalten Sie nach "
                "der Anmeldung.",
            },
        )
    for provider in rng.sample(providers, PROVIDERS_OUTREACH):
        home = homes[provider.organization.slug]
        provider.outreach = LocationPlan(
            provider.organization.slug,
            {
                "name": "Aufsuchende Familienbegleitung",
                "kind": Location.Kind.OUTREACH,
                "description": f"Wir besuchen Familien zu Hause in {home.place_name} und Umgebung.",
                "city": home.place_name,
                "municipality_key": home.municipality_id or "",
                # The centre of the home postcode, so that a search by distance finds it.
                "latitude": home.latitude,
                "longitude": home.longitude,
            },
        )
    return providers


def _site_name(rng: random.Random, kind: str, invented: str) -> str:
    patterns = [p for p in SITE_PATTERNS[kind] if "Am {name}" not in p or fits_after_am(invented)]
    return rng.choice(patterns).format(name=invented)


def _site(
    rng: random.Random,
    organization: str,
    name: str,
    kind: str,
    postcode: PostalCode,
    *,
    confidential: bool = False,
    description: str = "Fiktiver Demo-Standort.",
) -> LocationPlan:
    latitude, longitude = jittered(rng, postcode.latitude, postcode.longitude)
    step_free = rng.random() < 0.65
    return LocationPlan(
        organization,
        {
            "name": name,
            "kind": kind,
            "description": description,
            "address_1": street_address(rng),
            "postal_code": postcode.code,
            "city": postcode.place_name,
            "municipality_key": postcode.municipality_id or "",
            "latitude": latitude,
            "longitude": longitude,
            "confidential_address": confidential,
            "transportation": rng.choice(_TRANSPORT),
            "step_free_access": step_free,
            "accessible_toilet": step_free and rng.random() < 0.6,
            "hearing_loop": rng.random() < 0.05,
            "baby_changing": rng.random() < 0.85,
            "accessibility_details": "Aufzug vorhanden" if step_free and rng.random() < 0.3 else "",
        },
    )


def _plan_partners(
    rng: random.Random,
    geo: NrwGeography,
    providers: list[ProviderPlan],
    invented: list[str],
    plan: DemoPlan,
) -> None:
    """Partner sites (Kitas, a school, a parish hall …) and two shelters, each hosting offers
    of a provider from the same town."""
    names = iter(n for n in invented if fits_after_am(n))
    hosts = rng.sample(providers[1:], len(_PARTNERS) + len(_SHELTERS))
    for index, host in enumerate(hosts):
        name = next(names)
        home = host.sites[0].fields
        postcodes = geo.postcodes_by_municipality.get(home["municipality_key"]) or [
            postcode for postcode in geo.postcodes if postcode.code == home["postal_code"]
        ]
        postcode = rng.choice(postcodes)
        if index < len(_PARTNERS):
            pattern, legal_status, kind, site_pattern = _PARTNERS[index]
            description = (
                "Fiktiver Kooperationspartner für die famkoop-Demo. In seinen Räumen finden "
                f"Angebote von {host.organization.fields['name']} statt."
            )
            confidential = False
        else:
            pattern, legal_status = _SHELTERS[index - len(_PARTNERS)], "eingetragener Verein"
            kind, site_pattern = Location.Kind.NEIGHBOURHOOD_CENTRE, "Schutzhaus {name}"
            description = (
                "Fiktives Frauenschutzhaus für die famkoop-Demo. Die Adresse ist vertraulich "
                "und wird nicht veröffentlicht."
            )
            confidential = True
        organization_name = pattern.format(name=name)
        slug = organization_slug(organization_name)
        plan.organizations.append(
            OrganizationPlan(
                slug,
                organization_fields(
                    organization_name, Organization.Kind.PARTNER, description, slug, legal_status
                ),
            )
        )
        site = _site(
            rng,
            slug,
            site_pattern.format(name=name),
            kind,
            postcode,
            confidential=confidential,
            description=description,
        )
        plan.locations.append(site)
        host.hosted_sites.append(site)


def _apportion(total: int, weights: list[float], minimum: int) -> list[int]:
    """Split `total` in proportion to `weights` (largest remainders), at least `minimum` each."""
    spare = total - minimum * len(weights)
    shares = [spare * w / sum(weights) for w in weights]
    counts = [minimum + int(share) for share in shares]
    by_remainder = sorted(range(len(weights)), key=lambda i: -(shares[i] - int(shares[i])))
    for index in by_remainder[: total - sum(counts)]:
        counts[index] += 1
    return counts


def _plan_offers(
    rng: random.Random, today: date, reference: Reference, providers: list[ProviderPlan]
) -> list[OfferPlan]:
    shelter_topics = [
        ResolvedTopic(topic, ids)
        for topic in SHELTER_TOPICS
        if (ids := reference.term_ids(topic.terms))
    ]
    shelter_sites = [
        (provider, site)
        for provider in providers
        for site in provider.hosted_sites
        if site.fields["confidential_address"]
    ]
    offers: list[OfferPlan] = []

    def add(
        provider: ProviderPlan, resolved: ResolvedTopic, fmt: str, sites: list[LocationPlan]
    ) -> OfferPlan:
        offer = plan_offer(
            rng,
            today,
            resolved,
            reference,
            offer_format=fmt,
            external_id=f"{EXTERNAL_ID_PREFIX}{len(offers) + 1:05d}",
            organization=provider.organization.slug,
            locations=[site.key for site in sites],
            contact_email=provider.organization.fields["email"],
        )
        offers.append(offer)
        return offer

    for provider, site in shelter_sites:
        for resolved in shelter_topics:
            offer = add(provider, resolved, resolved.topic.format, [site])
            offer.fields.update(
                accepts_referrals=False,
                status="active",
                registration_required=True,
                registration_details="Nur für Bewohnerinnen des Schutzhauses; bitte sprechen "
                "Sie die Mitarbeiterinnen des Hauses an.",
            )

    with_outreach = reference.topics
    without_outreach = [t for t in reference.topics if t.topic.format != Format.HOME_VISIT]
    weights = [len(p.sites) * rng.uniform(0.6, 1.5) for p in providers]
    counts = _apportion(TARGET_OFFERS - len(offers), weights, minimum=3)
    home_visits = [t for t in reference.topics if t.topic.format == Format.HOME_VISIT]
    online = [t for t in reference.topics if t.topic.online_share]
    for provider, count in zip(providers, counts, strict=True):
        # Providers with an outreach team or an online site make a few such offers for sure.
        if provider.outreach and home_visits:
            for _ in range(rng.randint(2, 3)):
                add(provider, rng.choice(home_visits), Format.HOME_VISIT, [provider.outreach])
                count -= 1
        if provider.online and online:
            for _ in range(rng.randint(2, 4)):
                add(provider, rng.choice(online), Format.ONLINE, [provider.online])
                count -= 1
        candidates = with_outreach if provider.outreach else without_outreach
        candidate_weights = [resolved.topic.weight for resolved in candidates]
        for _ in range(count):
            resolved = rng.choices(candidates, weights=candidate_weights)[0]
            fmt = choose_format(rng, resolved.topic, provider.online is not None)
            add(provider, resolved, fmt, _sites_for(rng, provider, fmt))
    return offers


def _sites_for(rng: random.Random, provider: ProviderPlan, fmt: str) -> list[LocationPlan]:
    if fmt == Format.ONLINE and provider.online:
        return [provider.online]
    if fmt == Format.HOME_VISIT and provider.outreach:
        return [provider.outreach]
    hosts = [site for site in provider.hosted_sites if not site.fields["confidential_address"]]
    if hosts and rng.random() < 0.3:
        return [rng.choice(hosts)]
    main = provider.sites[0] if rng.random() < 0.5 else rng.choice(provider.sites)
    others = [site for site in provider.sites if site is not main]
    if others and fmt in (Format.OPEN_GROUP, Format.COUNSELLING) and rng.random() < 0.1:
        return [main, rng.choice(others)]
    return [main]
