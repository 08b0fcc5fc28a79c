"""Turning rows before and after a change into audit entries, many rows at a time.

Values are normalised to JSON first (`normalise`), so that a value read back from the
database and the same value held in memory compare equal. Foreign keys stay bare keys until
the entries are built; then their labels are read for all rows in one query per model.
"""

import datetime
import uuid
from collections.abc import Iterable, Sequence
from contextlib import contextmanager, suppress
from contextvars import ContextVar
from decimal import Decimal, InvalidOperation
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models, router

from .context import actor_label, current
from .models import Action, AuditEntry
from .registry import audited, label_related, recorded_fields

CHUNK = 500  # keys per IN (…) list, well below SQLite's limit on query parameters

Snapshot = dict[str, Any]

# Entries of a queryset deletion wait here and are inserted together at its end.
_pending_deletions: ContextVar[list[AuditEntry] | None] = ContextVar(
    "famkoop_audit_pending_deletions", default=None
)


def chunks(values: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for first in range(0, len(values), size):
        yield values[first : first + size]


def normalise(field: models.Field, value: Any) -> Any:
    """A field's value as JSON, the same whether it was read from the database or not."""
    if value is None:
        return None
    if isinstance(field, models.ForeignKey):
        value = field.target_field.to_python(value)
        return str(value) if isinstance(value, uuid.UUID) else value
    try:
        value = field.to_python(value)
    except ValidationError:
        return str(value)
    if isinstance(value, Decimal):
        if isinstance(field, models.DecimalField) and field.decimal_places is not None:
            with suppress(InvalidOperation):
                value = value.quantize(Decimal(1).scaleb(-field.decimal_places))
        return format(value, "f")
    if isinstance(value, datetime.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(datetime.UTC)
        return value.isoformat()
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, bytes | memoryview):
        return None  # never binary data in the history
    return value


def snapshot(instance: models.Model, fields: Iterable[models.Field]) -> Snapshot:
    return {field.name: normalise(field, getattr(instance, field.attname)) for field in fields}


def snapshot_row(row: dict[str, Any], fields: Iterable[models.Field]) -> Snapshot:
    """A snapshot from `values(*attnames)`."""
    return {field.name: normalise(field, row[field.attname]) for field in fields}


def _is_blank(field: models.Field, value: Any) -> bool:
    if value in (None, "", [], {}):
        return True
    if isinstance(field, models.Field) and field.has_default() and not callable(field.default):
        return value == normalise(field, field.default)
    return False


class Resolver:
    """Related objects by key, fetched once per model for many rows: the rows' organisation
    and parent, and labels (`str()`) of the objects their foreign keys point to."""

    def __init__(self, using: str) -> None:
        self.using = using
        self._objects: dict[tuple[str, Any], models.Model | None] = {}
        self._unlabelled: dict[type[models.Model], list[models.Model]] = {}

    def fetch(self, model: type[models.Model], pks: Iterable[Any]) -> None:
        label = model._meta.label
        missing = sorted(
            {pk for pk in pks if pk is not None and (label, pk) not in self._objects}, key=str
        )
        for chunk in chunks(missing):
            found = model._base_manager.using(self.using).select_related(*label_related(model))
            by_pk = found.in_bulk(chunk)
            for pk in chunk:
                self._objects[(label, pk)] = by_pk.get(pk)

    def remember(self, obj: models.Model | None) -> None:
        """Use an object already in memory; its own labels' relations are attached later."""
        if obj is not None and obj.pk is not None:
            key = (obj._meta.label, obj.pk)
            if key not in self._objects:
                self._objects[key] = obj
                self._unlabelled.setdefault(type(obj), []).append(obj)

    def get(self, model: type[models.Model], pk: Any) -> models.Model | None:
        if pk is None:
            return None
        if (model._meta.label, pk) not in self._objects:
            self.fetch(model, [pk])
        return self._objects[(model._meta.label, pk)]

    def attach(self, instances: Sequence[models.Model], path: str) -> None:
        """Load the relations along `path` ("schedule__service") into the instances' caches."""
        level = list(instances)
        for hop in path.split("__"):
            if not level:
                return
            field = level[0]._meta.get_field(hop)
            uncached = [obj for obj in level if not field.is_cached(obj)]
            self.fetch(field.related_model, [getattr(obj, field.attname) for obj in uncached])
            for obj in uncached:
                field.set_cached_value(
                    obj, self.get(field.related_model, getattr(obj, field.attname))
                )
            level = [
                related
                for obj in level
                if (related := field.get_cached_value(obj, default=None)) is not None
            ]

    def attach_label_relations(self) -> None:
        """Attach what `__str__` reads to remembered objects, in bulk."""
        unlabelled, self._unlabelled = self._unlabelled, {}
        for model, objs in unlabelled.items():
            for path in label_related(model):
                self.attach(objs, path)

    def path_value(self, instance: models.Model, path: str) -> Any:
        """The key at the end of `path`; the relations before it must be attached."""
        if path == "":
            return instance.pk
        *hops, last = path.split("__")
        obj: models.Model | None = instance
        for hop in hops:
            obj = getattr(obj, hop)
            if obj is None:
                return None
        return getattr(obj, obj._meta.get_field(last).attname)

    def label(self, model: type[models.Model], pk: Any) -> str:
        obj = self.get(model, pk)
        return str(obj)[:300] if obj is not None else str(pk)


def related_model_at(model: type[models.Model], path: str) -> type[models.Model]:
    for hop in path.split("__") if path else []:
        model = model._meta.get_field(hop).related_model
    return model


def _changes(
    fields: dict[str, models.Field], before: Snapshot | None, after: Snapshot | None
) -> dict[str, list[Any]]:
    if before is None and after is not None:
        return {
            name: [None, value]
            for name, value in after.items()
            if not _is_blank(fields[name], value)
        }
    if before is not None and after is None:
        return {
            name: [value, None]
            for name, value in before.items()
            if not _is_blank(fields[name], value)
        }
    if before is None or after is None:
        return {}
    return {
        name: [value, after[name]]
        for name, value in before.items()
        if name in after and value != after[name]
    }


def _with_labels(
    changed: list[tuple[models.Model, dict[str, list[Any]]]],
    fields: dict[str, models.Field],
    resolver: Resolver,
) -> None:
    """Replace bare keys of related objects by {"pk", "label"}, reading labels in bulk."""
    changes = [change for _instance, change in changed]
    wanted: dict[type[models.Model], set[Any]] = {}
    for instance, change in changed:
        for name, values in change.items():
            field = fields[name]
            if not field.is_relation:
                continue
            if field.many_to_one and field.is_cached(instance):
                # Related objects in memory (bulk inserts of children with their parents).
                resolver.remember(field.get_cached_value(instance))
            for value in values:
                keys = value if isinstance(value, list) else [value]
                wanted.setdefault(field.related_model, set()).update(
                    key for key in keys if key is not None
                )
    resolver.attach_label_relations()
    for model, keys in wanted.items():
        resolver.fetch(model, keys)

    def labelled(model: type[models.Model], value: Any) -> Any:
        if value is None:
            return None
        if isinstance(value, list):
            return [labelled(model, key) for key in value]
        return {"pk": value, "label": resolver.label(model, value)}

    for change in changes:
        for name, values in change.items():
            field = fields[name]
            if field.is_relation:
                change[name] = [labelled(field.related_model, value) for value in values]


def build_entries(
    model: type[models.Model],
    action: str,
    rows: Sequence[tuple[models.Model, Snapshot | None, Snapshot | None]],
    resolver: Resolver,
    extra_fields: Iterable[models.Field] = (),
) -> list[AuditEntry]:
    """One entry per row that changed; rows are (instance, before, after) of one model."""
    spec = audited(model)
    if spec is None:
        return []
    fields = {field.name: field for field in [*recorded_fields(model), *extra_fields]}
    changed = [
        (instance, change)
        for instance, before, after in rows
        if (change := _changes(fields, before, after)) or action != Action.UPDATE
    ]
    if not changed:
        return []
    instances = [instance for instance, _change in changed]
    # Relations `__str__` reads, and those on the way to the organisation's and parent's key.
    paths = set(spec.label_related)
    for path in (spec.organization, spec.parent or ""):
        if "__" in path:
            paths.add(path.rsplit("__", 1)[0])
    for path in sorted(paths):
        resolver.attach(instances, path)
    _with_labels(changed, fields, resolver)

    content_type = ContentType.objects.db_manager(resolver.using).get_for_model(model)
    parent_type = (
        ContentType.objects.db_manager(resolver.using).get_for_model(
            related_model_at(model, spec.parent)
        )
        if spec.parent
        else None
    )
    context = current()
    actor = context.actor
    now = datetime.datetime.now(datetime.UTC)
    entries = []
    for instance, change in changed:
        parent_id = resolver.path_value(instance, spec.parent) if spec.parent else None
        entries.append(
            AuditEntry(
                time=now,
                actor_id=actor.pk if actor is not None else None,
                actor_label=actor_label(actor),
                source=context.source,
                action=action,
                content_type=content_type,
                object_id=str(instance.pk),
                object_repr=str(instance)[:300],
                parent_content_type=parent_type if parent_id is not None else None,
                parent_object_id=str(parent_id) if parent_id is not None else "",
                organization_id=resolver.path_value(instance, spec.organization),
                changes=change,
            )
        )
    return entries


def write(entries: list[AuditEntry], using: str | None = None) -> list[AuditEntry]:
    """Insert entries in one statement per few hundred rows, in the caller's transaction."""
    if not entries:
        return entries
    using = using or router.db_for_write(AuditEntry)
    return AuditEntry.objects.using(using).bulk_create(entries, batch_size=CHUNK)


def write_or_hold(entries: list[AuditEntry], using: str) -> None:
    """Inside a queryset deletion, hold the entries for one insert at its end."""
    pending = _pending_deletions.get()
    if pending is not None:
        pending.extend(entries)
    else:
        write(entries, using)


@contextmanager
def holding_deletions(using: str):
    pending: list[AuditEntry] = []
    token = _pending_deletions.set(pending)
    try:
        yield
    finally:
        _pending_deletions.reset(token)
    write(pending, using)
