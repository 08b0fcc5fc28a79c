"""A queryset that records its bulk writes: `update()`, `bulk_update()`, `bulk_create()` and
`delete()` write one entry per affected row, in the same transaction as the change.

`bulk_update()` needs no code of its own: Django runs it as `update()` per batch (tested).

Set it as the default manager of a registered model (`objects = AuditedManager()`); related
managers (`service.schedules.update(…)`) use it too. Single saves and deletions are recorded
by signals (`famkoop.audit.signals`); nothing is recorded twice: `update()` and `bulk_*()`
send no signals, and a queryset deletion only gathers the entries its signals build.
"""

from collections.abc import Iterable, Sequence
from typing import Any

from django.db import models, transaction

from .context import current
from .models import Action
from .recording import (
    Resolver,
    build_entries,
    chunks,
    holding_deletions,
    snapshot,
    snapshot_row,
    write,
)
from .registry import audited, recorded_fields


class AuditedQuerySet(models.QuerySet):
    def _recording(self) -> bool:
        return audited(self.model) is not None and current().record

    def _recorded(self, names: Iterable[str]) -> list[models.Field]:
        wanted = {self.model._meta.get_field(name).name for name in names}
        return [field for field in recorded_fields(self.model) if field.name in wanted]

    def _record_updates(
        self, before: dict[Any, dict[str, Any]], fields: list[models.Field]
    ) -> None:
        """Read the rows again after the write (values may be expressions) and record them."""
        base = self.model._base_manager.using(self.db)
        rows = []
        for chunk in chunks(list(before)):
            for instance in base.filter(pk__in=chunk):
                rows.append((instance, before[instance.pk], snapshot(instance, fields)))
        write(build_entries(self.model, Action.UPDATE, rows, Resolver(self.db)), self.db)

    def update(self, **kwargs: Any) -> int:
        fields = self._recorded(kwargs) if self._recording() else []
        if not fields:
            return super().update(**kwargs)
        with transaction.atomic(using=self.db, savepoint=False):
            locked = self if self.query.distinct else self.select_for_update(of=("self",))
            attnames = [field.attname for field in fields]
            before = {
                row["pk"]: snapshot_row(row, fields)
                for row in locked.order_by().values("pk", *attnames)
            }
            count = super().update(**kwargs)
            self._record_updates(before, fields)
        return count

    def bulk_create(
        self,
        objs: Iterable[models.Model],
        batch_size: int | None = None,
        ignore_conflicts: bool = False,
        update_conflicts: bool = False,
        update_fields: Sequence[str] | None = None,
        unique_fields: Sequence[str] | None = None,
    ) -> list:
        objs = list(objs)
        options = {
            "batch_size": batch_size,
            "ignore_conflicts": ignore_conflicts,
            "update_conflicts": update_conflicts,
            "update_fields": update_fields,
            "unique_fields": unique_fields,
        }
        if not objs or not self._recording():
            return super().bulk_create(objs, **options)
        if ignore_conflicts or update_conflicts:
            # The database does not tell which rows were inserted and which were not.
            raise NotImplementedError(
                f"bulk_create with conflict handling is not recorded for {self.model._meta.label};"
                " write the rows one by one or insert them inside acting(record=False)."
            )
        with transaction.atomic(using=self.db, savepoint=False):
            created = super().bulk_create(objs, **options)
            fields = recorded_fields(self.model)
            rows = [(obj, None, snapshot(obj, fields)) for obj in created if obj.pk is not None]
            write(build_entries(self.model, Action.CREATE, rows, Resolver(self.db)), self.db)
        return created

    def delete(self) -> tuple[int, dict[str, int]]:
        if not self._recording():
            return super().delete()
        # The deletion signals build one entry per deleted row (cascades included); they are
        # inserted together once the rows are gone.
        with transaction.atomic(using=self.db, savepoint=False), holding_deletions(self.db):
            return super().delete()

    delete.alters_data = True
    delete.queryset_only = True


class AuditedManager(models.Manager.from_queryset(AuditedQuerySet)):
    pass
