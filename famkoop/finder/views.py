"""The finder's pages: results (public and professional), offer, provider and site.

Public pages set no cookie: no form with a CSRF token, no session, nothing from other hosts
until the visitor asks for a map.
"""

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_safe

from famkoop.accounts.policy import Action, require
from famkoop.search.engine import SearchError, record_demand, search

from . import calendar, queries
from .facets import RADIUS_STEPS, filter_groups, no_result_suggestions
from .forms import FinderQuery, parse_query, query_string
from .structured_data import offer_json_ld

# The age select offers "under 1" to this many years.
MAX_AGE_CHOICE = 17


@require_safe
def results(request: HttpRequest) -> HttpResponse:
    return _results(request, professional=False)


@require_safe
@require(Action.USE_PROFESSIONAL_FINDER)
def professional_results(request: HttpRequest) -> HttpResponse:
    return _results(request, professional=True)


def _results(request: HttpRequest, *, professional: bool) -> HttpResponse:
    """Parse the address, search, render: the whole page, or only the results region for an
    htmx request (same address, so every state can be shared and bookmarked)."""
    action = reverse("finder:professional" if professional else "finder:results")
    context = {
        "action": action,
        "professional": professional,
        "error": None,
        "partial": request.headers.get("HX-Request") == "true",
        "radius_choices": RADIUS_STEPS,
        "age_choices": range(MAX_AGE_CHOICE + 1),
    }
    status = 200
    try:
        query = parse_query(request.GET, professional=professional)
    except SearchError as error:
        query = FinderQuery(None, _raw_values(request))
        context["error"] = error
        status = 400
    else:
        if query.params is not None:
            try:
                found = search(query.params)
            except SearchError as error:
                context["error"] = error
                status = 400
            else:
                record_demand(query.params, found.total, found.place)
                context.update(_results_context(found, query))
    context.update(values=query.values, query=query)
    if "found" not in context:
        context["topic_areas"] = queries.topic_areas()
    template = "finder/_results.html" if context["partial"] else "finder/results.html"
    response = render(request, template, context, status=status)
    patch_vary_headers(response, ("HX-Request",))
    return response


def _results_context(found, query: FinderQuery) -> dict:
    cards = queries.result_cards(found)
    labels = queries.filter_labels()
    values = query.values
    groups = filter_groups(found, values, labels)
    return {
        "found": found,
        "cards": cards,
        "labels": labels,
        "filter_groups": groups,
        "selected_filters": sum(option.selected for group in groups for option in group.options),
        "suggestions": no_result_suggestions(found, values, labels) if found.total == 0 else [],
        "previous_url": "?" + query_string(values, page=found.page - 1)
        if found.has_previous
        else "",
        "next_url": "?" + query_string(values, page=found.page + 1) if found.has_next else "",
        "map_points": [
            {
                "lat": card.point[0],
                "lon": card.point[1],
                "title": card.text.title,
                "url": card.url,
            }
            for card in cards
            if card.point
        ],
        "map": _map_settings(),
    }


def _raw_values(request: HttpRequest) -> dict:
    """The form values as typed, to show them again next to an error."""
    values = {name: request.GET.get(name, "")[:200] for name in ("q", "place", "radius", "age")}
    return values


def _map_settings() -> dict:
    return {"tiles": settings.MAP_TILE_URL, "attribution": settings.MAP_TILE_ATTRIBUTION}


@require_safe
def offer(request: HttpRequest, uuid) -> HttpResponse:
    service = queries.public_offer(uuid)
    if service is None:
        raise Http404
    detail = queries.offer_detail(service)
    page_url = request.build_absolute_uri(reverse("finder:offer", args=[service.uuid]))
    return render(
        request,
        "finder/offer.html",
        {
            "detail": detail,
            "service": service,
            "json_ld": offer_json_ld(detail, page_url),
            "map": _map_settings(),
            "map_points": [
                {"lat": point[0], "lon": point[1], "title": location.name, "url": ""}
                for location in detail.locations
                if (point := location.public_coordinates)
            ],
            "today": timezone.localdate(),
        },
    )


@require_safe
def offer_calendar(request: HttpRequest, uuid) -> HttpResponse:
    service = queries.public_offer(uuid)
    if service is None:
        raise Http404
    page_url = request.build_absolute_uri(reverse("finder:offer", args=[service.uuid]))
    body = calendar.offer_calendar(service, queries.calendar_dates(service), page_url)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="termine-{service.uuid}.ics"'
    return response


@require_safe
def provider(request: HttpRequest, slug: str) -> HttpResponse:
    organization = queries.public_organization(slug)
    if organization is None:
        raise Http404
    return render(
        request,
        "finder/provider.html",
        {
            "organization": organization,
            "cards": queries.organization_offers(organization),
            "sites": queries.organization_sites(organization),
        },
    )


@require_safe
def site(request: HttpRequest, uuid) -> HttpResponse:
    location = queries.public_site(uuid)
    if location is None:
        raise Http404
    return render(
        request,
        "finder/site.html",
        {"location": location, "cards": queries.site_offers(location)},
    )
