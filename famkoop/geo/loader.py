"""Fills the geo tables from the data packages (see docs/data-sources.md).

Runs inside migration 0002 with historical models and from `manage.py load_geodata`. Stored
rows are compared with the data and only the differences are written, so a second run changes
nothing. Rows are never deleted, other apps point at them; only places from these sources
that the data no longer holds are.
"""

import logging
import time
from collections.abc import Callable, Hashable
from typing import Any, TextIO

from django.apps import apps as global_apps
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.utils.translation import gettext as _

from famkoop.geo import sources
from famkoop.geo.build import PLACE_SOURCES, Rows, build_geodata, figure_key, place_key

logger = logging.getLogger(__name__)

BATCH_SIZE = 1000


def load_geodata(
    apps: Any = None, stdout: TextIO | None = None, *, using: str = DEFAULT_DB_ALIAS
) -> dict[str, int]:
    """Bring the geo tables in line with the data packages; returns counts and match figures.

    Works with the project's models or a migration's historical `apps`, on SQLite and
    PostgreSQL, in one transaction.
    """
    apps = apps or global_apps
    started = time.monotonic()
    data = build_geodata()
    counts: dict[str, int] = {}
    with transaction.atomic(using=using):
        for label, model_name, rows, kwargs in (
            ("states", "State", data.states, {}),
            ("districts", "District", data.districts, {}),
            ("municipalities", "Municipality", data.municipalities, {}),
            ("postal_codes", "PostalCode", data.postal_codes, {}),
            ("places", "Place", data.places, {"key_of": place_key, "managed": PLACE_SOURCES}),
            ("population_figures", "PopulationFigure", data.population, {"key_of": figure_key}),
        ):
            result = _sync(apps.get_model("geo", model_name), rows, using=using, **kwargs)
            counts[label] = len(rows)
            for change, number in result.items():
                counts[change] = counts.get(change, 0) + number
    counts.update(data.stats)
    counts["milliseconds"] = round((time.monotonic() - started) * 1000)
    _report(counts, stdout)
    return counts


def _sync(
    model: Any,
    rows: Rows,
    *,
    using: str,
    key_of: Callable[[dict[str, Any]], Hashable] | None = None,
    managed: tuple[str, ...] | None = None,
) -> dict[str, int]:
    """Create missing rows and update changed ones; with `managed` sources, delete the rest.

    `rows` is keyed by `key_of(values)` (default: the primary key). Compares in Python instead
    of upserting, so that a repeated run issues no writes at all.
    """
    pk_name = model._meta.pk.attname
    if not rows:  # e.g. no population package: nothing to compare, keep what is stored
        return {"created": 0, "updated": 0, "deleted": 0}
    key_of = key_of or (lambda values: values[pk_name])
    fields = list(next(iter(rows.values())))
    manager = model._default_manager.db_manager(using)
    queryset = manager.filter(source__in=managed) if managed else manager.all()
    stored: dict[Hashable, dict[str, Any]] = {}
    superfluous = []
    for values in queryset.values("pk", *fields).iterator(chunk_size=5000):
        if key_of(values) in stored:
            superfluous.append(values["pk"])
        else:
            stored[key_of(values)] = values
    to_create, to_update, changed_fields = [], [], set()
    for key, values in rows.items():
        current = stored.pop(key, None)
        if current is None:
            to_create.append(values)
            continue
        changed = [name for name, value in values.items() if current[name] != value]
        if changed:
            to_update.append(model(pk=current["pk"], **values))
            changed_fields.update(changed)
    _insert(model, to_create, using)
    if to_update:
        manager.bulk_update(to_update, sorted(changed_fields), batch_size=BATCH_SIZE)
    if managed:
        superfluous += [values["pk"] for values in stored.values()]
        for start in range(0, len(superfluous), BATCH_SIZE):
            manager.filter(pk__in=superfluous[start : start + BATCH_SIZE]).delete()
    else:
        superfluous = []
    return {"created": len(to_create), "updated": len(to_update), "deleted": len(superfluous)}


def _insert(model: Any, rows: list[dict[str, Any]], using: str) -> None:
    """INSERT the rows: COPY on PostgreSQL, else many rows per statement.

    bulk_create would spend seconds preparing 50,000 rows value by value (and psycopg as long
    again splitting statements with thousands of parameters); these values (text, numbers,
    booleans, NULL) need no preparation.
    """
    if not rows:
        return
    connection = connections[using]
    quote = connection.ops.quote_name
    fields = list(rows[0])
    table = quote(model._meta.db_table)
    columns = ", ".join(quote(model._meta.get_field(name).column) for name in fields)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row([row[name] for name in fields])
            return
        row_placeholder = "(" + ", ".join(["%s"] * len(fields)) + ")"
        batch_size = max(1, (connection.features.max_query_params or 999) // len(fields))
        for start in range(0, len(rows), batch_size):
            batch = rows[start : start + batch_size]
            placeholders = ", ".join([row_placeholder] * len(batch))
            cursor.execute(
                f"INSERT INTO {table} ({columns}) VALUES {placeholders}",  # noqa: S608 (names from the model)
                [row[name] for row in batch for name in fields],
            )


def _report(counts: dict[str, int], stdout: TextIO | None) -> None:
    rows = counts["postcode_rows"]
    postcodes = counts["postal_codes"]
    lines = [
        _("Bundesländer: %(n)d, Kreise: %(districts)d, Gemeinden: %(municipalities)d")
        % {
            "n": counts["states"],
            "districts": counts["districts"],
            "municipalities": counts["municipalities"],
        },
        _("Postleitzahlen: %(n)d, davon %(matched)d mit Gemeinde (%(rate).1f %%)")
        % {
            "n": postcodes,
            "matched": counts["postal_codes_with_municipality"],
            "rate": 100 * counts["postal_codes_with_municipality"] / max(postcodes, 1),
        },
        _("Ortsnamen der Postleitzahlen: %(n)d, davon %(matched)d einer Gemeinde zugeordnet")
        % {"n": rows, "matched": counts["postcode_rows_with_municipality"]},
        _("Orte: %(n)d, Bevölkerungszahlen: %(figures)d")
        % {"n": counts["places"], "figures": counts["population_figures"]},
        _("Neu: %(created)d, geändert: %(updated)d, gelöscht: %(deleted)d, Dauer: %(ms)d ms")
        % {
            "created": counts["created"],
            "updated": counts["updated"],
            "deleted": counts["deleted"],
            "ms": counts["milliseconds"],
        },
    ]
    if counts.get("population_package_missing"):
        lines.append(
            _("Keine Bevölkerungszahlen: das npm-Paket %(package)s ist nicht installiert.")
            % {"package": sources.POPULATION_PACKAGE}
        )
    for line in lines:
        if stdout is None:
            logger.info(line)
        else:
            stdout.write(line + "\n")
