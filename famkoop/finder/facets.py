"""The filters beside the results: facet counts turned into labelled checkboxes, and the
ways out of an empty result."""

from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from famkoop.directory.models import Service
from famkoop.search.engine import SearchResults

from .forms import query_string
from .queries import Labels

AGE_BAND_LABELS = {
    "0-1": gettext_lazy("unter 1 Jahr"),
    "1-3": gettext_lazy("1 bis 3 Jahre"),
    "3-6": gettext_lazy("3 bis 6 Jahre"),
    "6-10": gettext_lazy("6 bis 10 Jahre"),
    "10-14": gettext_lazy("10 bis 14 Jahre"),
    "14-18": gettext_lazy("14 bis 18 Jahre"),
    "18-27": gettext_lazy("18 bis 27 Jahre"),
}
WEEKDAY_LABELS = {
    "mo": gettext_lazy("Montag"),
    "tu": gettext_lazy("Dienstag"),
    "we": gettext_lazy("Mittwoch"),
    "th": gettext_lazy("Donnerstag"),
    "fr": gettext_lazy("Freitag"),
    "sa": gettext_lazy("Samstag"),
    "su": gettext_lazy("Sonntag"),
}
TIME_OF_DAY_LABELS = {
    "morning": gettext_lazy("vormittags"),
    "afternoon": gettext_lazy("nachmittags"),
    "evening": gettext_lazy("abends (ab 17 Uhr)"),
}
# Engine facet → (URL parameter, legend), in the order shown.
GROUPS = (
    ("topics", "topic", gettext_lazy("Thema")),
    ("age_bands", "age_band", gettext_lazy("Alter des Kindes")),
    ("formats", "format", gettext_lazy("Art des Angebots")),
    ("weekdays", "day", gettext_lazy("Wochentag")),
    ("time_of_day", "time", gettext_lazy("Tageszeit")),
    ("languages", "language", gettext_lazy("Sprache")),
    ("target_groups", "group", gettext_lazy("Für wen")),
)
FLAGS = (
    ("free", "free", gettext_lazy("kostenfrei")),
    ("barrier_free", "barrier_free", gettext_lazy("stufenloser Zugang")),
    ("childcare", "childcare", gettext_lazy("mit Kinderbetreuung")),
    ("has_places", "places", gettext_lazy("freie Plätze")),
    ("accepts_referrals", "referrals", gettext_lazy("nimmt Vermittlungen an")),
)
RADIUS_STEPS = (1, 2, 5, 10, 25, 50)


@dataclass(frozen=True)
class Option:
    param: str
    value: str
    label: str
    count: int
    selected: bool

    @property
    def input_id(self) -> str:
        return f"filter-{self.param}-{self.value}"


@dataclass(frozen=True)
class FilterGroup:
    param: str
    legend: str
    options: tuple[Option, ...]


def filter_groups(found: SearchResults, values: dict, labels: Labels) -> list[FilterGroup]:
    """Checkbox groups with counts; values without results are left out unless chosen."""
    names = {
        "topics": labels.topics,
        "age_bands": AGE_BAND_LABELS,
        "formats": dict(Service.Format.choices),
        "weekdays": WEEKDAY_LABELS,
        "time_of_day": TIME_OF_DAY_LABELS,
        "languages": labels.languages,
        "target_groups": labels.target_groups,
    }
    areas = set(labels.topic_areas)
    groups = []
    for facet, param, legend in GROUPS:
        options = []
        for value in found.facets.get(facet, ()):
            if facet == "topics" and value.value not in areas and not value.selected:
                continue  # subtopics are reached through links and the search text
            if value.count == 0 and not value.selected:
                continue
            label = names[facet].get(value.value, value.value)
            options.append(Option(param, value.value, str(label), value.count, value.selected))
        if options:
            groups.append(FilterGroup(param, str(legend), tuple(options)))
    flags = []
    for facet, param, label in FLAGS:
        for value in found.facets.get(facet, ()):
            if value.count or value.selected:
                flags.append(Option(param, "1", str(label), value.count, value.selected))
    if flags:
        groups.append(FilterGroup("flags", _("Weitere Merkmale"), tuple(flags)))
    return groups


@dataclass(frozen=True)
class Suggestion:
    text: str
    url: str


def no_result_suggestions(found: SearchResults, values: dict, labels: Labels) -> list[Suggestion]:
    """Links that widen an empty search: a larger radius, each filter dropped, no text."""
    suggestions = []
    if found.radius_km is not None and found.radius_km < RADIUS_STEPS[-1]:
        wider = next(step for step in RADIUS_STEPS if step > found.radius_km)
        suggestions.append(
            Suggestion(
                _("Umkreis auf %(km)d km erweitern") % {"km": wider},
                "?" + query_string(values, radius=wider, page=None),
            )
        )
    flag_labels = {param: label for _facet, param, label in FLAGS}
    for _facet, param, legend in GROUPS:
        for value in values.get(param) or ():
            remaining = [item for item in values[param] if item != value]
            suggestions.append(
                Suggestion(
                    _("Filter „%(name)s: %(value)s“ entfernen")
                    % {"name": legend, "value": _display(param, value, labels)},
                    "?" + query_string(values, **{param: remaining, "page": None}),
                )
            )
    for param, label in flag_labels.items():
        if values.get(param):
            suggestions.append(
                Suggestion(
                    _("Filter „%(name)s“ entfernen") % {"name": label},
                    "?" + query_string(values, **{param: False, "page": None}),
                )
            )
    if values.get("age"):
        suggestions.append(
            Suggestion(
                _("Ohne Altersangabe suchen"), "?" + query_string(values, age=None, page=None)
            )
        )
    if values.get("q") and (found.radius_km is not None or _has_filters(values)):
        suggestions.append(
            Suggestion(_("Ohne Suchbegriff suchen"), "?" + query_string(values, q=None, page=None))
        )
    return suggestions


def _display(param: str, value: str, labels: Labels) -> str:
    mapping = {
        "topic": labels.topics,
        "language": labels.languages,
        "group": labels.target_groups,
        "age_band": AGE_BAND_LABELS,
        "day": WEEKDAY_LABELS,
        "time": TIME_OF_DAY_LABELS,
        "format": dict(Service.Format.choices),
    }.get(param, {})
    return str(mapping.get(value, value))


def _has_filters(values: dict) -> bool:
    return any(values.get(param) for _facet, param, _legend in GROUPS) or any(
        values.get(param) for _facet, param, _label in FLAGS
    )
