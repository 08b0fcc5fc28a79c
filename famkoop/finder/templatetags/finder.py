"""Template filters for offers: ages in words, distances, query strings."""

from django import template
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

register = template.Library()


def _years_or_months(months: int) -> str:
    if months < 12 or months % 12:
        return ngettext("%(n)d Monat", "%(n)d Monaten", months) % {"n": months}
    years = months // 12
    return ngettext("%(n)d Jahr", "%(n)d Jahren", years) % {"n": years}


@register.filter
def age_range(service) -> str:
    """The children's age an offer is for, in words: "6 bis 36 Monate", "ab 3 Jahren"."""
    low, high = service.age_min_months, service.age_max_months
    if low in (None, 0) and high is None:
        return _("jedes Alter")
    if low in (None, 0):
        return _("bis %(age)s") % {"age": _years_or_months(high)}
    if high is None:
        return _("ab %(age)s") % {"age": _years_or_months(low)}
    if low % 12 == 0 and high >= 12 and high % 12 in (0, 11):
        # 24–48 and 24–47 months both read "2 bis 4 Jahre".
        return _("%(low)d bis %(high)d Jahre") % {"low": low // 12, "high": (high + 1) // 12}
    return _("%(low)d bis %(high)d Monate") % {"low": low, "high": high}


@register.filter
def kilometres(value) -> str:
    """A distance as "2,3 km" (one decimal below 10 km, whole kilometres above)."""
    if value is None:
        return ""
    places = 1 if value < 10 else 0
    return _("%(km)s km") % {"km": number_format(value, places)}


@register.filter
def stale(service) -> bool:
    """Whether the provider has not confirmed the offer for nine months (or never)."""
    from django.utils import timezone

    from famkoop.directory.freshness import is_stale

    return is_stale(service, timezone.localdate())
