"""Public pages that are not part of a capability: start page and the legally required pages."""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import translate_url
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_safe

from famkoop.directory.queries import directory_figures, recently_confirmed_services
from famkoop.finder.facets import RADIUS_STEPS
from famkoop.finder.queries import topic_areas
from famkoop.finder.views import MAX_AGE_CHOICE


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "pages/home.html",
        {
            "figures": directory_figures(),
            "recent_services": recently_confirmed_services(8),
            "topic_areas": topic_areas(),
            "values": {},
            "radius_choices": RADIUS_STEPS,
            "age_choices": range(MAX_AGE_CHOICE + 1),
        },
    )


@require_safe
def switch_language(request: HttpRequest) -> HttpResponse:
    """Send the visitor to the page they were on, in the chosen language.

    A GET form, and the language lives in the address: no cookie, no session, no CSRF token
    on public pages. Unknown languages and foreign `next` addresses fall back to the start page
    in German.
    """
    language = request.GET.get("language", "")
    target = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = "/"
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    # The address is resolved in its own language, then reversed in the chosen one.
    source = translation.get_language_from_path(urlsplit(target).path) or settings.LANGUAGE_CODE
    with translation.override(source):
        return HttpResponseRedirect(translate_url(target, language))


def _operator() -> dict[str, str]:
    return {
        "name": settings.OPERATOR_NAME,
        "address": settings.OPERATOR_ADDRESS,
        "email": settings.OPERATOR_EMAIL,
    }


@require_safe
def imprint(request: HttpRequest) -> HttpResponse:
    return render(request, "pages/imprint.html", {"operator": _operator()})


@require_safe
def privacy(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "pages/privacy.html",
        {"operator": _operator(), "map_tile_host": urlsplit(settings.MAP_TILE_URL).hostname},
    )


@require_safe
def accessibility(request: HttpRequest) -> HttpResponse:
    return render(request, "pages/accessibility.html", {"operator": _operator()})


@require_safe
def sources(request: HttpRequest) -> HttpResponse:
    return render(request, "pages/sources.html")
