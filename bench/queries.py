"""A realistic, reproducible mix of finder searches, drawn from the generated data.

Words come from the titles of the generated offers plus the forms people type (umlauts
written out, compounds, synonyms, one typo); places are postcodes and town names of the
offline geography; filters are the topics, languages and formats the offers carry. Each
search is a `Query`: the finder's address parameters, which give the engine's `SearchParams`,
the naive baseline's filters and the results page's URL alike.
"""

import random
import re
from dataclasses import dataclass, field
from urllib.parse import urlencode

# What people type besides the words of the titles: compounds, umlauts written out,
# synonyms and colloquial words, typos.
TYPED_WORDS = (
    "Elternkurs",
    "Babymassage",
    "Babymasage",
    "Papa",
    "Krabbelgruppe",
    "Krabelgruppe",
    "Schreibaby",
    "Familienbildungsstätte",
    "Familienbildungsstaette",
    "Mütter",
    "Muetter",
    "Väter",
    "Vater",
    "Elterncafe",
    "Stillcafé",
    "Hebamme",
    "Geburtsvorbereitungskurs",
    "Rückbildung",
    "Pubertaet",
    "Trennung",
    "Alleinerziehend",
    "Erziehungsberatung",
    "Spielgruppe",
    "Oma",
    "Kinderturnen",
    "Medien",
    "Schwangerschaft",
    "Beikost",
    "Familienzentrum",
    "Sprachförderung",
)
# Towns people search for most; the rest are drawn from all municipalities.
BIG_TOWNS = (
    "Berlin",
    "Hamburg",
    "München",
    "Köln",
    "Frankfurt am Main",
    "Stuttgart",
    "Düsseldorf",
    "Leipzig",
    "Dortmund",
    "Essen",
    "Bremen",
    "Dresden",
    "Hannover",
    "Nürnberg",
    "Duisburg",
    "Bochum",
    "Wuppertal",
    "Bielefeld",
    "Bonn",
    "Münster",
)
RADII = (1, 2, 5, 5, 10, 10, 10, 15, 20, 25, 30, 50)
WEEKDAYS = ("mo", "tu", "we", "th", "fr", "sa", "su")

# Kind of search → share of the mix. Most people give a place; some browse by text or by
# filters alone across the whole country (a topic from the start page), the expensive case.
# (Without any of them the finder shows its start page and does not search.)
MIX = {
    "text": 12,
    "place": 18,
    "text+place": 25,
    "place+filters": 17,
    "text+place+filters": 12,
    "text+filters": 6,
    "filters": 10,
}

_WORD = re.compile(r"[^\W\d_]{4,}")


@dataclass(frozen=True)
class Query:
    """One search as the finder's address gives it (`/suche/?q=…&place=…`)."""

    kind: str
    q: str = ""
    place: str = ""
    radius: int = 10
    topics: tuple[str, ...] = ()
    age: int | None = None  # years, as parents give it
    free: bool = False
    days: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    formats: tuple[str, ...] = ()
    page: int = 1

    def search_params(self) -> dict:
        """The keyword arguments of `SearchParams`, as the finder maps them."""
        params: dict = dict(
            text=self.q,
            topics=self.topics,
            free=self.free,
            weekdays=self.days,
            languages=self.languages,
            formats=self.formats,
            page=self.page,
        )
        if self.place:
            params.update(place=self.place, radius_km=self.radius)
        if self.age is not None:
            params["age_months"] = self.age * 12
        return params

    def url_query(self) -> str:
        pairs: list[tuple[str, str]] = []
        if self.q:
            pairs.append(("q", self.q))
        if self.place:
            pairs += [("place", self.place), ("radius", str(self.radius))]
        pairs += [("topic", topic) for topic in self.topics]
        if self.age is not None:
            pairs.append(("age", str(self.age)))
        if self.free:
            pairs.append(("free", "1"))
        pairs += [("day", day) for day in self.days]
        pairs += [("language", language) for language in self.languages]
        pairs += [("format", offer_format) for offer_format in self.formats]
        if self.page > 1:
            pairs.append(("page", str(self.page)))
        return urlencode(pairs)


