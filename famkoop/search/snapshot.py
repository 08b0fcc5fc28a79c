"""What ranking and facet counts need of every active document, held in each process.

A broad search — a topic area from the start page, a filter alone, a common word — matches a
large part of the directory, and its facet counts must look at every match. Fetching those
documents from the database took up to a second. Instead each process keeps a
`DocumentSnapshot` of the active documents: one bitmap (a Python int over document ordinals)
per filter token, the ordinals of each place cell, and arrays of coordinates, ages, dates and
titles. Searches without text then need no rows from the database at all, and text searches
fetch only document ids: of every document holding a term (`SearchBackend.term_ids`), which
the snapshot remembers for the next search with that word, or, with a place and a term not
remembered, of the few documents holding the text in the place's cells (`match_ids`).

Freshness: every change of the documents bumps `SearchIndexState.documents_version` in the
same transaction (`bump_documents_version`, called by `index` and `rebuild`). The engine reads
that version together with the vocabulary's in the one query it makes per search anyway, and
reloads the snapshot when it differs. Like the vocabulary's, the version is random, so a
rolled-back change never leaves a process believing it holds a version that comes round again.

Memory (measured): about 450 bytes per active document, held — at 200,000 offers (185,906
active documents) some 80 MB per process, plus up to `TERM_CACHE_SIZE` remembered text terms
(23 KB each). Loading takes 2–3 s there, and a process pays it at its first search after each
change of the index (a rebuild in place on PostgreSQL bumps the version with every batch).
Ordinals are positions in service id order, so comparing ordinals breaks ties on the score as
comparing service ids does.
"""

import itertools
import math
import secrets
import threading
from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence

from famkoop.directory.models import Service

from . import tokens
from .backends import get_backend
from .backends.base import DOCUMENT_TABLE
from .models import SearchIndexState
from .query import TextQuery
from .vocabulary import STATE_ID

# Rows fetched at a time while loading.
_FETCH_SIZE = 2000
# A missing value in the integer arrays: ages and day ordinals are never negative or 0.
NO_AGE = -1
NO_DAY = 0
# Each byte value of a bitmap as eight bytes 0 or 1, for turning a bitmap into a byte per
# document (see `DocumentSnapshot.flags`).
_FLAGS = [bytes(value >> bit & 1 for bit in range(8)) for value in range(256)]
_BITS = [1 << bit for bit in range(8)]
# Text terms whose documents a snapshot remembers (each a bitmap of at most about 23 KB at
# 186,000 documents), the least recently used going first.
TERM_CACHE_SIZE = 256


