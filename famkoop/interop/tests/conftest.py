"""Fixtures of the HSDS API tests: the search tests' directory and the official schemas."""

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from famkoop.search.tests.conftest import offers, sites  # noqa: F401 (fixtures)

# The official Open Referral schemas live in the workspace's shared/ folder next to the repo.
HSDS_SCHEMA_DIR = (
    Path(__file__).resolve().parents[3] / ".." / "shared" / "reference" / "hsds-3.0" / "schema"
)
COMPILED_DIR = HSDS_SCHEMA_DIR / "compiled"


@pytest.fixture(scope="session")
def hsds_validate() -> Callable[[dict, str], None]:
    """validate(instance, "compiled/service.json"): raises when the instance breaks the schema."""
    if not COMPILED_DIR.is_dir():
        pytest.skip(f"HSDS 3.0 compiled schemas not found at {COMPILED_DIR} (shared/ next to repo)")
    from jsonschema import Draft202012Validator, FormatChecker
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    paths = [*HSDS_SCHEMA_DIR.glob("*.json"), *COMPILED_DIR.glob("*.json")]
    registry = Registry().with_resources(
        (
            str(path.relative_to(HSDS_SCHEMA_DIR)),
            Resource.from_contents(json.loads(path.read_text()), DRAFT202012),
        )
        for path in paths
    )

    def validate(instance: dict, schema_name: str) -> None:
        schema = registry.contents(schema_name)
        Draft202012Validator(schema, registry=registry, format_checker=FormatChecker()).validate(
            instance
        )

    return validate


@pytest.fixture(autouse=True)
def _fresh_rate_limit():
    """The API's rate limit counts in the cache; each test starts with a clean count."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
