"""SQLite: an FTS5 table over the search documents, kept in sync by triggers.

The table uses external content (`content=search_searchdocument`), so the terms are stored
once; insert, update and delete triggers on the document table keep the index in step with
every write, including cascading deletes of offers. The tokens are analysed already, so the
`ascii` tokenizer only splits them at spaces (`_` and `-` count as word characters, see
`famkoop.search.tokens`). `detail=column` keeps no word positions: queries never need phrases.

Caution for future migrations of `SearchDocument`: SQLite alters a table by copying it, which
drops its triggers. Run `manage.py rebuild_search_index`, which recreates them (see
`ensure_schema`), or recreate them in the migration.
"""

import contextlib
from collections.abc import Iterator
from operator import itemgetter

from django.db import transaction

from famkoop.search.query import TextQuery

from .base import DOCUMENT_TABLE, Near, Row, SearchBackend, TagQuery, check_tag_query

FTS_TABLE = "search_fts"
TEXT_COLUMNS = "{title_terms body_terms}"

TRIGGERS = [f"{FTS_TABLE}_after_insert", f"{FTS_TABLE}_after_delete", f"{FTS_TABLE}_after_update"]
SCHEMA = [
    f"""CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(
        title_terms, body_terms, tags,
        content='{DOCUMENT_TABLE}', content_rowid='id',
        tokenize="ascii tokenchars '_-'", detail=column
    )""",
    # Table names below are module constants, never user input.
    f"""CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_after_insert AFTER INSERT ON {DOCUMENT_TABLE}
    BEGIN
        INSERT INTO {FTS_TABLE}(rowid, title_terms, body_terms, tags)
        VALUES (new.id, new.title_terms, new.body_terms, new.tags);
    END""",  # noqa: S608
    f"""CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_after_delete AFTER DELETE ON {DOCUMENT_TABLE}
    BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, title_terms, body_terms, tags)
        VALUES ('delete', old.id, old.title_terms, old.body_terms, old.tags);
    END""",  # noqa: S608
    f"""CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_after_update AFTER UPDATE ON {DOCUMENT_TABLE}
    BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, title_terms, body_terms, tags)
        VALUES ('delete', old.id, old.title_terms, old.body_terms, old.tags);
        INSERT INTO {FTS_TABLE}(rowid, title_terms, body_terms, tags)
        VALUES (new.id, new.title_terms, new.body_terms, new.tags);
    END""",  # noqa: S608
]


def quote(token: str) -> str:
    """An FTS5 string: the token in double quotes, inner quotes doubled."""
    return '"' + token.replace('"', '""') + '"'


def _any_of(alternatives: list[str]) -> str:
    return alternatives[0] if len(alternatives) == 1 else "(" + " OR ".join(alternatives) + ")"


def _all_of(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else "(" + " AND ".join(parts) + ")"


def match_expression(text: TextQuery, tags: TagQuery) -> str:
    """The FTS5 MATCH expression: text groups in the text columns, tag groups in `tags`."""
    check_tag_query(tags)
    parts = []
    if not text.is_empty:
        groups = [
            _any_of([_all_of([quote(term) for term in alternative]) for alternative in group])
            for group in (g.alternatives for g in text.groups)
        ]
        parts.append(f"{TEXT_COLUMNS} : {_all_of(groups)}")
    if tags:
        parts.append(
            "tags : " + _all_of([_any_of([quote(token) for token in group]) for group in tags])
        )
    return " AND ".join(parts)


class SQLiteBackend(SearchBackend):
    vendor = "sqlite"
    # julianday() of 0001-01-01 is 1721425.5; Python's ordinal of that day is 1.
    ordinal = "CAST(julianday({column}) - 1721424.5 AS INTEGER)"

    def match(
        self,
        text: TextQuery,
        tags: TagQuery,
        status: str,
        near: Near | None = None,
        age_months: int | None = None,
    ) -> list[Row]:
        select = self.select_list("d", with_text=not text.is_empty)
        conditions, params = self.conditions("d", status, near, age_months)
        # Constant names only; the MATCH expression and all values are parameters.
        if text.is_empty and not tags:
            sql = f"SELECT {select} FROM {DOCUMENT_TABLE} d WHERE {' AND '.join(conditions)}"  # noqa: S608
            return self.execute(sql, params)
        sql = (
            f"SELECT {select} FROM {FTS_TABLE}"  # noqa: S608
            f" JOIN {DOCUMENT_TABLE} d ON d.id = {FTS_TABLE}.rowid"
            f" WHERE {FTS_TABLE} MATCH %s AND {' AND '.join(conditions)}"
        )
        return self.execute(sql, [match_expression(text, tags), *params])

    def match_ids(self, text: TextQuery, tags: TagQuery = ()) -> list[int]:
        sql = f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s"  # noqa: S608
        with self.connection.cursor() as cursor:
            cursor.execute(sql, [match_expression(text, tags)])
            return list(map(itemgetter(0), cursor.fetchall()))

    def term_ids(self, terms: list[str]) -> dict[str, list[int]]:
        # Constant names, and the index of the term; the terms are parameters.
        sql = " UNION ALL ".join(
            f"SELECT {index}, group_concat(rowid) FROM {FTS_TABLE}"  # noqa: S608
            f" WHERE {FTS_TABLE} MATCH %s"
            for index in range(len(terms))
        )
        params = [f"{TEXT_COLUMNS} : {quote(term)}" for term in terms]
        return self._term_ids(sql, params, terms)

    def ensure_schema(self) -> None:
        with self.connection.cursor() as cursor:
            for statement in SCHEMA:
                cursor.execute(statement)

    @contextlib.contextmanager
    def bulk_load(self) -> Iterator[bool]:
        """One transaction: documents emptied, triggers off, the FTS5 index built at the end.

        Per-row triggers made a rebuild three times slower than FTS5's own 'rebuild'. Readers
        keep seeing the old index until the commit (WAL); writers wait for the rebuild.
        """
        with transaction.atomic(using=self.connection.alias), self.connection.cursor() as cursor:
            for trigger in TRIGGERS:
                cursor.execute(f"DROP TRIGGER IF EXISTS {trigger}")
            cursor.execute(f"DELETE FROM {DOCUMENT_TABLE}")  # noqa: S608
            cursor.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('delete-all')")  # noqa: S608
            yield True
            cursor.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")  # noqa: S608
            for statement in SCHEMA[1:]:
                cursor.execute(statement)

    def optimize(self) -> None:
        with self.connection.cursor() as cursor:
            cursor.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')")  # noqa: S608
