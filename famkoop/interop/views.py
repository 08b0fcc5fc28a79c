"""The public, read-only Open Referral HSDS 3.0 API: thin views over `queries` and `hsds`."""

import functools
import math
from collections import defaultdict
from collections.abc import Callable
from datetime import datetime
from typing import Any

from django.db.models import Q, QuerySet
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.http import http_date
from django.views.decorators.http import conditional_page

from famkoop.directory.models import Service, TaxonomyTerm
from famkoop.directory.reference_data import taxonomy_as_hsds, term_as_hsds
from famkoop.geo.lookup import GeoLookupError, resolve_postcode
from famkoop.search.engine import SearchError, SearchParams, search

from . import hsds, params, queries
from .params import ApiError

HSDS_VERSION = "3.0"
HSDS_PROFILE = "https://docs.openreferral.org/en/latest/hsds/overview.html"
HSDS_OPENAPI = (
    "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json"
)
EARTH_RADIUS_METRES = 6_371_000


class Answer:
    """A view's data and, where known, when the newest thing in it last changed."""

    def __init__(self, data: dict[str, Any], last_modified: datetime | None = None) -> None:
        self.data = data
        self.last_modified = last_modified


def hsds_endpoint(view: Callable[..., Answer]) -> Callable[..., HttpResponse]:
    """GET only, JSON out, errors as JSON 4xx, ETag/Last-Modified with 304, open CORS."""

    @conditional_page
    def conditional(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.method not in ("GET", "HEAD"):
            error = ApiError(405, "Only GET is allowed.", "Nur GET ist erlaubt.")
            response = JsonResponse(error.as_json(), status=405)
            response["Allow"] = "GET, HEAD"
            return response
        try:
            answer = view(request, *args, **kwargs)
        except ApiError as error:
            return JsonResponse(error.as_json(), status=error.status)
        response = JsonResponse(answer.data, json_dumps_params={"ensure_ascii": False})
        if answer.last_modified is not None:
            response["Last-Modified"] = http_date(answer.last_modified.timestamp())
        return response

    @functools.wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        response = conditional(request, *args, **kwargs)
        # Open data: any web page may read it; nothing depends on cookies.
        response["Access-Control-Allow-Origin"] = "*"
        return response

    return wrapped


def _paged(total: int, page: int, per_page: int, contents: list[dict[str, Any]]) -> dict:
    total_pages = math.ceil(total / per_page)
    return {
        "total_items": total,
        "total_pages": total_pages,
        "page_number": page,
        "size": len(contents),
        "first_page": page == 1,
        "last_page": page >= total_pages,
        "empty": not contents,
        "contents": contents,
    }


def _service_last_modified(service: Service) -> datetime:
    """The newest change among the offer, its provider and its sites (all in its answer)."""
    moments = [service.updated_at, service.organization.updated_at]
    moments += [at_location.location.updated_at for at_location in service.at_locations.all()]
    return max(moments)


def _slice(queryset: QuerySet, page: int, per_page: int) -> tuple[int, list]:
    total = queryset.count()
    start = (page - 1) * per_page
    return total, list(queryset[start : start + per_page]) if start < total else []


@hsds_endpoint
def api_root(request: HttpRequest) -> Answer:
    return Answer({"version": HSDS_VERSION, "profile": HSDS_PROFILE, "openapi_url": HSDS_OPENAPI})


def _topic_filters(query, prefix: str = "") -> Q:
    """taxonomy_term_id, taxonomy_id and organization_id as a filter on offers."""
    condition = Q()
    if term_id := params.optional_uuid(query, "taxonomy_term_id"):
        condition &= Q(**{f"{prefix}taxonomy_terms__uuid": term_id})
    if taxonomy_id := params.optional_uuid(query, "taxonomy_id"):
        condition &= Q(**{f"{prefix}taxonomy_terms__taxonomy__uuid": taxonomy_id})
    if organization_id := params.optional_uuid(query, "organization_id"):
        condition &= Q(**{f"{prefix}organization__uuid": organization_id})
    if moment := params.modified_after(query):
        condition &= Q(**{f"{prefix}updated_at__gte": moment})
    return condition


def _searched_services(text: str, page: int, per_page: int, query) -> tuple[int, list[int]]:
    """One page of the finder's German-aware search, in its order."""
    combined = [
        name
        for name in ("taxonomy_term_id", "taxonomy_id", "organization_id", "modified_after")
        if query.get(name)
    ]
    if combined:
        raise ApiError(
            400,
            f"search cannot be combined with {', '.join(combined)} yet.",
            f"search lässt sich noch nicht mit {', '.join(combined)} kombinieren.",
        )
    try:
        results = search(SearchParams(text=text, page=page, per_page=per_page))
    except SearchError as error:
        raise ApiError(400, "The search cannot be run.", error.message) from None
    ids = [hit.service_id for hit in results.hits]
    return results.total, ids


@hsds_endpoint
def service_list(request: HttpRequest) -> Answer:
    query = request.GET
    page, per_page = params.paging(query)
    minimal = params.flag(query, "minimal")
    full = params.flag(query, "full")
    text = params.search_text(query)
    services = queries.public_services()
    if full and not minimal:
        services = queries.with_full_service(services)
    if text:
        total, ids = _searched_services(text, page, per_page, query)
        found = services.in_bulk(ids)
        items = [found[pk] for pk in ids if pk in found]
    else:
        services = services.filter(_topic_filters(query)).distinct().order_by("title", "pk")
        total, items = _slice(services, page, per_page)
    if minimal:
        to_hsds = hsds.minimal_service_as_hsds
    else:
        to_hsds = hsds.full_service_as_hsds if full else hsds.service_as_hsds
    return Answer(
        _paged(total, page, per_page, [to_hsds(s) for s in items]),
        queries.directory_last_modified(),
    )


@hsds_endpoint
def service_detail(request: HttpRequest, id: str) -> Answer:
    service_uuid = params.parse_uuid(id)
    service = queries.with_full_service(queries.public_services()).filter(uuid=service_uuid).first()
    if service is None:
        raise params.not_found("service")
    return Answer(hsds.full_service_as_hsds(service), _service_last_modified(service))


def _organizations_with_services(organizations: list, *, full_service: bool) -> list[dict]:
    services_by_organization: dict[int, list[Service]] = defaultdict(list)
    for service in queries.public_services_of(
        [organization.pk for organization in organizations], full=full_service
    ):
        services_by_organization[service.organization_id].append(service)
    return [
        hsds.full_organization_as_hsds(
            organization,
            services_by_organization[organization.pk],
            full_service=full_service,
        )
        for organization in organizations
    ]


@hsds_endpoint
def organization_list(request: HttpRequest) -> Answer:
    query = request.GET
    page, per_page = params.paging(query)
    full_service = params.flag(query, "full_service")
    full = params.flag(query, "full") or full_service
    organizations = queries.organizations()
    if text := params.search_text(query):
        organizations = organizations.filter(
            Q(name__icontains=text) | Q(description__icontains=text)
        )
    if full:
        organizations = queries.with_sites(organizations)
    total, items = _slice(organizations, page, per_page)
    if full:
        contents = _organizations_with_services(items, full_service=full_service)
    else:
        contents = [hsds.organization_as_hsds(organization) for organization in items]
    return Answer(_paged(total, page, per_page, contents), queries.directory_last_modified())


@hsds_endpoint
def organization_detail(request: HttpRequest, id: str) -> Answer:
    organization_uuid = params.parse_uuid(id)
    full_service = params.flag(request.GET, "full_service")
    organization = (
        queries.with_sites(queries.organizations()).filter(uuid=organization_uuid).first()
    )
    if organization is None:
        raise params.not_found("organization")
    [data] = _organizations_with_services([organization], full_service=full_service)
    return Answer(data, queries.directory_last_modified())


@hsds_endpoint
def taxonomy_list(request: HttpRequest) -> Answer:
    query = request.GET
    page, per_page = params.paging(query)
    taxonomies = queries.taxonomies()
    if text := params.search_text(query):
        taxonomies = taxonomies.filter(Q(name__icontains=text) | Q(description__icontains=text))
    total, items = _slice(taxonomies, page, per_page)
    return Answer(_paged(total, page, per_page, [taxonomy_as_hsds(t) for t in items]))


@hsds_endpoint
def taxonomy_detail(request: HttpRequest, id: str) -> Answer:
    taxonomy = queries.taxonomies().filter(uuid=params.parse_uuid(id)).first()
    if taxonomy is None:
        raise params.not_found("taxonomy")
    return Answer(taxonomy_as_hsds(taxonomy))


@hsds_endpoint
def taxonomy_term_list(request: HttpRequest) -> Answer:
    query = request.GET
    page, per_page = params.paging(query)
    terms = queries.taxonomy_terms()
    if text := params.search_text(query):
        terms = terms.filter(Q(name__icontains=text) | Q(code__icontains=text))
    if taxonomy_id := params.optional_uuid(query, "taxonomy_id"):
        terms = terms.filter(taxonomy__uuid=taxonomy_id)
    if parent_id := params.optional_uuid(query, "parent_id"):
        terms = terms.filter(parent__uuid=parent_id)
    if params.flag(query, "top_only"):
        terms = terms.filter(parent__isnull=True)
    total, items = _slice(terms, page, per_page)
    return Answer(_paged(total, page, per_page, [term_as_hsds(term) for term in items]))


@hsds_endpoint
def taxonomy_term_detail(request: HttpRequest, id: str) -> Answer:
    term: TaxonomyTerm | None = queries.taxonomy_terms().filter(uuid=params.parse_uuid(id)).first()
    if term is None:
        raise params.not_found("taxonomy term")
    return Answer(term_as_hsds(term, with_taxonomy_detail=True))


def _near_postcode(at_locations: QuerySet, postcode: str, metres: int) -> list[int]:
    """Ids of the offers at sites within `metres` of the postcode's centre, nearest first.

    Confidential sites are left out: a match near a point would give their place away.
    """
    try:
        centre = resolve_postcode(postcode)
    except GeoLookupError as error:
        raise ApiError(400, "This postcode is unknown.", str(error)) from None
    degrees = metres / 111_000
    longitude_degrees = degrees / max(math.cos(math.radians(centre.latitude)), 0.01)
    candidates = at_locations.filter(
        location__confidential_address=False,
        location__latitude__range=(centre.latitude - degrees, centre.latitude + degrees),
        location__longitude__range=(
            centre.longitude - longitude_degrees,
            centre.longitude + longitude_degrees,
        ),
    ).values_list("pk", "location__latitude", "location__longitude")
    distances = []
    for pk, latitude, longitude in candidates:
        distance = _distance_metres(centre.latitude, centre.longitude, latitude, longitude)
        if distance <= metres:
            distances.append((distance, pk))
    return [pk for _distance, pk in sorted(distances)]


def _distance_metres(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    d_phi, d_lambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2 * EARTH_RADIUS_METRES * math.asin(math.sqrt(a))


@hsds_endpoint
def service_at_location_list(request: HttpRequest) -> Answer:
    query = request.GET
    page, per_page = params.paging(query)
    params.flag(query, "full")  # every item carries its site and offer already
    at_locations = queries.public_service_at_locations().filter(
        _topic_filters(query, prefix="service__")
    )
    if text := params.search_text(query):
        at_locations = at_locations.filter(
            Q(service__title__icontains=text) | Q(service__summary__icontains=text)
        )
    postcode = query.get("postcode", "").strip()
    metres = params.proximity_metres(query)
    if metres is not None and not postcode:
        raise ApiError(
            400, "proximity needs a postcode.", "proximity braucht eine Postleitzahl (postcode)."
        )
    at_locations = at_locations.distinct()
    if postcode and metres is not None:
        ids = _near_postcode(at_locations, postcode, metres)
        start = (page - 1) * per_page
        page_ids = ids[start : start + per_page]
        found = at_locations.in_bulk(page_ids)
        total, items = len(ids), [found[pk] for pk in page_ids if pk in found]
    else:
        if postcode:
            at_locations = at_locations.filter(
                location__postal_code=postcode, location__confidential_address=False
            )
        total, items = _slice(at_locations, page, per_page)
    contents = [hsds.service_at_location_as_hsds(item, with_service=True) for item in items]
    return Answer(_paged(total, page, per_page, contents), queries.directory_last_modified())


@hsds_endpoint
def service_at_location_detail(request: HttpRequest, id: str) -> Answer:
    at_location = queries.public_service_at_locations().filter(uuid=params.parse_uuid(id)).first()
    if at_location is None:
        raise params.not_found("service at location")
    return Answer(
        hsds.service_at_location_as_hsds(at_location, with_service=True),
        max(
            at_location.service.updated_at,
            at_location.service.organization.updated_at,
            at_location.location.updated_at,
        ),
    )
