"""The reference data: the topic taxonomy, languages, target groups, and their HSDS export."""

import json
import uuid
from pathlib import Path

import pytest

from famkoop.directory.models import Language, TargetGroup, Taxonomy, TaxonomyTerm
from famkoop.directory.reference_data import (
    FAMKOOP_TAXONOMY_SLUG,
    TARGET_GROUP_SPECIAL_STRESS,
    TAXONOMY_FILES,
    load_reference_data,
    taxonomy_as_hsds,
    term_as_hsds,
    term_uuid,
)
from famkoop.directory.tests.factories import TaxonomyFactory, TaxonomyTermFactory

pytestmark = pytest.mark.django_db

# The official Open Referral schemas live in the workspace's shared/ folder next to the repo.
HSDS_SCHEMA_DIR = (
    Path(__file__).resolve().parents[3] / ".." / "shared" / "reference" / "hsds-3.0" / "schema"
)


@pytest.fixture
def reference_data():
    """The reference data as migration 0002 loads it (again, in case a test flushed it)."""
    load_reference_data()
    return Taxonomy.objects.get(slug=FAMKOOP_TAXONOMY_SLUG)


def test_famkoop_taxonomy_has_name_version_and_at_least_forty_topics(reference_data):
    taxonomy = reference_data

    assert taxonomy.name == "Themen der Familienbildung"
    assert taxonomy.version == "1.0"
    assert taxonomy.terms.filter(parent__isnull=False).count() >= 40
    assert taxonomy.terms.filter(parent__isnull=True).count() >= 10


def test_famkoop_taxonomy_has_exactly_two_levels(reference_data):
    terms = reference_data.terms.select_related("parent")

    for term in terms:
        assert term.parent is None or term.parent.parent_id is None, term.code
    top_level_without_children = reference_data.terms.filter(
        parent__isnull=True, children__isnull=True
    )
    assert not top_level_without_children.exists()


def test_every_term_has_german_name_and_one_sentence_description(reference_data):
    for term in reference_data.terms.all():
        term.full_clean()
        assert term.name
        assert term.description.endswith("."), term.code
        assert term.description.count(". ") == 0, term.code


def test_term_codes_are_unique_in_the_data_file():
    for path in TAXONOMY_FILES:
        data = json.loads(path.read_text(encoding="utf-8"))
        codes = [area["code"] for area in data["areas"]] + [
            term["code"] for area in data["areas"] for term in area["terms"]
        ]
        assert len(codes) == len(set(codes))


def test_loading_twice_changes_nothing(reference_data):
    def snapshot():
        return {
            "languages": set(Language.objects.values_list("code", "name", "native_name")),
            "target_groups": set(TargetGroup.objects.values_list("code", "name", "order")),
            "taxonomies": set(Taxonomy.objects.values_list("slug", "uuid")),
            "terms": set(TaxonomyTerm.objects.values_list("code", "uuid", "parent__code")),
        }

    before = snapshot()

    assert load_reference_data() == {"languages": 0, "target_groups": 0, "taxonomy_terms": 0}
    assert snapshot() == before


def test_loading_updates_names_and_keeps_ids_of_existing_rows(reference_data):
    term = TaxonomyTerm.objects.get(taxonomy=reference_data, code="babymassage")
    term.name = "Alter Name"
    term.uuid = uuid.uuid4()
    term.save()

    load_reference_data()

    term.refresh_from_db()
    assert term.name == "Babymassage"
    assert term.parent.code == "leben-mit-baby"
    assert TaxonomyTerm.objects.filter(code="babymassage").count() == 1
    assert term.uuid != term_uuid(FAMKOOP_TAXONOMY_SLUG, "babymassage")


def test_new_terms_get_the_same_id_in_every_installation(reference_data):
    term = TaxonomyTerm.objects.get(taxonomy=reference_data, code="babymassage")

    assert term.uuid == term_uuid(FAMKOOP_TAXONOMY_SLUG, "babymassage")
    assert term.uuid == uuid.UUID("33536b8b-f6b2-58a7-8938-87127717ee34")


def test_languages_include_those_common_among_families_in_germany(reference_data):
    codes = set(Language.objects.values_list("code", flat=True))

    assert {"de", "en", "tr", "ar", "uk", "ru", "pl", "fa", "prs", "ku", "ti"} <= codes
    assert len(codes) >= 20
    assert Language.objects.get(code="tr").native_name == "Türkçe"


