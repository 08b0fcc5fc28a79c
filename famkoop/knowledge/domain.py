"""Actions that change the knowledge: save, publish, withdraw. One transaction each; each
writes its entry into the audit history (`famkoop.audit`) in the same transaction.

The audit app records organisation data automatically (its registry needs the organisation a
row belongs to); knowledge belongs to no organisation, so these actions write their entries
themselves, in the same shape: `history_for(obj)` and `{% audit_history %}` show them.
"""

from collections.abc import Iterable
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.utils import timezone

from famkoop.audit.context import actor_label, current
from famkoop.audit.models import Action, AuditEntry
from famkoop.audit.recording import snapshot
from famkoop.audit.registry import recorded_fields

from .models import Content, GuideQuestion, NewsItem, Status
from .sanitize import sanitize_html
from .search import document_terms

# Fields holding rich text, sanitised whenever they are saved.
RICH_TEXT_FIELDS: dict[type[Content], tuple[str, ...]] = {
    GuideQuestion: ("answer",),
    NewsItem: ("body",),
}

Snapshot = dict[str, Any]


def _state(obj: Content) -> Snapshot:
    state = snapshot(obj, recorded_fields(type(obj)))
    if obj.pk is not None:
        for field in type(obj)._meta.many_to_many:
            state[field.name] = [
                {"pk": related.pk, "label": str(related)[:300]}
                for related in getattr(obj, field.name).order_by("pk")
            ]
    return state


def _record(obj: Content, action: str, before: Snapshot | None, actor: Any) -> None:
    after = _state(obj)
    if before is None:
        changes = {name: [None, value] for name, value in after.items() if value not in ("", [])}
    else:
        changes = {
            name: [value, after.get(name)]
            for name, value in before.items()
            if value != after.get(name)
        }
        if not changes:
            return
    context = current()
    actor = actor if actor is not None else context.actor
    AuditEntry.objects.create(
        actor=actor,
        actor_label=actor_label(actor),
        source=context.source,
        action=action,
        content_type=ContentType.objects.get_for_model(obj),
        object_id=str(obj.pk),
        object_repr=str(obj)[:300],
        changes=changes,
    )


def _locked_state(obj: Content) -> Snapshot | None:
    if obj.pk is None:
        return None
    stored = type(obj).objects.select_for_update().get(pk=obj.pk)
    return _state(stored)


def save_content(
    obj: Content,
    related: dict[str, Iterable[models.Model]] | None = None,
    actor: Any = None,
) -> Content:
    """Save `obj` (new or changed) with its many-to-many `related` objects.

    Guarantees: rich text is sanitised, the search terms match the saved text, and one history
    entry lists what changed (none when nothing did) — all in one transaction.
    """
    with transaction.atomic():
        before = _locked_state(obj)
        for name in RICH_TEXT_FIELDS.get(type(obj), ()):
            setattr(obj, name, sanitize_html(getattr(obj, name)))
        obj.search_terms = document_terms(obj)
        obj.save()
        for name, objects in (related or {}).items():
            getattr(obj, name).set(list(objects))
        _record(obj, Action.CREATE if before is None else Action.UPDATE, before, actor)
    return obj


def publish(obj: Content, actor: Any = None) -> Content:
    """Make `obj` public; the first publication date is kept on later publications."""
    return _set_status(obj, Status.PUBLISHED, actor)


def withdraw(obj: Content, actor: Any = None) -> Content:
    """Take `obj` off the public pages (back to draft)."""
    return _set_status(obj, Status.DRAFT, actor)


def _set_status(obj: Content, status: str, actor: Any) -> Content:
    with transaction.atomic():
        before = _locked_state(obj)
        obj.status = status
        if status == Status.PUBLISHED and obj.published_at is None:
            obj.published_at = timezone.now()
        obj.save(update_fields=["status", "published_at", "updated_at"])
        _record(obj, Action.UPDATE, before, actor)
    return obj
