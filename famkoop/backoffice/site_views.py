"""Back office pages for a provider's sites and for an organisation's profile.

Every view is a `staff_view`; the organisation and its objects are looked up through
`policy.visible` (another organisation's are not found: 404) and the action is then
authorised (403 for members whose role does not allow it).
"""

from django.conf import settings
from django.contrib import messages
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from famkoop.accounts.policy import Action, authorize, may, staff_view, visible
from famkoop.audit.history import entries_visible_to, history_context, history_for
from famkoop.directory.models import Location, Organization

from .site_domain import save_organization_profile, save_site
from .site_forms import OrganizationProfileForm, SiteForm

# A history page shows the latest changes; older ones stay in the database.
HISTORY_LIMIT = 200


def organization_of(request: HttpRequest, slug: str, kind: str | None = None) -> Organization:
    """The user's organisation with this slug (of this kind), else 404."""
    organizations = visible(request.user, Organization)
    if kind is not None:
        organizations = organizations.filter(kind=kind)
    return get_object_or_404(organizations, slug=slug)


def organization_pages(user, organization: Organization) -> list[dict]:
    """Links to this module's pages of the organisation that the user may open."""
    pages = []
    if may(user, Action.SITE_LIST, organization):
        pages.append({"name": "site_list", "label": _("Standorte")})
    if may(user, Action.ORGANIZATION_VIEW, organization):
        pages.append({"name": "organization_profile", "label": _("Profil")})
    if organization.kind == Organization.Kind.YOUTH_OFFICE and may(
        user, Action.AREAS_EDIT, organization
    ):
        pages.append({"name": "responsibility_area", "label": _("Zuständigkeitsbereich")})
        pages.append({"name": "planning_area_list", "label": _("Sozialräume")})
    for page in pages:
        page["url"] = reverse(f"backoffice:{page['name']}", args=[organization.slug])
    return pages


def page(
    request: HttpRequest, template: str, organization: Organization, **context
) -> HttpResponse:
    """Render a page of the organisation, with its navigation."""
    context["organization"] = organization
    context["organization_pages"] = organization_pages(request.user, organization)
    return render(request, template, context)


def _site_of(request: HttpRequest, organization: Organization, uuid) -> Location:
    return get_object_or_404(
        visible(request.user, Location).filter(organization=organization), uuid=uuid
    )


def _map_settings() -> dict[str, str]:
    return {"tiles": settings.MAP_TILE_URL, "attribution": settings.MAP_TILE_ATTRIBUTION}


@staff_view
def site_list(request: HttpRequest, organization: str) -> HttpResponse:
    organization = organization_of(request, organization, Organization.Kind.PROVIDER)
    authorize(request, Action.SITE_LIST, organization)
    sites = (
        visible(request.user, Location)
        .filter(organization=organization)
        .annotate(offer_count=Count("service_at_locations"))
        .order_by("name", "pk")
    )
    return page(
        request,
        "backoffice/sites/list.html",
        organization,
        sites=sites,
        may_create=may(request.user, Action.SITE_CREATE, organization),
    )


def _saved(request: HttpRequest, form: SiteForm, site: Location, offers: list[int]) -> None:
    messages.success(request, _("Der Standort „%(name)s“ ist gespeichert.") % {"name": site.name})
    if offers:
        messages.info(
            request,
            ngettext(
                "%(count)d Angebot an diesem Standort ist in der Suche aktualisiert.",
                "%(count)d Angebote an diesem Standort sind in der Suche aktualisiert.",
                len(offers),
            )
            % {"count": len(offers)},
        )
    if form.used_postcode_centroid:
        messages.warning(
            request,
            _(
                "Die Lage auf der Karte ist vorerst der Mittelpunkt des Postleitzahlgebiets "
                "%(code)s. Bitte setzen Sie die Markierung auf den Standort, damit Familien ihn "
                "finden."
            )
            % {"code": site.postal_code},
        )


def _site_form_page(
    request: HttpRequest, organization: Organization, form: SiteForm, title: str, site=None
) -> HttpResponse:
    return page(
        request,
        "backoffice/sites/form.html",
        organization,
        form=form,
        title=title,
        site=site,
        map=_map_settings(),
        may_see_history=site is not None and may(request.user, Action.HISTORY_VIEW, site),
    )


