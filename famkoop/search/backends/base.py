"""The interface every search backend implements.

A backend answers one question: which documents of a status contain all groups of an analysed
text query and all groups of a tag query (and suit a child's age: plain SQL comparisons, alike
in every database). Everything else — exact distance, relevance, facets, ranking, paging —
happens in `famkoop.search.engine`, identically for every backend,
so that SQLite and PostgreSQL return the same offers in the same order. (Relevance is not
left to bm25 or ts_rank: they differ, and FTS5's bm25 reads the whole posting list of every
phrase of the query, filter tokens included, which cost more than the search itself.)
"""

import contextlib
import math
from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import ClassVar

from django.db.backends.base.base import BaseDatabaseWrapper

from famkoop.search.models import SearchDocument
from famkoop.search.query import TextQuery

# All groups must match; a group matches a document holding any of its tokens.
TagQuery = tuple[tuple[str, ...], ...]

# What `match` returns per document, in this order: service_id, tags, latitude, longitude,
# location_id, other_points, age_min_months, age_max_months, next_date and assured_date as
# proleptic Gregorian ordinals (`date.toordinal()`) or None, and title_terms ("" when the
# text query is empty).
Row = tuple
COLUMNS = (
    "service_id",
    "tags",
    "latitude",
    "longitude",
    "location_id",
    "other_points",
    "age_min_months",
    "age_max_months",
)
DATE_COLUMNS = ("next_date", "assured_date")

DOCUMENT_TABLE = SearchDocument._meta.db_table

# Kilometres per degree of latitude on the sphere of `famkoop.geo.geometry`.
KM_PER_DEGREE = 6371.0088 * math.pi / 180
# The flat-earth distance of `Near` errs by about 1 % at 50 km in Germany; this margin keeps
# every point of the circle (the exact distance is computed afterwards).
NEAR_MARGIN = 1.02
NEAR_MARGIN_KM = 0.2


@dataclass(frozen=True)
class Near:
    """A circle whose first-site points a backend may keep, a little generously.

    Place tokens (grid cells) select the cells around the circle; this drops the points in
    those cells that lie clearly outside it, before they are fetched. Documents without a
    point (online) or with further sites always pass.
    """

    latitude: float
    longitude: float
    radius_km: float

    def condition(self, alias: str) -> tuple[str, list[float]]:
        lat, lon = f"{alias}.latitude", f"{alias}.longitude"
        cos_squared = math.cos(math.radians(self.latitude)) ** 2
        bound = (self.radius_km * NEAR_MARGIN + NEAR_MARGIN_KM) / KM_PER_DEGREE
        sql = (
            f"({lat} IS NULL OR {alias}.other_points <> '' OR "
            f"({lat} - %s) * ({lat} - %s) + ({lon} - %s) * ({lon} - %s) * %s <= %s)"
        )
        params = [self.latitude, self.latitude, self.longitude, self.longitude]
        return sql, [*params, cos_squared, bound * bound]


class SearchBackend(ABC):
    vendor: ClassVar[str]
    # SQL giving the proleptic Gregorian ordinal of a date column.
    ordinal: ClassVar[str]

    def __init__(self, connection: BaseDatabaseWrapper) -> None:
        self.connection = connection

    @abstractmethod
    def match(
        self,
        text: TextQuery,
        tags: TagQuery,
        status: str,
        near: Near | None = None,
        age_months: int | None = None,
    ) -> list[Row]:
        """Every document of `status` matching the text query and all tag groups (and `near`,
        and for a child of `age_months`).

        Either query may be empty; with both empty, every document of the status matches.
        """

    @abstractmethod
    def match_ids(self, text: TextQuery, tags: TagQuery = ()) -> list[int]:
        """The ids of every document (of any status) matching the text query and all tag
        groups; the text query must not be empty. Only the full-text index is read, not the
        documents: `famkoop.search.snapshot` knows the rest."""

    @abstractmethod
    def term_ids(self, terms: list[str]) -> dict[str, list[int]]:
        """For each text term, the ids of every document holding it in its title or text: one
        statement for all terms."""

    def _term_ids(self, sql: str, params: list, terms: list[str]) -> dict[str, list[int]]:
        """Run `sql`, which gives each term's index and its document ids joined by commas
        (one string per term: far cheaper to fetch than a row per document)."""
        found: dict[str, list[int]] = {term: [] for term in terms}
        with self.connection.cursor() as cursor:
            cursor.execute(sql, params)
            for index, joined in cursor.fetchall():
                if joined:
                    found[terms[index]] = list(map(int, joined.split(",")))
        return found

    @abstractmethod
    def ensure_schema(self) -> None:
        """Create the full-text index if it is missing (idempotent)."""

    @contextlib.contextmanager
    def bulk_load(self) -> Iterator[bool]:
        """Wrap a rebuild of every document; yields whether the documents were emptied.

        By default nothing happens: the rebuild replaces documents batch by batch, each in
        its own transaction, and searches see the old or the new document of every offer.
        """
        yield False

    @abstractmethod
    def optimize(self) -> None:
        """Tidy the full-text index after a rebuild (merge segments, refresh statistics)."""

    def select_list(self, alias: str, with_text: bool) -> str:
        """The columns of a `Row` from the document table as `alias`."""
        columns = [f"{alias}.{column}" for column in COLUMNS]
        columns += [self.ordinal.format(column=f"{alias}.{column}") for column in DATE_COLUMNS]
        columns.append(f"{alias}.title_terms" if with_text else "''")
        return ", ".join(columns)

    def insert_rows(self, columns: list[str], rows: list[tuple]) -> None:
        """Insert plain values into the document table with one prepared statement.

        Django's bulk_create sends every value of every row through its field machinery,
        which took most of the time of a rebuild. Dates and datetimes are adapted as Django
        would.
        """
        ops = self.connection.ops
        adapters = {date: ops.adapt_datefield_value, datetime: ops.adapt_datetimefield_value}
        quote = ops.quote_name
        sql = "INSERT INTO {} ({}) VALUES ({})".format(  # noqa: S608 (names from the model)
            quote(DOCUMENT_TABLE),
            ", ".join(quote(column) for column in columns),
            ", ".join(["%s"] * len(columns)),
        )
        values = [
            [adapters[type(value)](value) if type(value) in adapters else value for value in row]
            for row in rows
        ]
        with self.connection.cursor() as cursor:
            cursor.executemany(sql, values)

    def conditions(
        self, alias: str, status: str, near: Near | None, age_months: int | None = None
    ) -> tuple[list[str], list]:
        """SQL conditions on the document table that every backend applies alike."""
        conditions, params = [f"{alias}.status = %s"], [status]
        if near is not None:
            sql, near_params = near.condition(alias)
            conditions.append(sql)
            params += near_params
        if age_months is not None:
            # Documents of offers for other ages are not even fetched.
            conditions.append(
                f"({alias}.age_min_months IS NULL OR {alias}.age_min_months <= %s)"
                f" AND ({alias}.age_max_months IS NULL OR {alias}.age_max_months >= %s)"
            )
            params += [age_months, age_months]
        return conditions, params

    def execute(self, sql: str, params: list | None = None) -> list[tuple]:
        with self.connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()


def check_tag_query(tags: TagQuery) -> None:
    if not all(tags):
        raise ValueError("Every group of a tag query needs a token.")
