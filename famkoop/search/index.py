"""Keeping the search index current: documents of changed offers, and the vocabulary.

Domain code that changes offers calls `index_services(ids)` inside its transaction (the index
then changes with the offer or not at all), or `index_services_on_commit(ids)` where the
change need not wait for the index. A change to a site or a provider reaches its offers
through `services_at_locations` / `services_of_organizations`. Deleting an offer deletes its
document by cascade; call `remove_services(ids)` first to keep the vocabulary counts exact.
`refresh_past_dates` re-indexes offers whose stored next date has passed (run it daily);
`famkoop.search.rebuild` rebuilds everything.
"""

from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date
from functools import partial

from django.db import transaction
from django.db.models import F
from django.db.models.functions import Greatest
from django.utils import timezone

from famkoop.directory.models import Service, ServiceAtLocation

from .backends import get_backend
from .documents import DocumentBuilder, DocumentRow
from .models import SearchDocument, SearchTerm
from .snapshot import bump_documents_version
from .vocabulary import bump_vocabulary_version

BATCH_SIZE = 2000
# Bounds the number of SQL parameters of one `IN (...)` on any database.
_CHUNK = 500
_TERM_MAX_LENGTH = SearchTerm._meta.get_field("term").max_length


def chunks(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def index_services(service_ids: Iterable[int]) -> int:
    """Build or replace the documents of these offers; return how many documents were written.

    Runs in the caller's transaction (a savepoint when inside one), so the index changes
    together with the offers, and with the documents version that makes every process reload
    its snapshot. Ids of offers that no longer exist lose their document.
    """
    ids = sorted(set(service_ids))
    written = 0
    if not ids:
        return written
    with transaction.atomic():
        builder = DocumentBuilder()
        for chunk in chunks(ids, BATCH_SIZE):
            written += _replace_documents(chunk, builder.documents(chunk))
        bump_documents_version()
    return written


def index_services_on_commit(service_ids: Iterable[int]) -> None:
    """Index these offers once the current transaction has committed (right away outside one).

    For changes that should not wait for the index; a failure then leaves the old document
    until the next change or rebuild.
    """
    transaction.on_commit(partial(index_services, sorted(set(service_ids))))


def remove_services(service_ids: Iterable[int]) -> int:
    """Delete the documents of these offers (and their terms from the vocabulary counts)."""
    ids = sorted(set(service_ids))
    removed = 0
    with transaction.atomic():
        for chunk in chunks(ids, BATCH_SIZE):
            removed += _delete_documents(chunk, Counter())
        if removed:
            bump_documents_version()
    return removed


def services_at_locations(location_ids: Iterable[int]) -> list[int]:
    """Offers held at these sites: re-index them when a site's address or access changes."""
    rows = ServiceAtLocation.objects.filter(location_id__in=list(location_ids))
    return sorted(set(rows.values_list("service_id", flat=True)))


def services_of_organizations(organization_ids: Iterable[int]) -> list[int]:
    """Offers of these providers: re-index them when a provider's name changes."""
    rows = Service.objects.filter(organization_id__in=list(organization_ids))
    return sorted(rows.values_list("pk", flat=True))


def refresh_past_dates(today: date | None = None) -> int:
    """Re-index offers whose stored next date lies before `today`; return how many.

    Next dates, weekdays and times of day are computed when an offer is indexed; run this
    daily so that ranking by the next date and the weekday filter stay right.
    """
    today = today or timezone.localdate()
    past = SearchDocument.objects.filter(next_date__lt=today)
    return index_services(past.values_list("service_id", flat=True))


def _replace_documents(service_ids: list[int], rows: list[DocumentRow]) -> int:
    """Swap the documents of these offers for new ones and update the vocabulary counts."""
    delta: Counter[str] = Counter()
    for row in rows:
        delta.update(row.text_terms())
    _delete_documents(service_ids, delta)
    insert_documents(rows)
    return len(rows)


def _delete_documents(service_ids: list[int], delta: Counter[str]) -> int:
    """Delete the documents of these offers; their terms count one document less."""
    deleted = 0
    for chunk in chunks(service_ids, _CHUNK):
        old = SearchDocument.objects.filter(service_id__in=chunk)
        for title_terms, body_terms in old.values_list("title_terms", "body_terms"):
            delta.subtract(set(title_terms.split()) | set(body_terms.split()))
        deleted += old.delete()[0]
    apply_vocabulary_delta(delta)
    return deleted


def insert_documents(rows: list[DocumentRow]) -> None:
    """Insert documents in one go (see `SearchBackend.insert_rows`)."""
    if rows:
        columns = [SearchDocument._meta.get_field(name).column for name in DocumentRow._fields]
        get_backend().insert_rows(columns, rows)


def apply_vocabulary_delta(delta: Counter[str]) -> None:
    """Add the per-term change of document counts; new terms get a row.

    Counts change by atomic increments, so concurrent indexing never loses an update. Rows
    are not deleted here (see `SearchTerm`). The version changes when a term appears in or
    disappears from the index, so that web workers reload their vocabulary.
    """
    changes = {
        term: change for term, change in delta.items() if change and len(term) <= _TERM_MAX_LENGTH
    }
    if not changes:
        return
    terms = sorted(changes)
    before: dict[str, int] = {}
    for chunk in chunks(terms, _CHUNK):
        before.update(
            SearchTerm.objects.filter(term__in=chunk).values_list("term", "document_count")
        )
    SearchTerm.objects.bulk_create(
        [SearchTerm(term=term, document_count=0) for term in terms if term not in before],
        batch_size=_CHUNK,
        ignore_conflicts=True,
    )
    by_change: dict[int, list[str]] = {}
    for term in terms:
        by_change.setdefault(changes[term], []).append(term)
    for change, changed_terms in sorted(by_change.items()):
        for chunk in chunks(changed_terms, _CHUNK):
            SearchTerm.objects.filter(term__in=chunk).update(
                document_count=Greatest(F("document_count") + change, 0)
            )
    appeared_or_gone = any(
        (before.get(term, 0) > 0) != (before.get(term, 0) + change > 0)
        for term, change in changes.items()
    )
    if appeared_or_gone:
        bump_vocabulary_version()