@staff_view
def site_create(request: HttpRequest, organization: str) -> HttpResponse:
    organization = organization_of(request, organization, Organization.Kind.PROVIDER)
    authorize(request, Action.SITE_CREATE, organization)
    form = SiteForm(request.POST or None, organization=organization)
    if request.method == "POST" and form.is_valid():
        site = form.save(commit=False)
        offers = save_site(site)
        _saved(request, form, site, offers)
        if form.used_postcode_centroid:
            return redirect("backoffice:site_edit", organization.slug, site.uuid)
        return redirect("backoffice:site_list", organization.slug)
    return _site_form_page(request, organization, form, _("Neuer Standort"))


@staff_view
def site_edit(request: HttpRequest, organization: str, site: str) -> HttpResponse:
    organization = organization_of(request, organization, Organization.Kind.PROVIDER)
    site = _site_of(request, organization, site)
    authorize(request, Action.SITE_EDIT, site)
    title = _("Standort „%(name)s“ bearbeiten") % {"name": site.name}
    form = SiteForm(request.POST or None, instance=site, organization=organization)
    if request.method == "POST" and form.is_valid():
        site = form.save(commit=False)
        offers = save_site(site)
        _saved(request, form, site, offers)
        if form.used_postcode_centroid:
            return redirect("backoffice:site_edit", organization.slug, site.uuid)
        return redirect("backoffice:site_list", organization.slug)
    return _site_form_page(request, organization, form, title, site)


def history_page(
    request: HttpRequest, organization: Organization, entries, title: str, back_url: str
) -> HttpResponse:
    context = history_context(entries, title)
    return page(
        request,
        "backoffice/sites/history.html",
        organization,
        title=title,
        back_url=back_url,
        **context,
    )


@staff_view
def site_history(request: HttpRequest, organization: str, site: str) -> HttpResponse:
    organization = organization_of(request, organization, Organization.Kind.PROVIDER)
    site = _site_of(request, organization, site)
    authorize(request, Action.HISTORY_VIEW, site)
    entries = entries_visible_to(history_for(site), [organization.pk])[:HISTORY_LIMIT]
    return history_page(
        request,
        organization,
        entries,
        _("Änderungsverlauf des Standorts „%(name)s“") % {"name": site.name},
        reverse("backoffice:site_edit", args=[organization.slug, site.uuid]),
    )


@staff_view
def organization_profile(request: HttpRequest, organization: str) -> HttpResponse:
    """The profile: a form for the organisation's admins, read-only for other members."""
    organization = organization_of(request, organization)
    authorize(request, Action.ORGANIZATION_VIEW, organization)
    may_edit = may(request.user, Action.ORGANIZATION_EDIT, organization)
    if request.method == "POST":
        authorize(request, Action.ORGANIZATION_EDIT, organization)
    name = organization.name  # the heading keeps the saved name while the form shows errors
    form = None
    if may_edit:
        form = OrganizationProfileForm(request.POST or None, instance=organization)
        if request.method == "POST" and form.is_valid():
            save_organization_profile(form.save(commit=False))
            messages.success(request, _("Das Profil ist gespeichert."))
            return redirect("backoffice:organization_profile", organization.slug)
    return page(
        request,
        "backoffice/org/profile.html",
        organization,
        name=name,
        form=form,
        may_see_history=may(request.user, Action.HISTORY_VIEW, organization),
    )


@staff_view
def organization_history(request: HttpRequest, organization: str) -> HttpResponse:
    """Changes to the organisation, its sites, areas and memberships (for its admins)."""
    organization = organization_of(request, organization)
    authorize(request, Action.HISTORY_VIEW, organization)
    entries = entries_visible_to(history_for(organization), [organization.pk])[:HISTORY_LIMIT]
    return history_page(
        request,
        organization,
        entries,
        _("Änderungsverlauf von %(name)s") % {"name": organization.name},
        reverse("backoffice:organization_profile", args=[organization.slug]),
    )
