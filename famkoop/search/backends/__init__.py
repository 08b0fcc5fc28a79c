"""Full-text backends: SQLite FTS5 and PostgreSQL full text, behind one interface.

`get_backend()` picks the one for the database in use; see `base.SearchBackend`.
"""

from django.db import DEFAULT_DB_ALIAS, connections

from .base import Near, SearchBackend, TagQuery
from .postgresql import PostgreSQLBackend
from .sqlite import SQLiteBackend

__all__ = [
    "Near",
    "PostgreSQLBackend",
    "SQLiteBackend",
    "SearchBackend",
    "TagQuery",
    "get_backend",
]

_BACKENDS: dict[str, type[SearchBackend]] = {
    SQLiteBackend.vendor: SQLiteBackend,
    PostgreSQLBackend.vendor: PostgreSQLBackend,
}


def get_backend(using: str = DEFAULT_DB_ALIAS) -> SearchBackend:
    """The backend for the database `using`; raises ImproperlyConfigured for other databases."""
    from django.core.exceptions import ImproperlyConfigured

    connection = connections[using]
    try:
        backend_class = _BACKENDS[connection.vendor]
    except KeyError:
        raise ImproperlyConfigured(
            f"The search supports SQLite and PostgreSQL, not {connection.vendor}."
        ) from None
    return backend_class(connection)