def test_target_groups_are_ordered_and_include_families_in_special_stress(reference_data):
    names = list(TargetGroup.objects.values_list("name", flat=True))

    assert names[:3] == ["Werdende Eltern", "Mütter", "Väter"]
    assert "Regenbogenfamilien" in names
    assert TargetGroup.objects.get(code=TARGET_GROUP_SPECIAL_STRESS).name == (
        "Familien in besonderen Belastungssituationen"
    )


# HSDS export


@pytest.fixture
def hsds_validator():
    """A validator for an HSDS 3.0 schema by file name, with `$ref`s to sibling files."""
    if not HSDS_SCHEMA_DIR.is_dir():
        pytest.skip(f"HSDS 3.0 schemas not found at {HSDS_SCHEMA_DIR} (shared/ next to the repo)")
    from jsonschema import Draft202012Validator, FormatChecker
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    registry = Registry().with_resources(
        (path.name, Resource.from_contents(json.loads(path.read_text()), DRAFT202012))
        for path in HSDS_SCHEMA_DIR.glob("*.json")
    )

    def validate(instance: dict, schema_name: str) -> None:
        schema = registry.contents(schema_name)
        Draft202012Validator(schema, registry=registry, format_checker=FormatChecker()).validate(
            instance
        )

    return validate


def test_taxonomy_export_is_valid_hsds(reference_data, hsds_validator):
    exported = taxonomy_as_hsds(reference_data)

    hsds_validator(exported, "taxonomy.json")
    assert exported == {
        "id": str(reference_data.uuid),
        "name": "Themen der Familienbildung",
        "description": reference_data.description,
        "version": "1.0",
    }


def test_taxonomy_with_uri_exports_it(hsds_validator):
    taxonomy = TaxonomyFactory(uri="https://example.org/themen", version="")

    exported = taxonomy_as_hsds(taxonomy)

    hsds_validator(exported, "taxonomy.json")
    assert exported["uri"] == "https://example.org/themen"
    assert "version" not in exported


def test_every_term_exports_as_valid_hsds(reference_data, hsds_validator):
    terms = reference_data.terms.select_related("taxonomy", "parent")

    for term in terms:
        hsds_validator(term_as_hsds(term, with_taxonomy_detail=True), "taxonomy_term.json")


def test_child_term_export_points_to_its_parent_and_taxonomy(reference_data, hsds_validator):
    term = TaxonomyTerm.objects.select_related("taxonomy", "parent").get(code="babymassage")

    exported = term_as_hsds(term)

    hsds_validator(exported, "taxonomy_term.json")
    assert exported == {
        "id": str(term.uuid),
        "code": "babymassage",
        "name": "Babymassage",
        "description": term.description,
        "parent_id": str(term.parent.uuid),
        "taxonomy": "Themen der Familienbildung",
        "taxonomy_id": str(reference_data.uuid),
        "language": "de",
    }


def test_top_level_term_export_has_no_parent_id(reference_data):
    area = TaxonomyTerm.objects.get(taxonomy=reference_data, code="leben-mit-baby")

    assert "parent_id" not in term_as_hsds(area)


def test_export_with_taxonomy_detail_embeds_the_taxonomy(hsds_validator):
    term = TaxonomyTermFactory(description="Ein Thema.")

    exported = term_as_hsds(term, with_taxonomy_detail=True)

    hsds_validator(exported, "taxonomy_term.json")
    assert exported["taxonomy_detail"] == taxonomy_as_hsds(term.taxonomy)


def test_hsds_validator_rejects_an_id_that_is_no_uuid(reference_data, hsds_validator):
    from jsonschema import ValidationError

    broken = taxonomy_as_hsds(reference_data)
    broken["id"] = "keine-uuid"

    with pytest.raises(ValidationError):
        hsds_validator(broken, "taxonomy.json")


def test_hsds_validator_follows_references_to_the_taxonomy_schema(hsds_validator):
    from jsonschema import ValidationError

    term = TaxonomyTermFactory(description="Ein Thema.")
    broken = term_as_hsds(term, with_taxonomy_detail=True)
    del broken["taxonomy_detail"]["name"]

    with pytest.raises(ValidationError):
        hsds_validator(broken, "taxonomy_term.json")
