"""Where knowledge meets the rest of the platform.

`TOOLS`: pages of the platform a guide question can point to ("Angebote finden"). A tool whose
page does not exist yet (the cooperation agreements) is simply not shown until it does.
`CONTEXTS`: places of the platform that show matching questions as help (`{% guide_links %}`).
"""

from dataclasses import dataclass

from django.urls import NoReverseMatch, reverse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Tool:
    label: str | Promise
    url_name: str


TOOLS: dict[str, Tool] = {
    "finder": Tool(_("Angebote finden"), "finder:results"),
    "professional_finder": Tool(_("Fachkräfte-Suche"), "finder:professional"),
    "backoffice": Tool(_("Angebote im Arbeitsbereich pflegen"), "backoffice:dashboard"),
    "agreement_create": Tool(_("Kooperationsvereinbarung anlegen"), "cooperation:agreement_create"),
    "planning": Tool(_("Versorgung im Sozialraum auswerten"), "planning:coverage"),
    "practice_examples": Tool(_("Praxisbeispiele ansehen"), "knowledge:examples"),
    "glossary": Tool(_("Glossar"), "knowledge:glossary"),
}

CONTEXTS: dict[str, str | Promise] = {
    "dashboard": _("Übersicht im Arbeitsbereich"),
    "offer_editor": _("Angebote bearbeiten"),
    "agreement_form": _("Kooperationsvereinbarung"),
    "financing": _("Finanzierung und Zuwendungen"),
    "referral": _("Vermittlung"),
    "planning": _("Jugendhilfeplanung"),
}


@dataclass(frozen=True)
class ToolLink:
    label: str | Promise
    url: str


def tool_links(keys: list[str]) -> list[ToolLink]:
    """Links to the tools named by `keys` whose pages exist, in the order given."""
    links = []
    for key in keys:
        tool = TOOLS.get(key)
        if tool is None:
            continue
        try:
            links.append(ToolLink(tool.label, reverse(tool.url_name)))
        except NoReverseMatch:
            continue
    return links
