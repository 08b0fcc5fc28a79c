"""`{% load audit %}{% audit_history entries %}`: the history table on a back-office page."""

from collections.abc import Iterable

from django import template

from famkoop.audit.history import history_context
from famkoop.audit.models import AuditEntry

register = template.Library()


@register.inclusion_tag("audit/_history.html")
def audit_history(entries: Iterable[AuditEntry], caption: str | None = None) -> dict:
    """Render entries already filtered by the permission policy and sliced to a page."""
    return history_context(entries, caption)
