"""Reference data of the directory: topic taxonomy, languages and target groups.

The data lives in JSON files in `data/` so that editors can review changes as plain diffs.
`load_reference_data` upserts it by code: running it again updates names and descriptions and
never creates duplicates. Rows that disappear from a file are kept, because offers may still
point at them. It works with the historical models of a migration (`apps` argument), so a data
migration can call it; when a file changes, add a data migration that calls it again.

The HSDS helpers at the end turn a taxonomy and its terms into Open Referral HSDS 3.0 objects.
"""

import json
import uuid
from pathlib import Path
from typing import Any

from django.apps import apps as global_apps
from django.apps.registry import Apps
from django.db import models, transaction

from .models import Taxonomy, TaxonomyTerm

DATA_DIR = Path(__file__).resolve().parent / "data"
LANGUAGES_FILE = DATA_DIR / "languages.json"
TARGET_GROUPS_FILE = DATA_DIR / "target_groups.json"
TAXONOMY_FILES = [DATA_DIR / "taxonomy_famkoop_themen.json"]

FAMKOOP_TAXONOMY_SLUG = "famkoop-themen"
# The target group the state grant for cooperation offers with youth offices is meant for.
TARGET_GROUP_SPECIAL_STRESS = "familien-in-besonderen-belastungssituationen"

# Reference rows get name-based UUIDs, so a topic has the same HSDS id in every installation
# and feeds from several installations can be merged.
UUID_NAMESPACE = uuid.UUID("53c6ac5c-ded3-4f0b-ab35-e56dbfeaa75d")

# The language the taxonomy's names and descriptions are written in (HSDS taxonomy_term.language).
TAXONOMY_LANGUAGE = "de"


def taxonomy_uuid(slug: str) -> uuid.UUID:
    return uuid.uuid5(UUID_NAMESPACE, f"taxonomy/{slug}")


def term_uuid(taxonomy_slug: str, code: str) -> uuid.UUID:
    return uuid.uuid5(UUID_NAMESPACE, f"taxonomy/{taxonomy_slug}/term/{code}")


def _read(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def _model_fields(model: type[models.Model], values: dict[str, Any]) -> dict[str, Any]:
    """Only the values the (possibly historical) model has a field for.

    An early data migration sees the models as they were then; fields added to the data files
    later are left to the data migration that comes with them.
    """
    names = {field.name for field in model._meta.get_fields()}
    return {key: value for key, value in values.items() if key in names}


def load_languages(apps: Apps = global_apps) -> int:
    """Upsert the languages by ISO code; return how many rows were created."""
    return _upsert_by_code(apps.get_model("directory", "Language"), LANGUAGES_FILE, "languages")


def load_target_groups(apps: Apps = global_apps) -> int:
    """Upsert the target groups by code; return how many rows were created."""
    return _upsert_by_code(
        apps.get_model("directory", "TargetGroup"), TARGET_GROUPS_FILE, "target_groups"
    )


def _upsert_by_code(model: Any, path: Path, key: str) -> int:
    created_count = 0
    for row in _read(path)[key]:
        values = _model_fields(model, row)
        code = values.pop("code")
        _, created = model.objects.update_or_create(code=code, defaults=values)
        created_count += created
    return created_count


def load_taxonomy(path: Path, apps: Apps = global_apps) -> int:
    """Upsert one two-level taxonomy file (areas → terms) by slug and code.

    Returns how many terms were created. Existing rows keep their UUIDs; new rows get the
    name-based UUIDs of `taxonomy_uuid` and `term_uuid`.
    """
    taxonomy_model = apps.get_model("directory", "Taxonomy")
    term_model = apps.get_model("directory", "TaxonomyTerm")
    data = _read(path)
    slug = data["slug"]
    values = _model_fields(
        taxonomy_model,
        {key: data[key] for key in ("name", "description", "uri", "version") if key in data},
    )
    taxonomy, _created = taxonomy_model.objects.update_or_create(
        slug=slug,
        defaults=values,
        create_defaults={**values, "uuid": taxonomy_uuid(slug)},
    )
    created_count = 0
    for area_order, area in enumerate(data["areas"], start=1):
        area_term, created = _upsert_term(term_model, taxonomy, area, None, area_order * 10)
        created_count += created
        for term_order, entry in enumerate(area["terms"], start=1):
            _term, created = _upsert_term(term_model, taxonomy, entry, area_term, term_order * 10)
            created_count += created
    return created_count


def _upsert_term(
    term_model: type[models.Model],
    taxonomy: models.Model,
    entry: dict[str, Any],
    parent: models.Model | None,
    order: int,
) -> tuple[models.Model, bool]:
    values = _model_fields(
        term_model,
        {
            "name": entry["name"],
            "description": entry.get("description", ""),
            "parent": parent,
            "order": order,
        },
    )
    return term_model.objects.update_or_create(
        taxonomy=taxonomy,
        code=entry["code"],
        defaults=values,
        create_defaults={**values, "uuid": term_uuid(taxonomy.slug, entry["code"])},
    )


def load_reference_data(apps: Apps = global_apps) -> dict[str, int]:
    """Load all reference data in one transaction; return the created rows per kind.

    Idempotent: a second run creates nothing and keeps every UUID.
    """
    with transaction.atomic():
        return {
            "languages": load_languages(apps),
            "target_groups": load_target_groups(apps),
            "taxonomy_terms": sum(load_taxonomy(path, apps) for path in TAXONOMY_FILES),
        }


def taxonomy_as_hsds(taxonomy: Taxonomy) -> dict[str, Any]:
    """The taxonomy as an HSDS 3.0 `taxonomy` object; empty optional fields are left out."""
    data: dict[str, Any] = {
        "id": str(taxonomy.uuid),
        "name": taxonomy.name,
        "description": taxonomy.description,
    }
    if taxonomy.uri:
        data["uri"] = taxonomy.uri
    if taxonomy.version:
        data["version"] = taxonomy.version
    return data


def term_as_hsds(term: TaxonomyTerm, *, with_taxonomy_detail: bool = False) -> dict[str, Any]:
    """The term as an HSDS 3.0 `taxonomy_term` object.

    Lists should `select_related("taxonomy", "parent")`: the taxonomy and the parent's UUID are
    read for every term. Top-level terms have no `parent_id` (HSDS does not allow null there).
    """
    taxonomy = term.taxonomy
    data: dict[str, Any] = {
        "id": str(term.uuid),
        "code": term.code,
        "name": term.name,
        "description": term.description,
        "taxonomy": taxonomy.uri or taxonomy.name,
        "taxonomy_id": str(taxonomy.uuid),
        "language": TAXONOMY_LANGUAGE,
    }
    if term.parent_id:
        data["parent_id"] = str(term.parent.uuid)
    if with_taxonomy_detail:
        data["taxonomy_detail"] = taxonomy_as_hsds(taxonomy)
    return data
