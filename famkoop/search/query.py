"""The shape of an analysed text query, shared by the German analysis and the backends.

A query is a conjunction of groups, one per word the user typed; a group matches a document
that contains any of its alternatives, and an alternative matches when the document contains
all of its index terms. "Schreibaby in Köln" might become

    TextQuery(groups=(
        TermGroup(alternatives=(("schreibaby",), ("schrei", "baby"), ("saeugling", "schreit"))),
    ))

Both backends (SQLite FTS5 and PostgreSQL full text) translate exactly this structure, so they
find the same documents.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class TermGroup:
    """One word of the query with everything it may match (stems, parts, synonyms, typos)."""

    alternatives: tuple[tuple[str, ...], ...]

    def __post_init__(self) -> None:
        if not self.alternatives or not all(self.alternatives):
            raise ValueError("A term group needs at least one non-empty alternative.")


@dataclass(frozen=True)
class TextQuery:
    """All groups must match; an empty query matches every document."""

    groups: tuple[TermGroup, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not self.groups

    def terms(self) -> set[str]:
        """Every index term that appears anywhere in the query."""
        return {term for group in self.groups for alt in group.alternatives for term in alt}


class Vocabulary(Protocol):
    """The index terms known to the index, for typo tolerance and compound splitting."""

    def __contains__(self, term: object) -> bool: ...

    def similar(self, term: str) -> Iterable[str]:
        """Known terms within one edit (insert, delete, substitute, swap) of `term`."""
        ...
