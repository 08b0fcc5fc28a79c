"""Reading the history: which entries belong to an object, which a user may see, and how
they read in German (field labels, choice labels, dates) on a page."""

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils import formats, timezone
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from .models import Action, AuditEntry


def history_for(obj: models.Model) -> QuerySet[AuditEntry]:
    """Entries of `obj` and of the parts shown on its page (an offer's schedules, sites,
    translations; an organisation's sites, areas and memberships), newest first."""
    content_type = ContentType.objects.get_for_model(obj)
    pk = str(obj.pk)
    return AuditEntry.objects.filter(
        Q(content_type=content_type, object_id=pk)
        | Q(parent_content_type=content_type, parent_object_id=pk)
    ).order_by("-time", "-pk")


def entries_visible_to(
    queryset: QuerySet[AuditEntry], organizations: Iterable[Any] | QuerySet
) -> QuerySet[AuditEntry]:
    """The entries of `queryset` that belong to one of `organizations` (objects, keys or a
    queryset): pass the organisations the permission policy lets the user see."""
    return queryset.filter(organization__in=organizations)


@dataclass(frozen=True)
class FieldChange:
    label: str
    before: str
    after: str


@dataclass(frozen=True)
class HistoryRow:
    entry: AuditEntry
    what: str
    changes: list[FieldChange]


EMPTY = "–"


def _field(model: type[models.Model] | None, name: str) -> models.Field | None:
    if model is None:
        return None
    try:
        return model._meta.get_field(name)
    except FieldDoesNotExist:
        return None


def _label(model: type[models.Model] | None, name: str) -> str:
    field = _field(model, name)
    verbose_name = getattr(field, "verbose_name", None)
    return str(verbose_name) if verbose_name else name


def display_value(field: models.Field | None, value: Any) -> str:
    """A recorded value as a German reader expects it."""
    if value is None or value == "" or value == []:
        return EMPTY
    if isinstance(value, list):
        return ", ".join(display_value(None, item) for item in value)
    if isinstance(value, dict):
        return str(value.get("label", value.get("pk", "")))
    if isinstance(value, bool):
        return _("ja") if value else _("nein")
    if field is None:
        return str(value)
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    try:
        if isinstance(field, models.DateTimeField):
            moment = timezone.localtime(datetime.datetime.fromisoformat(value))
            return formats.date_format(moment, "SHORT_DATETIME_FORMAT")
        if isinstance(field, models.DateField):
            return formats.date_format(datetime.date.fromisoformat(value), "SHORT_DATE_FORMAT")
        if isinstance(field, models.TimeField):
            return formats.time_format(datetime.time.fromisoformat(value), "H:i")
        if isinstance(field, models.DecimalField):
            return formats.number_format(Decimal(value), field.decimal_places, use_l10n=True)
    except (TypeError, ValueError, InvalidOperation):
        pass
    if isinstance(value, float):
        return formats.number_format(value, use_l10n=True)
    return str(value)


def history_rows(entries: Iterable[AuditEntry]) -> list[HistoryRow]:
    rows = []
    for entry in entries:
        content_type = ContentType.objects.get_for_id(entry.content_type_id)
        model = content_type.model_class()
        kind = str(model._meta.verbose_name) if model else content_type.model
        changes = []
        for name, values in (entry.changes or {}).items():
            before, after = [*values, None, None][:2] if isinstance(values, list) else [None, None]
            field = _field(model, name)
            changes.append(
                FieldChange(
                    _label(model, name), display_value(field, before), display_value(field, after)
                )
            )
        what = {
            Action.CREATE: _("%(kind)s „%(object)s“ angelegt"),
            Action.UPDATE: _("%(kind)s „%(object)s“ geändert"),
            Action.DELETE: _("%(kind)s „%(object)s“ gelöscht"),
        }.get(entry.action, "%(kind)s „%(object)s“") % {"kind": kind, "object": entry.object_repr}
        rows.append(HistoryRow(entry=entry, what=what, changes=changes))
    return rows


def render_history(
    entries: Iterable[AuditEntry],
    caption: str | None = None,
    request: HttpRequest | None = None,
) -> SafeString:
    """The history table (`audit/_history.html`) for entries already filtered and sliced."""
    return render_to_string("audit/_history.html", history_context(entries, caption), request)


def history_context(entries: Iterable[AuditEntry], caption: str | None = None) -> dict:
    return {"rows": history_rows(entries), "caption": caption or _("Änderungsverlauf")}
