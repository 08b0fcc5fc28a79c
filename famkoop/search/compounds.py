"""Compound splitting from a curated lexicon: "Elternkurs" → eltern + kurs.

A word splits into two or three parts when each part is a known word, after removing a
German linking element ("Geburts|vorbereitung", "Familien|bildungs|stätte"). Known words are
the domain lexicon (data/lexicon.txt) and the thesaurus, with their regular inflected forms;
at query time the index vocabulary may vouch for one of the parts too ("Ballett|kurs").

The longest known head wins, parts are at least three letters long, and words in the lexicon
are never split, so "Beratung" stays whole instead of becoming "be" + "ratung". A statistical
splitter (CharSplit) would cover more words but needs hundreds of megabytes in every worker.
"""

from collections.abc import Callable, Iterable
from functools import cache, lru_cache

from famkoop.search.german import DATA_DIR, STOP_WORDS, read_words, stem
from famkoop.search.query import Vocabulary

LEXICON_PATH = DATA_DIR / "lexicon.txt"

MIN_PART = 3
# A part only the index vocabulary knows must be longer: short stems match too much.
MIN_VOCABULARY_PART = 4
MAX_WORD = 40
# Endings that make words, not words: "Schwanger|schaft" is not a compound.
NON_HEADS = frozenset(
    {"chen", "lein", "ling", "heit", "keit", "schaft", "schaften", "ung", "ungen", "tum", "nis"}
    | {"isch", "lich", "haft", "sam", "bar"}
)
# Linking elements between the parts of a compound, longest first.
LINKERS = ("ens", "es", "en", "er", "ns", "s", "n", "e")
# Regular endings of the base forms in the lexicon (plural, genitive, dative).
INFLECTIONS = ("", "e", "n", "en", "s", "es", "er", "ern", "ns", "ens")


class Lexicon:
    """Which folded strings count as words for splitting, and which words stay whole."""

    def __init__(self, base_words: Iterable[str], extra_words: Iterable[str] = ()) -> None:
        base = {word for word in base_words if word not in STOP_WORDS and len(word) >= MIN_PART}
        # Abbreviations in the thesaurus ("BuT", "IV") would make nonsense parts ("But|tons").
        extra = {word for word in extra_words if word not in STOP_WORDS and len(word) >= 4}
        known = base | extra
        self.protected = frozenset(_inflected(base))
        self.heads = frozenset(_inflected(known))
        self.modifiers = self.heads | {form for word in known for form in _modifier_forms(word)}
        self.stems = frozenset(stem(word) for word in known)


def _inflected(words: Iterable[str]) -> set[str]:
    forms = set()
    for word in words:
        forms.update(word + ending for ending in INFLECTIONS)
        if word.endswith("in"):
            forms.add(word + "nen")  # Beraterin → Beraterinnen
    return forms


def _modifier_forms(word: str) -> list[str]:
    """How a word may look at the start of a compound besides its inflected forms."""
    forms = []
    if word.endswith("e") and len(word) >= 4:
        forms.append(word[:-1])  # Schule → Schul|start, Sprache → Sprach|kurs
    if word.endswith(("eln", "ern")):
        forms.append(word[:-1])  # krabbeln → Krabbel|gruppe
    elif word.endswith("en") and len(word) >= 5:
        forms.append(word[:-2])  # spielen → Spiel|gruppe, stillen → Still|gruppe
    return forms


@cache
def lexicon() -> Lexicon:
    """The domain lexicon plus the thesaurus words, loaded once per process."""
    from famkoop.search.thesaurus import thesaurus

    return Lexicon(read_words(LEXICON_PATH), thesaurus().words)


def split_compound(word: str, vocabulary: Vocabulary | None = None) -> tuple[str, ...]:
    """The parts of a folded compound word, or () when it is not one.

    Parts are folded surface forms, e.g. ("geburts", "vorbereitung"); their stems equal the
    stems of the separate words. With a vocabulary, one part may be a word only the index
    knows, as long as another part is in the lexicon.
    """
    parts = _split_with_lexicon(word)
    if parts or vocabulary is None or word in lexicon().protected:
        return parts
    return _split_with_vocabulary(word, vocabulary)


@lru_cache(maxsize=200_000)
def _split_with_lexicon(word: str) -> tuple[str, ...]:
    lex = lexicon()
    if word in lex.protected or not word.isalpha():
        return ()
    return _split(word, lex.heads.__contains__, lex.modifiers.__contains__, lex.protected, 2)


def _split_with_vocabulary(word: str, vocabulary: Vocabulary) -> tuple[str, ...]:
    lex = lexicon()

    def known_to_index(part: str) -> bool:
        return (
            len(part) >= MIN_VOCABULARY_PART
            and part not in STOP_WORDS
            and part not in NON_HEADS
            and stem(part) in vocabulary
        )

    def is_head(part: str) -> bool:
        return part in lex.heads or known_to_index(part)

    def is_modifier(part: str) -> bool:
        return part in lex.modifiers or known_to_index(part)

    if not word.isalpha():
        return ()
    parts = _split(word, is_head, is_modifier, lex.protected, 2)
    # At least one part must come from the lexicon, or the index's odd words would pair up.
    if parts and any(part in lex.modifiers for part in parts):
        return parts
    return ()


def _split(
    word: str,
    is_head: Callable[[str], bool],
    is_modifier: Callable[[str], bool],
    whole: frozenset[str],
    depth: int,
) -> tuple[str, ...]:
    """Split into a known head and a known or splittable modifier; the longest head wins,
    and a known modifier is split further when it can be (at most three parts)."""
    if len(word) < 2 * MIN_PART or len(word) > MAX_WORD:
        return ()
    for cut in range(MIN_PART, len(word) - MIN_PART + 1):
        head = word[cut:]
        if head in NON_HEADS or not is_head(head):
            continue
        for candidate in _modifier_candidates(word[:cut]):
            known = is_modifier(candidate)
            if depth > 1 and candidate not in whole:
                parts = _split(candidate, is_head, is_modifier, whole, depth - 1)
                if parts:
                    return (*parts, head)
            if known:
                return (candidate, head)
    return ()


def _modifier_candidates(modifier: str) -> list[str]:
    """The modifier as written, then without a linking element: "geburts" → "geburt"."""
    candidates = [modifier]
    for linker in LINKERS:
        if modifier.endswith(linker) and len(modifier) - len(linker) >= MIN_PART:
            candidates.append(modifier[: -len(linker)])
    return candidates
