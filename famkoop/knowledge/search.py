"""Search over the knowledge with the finder's German-aware analysis.

The texts go through `famkoop.search.analysis` exactly like offers do: umlaut folding,
Snowball stems with the domain fixes, compound splitting and, for queries, the domain
thesaurus plus tolerance of one typing error. The knowledge is small (dozens to a few hundred
pieces), so the index is a column per row (`search_terms`: the title's terms on the first
line, the rest's on the second, written with the content by `knowledge.domain`) and matching
happens in Python: every word of the query must match (one of its alternatives, all of whose
terms the document has); words in the title weigh more.

A few words of the guide's own language are added on top of the shared thesaurus
(`KNOWLEDGE_SYNONYMS`), without touching it.
"""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from django.db.models import Model

from famkoop.search.analysis import analyze_document, analyze_query
from famkoop.search.query import TermGroup, TextQuery
from famkoop.search.thesaurus import analyze_phrase

from .models import Content, GlossaryTerm, GuideQuestion, NewsItem, PracticeExample
from .sanitize import plain_text

TITLE_WEIGHT = 4
MAX_RESULTS = 50

# Words of the guide that the offer thesaurus has no reason to know: each key also finds its
# phrases (all words of a phrase must occur).
KNOWLEDGE_SYNONYMS: dict[str, tuple[str, ...]] = {
    # Snowball gives verb and noun different stems (finanzi / finanzier).
    "Finanzierung": ("finanzieren",),
    "finanzieren": ("Finanzierung",),
    "Geld": ("Finanzierung", "finanzieren", "Förderung", "Zuwendung"),
    "Kosten": ("Finanzierung",),
    "Zuschuss": ("Förderung", "Zuwendung"),
    "Fördermittel": ("Förderung", "Zuwendung"),
    "KJSG": ("Kinder- und Jugendstärkungsgesetz",),
    "Datenschutz": ("Sozialdaten", "Schutz der Sozialdaten"),
    "Vertrag": ("Vereinbarung", "Kooperationsvereinbarung"),
    "Zusammenarbeit": ("Kooperation",),
    "Kooperation": ("Zusammenarbeit",),
    "Jugendhilfeausschuss": ("Ausschuss",),
    "Planung": ("Jugendhilfeplanung",),
    "WbG": ("Weiterbildungsgesetz",),
}


@cache
def _synonyms() -> dict[str, tuple[tuple[str, ...], ...]]:
    expansions: dict[str, tuple[tuple[str, ...], ...]] = {}
    for word, phrases in KNOWLEDGE_SYNONYMS.items():
        (key,) = analyze_phrase(word).key
        expansions[key] = tuple(analyze_phrase(phrase).terms for phrase in phrases)
    return expansions


def document_terms(content: Content) -> str:
    """The `search_terms` of a piece of content: title terms, a line break, the others."""
    title, *rest = content.search_texts()
    return (
        " ".join(analyze_document(title))
        + "\n"
        + " ".join(analyze_document(*(plain_text(text) for text in rest)))
    )


class TermSet:
    """The terms of the searched documents, as the `Vocabulary` the query analysis uses for
    compound splitting and typo tolerance."""

    def __init__(self, terms: Iterable[str]) -> None:
        self.terms = frozenset(terms)

    def __contains__(self, term: object) -> bool:
        return term in self.terms

    def similar(self, term: str) -> Iterable[str]:
        return sorted(known for known in self.terms if _one_edit_apart(term, known))


def _one_edit_apart(a: str, b: str) -> bool:
    """Insert, delete, substitute or swap of neighbours."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diff) == 1:
            return True
        i, j = diff[0], diff[-1]
        return len(diff) == 2 and j == i + 1 and a[i] == b[j] and a[j] == b[i]
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long[i]:
        i += 1
    return short[i:] == long[i + 1 :]


@dataclass(frozen=True)
class Document:
    obj: Content
    title_terms: frozenset[str]
    counts: Counter


@dataclass(frozen=True)
class Hit:
    obj: Content
    score: int

    @property
    def kind(self) -> str:
        return type(self.obj).__name__


SEARCHED: tuple[tuple[type[Model], tuple[str, ...]], ...] = (
    (GuideQuestion, ("question", "summary", "slug", "chapter")),
    (PracticeExample, ("title", "summary", "slug", "is_demo")),
    (NewsItem, ("title", "teaser", "slug", "date", "is_demo")),
    (GlossaryTerm, ("term", "definition", "slug")),
)


def _documents() -> list[Document]:
    documents = []
    for model, fields in SEARCHED:
        for obj in model.objects.published().only(*fields, "search_terms"):
            title_line, _newline, rest = obj.search_terms.partition("\n")
            title = title_line.split()
            documents.append(Document(obj, frozenset(title), Counter([*title, *rest.split()])))
    return documents


def _with_knowledge_synonyms(query: TextQuery) -> TextQuery:
    synonyms = _synonyms()
    groups = []
    for group in query.groups:
        alternatives = list(group.alternatives)
        for alternative in group.alternatives:
            if len(alternative) == 1 and alternative[0] in synonyms:
                alternatives.extend(synonyms[alternative[0]])
        groups.append(TermGroup(alternatives=tuple(dict.fromkeys(alternatives))))
    return TextQuery(groups=tuple(groups))


def _score(document: Document, query: TextQuery) -> int | None:
    """The document's score, or None unless every word of the query matches."""
    total = 0
    for group in query.groups:
        best = None
        for alternative in group.alternatives:
            if all(document.counts[term] for term in alternative):
                score = sum(
                    document.counts[term] + TITLE_WEIGHT * (term in document.title_terms)
                    for term in alternative
                )
                best = score if best is None else max(best, score)
        if best is None:
            return None
        total += best
    return total


def search(text: str, limit: int = MAX_RESULTS) -> list[Hit]:
    """Published knowledge matching every word of `text`, best first (questions before other
    kinds at equal score). Four queries, whatever the text."""
    documents = _documents()
    vocabulary = TermSet(term for document in documents for term in document.counts)
    query = analyze_query(text, vocabulary)
    if query.is_empty:
        return []
    query = _with_knowledge_synonyms(query)
    hits = []
    for position, document in enumerate(documents):
        score = _score(document, query)
        if score is not None:
            hits.append((score, -position, document.obj))
    hits.sort(key=lambda hit: (hit[0], hit[1]), reverse=True)
    return [Hit(obj, score) for score, _position, obj in hits[:limit]]