@dataclass
class Material:
    """What the searches are drawn from, read from the generated data once."""

    title_words: list[str]
    postcodes: list[str]
    towns: list[str]
    topics: list[str]
    languages: list[str]
    formats: list[str]
    kinds: dict[str, int] = field(default_factory=lambda: dict(MIX))


def read_material(rng: random.Random) -> Material:
    from famkoop.directory.models import Service, TaxonomyTerm
    from famkoop.geo.lookup import GeoLookupError, resolve
    from famkoop.geo.models import Place, PostalCode
    from famkoop.search.german import STOP_WORDS, fold

    titles = Service.objects.values_list("title", flat=True).distinct()
    words = sorted(
        {
            word
            for title in titles
            for word in _WORD.findall(title)
            if fold(word) not in STOP_WORDS and not word.isupper()
        }
    )
    towns = list(BIG_TOWNS)
    municipalities = list(
        Place.objects.filter(kind=Place.Kind.MUNICIPALITY)
        .order_by("name")
        .values_list("name", flat=True)
        .distinct()
    )
    for name in rng.sample(municipalities, min(400, len(municipalities))):
        try:
            resolve(name)
        except GeoLookupError:
            continue
        towns.append(name)
    used_topics = Service.taxonomy_terms.through.objects.values_list(
        "taxonomyterm__code", flat=True
    ).distinct()
    areas = TaxonomyTerm.objects.filter(children__isnull=False).values_list("code", flat=True)
    used_languages = Service.languages.through.objects.values_list(
        "language__code", flat=True
    ).distinct()
    return Material(
        title_words=words,
        postcodes=list(PostalCode.objects.order_by("code").values_list("code", flat=True)),
        towns=towns,
        topics=sorted({*used_topics, *areas}),
        languages=sorted({"de", *used_languages}),
        formats=[value for value, _label in Service.Format.choices],
    )


def make_queries(count: int, rng: random.Random, material: Material) -> list[Query]:
    kinds = list(material.kinds)
    weights = list(material.kinds.values())
    return [_query(rng.choices(kinds, weights)[0], rng, material) for _ in range(count)]


def _query(kind: str, rng: random.Random, material: Material) -> Query:
    values: dict = {"kind": kind}
    if "text" in kind:
        values["q"] = _text(rng, material)
    if "place" in kind:
        values["place"] = (
            rng.choice(material.postcodes) if rng.random() < 0.5 else _town(rng, material)
        )
        values["radius"] = rng.choice(RADII)
    if "filters" in kind:
        values.update(_filters(rng, material))
    values["page"] = rng.choices((1, 2, 3, 5), weights=(85, 9, 4, 2))[0]
    return Query(**values)


def _text(rng: random.Random, material: Material) -> str:
    words = rng.choices((1, 2, 3), weights=(70, 24, 6))[0]
    picked = [
        rng.choice(TYPED_WORDS) if rng.random() < 0.35 else rng.choice(material.title_words)
        for _ in range(words)
    ]
    text = " ".join(picked)
    return text.lower() if rng.random() < 0.3 else text


def _town(rng: random.Random, material: Material) -> str:
    if rng.random() < 0.5:
        return rng.choice(BIG_TOWNS)
    return rng.choice(material.towns)


def _filters(rng: random.Random, material: Material) -> dict:
    """One to three filters of different kinds, sometimes two values of one."""
    chosen: dict = {}
    kinds = ("topics", "age", "free", "days", "languages", "formats")
    for kind in rng.sample(kinds, rng.choices((1, 2, 3), weights=(55, 35, 10))[0]):
        if kind == "topics":
            chosen["topics"] = tuple(rng.sample(material.topics, rng.choice((1, 1, 1, 2))))
        elif kind == "age":
            chosen["age"] = rng.randint(0, 17)
        elif kind == "free":
            chosen["free"] = True
        elif kind == "days":
            chosen["days"] = tuple(rng.sample(WEEKDAYS, rng.choice((1, 1, 2))))
        elif kind == "languages":
            # German most of the time: the most common choice, and the broadest.
            language = "de" if rng.random() < 0.4 else rng.choice(material.languages)
            chosen["languages"] = (language,)
        else:
            chosen["formats"] = tuple(rng.sample(material.formats, rng.choice((1, 1, 2))))
    return chosen