class DocumentSnapshot:
    """The active documents of one documents version, by ordinal (position in service id
    order). Built by `load`; read-only afterwards except for caches that depend only on it."""

    def __init__(self, version: int) -> None:
        self.version = version
        self.size = 0
        self.service_ids = array("q")
        # Document id (the full-text index's row) → ordinal.
        self.ordinal_of: dict[int, int] = {}
        # Filter token (f_…) → bitmap of the documents holding it.
        self.token_bits: dict[str, int] = {}
        # Each document's filter tokens, as one of the shared distinct tuples.
        self.filter_tokens: list[tuple[str, ...]] = []
        # Place cell token (g_…, also `tokens.ONLINE_TAG`) → ordinals of the documents in it.
        self.cells: dict[str, array] = {}
        self.latitude = array("d")  # NaN without a site on the map
        self.longitude = array("d")
        # cos(radians(latitude)), worked out once for the distances (see `geo.haversine_km`).
        self.cos_latitude = array("d")
        self.location_id = array("q")  # 0 without a site
        # Ordinal → "latitude,longitude,location_id …" of the further sites, where there are.
        self.other_points: dict[int, str] = {}
        self.age_min = array("h")
        self.age_max = array("h")
        self.next_day = array("i")  # proleptic Gregorian ordinals, NO_DAY for none
        self.assured_day = array("i")
        # Each document's analysed title, as one of the shared distinct strings.
        self.title_terms: list[str] = []
        self.all_bits = 0
        self._age_bits: dict[int, int] = {}
        self._term_bits: OrderedDict[str, int] = OrderedDict()
        self._orders: dict[tuple, tuple[list[int], array, array]] = {}

    # Building

    def load(self, rows: Iterable[Sequence]) -> None:
        """Take the rows of `LOAD_COLUMNS`, in service id order."""
        by_token: dict[str, list[int]] = {}
        shared_tokens: dict[tuple[str, ...], tuple[str, ...]] = {}
        shared_titles: dict[str, str] = {}
        cells: dict[str, list[int]] = {}
        ordinal = 0
        for row in rows:
            (document_id, service_id, tags, latitude, longitude, location_id, other_points) = row[
                :7
            ]
            age_min, age_max, next_day, assured_day, title_terms = row[7:]
            self.ordinal_of[document_id] = ordinal
            self.service_ids.append(service_id)
            filters = []
            for token in tags.split():
                if token.startswith(tokens.CELL_PREFIX):
                    cells.setdefault(token, []).append(ordinal)
                elif not token.startswith(tokens.STATUS_PREFIX):
                    filters.append(token)
            filters_tuple = tuple(filters)
            filters_tuple = shared_tokens.setdefault(filters_tuple, filters_tuple)
            self.filter_tokens.append(filters_tuple)
            for token in filters_tuple:
                by_token.setdefault(token, []).append(ordinal)
            self.latitude.append(math.nan if latitude is None else latitude)
            self.cos_latitude.append(
                math.nan if latitude is None else math.cos(math.radians(latitude))
            )
            self.longitude.append(math.nan if longitude is None else longitude)
            self.location_id.append(location_id or 0)
            if other_points:
                self.other_points[ordinal] = other_points
            self.age_min.append(NO_AGE if age_min is None else age_min)
            self.age_max.append(NO_AGE if age_max is None else age_max)
            self.next_day.append(next_day or NO_DAY)
            self.assured_day.append(assured_day or NO_DAY)
            self.title_terms.append(shared_titles.setdefault(title_terms, title_terms))
            ordinal += 1
        self.size = ordinal
        self.all_bits = (1 << ordinal) - 1
        self.token_bits = {token: self.bits_of(found) for token, found in by_token.items()}
        self.cells = {token: array("i", found) for token, found in cells.items()}

    # Sets of documents

    def bits_of(self, ordinals: Iterable[int]) -> int:
        """The bitmap of these ordinals."""
        buffer = bytearray((self.size + 7) // 8)
        bits = _BITS
        for ordinal in ordinals:
            buffer[ordinal >> 3] |= bits[ordinal & 7]
        return int.from_bytes(buffer, "little")

    def flags(self, bits: int) -> bytes:
        """A byte per document, 1 for those in the bitmap: `flags[ordinal]` tests one quickly,
        and `itertools.compress` picks the values of the documents from an array."""
        packed = bits.to_bytes((self.size + 7) // 8, "little")
        return b"".join(map(_FLAGS.__getitem__, packed))[: self.size]

    def ordinals_of(self, bits: int) -> list[int]:
        """The ordinals of a bitmap, ascending."""
        return list(itertools.compress(range(self.size), self.flags(bits)))

    def ordinals_of_ids(self, document_ids: Iterable[int]) -> list[int]:
        """The ordinals of these documents, leaving out those the snapshot does not hold
        (inactive, or written since it was loaded)."""
        ordinals = map(self.ordinal_of.get, document_ids, itertools.repeat(-1))
        return list(filter((-1).__ne__, ordinals))

    # Text

    def missing_terms(self, terms: Iterable[str]) -> list[str]:
        """The terms whose documents are not remembered (the others count as just used)."""
        missing = []
        for term in sorted(terms):
            if term in self._term_bits:
                self._term_bits.move_to_end(term)
            else:
                missing.append(term)
        return missing

    def remember_terms(self, document_ids: dict[str, list[int]]) -> None:
        """Remember the documents holding each term (in the title or the text)."""
        for term, ids in document_ids.items():
            self._term_bits[term] = self.bits_of(self.ordinals_of_ids(ids))
            while len(self._term_bits) > TERM_CACHE_SIZE:
                self._term_bits.popitem(last=False)

    def text_bits(self, text: TextQuery) -> int:
        """The documents holding the text query, as the backends define it: every group,
        any alternative of it, all terms of that alternative. Its terms must be remembered."""
        found = self.all_bits
        for group in text.groups:
            any_alternative = 0
            for alternative in group.alternatives:
                bits = self.all_bits
                for term in alternative:
                    bits &= self._term_bits[term]
                any_alternative |= bits
            found &= any_alternative
        return found

    def in_cells(self, cell_tokens: Iterable[str]) -> set[int]:
        """Ordinals of the documents in any of these cells."""
        found: set[int] = set()
        for token in cell_tokens:
            found.update(self.cells.get(token, ()))
        return found

    def age_bits(self, age_months: int) -> int:
        """Documents for a child of this age (no bound counts as any age), remembered."""
        bits = self._age_bits.get(age_months)
        if bits is None:
            bits = self.bits_of(
                ordinal
                for ordinal, (low, high) in enumerate(zip(self.age_min, self.age_max, strict=True))
                if (low == NO_AGE or low <= age_months) and (high == NO_AGE or high >= age_months)
            )
            self._age_bits[age_months] = bits
        return bits

    def suits_age(self, ordinal: int, age_months: int) -> bool:
        low, high = self.age_min[ordinal], self.age_max[ordinal]
        return (low == NO_AGE or low <= age_months) and (high == NO_AGE or high >= age_months)

    def order(
        self, key: tuple, score: Callable[[int], float], sort_key: Callable[[int], tuple]
    ) -> tuple[list[int], array, array]:
        """Every ordinal in an order that depends only on the documents and `key` (the sort
        and the day), each ordinal's position in it and its score; worked out once."""
        cached = self._orders.get(key)
        if cached is None:
            scores = array("d", map(score, range(self.size)))
            ordered = sorted(range(self.size), key=sort_key)
            rank = array("i", bytes(4 * self.size))
            for position, ordinal in enumerate(ordered):
                rank[ordinal] = position
            # Orders of other days are of no more use.
            self._orders = {**{k: v for k, v in self._orders.items() if k[1:] == key[1:]}}
            self._orders[key] = cached = (ordered, rank, scores)
        return cached


LOAD_COLUMNS = (
    "id",
    "service_id",
    "tags",
    "latitude",
    "longitude",
    "location_id",
    "other_points",
    "age_min_months",
    "age_max_months",
)


def load_snapshot(version: int) -> DocumentSnapshot:
    """The active documents as the database holds them now, under `version`."""
    from django.db import connection

    backend = get_backend()
    columns = [f"d.{column}" for column in LOAD_COLUMNS]
    columns += [backend.ordinal.format(column=f"d.{column}") for column in ("next_date",)]
    columns += [backend.ordinal.format(column=f"d.{column}") for column in ("assured_date",)]
    columns.append("d.title_terms")
    sql = (
        f"SELECT {', '.join(columns)} FROM {DOCUMENT_TABLE} d"  # noqa: S608 (constant names)
        " WHERE d.status = %s ORDER BY d.service_id"
    )
    snapshot = DocumentSnapshot(version)
    with connection.cursor() as cursor:
        cursor.execute(sql, [Service.Status.ACTIVE])
        snapshot.load(_fetched(cursor))
    return snapshot


def _fetched(cursor) -> Iterable[Sequence]:
    while rows := cursor.fetchmany(_FETCH_SIZE):
        yield from rows


_lock = threading.Lock()
_cached: DocumentSnapshot | None = None


def current_snapshot(version: int) -> DocumentSnapshot:
    """The snapshot of documents `version` (read just before): loaded when it changed."""
    global _cached
    cached = _cached
    if cached is not None and cached.version == version:
        return cached
    with _lock:
        if _cached is None or _cached.version != version:
            _cached = None  # let the old one go before the new one is built
            _cached = load_snapshot(version)
        return _cached


def bump_documents_version() -> None:
    """Tell every process to reload its snapshot (once the current transaction commits)."""
    version = secrets.randbits(62) + 1
    if not SearchIndexState.objects.filter(pk=STATE_ID).update(documents_version=version):
        SearchIndexState.objects.update_or_create(
            pk=STATE_ID, defaults={"documents_version": version}
        )
