"""Single saves, deletions and many-to-many changes of registered models, via model signals.

Connected in `AuditConfig.ready()`. A save reads its row before (pre_save) and records the
difference after (post_save); a deletion builds its entry while the rows still exist
(pre_delete) and writes it once its row is gone (post_delete) — inside the collector's
transaction. Raw saves (fixtures) are not recorded.

A plain `save()` outside any transaction commits its row before its entry; actions (domain
functions, the admin) run in `transaction.atomic`, where both commit together.
"""

from contextvars import ContextVar
from typing import Any

from django.apps import apps
from django.db import connections, models, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save

from .context import current
from .models import Action, AuditEntry
from .recording import (
    Resolver,
    build_entries,
    normalise,
    snapshot,
    snapshot_row,
    write,
    write_or_hold,
)
from .registry import AUDITED, recorded_fields, recorded_m2m_fields

_BEFORE = "_audit_before"
_DELETION = "_audit_deletion"
_RESOLVER = "_audit_resolver"
_M2M_BEFORE = "_audit_m2m_before"


def _pre_save(sender, instance, raw=False, using=None, update_fields=None, **kwargs) -> None:
    if raw or not current().record:
        return
    before = None
    if instance.pk is not None:
        fields = recorded_fields(sender)
        row = (
            sender._base_manager.using(using)
            .filter(pk=instance.pk)
            .values(*[field.attname for field in fields])
            .first()
        )
        before = snapshot_row(row, fields) if row is not None else None
    instance.__dict__[_BEFORE] = before


def _post_save(sender, instance, created, raw=False, using=None, update_fields=None, **kwargs):
    if raw or not current().record:
        return
    before = instance.__dict__.pop(_BEFORE, None)
    fields = recorded_fields(sender)
    if update_fields is not None and before is not None:
        fields = [field for field in fields if field.name in update_fields]
        before = {name: value for name, value in before.items() if name in update_fields}
    action = Action.CREATE if created or before is None else Action.UPDATE
    rows = [(instance, None if action == Action.CREATE else before, snapshot(instance, fields))]
    write(build_entries(sender, action, rows, Resolver(using)), using)


def _resolver_for(origin: Any, using: str) -> Resolver:
    """One resolver per deletion, so that rows that cascade from one object share lookups."""
    if origin is None:
        return Resolver(using)
    resolver = origin.__dict__.get(_RESOLVER)
    if resolver is None or resolver.using != using:
        resolver = origin.__dict__[_RESOLVER] = Resolver(using)
    return resolver


def _pre_delete(sender, instance, using, origin=None, **kwargs) -> None:
    if not current().record:
        return
    rows = [(instance, snapshot(instance, recorded_fields(sender)), None)]
    entries = build_entries(sender, Action.DELETE, rows, _resolver_for(origin, using))
    instance.__dict__[_DELETION] = entries


def _post_delete(sender, instance, using, origin=None, **kwargs) -> None:
    entries = instance.__dict__.pop(_DELETION, None)
    if origin is instance:
        origin.__dict__.pop(_RESOLVER, None)
    if entries:
        write_or_hold(entries, using)


def _m2m_state(field: models.ManyToManyField, owner_ids: list[Any], using: str) -> dict:
    """The sorted keys each owner is linked to, read from the link table."""
    through = field.remote_field.through
    source = through._meta.get_field(field.m2m_field_name()).attname
    target = through._meta.get_field(field.m2m_reverse_field_name()).attname
    state: dict[Any, list[Any]] = {owner: [] for owner in owner_ids}
    for owner, key in (
        through._base_manager.using(using)
        .filter(**{f"{source}__in": owner_ids})
        .values_list(source, target)
    ):
        state[owner].append(normalise(field.target_field, key))
    return {owner: sorted(keys, key=str) for owner, keys in state.items()}


