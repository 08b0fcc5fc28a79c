"""The domain thesaurus: synonyms and narrower words of family education, kept as data.

data/thesaurus.txt uses the Solr synonym format, one entry a line:

    Kita, Kindertagesstätte, Kindergarten     # equivalent: each finds the others
    Papa => Vater                             # one way: "Papa" also finds "Vater"

A phrase of several words becomes one alternative that needs all of its words
("Schreibaby => Säugling schreit" finds documents with both "Säugling" and "schreit").
Sources of several words match consecutive words of the query ("Erste Hilfe").
"""

from dataclasses import dataclass, field
from functools import cache

from famkoop.search.german import DATA_DIR, STOP_WORDS, fold, split_words, stem

THESAURUS_PATH = DATA_DIR / "thesaurus.txt"

Key = tuple[str, ...]
Alternative = tuple[str, ...]


class ThesaurusError(ValueError):
    pass


@dataclass(frozen=True)
class Phrase:
    """A thesaurus phrase as the query sees it (key) and as documents must contain it (terms)."""

    key: Key
    terms: Alternative
    words: tuple[str, ...]


def analyze_phrase(text: str) -> Phrase:
    """Stems of a phrase: "Eltern-Kind-Gruppe" has the key ("elternkindgrupp",) and the
    terms ("elt", "kind", "grupp"); stop words drop out ("Deutsch als Zweitsprache")."""
    key: list[str] = []
    terms: list[str] = []
    words: list[str] = []
    for word, _truncated in split_words(fold(text)):
        parts = [part for part in word.split("-") if part not in STOP_WORDS]
        if not parts:
            continue
        key.append(stem("".join(parts)))
        terms.extend(stem(part) for part in parts if len(part) > 1 or part.isdigit())
        words.extend(parts)
    return Phrase(tuple(key), tuple(dict.fromkeys(terms)), tuple(words))


@dataclass
class Thesaurus:
    expansions: dict[Key, list[Alternative]] = field(default_factory=dict)
    words: set[str] = field(default_factory=set)
    entries: int = 0
    longest_key: int = 1

    def add(self, sources: list[Phrase], targets: list[Phrase]) -> None:
        for source in sources:
            found = self.expansions.setdefault(source.key, [])
            for target in targets:
                if target.key != source.key and target.terms not in found:
                    found.append(target.terms)
            self.longest_key = max(self.longest_key, len(source.key))
        for phrase in (*sources, *targets):
            self.words.update(phrase.words)
        self.entries += 1

    def lookup(self, key: Key) -> tuple[Alternative, ...]:
        return tuple(self.expansions.get(key, ()))


def parse_thesaurus(text: str) -> Thesaurus:
    thesaurus = Thesaurus()
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.count("=>") > 1:
            raise ThesaurusError(f"line {number}: more than one '=>'")
        left, arrow, right = line.partition("=>")
        sources = _phrases(left, number)
        targets = _phrases(right, number) if arrow else sources
        if not arrow and len(sources) < 2:
            raise ThesaurusError(f"line {number}: needs two phrases or '=>'")
        thesaurus.add(sources, targets)
    return thesaurus


def _phrases(text: str, number: int) -> list[Phrase]:
    phrases = []
    for raw in text.split(","):
        phrase = analyze_phrase(raw)
        if not phrase.terms:
            raise ThesaurusError(f"line {number}: '{raw.strip()}' has no searchable word")
        phrases.append(phrase)
    return phrases


@cache
def thesaurus() -> Thesaurus:
    """The domain thesaurus, parsed once per process."""
    return parse_thesaurus(THESAURUS_PATH.read_text(encoding="utf-8"))
