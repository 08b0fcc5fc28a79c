"""PostgreSQL: two generated `tsvector` columns with GIN indexes, from our analysed tokens.

The columns hold the same pre-analysed tokens as SQLite's FTS5 table — not the output of the
`german` configuration, on purpose: `german` does not split compounds ("Elternkurs"), and its
own stemming would make PostgreSQL find other offers than SQLite. `array_to_tsvector` takes
the tokens as they are (no parser, no dictionary), so the lexemes are exactly our terms, and
queries are cast to `tsquery` the same way (`to_tsquery` would parse and normalise them
again). Text terms and filter/place tokens live in separate columns, so a text term only
matches text and a filter token only filters. (A single column with weights A/B/D needed
regular expressions to build and made writing a document three times as slow.)

The columns and indexes come from a PostgreSQL-only migration; Django does not know them
(they are generated, so inserts and updates never name them).
"""

from operator import itemgetter

from famkoop.search.query import TextQuery

from .base import DOCUMENT_TABLE, Near, Row, SearchBackend, TagQuery, check_tag_query

TEXT_VECTOR = "text_vector"
TAG_VECTOR = "tag_vector"

# Tokens are separated by single spaces and never empty (see `famkoop.search.tokens`).
INDEXES = [f"{DOCUMENT_TABLE}_{TEXT_VECTOR}", f"{DOCUMENT_TABLE}_{TAG_VECTOR}"]
SCHEMA = [
    f"ALTER TABLE {DOCUMENT_TABLE} ADD COLUMN IF NOT EXISTS {TEXT_VECTOR} tsvector GENERATED "
    "ALWAYS AS (array_to_tsvector("
    "string_to_array(title_terms, ' ') || string_to_array(body_terms, ' '))) STORED",
    f"ALTER TABLE {DOCUMENT_TABLE} ADD COLUMN IF NOT EXISTS {TAG_VECTOR} tsvector GENERATED "
    "ALWAYS AS (array_to_tsvector(string_to_array(tags, ' '))) STORED",
    f"CREATE INDEX IF NOT EXISTS {INDEXES[0]} ON {DOCUMENT_TABLE} USING gin ({TEXT_VECTOR})",
    f"CREATE INDEX IF NOT EXISTS {INDEXES[1]} ON {DOCUMENT_TABLE} USING gin ({TAG_VECTOR})",
]


def quote(token: str) -> str:
    """A tsquery lexeme in single quotes, taken as it is (no normalisation)."""
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"


def _any_of(alternatives: list[str]) -> str:
    return alternatives[0] if len(alternatives) == 1 else "(" + " | ".join(alternatives) + ")"


def _all_of(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else "(" + " & ".join(parts) + ")"


def text_query(text: TextQuery) -> str:
    """The tsquery for the text column: all groups, any alternative, all its terms."""
    return _all_of(
        [
            _any_of([_all_of([quote(term) for term in alternative]) for alternative in group])
            for group in (g.alternatives for g in text.groups)
        ]
    )


def tag_query(tags: TagQuery) -> str:
    """The tsquery for the tag column: all groups, any token of each."""
    check_tag_query(tags)
    return _all_of([_any_of([quote(token) for token in group]) for group in tags])


class PostgreSQLBackend(SearchBackend):
    vendor = "postgresql"
    ordinal = "({column} - DATE '0001-01-01' + 1)"

    def match(
        self,
        text: TextQuery,
        tags: TagQuery,
        status: str,
        near: Near | None = None,
        age_months: int | None = None,
    ) -> list[Row]:
        conditions, params = self.conditions("d", status, near, age_months)
        if not text.is_empty:
            conditions.append(f"d.{TEXT_VECTOR} @@ %s::tsquery")
            params.append(text_query(text))
        if tags:
            conditions.append(f"d.{TAG_VECTOR} @@ %s::tsquery")
            params.append(tag_query(tags))
        select = self.select_list("d", with_text=not text.is_empty)
        # Constant names only; the queries and the status are parameters.
        sql = f"SELECT {select} FROM {DOCUMENT_TABLE} d WHERE {' AND '.join(conditions)}"  # noqa: S608
        return self.execute(sql, params)

    def match_ids(self, text: TextQuery, tags: TagQuery = ()) -> list[int]:
        conditions, params = [f"d.{TEXT_VECTOR} @@ %s::tsquery"], [text_query(text)]
        if tags:
            conditions.append(f"d.{TAG_VECTOR} @@ %s::tsquery")
            params.append(tag_query(tags))
        sql = f"SELECT d.id FROM {DOCUMENT_TABLE} d WHERE {' AND '.join(conditions)}"  # noqa: S608
        with self.connection.cursor() as cursor:
            cursor.execute(sql, params)
            return list(map(itemgetter(0), cursor.fetchall()))

    def term_ids(self, terms: list[str]) -> dict[str, list[int]]:
        # Constant names, and the index of the term; the terms are parameters.
        sql = " UNION ALL ".join(
            f"SELECT {index}, string_agg(d.id::text, ',') FROM {DOCUMENT_TABLE} d"  # noqa: S608
            f" WHERE d.{TEXT_VECTOR} @@ %s::tsquery"
            for index in range(len(terms))
        )
        return self._term_ids(sql, [quote(term) for term in terms], terms)

    def insert_rows(self, columns: list[str], rows: list[tuple]) -> None:
        """COPY instead of INSERT: a third faster for a rebuild's batches."""
        names = ", ".join(self.connection.ops.quote_name(column) for column in columns)
        with (
            self.connection.cursor() as cursor,
            cursor.cursor.copy(f"COPY {DOCUMENT_TABLE} ({names}) FROM STDIN") as copy,
        ):
            for row in rows:
                copy.write_row(row)

    def ensure_schema(self) -> None:
        # Only what is missing: DDL fails in a transaction with deferred constraint checks.
        with self.connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM information_schema.columns WHERE table_name = %s"
                " AND column_name IN (%s, %s) AND table_schema = current_schema()",
                [DOCUMENT_TABLE, TEXT_VECTOR, TAG_VECTOR],
            )
            columns = cursor.fetchone()[0]
            cursor.execute(
                "SELECT count(*) FROM pg_indexes WHERE indexname IN (%s, %s)"
                " AND schemaname = current_schema()",
                INDEXES,
            )
            if columns + cursor.fetchone()[0] < 4:
                for statement in SCHEMA:
                    cursor.execute(statement)

    def optimize(self) -> None:
        with self.connection.cursor() as cursor:
            if not self.connection.in_atomic_block:
                # A rebuild in place leaves a dead row per document, which every search
                # visits until vacuumed; VACUUM also empties the GIN pending lists.
                cursor.execute(f"VACUUM (ANALYZE) {DOCUMENT_TABLE}")
                return
            # Rows written since the last vacuum wait in the indexes' pending lists, which
            # every search reads in full: after 200,000 new rows that tripled query times.
            for index in INDEXES:
                cursor.execute("SELECT gin_clean_pending_list(%s::regclass)", [index])
            cursor.execute(f"ANALYZE {DOCUMENT_TABLE}")
