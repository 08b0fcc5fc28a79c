"""Place-name handling shared by the loader and the lookup: search keys and official names."""

import functools
import re
import unicodedata

_GERMAN_FOLDS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
# "(ab 21.10.2009)", "(alt)", "(einschl. Stadt Aachen)": notes of the statistics office,
# not part of a name.
_EDITORIAL_NOTE = re.compile(r"\s*\((?:ab |bis |alt\)|einschl\.)[^)]*\)?")
_PARENTHESIS = re.compile(r"\s*\([^)]*\)")
# Words that start a qualifier of a town's name: "Frankfurt am Main", "Weiden i.d.OPf.".
QUALIFIER_WORDS = frozenset({"a", "am", "an", "auf", "b", "bei", "i", "im", "in", "ob", "v", "vor"})
_INDEPENDENT_CITY_MARKERS = ("kreisfreie stadt", "krsfr. stadt", "stadtkreis")
_DISTRICT_MARKERS = ("kreis", "region")


@functools.lru_cache(maxsize=65536)
def normalize_name(text: str) -> str:
    """Search key of a name: "Köln-Ehrenfeld" and "koeln ehrenfeld" both give "koeln ehrenfeld".

    Lower-case, German umlauts folded (ä → ae, ß → ss), other accents dropped, every run of
    punctuation, hyphens or spaces turned into one space, and "St." read as "Sankt".
    """
    folded = text.lower().translate(_GERMAN_FOLDS)
    if not folded.isascii():
        decomposed = unicodedata.normalize("NFKD", folded)
        folded = "".join(char for char in decomposed if not unicodedata.combining(char))
    words = _NON_ALNUM.sub(" ", folded).split()
    return " ".join("sankt" if word == "st" else word for word in words)


def without_parentheses(name: str) -> str:
    """The name without a qualifier: "Halle (Saale)" → "Halle", "Mühlhausen/Thüringen" →
    "Mühlhausen"."""
    return _PARENTHESIS.sub("", name).split("/")[0].strip()


@functools.lru_cache(maxsize=65536)
def name_keys(name: str) -> frozenset[str]:
    """Search keys a name is known by: in full and without a qualifier in parentheses."""
    return frozenset({normalize_name(name), normalize_name(without_parentheses(name))} - {""})


@functools.lru_cache(maxsize=65536)
def base_name_key(name: str) -> str:
    """Search key of a town's name without its qualifier.

    "Freiburg im Breisgau" → "freiburg"; "Halle (Saale)" → "halle"; "Weiden i.d.OPf." → "weiden".
    """
    words = normalize_name(without_parentheses(name)).split()
    for index, word in enumerate(words[1:], start=1):
        if word in QUALIFIER_WORDS:
            return " ".join(words[:index])
    return " ".join(words)


def municipality_name(official_name: str) -> str:
    """Display name of a municipality from the statistics office's short name.

    "Köln, krsfr. Stadt" → "Köln"; "Marl, Westf" → "Marl"; "Roetgen (ab 21.10.2009)" →
    "Roetgen"; "Halle (Saale), Stadt" → "Halle (Saale)". The part after the first comma is a
    status ("Stadt", "M" for Markt) or a disambiguating region, never part of the name.
    """
    return _EDITORIAL_NOTE.sub("", official_name.split(",")[0]).strip()


def district_is_independent_city(official_name: str, key: str) -> bool:
    """Whether a district key belongs to an independent city (kreisfreie Stadt).

    Independent cities are marked in the name ("Köln, Kreisfreie Stadt", "Karlsruhe,
    Stadtkreis") or carry a bare city name ("Ingolstadt"); districts always say "Kreis" or
    "Region". Berlin and Hamburg (key ending in 000) are city states.
    """
    lowered = official_name.lower()
    if any(marker in lowered for marker in _INDEPENDENT_CITY_MARKERS) or key.endswith("000"):
        return True
    return not any(marker in lowered for marker in _DISTRICT_MARKERS)


def district_name(official_name: str, is_independent_city: bool) -> str:
    """Display name: "Köln, Kreisfreie Stadt" → "Köln"; "Borken, Kreis" → "Kreis Borken"."""
    name, _comma, kind = _EDITORIAL_NOTE.sub("", official_name).partition(", ")
    name = name.strip()
    if is_independent_city or kind not in {"Kreis", "Landkreis", "Regionalverband"}:
        return name
    if any(marker in name.lower() for marker in _DISTRICT_MARKERS):
        return name  # "Heidekreis, Landkreis" is called "Heidekreis"
    return f"{kind} {name}"
