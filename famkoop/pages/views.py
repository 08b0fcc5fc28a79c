"""Public pages that are not part of a capability: start page and the legally required pages."""

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from famkoop.directory.queries import directory_figures, recently_confirmed_services


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "pages/home.html",
        {"figures": directory_figures(), "recent_services": recently_confirmed_services(8)},
    )


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
    return render(request, "pages/privacy.html", {"operator": _operator()})


@require_safe
def accessibility(request: HttpRequest) -> HttpResponse:
    return render(request, "pages/accessibility.html", {"operator": _operator()})


@require_safe
def sources(request: HttpRequest) -> HttpResponse:
    return render(request, "pages/sources.html")
