"""German-aware text analysis shared by both search backends.

Documents and queries go through the same steps, so their index terms meet:

1. fold: lower case, ä/ö/ü/ß as ae/oe/ue/ss, other accents stripped ("Mütter" = "Muetter");
2. tokenize: words of letters and digits; a hyphenated word gives its parts and the joined
   form ("Eltern-Kind-Gruppe" → eltern, kind, gruppe, elternkindgruppe), and an elided
   first part is completed ("Spiel- und Bewegungsgruppen" also gives spielgruppen);
3. drop stop words ("für", "und", "mit" …);
4. stem with Snowball German plus domain fixes (german.stem);
5. split compounds with the domain lexicon ("Elternkurs" → eltern + kurs, compounds.py).

Queries additionally expand each word with the domain thesaurus (thesaurus.py) and, for
words the index does not know, with its terms one typing error away.
"""

from collections.abc import Iterator
from functools import lru_cache

from famkoop.search.compounds import lexicon, split_compound
from famkoop.search.german import STOP_WORDS, fold, split_words, stem
from famkoop.search.query import TermGroup, TextQuery, Vocabulary
from famkoop.search.thesaurus import thesaurus

__all__ = [
    "STOP_WORDS",
    "analyze_document",
    "analyze_query",
    "fold",
    "index_terms_for_lexicon",
    "normalize_for_signal",
    "stem",
    "tokenize",
]

# Bounds that keep a pasted essay as cheap as a two-word query.
MAX_QUERY_CHARS = 1000
MAX_GROUPS = 8
MAX_ALTERNATIVES = 12
MAX_TYPO_ALTERNATIVES = 4
TYPO_MIN_LENGTH = 5
MAX_SIGNAL_WORDS = 12
MAX_SIGNAL_WORD_LENGTH = 40

# Words between an elided part and the compound that completes it: "Spiel- und Bewegungs…".
_CONJUNCTIONS = frozenset({"und", "oder", "bzw", "sowie"})

Alternative = tuple[str, ...]


def tokenize(text: str) -> list[str]:
    """The folded words of a text in order, stop words included.

    A hyphenated word gives its parts followed by the joined form; a first part that ends
    in a hyphen ("Spiel- und Bewegungsgruppen") is also given completed ("spielgruppen").
    """
    tokens: list[str] = []
    for word in _words(fold(text)):
        if "-" in word:
            tokens.extend(word.split("-"))
            tokens.append(word.replace("-", ""))
        else:
            tokens.append(word)
    return tokens


def analyze_document(*texts: str) -> list[str]:
    """The index terms of a document made of several texts (title, summary, description …).

    Terms come in text order with duplicates kept, so term frequency can feed the ranking:
    for each word its stem, then the stems of its compound parts; for a hyphenated word the
    terms of each part, then the stem of the joined form. Stop words give no term.
    """
    terms: list[str] = []
    for text in texts:
        if not text:
            continue
        for word in _words(fold(text)):
            if "-" in word:
                for part in word.split("-"):
                    terms.extend(_word_terms(part))
                terms.append(_joined_stem(word))
            else:
                terms.extend(_word_terms(word))
    return terms


def analyze_query(text: str, vocabulary: Vocabulary | None = None) -> TextQuery:
    """One term group per word of the query, at most MAX_GROUPS.

    A group's alternatives, at most MAX_ALTERNATIVES: the word's stem; the stems of its
    compound parts together; thesaurus expansions; and, for words of TYPO_MIN_LENGTH letters
    or more that neither the vocabulary nor the lexicon knows, terms one edit away.
    Consecutive words that form a thesaurus phrase ("Erste Hilfe") share one group.
    Only the first MAX_QUERY_CHARS characters are read.
    """
    synonyms = thesaurus()
    units: list[tuple[str, tuple[str, ...]]] = []  # (stem of the joined word, its parts)
    for word, _truncated in split_words(fold(text[:MAX_QUERY_CHARS])):
        parts = tuple(part for part in word.split("-") if _is_searchable(part))
        if parts:
            units.append((_joined_stem(word), parts))
            if len(units) >= MAX_GROUPS + synonyms.longest_key - 1:
                break

    groups: list[TermGroup] = []
    seen: set[frozenset[Alternative]] = set()
    position = 0
    while position < len(units) and len(groups) < MAX_GROUPS:
        for length in range(min(synonyms.longest_key, len(units) - position), 1, -1):
            phrase = units[position : position + length]
            expansions = synonyms.lookup(tuple(key for key, _parts in phrase))
            if expansions:
                terms = [term for _key, parts in phrase for term in _atoms(parts, vocabulary)]
                alternatives = [tuple(dict.fromkeys(terms)), *expansions]
                break
        else:
            length = 1
            alternatives = _word_alternatives(*units[position], vocabulary)
        position += length
        group = TermGroup(alternatives=_prune(alternatives))
        # "Trennung Scheidung" are two words with the same alternatives in another order.
        if frozenset(group.alternatives) not in seen:
            seen.add(frozenset(group.alternatives))
            groups.append(group)
    return TextQuery(groups=tuple(groups))