def _m2m_owners(field, instance, reverse: bool, pk_set, using: str) -> list[Any]:
    if not reverse:
        return [instance.pk]
    if pk_set is not None:
        return sorted(pk_set, key=str)
    # Clearing from the other side (language.services.clear()): every linked owner.
    through = field.remote_field.through
    target = through._meta.get_field(field.m2m_reverse_field_name()).attname
    source = through._meta.get_field(field.m2m_field_name()).attname
    return sorted(
        set(
            through._base_manager.using(using)
            .filter(**{target: instance.pk})
            .values_list(source, flat=True)
        ),
        key=str,
    )


def _m2m_changed(field: models.ManyToManyField):
    def receiver(sender, instance, action, reverse, model, pk_set, using, **kwargs) -> None:
        if not current().record:
            return
        if action.startswith("pre_"):
            owners = _m2m_owners(field, instance, reverse, pk_set, using)
            before = _m2m_state(field, owners, using)
            instance.__dict__.setdefault(_M2M_BEFORE, {})[(field.name, action[4:])] = before
            return
        before = instance.__dict__.get(_M2M_BEFORE, {}).pop((field.name, action[5:]), None)
        if before is None:
            return
        after = _m2m_state(field, list(before), using)
        owner_model = field.model
        owners = (
            {instance.pk: instance}
            if not reverse
            else owner_model._base_manager.using(using).in_bulk(list(before))
        )
        rows = [
            (owners[pk], {field.name: before[pk]}, {field.name: after[pk]})
            for pk in before
            if pk in owners
        ]
        entries = build_entries(
            owner_model, Action.UPDATE, rows, Resolver(using), extra_fields=[field]
        )
        for entry in entries:
            _merge_or_write(entry, field.name, using)

    return receiver


# The last many-to-many entry written in this context and the transaction it was written in:
# `set()` removes and then adds, and within one transaction that is one change, not two.
_last_m2m: ContextVar[tuple | None] = ContextVar("famkoop_audit_last_m2m", default=None)


def _merge_or_write(entry: AuditEntry, field_name: str, using: str) -> None:
    """Write a many-to-many entry, or fold it into the previous one when the same field of the
    same object changed just before in the same transaction (its outermost atomic block).

    The entry is looked up again by its object too: after a rollback it is gone (and on SQLite
    its key may be given to another row), and then a new entry is written.
    """
    key = (using, entry.content_type_id, entry.object_id, field_name)
    blocks = connections[using].atomic_blocks
    transaction_block = blocks[0] if blocks else None
    last = _last_m2m.get()
    if (
        last is not None
        and transaction_block is not None
        and last[0] == key
        and last[3] is transaction_block
    ):
        _key, entry_pk, first_before, _block = last
        after = entry.changes[field_name][1]
        previous = AuditEntry.objects.using(using).filter(
            pk=entry_pk, content_type_id=entry.content_type_id, object_id=entry.object_id
        )
        if first_before == after:
            if previous.delete()[0]:
                _last_m2m.set(None)
                return
        elif previous.update(changes={field_name: [first_before, after]}):
            return
    written = write([entry], using)[0]
    _last_m2m.set((key, written.pk, entry.changes[field_name][0], transaction_block))
    # A block object may be used again by the next transaction (a decorated function).
    transaction.on_commit(lambda: _last_m2m.set(None), using=using)


def connect() -> None:
    for label in AUDITED:
        model = apps.get_model(label)
        uid = f"famkoop.audit.{label}"
        pre_save.connect(_pre_save, sender=model, dispatch_uid=f"{uid}.pre_save")
        post_save.connect(_post_save, sender=model, dispatch_uid=f"{uid}.post_save")
        pre_delete.connect(_pre_delete, sender=model, dispatch_uid=f"{uid}.pre_delete")
        post_delete.connect(_post_delete, sender=model, dispatch_uid=f"{uid}.post_delete")
        for field in recorded_m2m_fields(model):
            m2m_changed.connect(
                _m2m_changed(field),
                sender=field.remote_field.through,
                dispatch_uid=f"{uid}.{field.name}.m2m_changed",
                weak=False,
            )
