"""A large synthetic data set across all of Germany, for benchmarks (`manage.py generate_scale`).

Every row is marked: organisations have the slug prefix "scale-", offers the external id
prefix "scale-". `clear_scale` removes exactly these organisations with everything that hangs
off them, and nothing else.
"""

import random
import time
from collections.abc import Callable
from dataclasses import dataclass

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from famkoop.audit.context import acting
from famkoop.audit.models import Source
from famkoop.directory.models import Location, Organization, Service
from famkoop.geo.models import PostalCode

from .catalogue import Format
from .names import (
    PROVIDER_PATTERNS,
    SITE_PATTERNS,
    invented_names,
    jittered,
    street_address,
)
from .offers import MissingReferenceData, plan_offer, read_reference
from .writer import WriteCounts, write_offers

SCALE_PREFIX = "scale-"
SITES_PER_PROVIDER = 8
SCALE_NOTE = "Synthetischer Datensatz für Last- und Leistungstests (generate_scale), fiktiv."

_PHYSICAL_KINDS = list(SITE_PATTERNS)
_KIND_WEIGHTS = [30, 30, 10, 15, 10, 5]


@dataclass
class ScaleResult:
    providers: int
    sites: int
    counts: WriteCounts
    seconds: float


def scale_organizations() -> QuerySet[Organization]:
    return Organization.objects.filter(slug__startswith=SCALE_PREFIX)


def generate_scale(
    offers: int,
    sites: int,
    *,
    seed: int = 1,
    batch_size: int = 5000,
    report: Callable[[str], None] = lambda line: None,
) -> ScaleResult:
    """Create `offers` offers at `sites` sites of about sites/8 providers, in one transaction.

    Postcodes are drawn from all of Germany. Raises ValueError when scale data exists already
    (remove it with `clear_scale` first) and MissingReferenceData without geography or topics.
    """
    started = time.monotonic()
    rng = random.Random(seed)  # noqa: S311 - reproducible test data, not security
    # Synthetic rows are nobody's change: recording them would add about three history
    # entries per offer and make the generator several times slower.
    with acting(source=Source.COMMAND, record=False), transaction.atomic():
        if scale_organizations().exists():
            raise ValueError(
                "Es gibt bereits Skalierungsdaten; bitte zuerst mit --clear entfernen."
            )
        reference = read_reference()
        postcodes = list(
            PostalCode.objects.order_by("code").values_list(
                "code", "place_name", "latitude", "longitude", "municipality_id"
            )
        )
        if not postcodes:
            raise MissingReferenceData(
                "Es sind keine Postleitzahlen geladen. Bitte zuerst `manage.py migrate` ausführen."
            )
        names = invented_names(rng)
        provider_count = max(1, sites // SITES_PER_PROVIDER)
        organizations = [
            Organization(
                slug=f"{SCALE_PREFIX}{number:06d}",
                name=f"{_provider_name(rng, names)} ({number})",
                kind=Organization.Kind.PROVIDER,
                description=SCALE_NOTE,
                email=f"{SCALE_PREFIX}{number:06d}@demo.famkoop.invalid",
            )
            for number in range(1, provider_count + 1)
        ]
        Organization.objects.bulk_create(organizations, batch_size=batch_size)
        report(f"{provider_count} Träger angelegt ({time.monotonic() - started:.1f} s)")

        locations = []
        for number in range(sites):
            code, place, latitude, longitude, municipality = rng.choice(postcodes)
            kind = rng.choices(_PHYSICAL_KINDS, weights=_KIND_WEIGHTS)[0]
            pattern = rng.choice([p for p in SITE_PATTERNS[kind] if "Am {name}" not in p])
            latitude, longitude = jittered(rng, latitude, longitude)
            locations.append(
                Location(
                    # Round robin, so that every provider has at least one site.
                    organization=organizations[number % provider_count],
                    name=pattern.format(name=rng.choice(names)),
                    kind=kind,
                    description=SCALE_NOTE,
                    address_1=street_address(rng),
                    postal_code=code,
                    city=place,
                    municipality_key=municipality or "",
                    latitude=latitude,
                    longitude=longitude,
                    step_free_access=rng.random() < 0.6,
                    baby_changing=rng.random() < 0.8,
                )
            )
        Location.objects.bulk_create(locations, batch_size=batch_size)
        report(f"{sites} Standorte angelegt ({time.monotonic() - started:.1f} s)")

        sites_of: dict[int, list[int]] = {}
        for location in locations:
            sites_of.setdefault(location.organization_id, []).append(location.pk)
        organization_ids = {o.pk: o.pk for o in organizations}
        location_ids = {location.pk: location.pk for location in locations}
        topics = [t for t in reference.topics if t.topic.format != Format.HOME_VISIT]
        weights = [resolved.topic.weight for resolved in topics]
        today = timezone.localdate()
        counts = WriteCounts()
        for first in range(0, offers, batch_size):
            plans = []
            for number in range(first, min(first + batch_size, offers)):
                organization = rng.choice(organizations)
                resolved = rng.choices(topics, weights=weights)[0]
                plans.append(
                    plan_offer(
                        rng,
                        today,
                        resolved,
                        reference,
                        offer_format=resolved.topic.format,
                        external_id=f"{SCALE_PREFIX}{number + 1:07d}",
                        organization=organization.pk,
                        locations=[rng.choice(sites_of[organization.pk])],
                        contact_email=organization.email,
                    )
                )
            counts.add(write_offers(plans, organization_ids, location_ids, batch_size))
            report(f"{counts.services:>9} / {offers} Angebote ({time.monotonic() - started:.1f} s)")
    return ScaleResult(provider_count, sites, counts, time.monotonic() - started)


def _provider_name(rng: random.Random, names: list[str]) -> str:
    pattern, _legal_status = rng.choice([p for p in PROVIDER_PATTERNS if "Am {name}" not in p[0]])
    return pattern.format(name=rng.choice(names))


def clear_scale(
    chunk_size: int = 100, report: Callable[[str], None] = lambda line: None
) -> dict[str, int]:
    """Delete the scale organisations with their sites, offers and everything attached.

    Works in chunks of organisations so that memory stays bounded; one transaction overall.
    Returns the number of deleted rows per model label.
    """
    deleted: dict[str, int] = {}
    with acting(source=Source.COMMAND, record=False), transaction.atomic():
        ids = list(scale_organizations().values_list("pk", flat=True))
        for first in range(0, len(ids), chunk_size):
            chunk = ids[first : first + chunk_size]
            # Offers first: the collector then deletes their rows in bulk per offer batch.
            _total, per_model = Service.objects.filter(organization_id__in=chunk).delete()
            for label, count in per_model.items():
                deleted[label] = deleted.get(label, 0) + count
            _total, per_model = Organization.objects.filter(pk__in=chunk).delete()
            for label, count in per_model.items():
                deleted[label] = deleted.get(label, 0) + count
            report(f"{min(first + chunk_size, len(ids))} / {len(ids)} Träger entfernt")
    return deleted