def normalize_for_signal(text: str) -> str:
    """The words of a search for an anonymous demand signal: "Babymassage in Köln" →
    "babymassage koeln".

    Folded but not stemmed, so planners can read them; sorted and unique, without stop
    words, at most MAX_SIGNAL_WORDS. Words with digits are left out so that phone numbers,
    dates or house numbers typed into the search box are never stored.
    """
    words: set[str] = set()
    for raw, _truncated in split_words(fold(text[:MAX_QUERY_CHARS])):
        word = "-".join(part for part in raw.split("-") if part not in STOP_WORDS)
        if len(word) < 2 or len(word) > MAX_SIGNAL_WORD_LENGTH:
            continue
        if any(char.isdigit() for char in word):
            continue
        words.add(word)
    return " ".join(sorted(words)[:MAX_SIGNAL_WORDS])


def index_terms_for_lexicon() -> frozenset[str]:
    """Index terms of every lexicon and thesaurus word, to seed a vocabulary for typos."""
    synonyms = thesaurus()
    terms = set(lexicon().stems)
    for key, alternatives in synonyms.expansions.items():
        terms.update(key)
        for alternative in alternatives:
            terms.update(alternative)
    return frozenset(terms)


def _words(folded: str) -> Iterator[str]:
    """Words of a folded text (hyphenated ones with their hyphens), each followed by the
    completed forms of elided first parts it completes: "spiel- und bewegungsgruppen"
    gives spiel, und, bewegungsgruppen, spielgruppen."""
    pending: list[str] = []
    for word, truncated in split_words(folded):
        yield word
        if truncated:
            pending.append(word.replace("-", ""))
        elif pending and word not in _CONJUNCTIONS:
            head = word.rpartition("-")[2] if "-" in word else _compound_head(word)
            if head:
                for modifier in pending:
                    yield modifier + head
            pending = []


def _joined_stem(word: str) -> str:
    """The stem of a hyphenated word written as one, without stop words: "Mutter-und-Kind"
    and "Mutterkind" meet."""
    if "-" not in word:
        return stem(word)
    return stem("".join(part for part in word.split("-") if part not in STOP_WORDS))


def _compound_head(word: str) -> str | None:
    parts = split_compound(word)
    return parts[-1] if parts else None


def _is_searchable(word: str) -> bool:
    return word not in STOP_WORDS and (len(word) > 1 or word.isdigit())


@lru_cache(maxsize=200_000)
def _word_terms(word: str) -> tuple[str, ...]:
    """Index terms of one folded word: its stem, then the stems of its compound parts."""
    if not _is_searchable(word):
        return ()
    return tuple(dict.fromkeys([stem(word), *map(stem, split_compound(word))]))


def _atoms(parts: tuple[str, ...], vocabulary: Vocabulary | None) -> list[str]:
    """The smallest terms of a query word: stems of its compound parts, or its own stem."""
    atoms: list[str] = []
    for part in parts:
        split = split_compound(part, vocabulary)
        atoms.extend(map(stem, split) if split else [stem(part)])
    return atoms


def _word_alternatives(
    key: str, parts: tuple[str, ...], vocabulary: Vocabulary | None
) -> list[Alternative]:
    alternatives: list[Alternative] = [(key,)]
    atoms = tuple(dict.fromkeys(_atoms(parts, vocabulary)))
    is_compound = len(atoms) > 1
    if is_compound:
        alternatives.append(atoms)
    expansions = thesaurus().lookup((key,))
    alternatives.extend(expansions)
    word = parts[0]
    if (
        vocabulary is not None
        and len(parts) == 1
        and key == stem(word)
        and len(word) >= TYPO_MIN_LENGTH
        and not is_compound
        and not expansions
        and key not in vocabulary
        and word not in lexicon().heads
    ):
        alternatives.extend(_typo_alternatives(key, vocabulary))
    return alternatives


def _typo_alternatives(key: str, vocabulary: Vocabulary) -> list[Alternative]:
    """Known terms one edit away; also a known stem the word starts with, because a typo in
    an ending Snowball would remove ("Geburtsvorbereitng") leaves that ending on the stem."""
    found: list[str] = []
    for term in vocabulary.similar(key):
        if term != key and term not in found:
            found.append(term)
            if len(found) >= MAX_TYPO_ALTERNATIVES:
                break
    for cut in (1, 2, 3):
        prefix = key[:-cut]
        if len(prefix) >= 6 and prefix in vocabulary:
            if prefix not in found:
                found.append(prefix)
            break
    return [(term,) for term in found]


def _prune(alternatives: list[Alternative]) -> tuple[Alternative, ...]:
    """Drop alternatives that contain all terms of another one: they can never add a match."""
    kept: list[Alternative] = []
    for alternative in alternatives:
        terms = set(alternative)
        if not terms or any(set(other) <= terms for other in kept):
            continue
        kept = [other for other in kept if not terms < set(other)]
        kept.append(alternative)
    return tuple(kept[:MAX_ALTERNATIVES])
