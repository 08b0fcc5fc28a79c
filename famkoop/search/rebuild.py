"""Rebuilding the whole search index (`manage.py rebuild_search_index`).

Documents are built in batches of consecutive offer ids by worker processes (building is
pure Python and the database only reads) while this process writes; the vocabulary is
recounted from the new documents at the end. How the old index gives way depends on the
backend (`SearchBackend.bulk_load`): SQLite swaps it in one transaction, PostgreSQL batch by
batch. Measured: 200,000 offers in well under a minute with two processes (see the issue).
"""

import multiprocessing
import os
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from django.db import connection, connections, transaction
from django.utils import timezone

from famkoop.directory.models import Service

from .backends import get_backend
from .documents import DocumentBuilder, DocumentRow
from .index import BATCH_SIZE, chunks, insert_documents
from .models import SearchDocument, SearchTerm
from .snapshot import bump_documents_version
from .vocabulary import bump_vocabulary_version

MAX_WORKERS = 4

# One builder per worker process, made by `_start_worker`.
_builder: DocumentBuilder | None = None

Batch = tuple[list[DocumentRow], Counter[str]]


@dataclass
class RebuildResult:
    documents: int
    terms: int
    workers: int
    seconds: float


def default_workers() -> int:
    """Worker processes for building documents: one per CPU, at most MAX_WORKERS."""
    return max(1, min(MAX_WORKERS, os.cpu_count() or 1))


def rebuild_index(
    batch_size: int = BATCH_SIZE,
    workers: int | None = None,
    report: Callable[[str], None] = lambda line: None,
) -> RebuildResult:
    """Build every offer's document anew and recount the vocabulary.

    A failure leaves the old index (SQLite) or an index whose every document is complete,
    old or new (PostgreSQL).
    """
    started = time.monotonic()
    backend = get_backend()
    backend.ensure_schema()
    ids = list(Service.objects.order_by("pk").values_list("pk", flat=True))
    # Consecutive ids of the list of all offers: each batch is a range, not 2,000 ids.
    ranges = [(chunk[0], chunk[-1]) for chunk in chunks(ids, batch_size)]
    workers = _usable_workers(default_workers() if workers is None else workers)
    vocabulary: Counter[str] = Counter()
    written = 0
    with _batches(ranges, timezone.now(), workers) as batches, backend.bulk_load() as emptied:
        for (first_id, last_id), (rows, term_counts) in zip(ranges, batches, strict=True):
            with transaction.atomic():
                if not emptied:
                    SearchDocument.objects.filter(
                        service_id__gte=first_id, service_id__lte=last_id
                    ).delete()
                insert_documents(rows)
                # PostgreSQL shows each batch at once: processes must not miss its new rows.
                bump_documents_version()
            vocabulary.update(term_counts)
            written += len(rows)
            report(
                f"{written:>9} / {len(ids)} Angebote indiziert ({time.monotonic() - started:.1f} s)"
            )
        _replace_vocabulary(vocabulary)
    backend.optimize()
    return RebuildResult(
        documents=written,
        terms=len(vocabulary),
        workers=workers,
        seconds=time.monotonic() - started,
    )


def _usable_workers(workers: int) -> int:
    """Worker processes need fork and a database they can open on their own."""
    if workers <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    if connection.in_atomic_block:
        return 1  # forking would need to close the connection that holds the transaction
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        return 1
    return workers


@contextmanager
def _batches(
    ranges: list[tuple[int, int]], now: datetime, workers: int
) -> Iterator[Iterator[Batch]]:
    """The documents and term counts of each id range, in order."""
    if workers == 1:
        _start_worker(now)
        yield map(_build, ranges)
        return
    # Children must open their own connections: none may be open when they are forked.
    connections.close_all()
    context = multiprocessing.get_context("fork")
    with context.Pool(workers, initializer=_start_worker, initargs=(now,)) as pool:
        yield pool.imap(_build, ranges)


def _start_worker(now: datetime) -> None:
    global _builder
    _builder = DocumentBuilder(now)


def _build(id_range: tuple[int, int]) -> Batch:
    rows = _builder.documents_in_range(*id_range)
    term_counts: Counter[str] = Counter()
    for row in rows:
        term_counts.update(row.text_terms())
    return rows, term_counts


def _replace_vocabulary(vocabulary: Counter[str]) -> None:
    max_length = SearchTerm._meta.get_field("term").max_length
    with transaction.atomic():
        SearchTerm.objects.all().delete()
        SearchTerm.objects.bulk_create(
            (
                SearchTerm(term=term, document_count=count)
                for term, count in sorted(vocabulary.items())
                if len(term) <= max_length
            ),
            batch_size=2000,
        )
        bump_vocabulary_version(rebuilt=True)
