"""The backend-specific full-text index over search documents.

SQLite: an FTS5 table with external content and triggers that keep it in sync.
PostgreSQL: generated tsvector columns (text, tags) with GIN indexes, and pg_trgm.
The SQL is frozen here on purpose; `famkoop.search.backends` holds the same statements (with
IF NOT EXISTS) to repair a database, e.g. after SQLite copied the table in a later migration.
"""

from django.db import migrations

SQLITE_FORWARD = [
    """CREATE VIRTUAL TABLE search_fts USING fts5(
        title_terms, body_terms, tags,
        content='search_searchdocument', content_rowid='id',
        tokenize="ascii tokenchars '_-'", detail=column
    )""",
    """CREATE TRIGGER search_fts_after_insert AFTER INSERT ON search_searchdocument
    BEGIN
        INSERT INTO search_fts(rowid, title_terms, body_terms, tags)
        VALUES (new.id, new.title_terms, new.body_terms, new.tags);
    END""",
    """CREATE TRIGGER search_fts_after_delete AFTER DELETE ON search_searchdocument
    BEGIN
        INSERT INTO search_fts(search_fts, rowid, title_terms, body_terms, tags)
        VALUES ('delete', old.id, old.title_terms, old.body_terms, old.tags);
    END""",
    """CREATE TRIGGER search_fts_after_update AFTER UPDATE ON search_searchdocument
    BEGIN
        INSERT INTO search_fts(search_fts, rowid, title_terms, body_terms, tags)
        VALUES ('delete', old.id, old.title_terms, old.body_terms, old.tags);
        INSERT INTO search_fts(rowid, title_terms, body_terms, tags)
        VALUES (new.id, new.title_terms, new.body_terms, new.tags);
    END""",
    # Documents that exist already (none on a new database).
    "INSERT INTO search_fts(search_fts) VALUES ('rebuild')",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS search_fts_after_update",
    "DROP TRIGGER IF EXISTS search_fts_after_delete",
    "DROP TRIGGER IF EXISTS search_fts_after_insert",
    "DROP TABLE IF EXISTS search_fts",
]

POSTGRESQL_FORWARD = [
    # Not used by the engine (typo tolerance comes from the shared vocabulary, so both
    # databases find the same offers); available for trigram lookups such as suggestions.
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    # The analysed tokens as they are: text terms and filter/place tokens apart.
    """ALTER TABLE search_searchdocument ADD COLUMN text_vector tsvector GENERATED ALWAYS AS
    (array_to_tsvector(string_to_array(title_terms, ' ') || string_to_array(body_terms, ' ')))
    STORED""",
    """ALTER TABLE search_searchdocument ADD COLUMN tag_vector tsvector GENERATED ALWAYS AS
    (array_to_tsvector(string_to_array(tags, ' '))) STORED""",
    "CREATE INDEX search_searchdocument_text_vector ON search_searchdocument "
    "USING gin (text_vector)",
    "CREATE INDEX search_searchdocument_tag_vector ON search_searchdocument "
    "USING gin (tag_vector)",
]
POSTGRESQL_BACKWARD = [
    "DROP INDEX IF EXISTS search_searchdocument_tag_vector",
    "DROP INDEX IF EXISTS search_searchdocument_text_vector",
    "ALTER TABLE search_searchdocument DROP COLUMN IF EXISTS tag_vector",
    "ALTER TABLE search_searchdocument DROP COLUMN IF EXISTS text_vector",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRESQL_FORWARD}),
            _run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRESQL_BACKWARD}),
        )
    ]
