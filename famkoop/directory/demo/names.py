"""Invented names for demo organisations, sites and streets, and small text helpers.

The place-like names are made up from nature words ("Linden" + "hof"), never from real towns,
so that no demo provider can be mistaken for a real institution.
"""

import random
import re

from django.utils.text import slugify

from famkoop.directory.models import Location

DEMO_EMAIL_DOMAIN = "demo.famkoop.invalid"

_NAME_STEMS = (
    "Linden",
    "Birken",
    "Eichen",
    "Erlen",
    "Weiden",
    "Ahorn",
    "Kastanien",
    "Holunder",
    "Hasel",
    "Buchen",
    "Eschen",
    "Ulmen",
    "Kirsch",
    "Apfel",
    "Rosen",
    "Mohn",
    "Klee",
    "Sonnen",
    "Mühlen",
    "Brunnen",
    "Wiesen",
    "Quell",
    "Lerchen",
    "Finken",
    "Schwalben",
    "Fuchs",
    "Dachs",
    "Otter",
    "Biber",
    "Kranich",
)
_NAME_ENDINGS = (
    "hof",
    "bach",
    "grund",
    "hain",
    "feld",
    "winkel",
    "kamp",
    "brink",
    "busch",
    "horst",
    "au",
    "tal",
    "heide",
    "wiese",
    "garten",
)
# Endings that read well after "Am" ("Am Mühlenbach", "Am Lindenhof").
_MASCULINE_ENDINGS = ("hof", "bach", "grund", "hain", "winkel", "kamp", "brink", "busch", "garten")

_STREETS = (
    "Lindenstraße",
    "Kirchstraße",
    "Schulstraße",
    "Gartenweg",
    "Birkenweg",
    "Am Markt",
    "Bahnhofstraße",
    "Ahornweg",
    "Rosenstraße",
    "Im Wiesengrund",
    "Mühlenweg",
    "Hauptstraße",
    "Parkstraße",
    "Brunnenstraße",
    "Am Stadtgarten",
    "Lerchenweg",
    "Auf dem Kamp",
    "Kastanienallee",
    "Friedensstraße",
    "Goethestraße",
    "Schillerstraße",
    "Wilhelmstraße",
    "Feldstraße",
    "Am Bach",
    "Bergstraße",
    "Sonnenhang",
    "Talstraße",
    "Amselweg",
    "Drosselgasse",
    "Buchenring",
    "Marktplatz",
    "Am Kirchplatz",
    "Weidenpfad",
    "Holunderweg",
    "Zum Anger",
    "Eichendorffstraße",
    "Schwanenstraße",
    "Blumenstraße",
    "Hofstraße",
    "Kettelerstraße",
)

# (name template, legal status); `{name}` is an invented place-like name.
PROVIDER_PATTERNS = (
    ("Familienbildungswerk {name} e. V.", "eingetragener Verein"),
    ("Elternschule Am {name}", "eingetragener Verein"),
    ("Ev. Familienbildung {name}", "kirchlicher Träger (evangelisch)"),
    ("Kath. Familienbildungsstätte {name}", "kirchlicher Träger (katholisch)"),
    ("Familienforum {name} gGmbH", "gemeinnützige GmbH"),
    ("Haus der Familie {name} e. V.", "eingetragener Verein"),
    ("Eltern-Kind-Zentrum {name} e. V.", "eingetragener Verein"),
    ("Familienbildung im Quartier {name} e. V.", "eingetragener Verein"),
    ("Familientreff {name} e. V.", "eingetragener Verein"),
    ("Elternwerkstatt {name} e. V.", "eingetragener Verein"),
    ("Städtische Familienbildung {name}", "kommunal"),
)

# Site name templates per kind of site; `{name}` is an invented place-like name.
SITE_PATTERNS: dict[str, tuple[str, ...]] = {
    Location.Kind.FAMILY_EDUCATION_CENTRE: (
        "Familienbildungsstätte {name}",
        "Haus der Familienbildung {name}",
    ),
    Location.Kind.FAMILY_CENTRE: ("Familienzentrum {name}", "Familienzentrum Am {name}"),
    Location.Kind.KITA: ("Kita {name}", "Kindertagesstätte Am {name}"),
    Location.Kind.NEIGHBOURHOOD_CENTRE: (
        "Stadtteilzentrum {name}",
        "Quartierstreff {name}",
        "Bürgerhaus {name}",
    ),
    Location.Kind.COMMUNITY_HALL: ("Gemeindehaus {name}", "Gemeindezentrum Am {name}"),
    Location.Kind.SCHOOL: ("Familiengrundschulzentrum Am {name}", "Grundschule {name}"),
}

_GERMAN_FOLDS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe"})
_LEGAL_SUFFIX = re.compile(r"\s+(e\. ?V\.|gGmbH)$")


def german_slug(text: str) -> str:
    """ "Mühlenbach" → "muehlenbach": umlauts spelled out as Germans do, not dropped."""
    return slugify(text.translate(_GERMAN_FOLDS).replace("Ü", "Ue"))


def organization_slug(name: str) -> str:
    """Slug of an organisation without its legal form: "… Lindenhof e. V." → "…-lindenhof"."""
    return german_slug(_LEGAL_SUFFIX.sub("", name))


def invented_names(rng: random.Random) -> list[str]:
    """All invented place-like names, in a shuffled but reproducible order."""
    names = [stem + ending for stem in _NAME_STEMS for ending in _NAME_ENDINGS]
    rng.shuffle(names)
    return names


def fits_after_am(name: str) -> bool:
    return name.endswith(_MASCULINE_ENDINGS)


def street_address(rng: random.Random) -> str:
    number = rng.randint(1, 120)
    suffix = rng.choice(("", "", "", "", "a", "b"))
    return f"{rng.choice(_STREETS)} {number}{suffix}"


def jittered(rng: random.Random, latitude: float, longitude: float) -> tuple[float, float]:
    """A point within about 900 m of the given one (at most 670 m north-south, 560 m east-west
    in Germany), so that sites in the same postcode do not sit on top of each other."""
    return (
        round(latitude + rng.uniform(-0.006, 0.006), 6),
        round(longitude + rng.uniform(-0.008, 0.008), 6),
    )


def demo_email(local_part: str) -> str:
    return f"{local_part}@{DEMO_EMAIL_DOMAIN}"
