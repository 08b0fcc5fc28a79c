"""Who is acting right now, and through which door: kept in a context variable.

The middleware sets it for each web request; imports, tasks and management commands set it
with `acting()`. Outside of both, changes are recorded with source "system" and no actor.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from typing import Any

from .models import Source


@dataclass(frozen=True)
class AuditContext:
    # The user, or a lazy object (request.user) that is only looked at when something is written.
    user: Any = None
    source: str = Source.SYSTEM
    record: bool = True

    @property
    def actor(self) -> Any:
        """The acting user if there is a logged-in one, else None."""
        user = self.user
        if user is None or not getattr(user, "is_authenticated", False):
            return None
        return user


# AuditContext is frozen: the shared default cannot be changed in place.
_current: ContextVar[AuditContext] = ContextVar(
    "famkoop_audit_context",
    default=AuditContext(),  # noqa: B039
)


class _Inherit:
    def __repr__(self) -> str:
        return "INHERIT"


INHERIT: Any = _Inherit()


def current() -> AuditContext:
    return _current.get()


@contextmanager
def acting(
    user: Any = INHERIT, source: str = INHERIT, record: bool = INHERIT
) -> Iterator[AuditContext]:
    """Record the changes made inside the block as done by `user` through `source`.

    What is not given is kept from the enclosing context (e.g. an import started in a web
    request keeps the request's user). `record=False` switches recording off inside the block:
    only for generators of synthetic data (`generate_scale`), never for changes people make.
    """
    outer = _current.get()
    changes: dict[str, Any] = {}
    if user is not INHERIT:
        changes["user"] = user
    if source is not INHERIT:
        changes["source"] = Source(source).value
    if record is not INHERIT:
        changes["record"] = record
    token = _current.set(replace(outer, **changes))
    try:
        yield _current.get()
    finally:
        _current.reset(token)


def actor_label(user: Any) -> str:
    """Name and e-mail address of a staff account as they are now, e.g. "Alex Muster
    (alex@example.org)"; kept in the entry so that the history outlives the account."""
    if user is None:
        return ""
    email = getattr(user, "email", "") or ""
    full_name = user.get_full_name() if hasattr(user, "get_full_name") else ""
    if full_name and email:
        return f"{full_name} ({email})"[:300]
    return (full_name or email or str(user))[:300]
