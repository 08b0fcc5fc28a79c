"""The vocabulary of the index: typo tolerance and compound splitting, and term weights.

Each process keeps the set of index terms in memory and reloads it when the vocabulary version
in `SearchIndexState` changes (one primary-key query per search, which also reads the documents
version of `snapshot`; the vocabulary version changes only when a term enters or leaves the
index, not on every edit). Why not a deletion-neighbourhood table or
trigram queries: the analysis asks "is this a known word?" for many candidate parts of a
compound, which would cost a query each, and both databases must find the same words. A set
lookup answers in microseconds and `similar` probes every one-edit variant of a word (about
50 × its length lookups). Memory: roughly 150 bytes per term with its document count, so a
vocabulary of 300,000 terms costs about 45 MB per worker.
"""

import math
import secrets
import threading
from collections.abc import Mapping
from functools import lru_cache
from typing import NamedTuple

from django.utils import timezone

from .models import SearchDocument, SearchIndexState, SearchTerm

STATE_ID = 1


class IndexVocabulary:
    """The terms of one vocabulary version; implements `famkoop.search.query.Vocabulary`.

    Also knows in how many documents each term occurs, for the weight of a matching term.
    """

    def __init__(
        self, counts: Mapping[str, int], version: int = 0, documents: int | None = None
    ) -> None:
        self.counts = dict(counts)
        self.terms = self.counts.keys()
        self.version = version
        self.documents = max(documents or 0, max(self.counts.values(), default=0))
        # Letters that can be inserted or substituted: those that occur in some term.
        self.alphabet = "".join(sorted({char for term in self.terms for char in term}))
        self._similar = lru_cache(maxsize=4096)(self._find_similar)

    def __contains__(self, term: object) -> bool:
        return term in self.counts

    def __len__(self) -> int:
        return len(self.terms)

    def idf(self, term: str) -> float:
        """How telling a term is: high for rare terms, near 0 for terms in every document."""
        count = self.counts.get(term, 0)
        return math.log(1 + (self.documents - count + 0.5) / (count + 0.5))

    def similar(self, term: str) -> list[str]:
        """Known terms one edit away (insert, delete, substitute, swap), sorted; not `term`."""
        return list(self._similar(term))

    def _find_similar(self, term: str) -> tuple[str, ...]:
        terms, alphabet = self.terms, self.alphabet
        found = set()
        for i in range(len(term) + 1):
            head, tail = term[:i], term[i:]
            if tail:
                found.add(head + tail[1:])  # deletion
                if len(tail) > 1:
                    found.add(head + tail[1] + tail[0] + tail[2:])  # swap of neighbours
                found.update(head + char + tail[1:] for char in alphabet)  # substitution
            found.update(head + char + tail for char in alphabet)  # insertion
        found.discard(term)
        return tuple(sorted(candidate for candidate in found if candidate in terms))


_lock = threading.Lock()
_cached: IndexVocabulary | None = None


class IndexVersions(NamedTuple):
    vocabulary: int
    documents: int


def index_versions() -> IndexVersions:
    """The versions of the vocabulary and of the documents: one primary-key query."""
    versions = (
        SearchIndexState.objects.filter(pk=STATE_ID)
        .values_list("vocabulary_version", "documents_version")
        .first()
    )
    return IndexVersions(*versions) if versions else IndexVersions(0, 0)


def vocabulary_version() -> int:
    return index_versions().vocabulary


def current_vocabulary(version: int | None = None) -> IndexVocabulary:
    """The vocabulary as the index holds it now (or at `version`, read just before): one
    query, two when it changed; none but the reload when the version is given."""
    global _cached
    if version is None:
        version = vocabulary_version()
    cached = _cached
    if cached is not None and cached.version == version:
        return cached
    with _lock:
        if _cached is None or _cached.version != version:
            counts = SearchTerm.objects.filter(document_count__gt=0).values_list(
                "term", "document_count"
            )
            _cached = IndexVocabulary(dict(counts), version, SearchDocument.objects.count())
        return _cached


def bump_vocabulary_version(rebuilt: bool = False) -> None:
    """Tell every process to reload the vocabulary (once the current transaction commits).

    The new version is random rather than counted up: a rolled-back transaction must never
    leave a process holding a vocabulary under a version number that comes round again.
    """
    changes: dict = {"vocabulary_version": secrets.randbits(62) + 1}
    if rebuilt:
        changes["rebuilt_at"] = timezone.now()
    SearchIndexState.objects.update_or_create(pk=STATE_ID, defaults=changes)
