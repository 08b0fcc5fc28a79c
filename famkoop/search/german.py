"""German word normalisation: case and umlaut folding, stop words and Snowball stemming.

Everything here works on single words or plain text, so the same code analyses offers at
index time and queries in the web workers. Stems come from snowballstemmer, which runs
PyStemmer's C build of the same algorithm when it is installed (about 30 times faster).
"""

import re
import threading
import unicodedata
from functools import lru_cache
from pathlib import Path

import snowballstemmer


class _FoldTable(dict):
    """Folded form of each non-ASCII character, worked out on first use.

    ä/ö/ü/ß become ae/oe/ue/ss so "Mütter" and "Muetter" fold to the same word; other
    letters lose their diacritics (é → e, й → и); soft hyphens vanish and the Unicode
    hyphens become "-" so "Eltern‐Kind" is one hyphenated word.
    """

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = "".join(
            c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
        )
        self[code] = folded
        return folded


_GERMAN_LETTERS = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "\u00ad": "", "‐": "-", "‑": "-"}
# Letters without a Unicode decomposition.
_OTHER_LETTERS = {"ł": "l", "ø": "o", "đ": "d", "æ": "ae", "œ": "oe"}
_FOLD_TABLE = _FoldTable(
    {ord(char): folded for char, folded in (_GERMAN_LETTERS | _OTHER_LETTERS).items()}
)
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _fold_run(match: re.Match) -> str:
    return match.group().translate(_FOLD_TABLE)


def fold(text: str) -> str:
    """Lower-case, write umlauts as ae/oe/ue and ß as ss, and strip other diacritics.

    "Mütter", "MUETTER" and "muetter" give the same result, as do "Straße" and "Strasse";
    "Café" becomes "cafe". Digits and letters of other scripts stay (without diacritics).
    """
    text = text.lower()
    if text.isascii():
        return text
    # NFC first: "a" + combining diaeresis must become "ae" like the precomposed "ä".
    text = unicodedata.normalize("NFC", text)
    # The common German letters in C, the rare rest character by character.
    text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    return text if text.isascii() else _NON_ASCII.sub(_fold_run, text)


DATA_DIR = Path(__file__).parent / "data"


def read_words(path: Path) -> list[str]:
    """Words of a data file, folded; "#" starts a comment."""
    words = []
    for line in path.read_text(encoding="utf-8").splitlines():
        words.extend(fold(line.split("#", 1)[0]).split())
    return words


# Dropped from documents and queries alike, so a query never needs them.
STOP_WORDS = frozenset(read_words(DATA_DIR / "stop_words.txt"))

# Snowball cuts a final "s" after b, d, f, g, h, k, l, m, n, r, t, so "Kurs" gives "kur" but
# "Kurse" gives "kurs". For words whose stem really ends in such an "s" the stem is taken from
# the plural instead (also at the end of compounds: "Elternkurs" like "Elternkurse").
_S_STEMS = ("kurs", "keks", "fuchs", "luchs", "dachs", "lachs", "zins", "puls", "hals", "fels")
# Words with an "-s" plural Snowball keeps: "Kitas" must stem like "Kita", "Apps" like "App".
# Words ending in "-ys" (Babys, Handys, Hobbys) are handled by a rule.
_S_PLURALS = (
    "kita", "papa", "mama", "oma", "opa", "omi", "opi", "mutti", "vati", "info", "foto",
    "video", "auto", "kino", "demo", "radio", "zoo", "app", "tipp", "shop", "workshop",
    "laptop", "clip", "chip", "pulli", "kuli", "sofa", "taxi", "emoji",
)  # fmt: skip
# Single forms Snowball leaves apart from the rest of their word.
_EXACT_STEMS = {"schreit": "schrei"}
_SUFFIX_FIXES: dict[str, str] = {word: word + "e" for word in _S_STEMS}
_SUFFIX_FIXES.update({word + "s": word for word in _S_PLURALS})
_SUFFIX_LENGTHS = sorted({len(suffix) for suffix in _SUFFIX_FIXES}, reverse=True)

# Female forms stem like the male ones, so "Beraterinnen" finds "Berater" and the other way
# round: "-innen" → "-in", then "-in" is dropped after endings of persons ("Pädagog-in").
_PERSON_ENDINGS = (
    "er", "og", "ent", "ant", "arzt", "aerzt", "anwaelt", "pat", "peut", "expert", "kolleg",
    "freund", "nachbar", "koech", "beamt",
)  # fmt: skip
_VERBS_IN_INNEN = ("beginnen", "gewinnen", "spinnen", "sinnen", "rinnen", "drinnen")


def _masculine(word: str) -> str:
    if word.endswith("innen") and len(word) > 7 and not word.endswith(_VERBS_IN_INNEN):
        word = word[:-3]
    if word.endswith("in") and len(word) > 4 and word[:-2].endswith(_PERSON_ENDINGS):
        word = word[:-2]
    return word


_local = threading.local()


def _snowball(word: str) -> str:
    # Snowball stemmer objects keep state between calls: one per thread.
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        stemmer = _local.stemmer = snowballstemmer.stemmer("german")
    return stemmer.stemWord(word)


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The index term of one folded word: its Snowball German stem with domain fixes.

    Singular and plural of the domain's words agree ("kurs"/"kurse"/"kursen" → "kurs",
    "baby"/"babys" → "baby", "vater"/"vaeter" → "vat"). Words with digits or letters outside
    a–z are returned unchanged.
    """
    if not (word.isascii() and word.isalpha()):
        return word
    if len(word) > 3 and word.endswith("ys"):
        word = word[:-1]
    word = _masculine(word)
    for length in _SUFFIX_LENGTHS:
        replacement = _SUFFIX_FIXES.get(word[-length:])
        if replacement is not None and (len(word) == length or len(word) - length >= 3):
            word = word[:-length] + replacement
            break
    stemmed = _snowball(word)
    # Snowball leaves short words in "-eien"/"-eie" alone: "schreien", "freie", "Breie".
    if stemmed.endswith("eien"):
        return stemmed[:-2]
    if stemmed.endswith("eie"):
        return stemmed[:-1]
    return _EXACT_STEMS.get(stemmed, stemmed)


# A word of letters and digits, hyphenated words as one ("eltern-kind-gruppe"), and a hyphen
# that ends a word before a space: "Spiel- und Bewegungsgruppen".
_WORD = re.compile(r"([^\W_]+(?:-[^\W_]+)*)(-?)")


def split_words(folded: str) -> list[tuple[str, bool]]:
    """(word, truncated) for each word of a folded text; hyphenated words keep their hyphens
    and "truncated" tells that the word ended in a hyphen ("spiel" in "spiel- und …")."""
    return [(word, bool(hyphen)) for word, hyphen in _WORD.findall(folded)]
