"""Knowledge linked in context.

`{% load knowledge %}{% guide_links "agreement_form" %}` lists the published guide questions
marked as help for that place of the platform (see `knowledge.tools.CONTEXTS`; a chapter key
such as "financing" works too). `{% knowledge_dashboard %}` is the block on the back-office
dashboard: those questions, and the editors' entrance.
"""

from django import template
from django.utils.translation import gettext as _

from famkoop.accounts.policy import Action, may

from ..queries import guide_links_for

register = template.Library()


@register.inclusion_tag("knowledge/_guide_links.html")
def guide_links(context_key: str, heading: str | None = None, limit: int = 8) -> dict:
    return {
        "questions": guide_links_for(context_key, limit),
        "heading": heading or _("Hilfe aus dem Praxisleitfaden"),
        "context_key": context_key,
    }


@register.inclusion_tag("knowledge/_dashboard.html", takes_context=True)
def knowledge_dashboard(context: template.Context) -> dict:
    request = context.get("request")
    user = getattr(request, "user", None)
    return {
        "questions": guide_links_for("dashboard"),
        "may_edit": may(user, Action.KNOWLEDGE_EDIT),
    }
