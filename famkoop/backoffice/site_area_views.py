"""Back office pages for a youth office's responsibility area and planning areas (Sozialräume),
kept by its admins and planners (`Action.AREAS_EDIT`)."""

from collections import defaultdict

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from famkoop.accounts.policy import Action, authorize, may, staff_view, visible
from famkoop.audit.history import entries_visible_to, history_for
from famkoop.audit.models import AuditEntry
from famkoop.directory.models import Organization, PlanningArea, ResponsibilityArea

from .site_domain import delete_planning_area, save_planning_area, set_responsibility_area
from .site_forms import PlanningAreaForm, ResponsibilityForm
from .site_views import HISTORY_LIMIT, history_page, organization_of, page


def _youth_office(request: HttpRequest, slug: str) -> Organization:
    organization = organization_of(request, slug, Organization.Kind.YOUTH_OFFICE)
    authorize(request, Action.AREAS_EDIT, organization)
    return organization


def _planning_area_of(request: HttpRequest, organization: Organization, slug: str) -> PlanningArea:
    area = get_object_or_404(
        visible(request.user, PlanningArea).filter(organization=organization), slug=slug
    )
    authorize(request, Action.AREAS_EDIT, area)
    return area


@staff_view
def responsibility_area(request: HttpRequest, organization: str) -> HttpResponse:
    organization = _youth_office(request, organization)
    current = list(
        ResponsibilityArea.objects.filter(organization=organization).values_list(
            "municipality_id", flat=True
        )
    )
    form = ResponsibilityForm(
        request.POST or None,
        organization=organization,
        initial={"municipalities": current},
    )
    if request.method == "POST" and form.is_valid():
        added, removed = set_responsibility_area(organization, form.cleaned_data["municipalities"])
        messages.success(
            request,
            _("Zuständigkeitsbereich gespeichert: %(added)d hinzugefügt, %(removed)d entfernt.")
            % {"added": added, "removed": removed},
        )
        return redirect("backoffice:responsibility_area", organization.slug)
    return page(request, "backoffice/areas/responsibility.html", organization, form=form)


@staff_view
def responsibility_history(request: HttpRequest, organization: str) -> HttpResponse:
    organization = _youth_office(request, organization)
    entries = AuditEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(ResponsibilityArea),
        organization=organization,
    ).order_by("-time", "-pk")[:HISTORY_LIMIT]
    return history_page(
        request,
        organization,
        entries,
        _("Änderungsverlauf des Zuständigkeitsbereichs"),
        reverse("backoffice:responsibility_area", args=[organization.slug]),
    )


def _add_parts(areas: list[PlanningArea]) -> None:
    """Give each area `codes` and `municipality_names`: two queries for any number of areas.

    Read from the link tables rather than by `prefetch_related`, which needs the reverse
    relations of the geography models (hidden ones, `related_name="+"`).
    """
    ids = [area.pk for area in areas]
    codes: dict[int, list[str]] = defaultdict(list)
    names: dict[int, list[str]] = defaultdict(list)
    for area_id, code in (
        PlanningArea.postal_codes.through.objects.filter(planningarea_id__in=ids)
        .order_by("postalcode_id")
        .values_list("planningarea_id", "postalcode_id")
    ):
        codes[area_id].append(code)
    for area_id, name in (
        PlanningArea.municipalities.through.objects.filter(planningarea_id__in=ids)
        .order_by("municipality__name")
        .values_list("planningarea_id", "municipality__name")
    ):
        names[area_id].append(name)
    for area in areas:
        area.codes = codes[area.pk]
        area.municipality_names = names[area.pk]


@staff_view
def planning_area_list(request: HttpRequest, organization: str) -> HttpResponse:
    organization = _youth_office(request, organization)
    areas = list(
        visible(request.user, PlanningArea).filter(organization=organization).order_by("name", "pk")
    )
    _add_parts(areas)
    return page(request, "backoffice/areas/planning_list.html", organization, areas=areas)


def _planning_form_page(
    request: HttpRequest, organization: Organization, form: PlanningAreaForm, title: str, area=None
) -> HttpResponse:
    return page(
        request,
        "backoffice/areas/planning_form.html",
        organization,
        form=form,
        title=title,
        area=area,
        may_see_history=area is not None and may(request.user, Action.HISTORY_VIEW, area),
    )


def _save_planning_area(request: HttpRequest, form: PlanningAreaForm) -> PlanningArea:
    area = save_planning_area(
        form.save(commit=False),
        form.cleaned_data["postal_codes"],
        form.cleaned_data["municipalities"],
    )
    messages.success(request, _("Der Sozialraum „%(name)s“ ist gespeichert.") % {"name": area.name})
    return area


@staff_view
def planning_area_create(request: HttpRequest, organization: str) -> HttpResponse:
    organization = _youth_office(request, organization)
    form = PlanningAreaForm(request.POST or None, organization=organization)
    if request.method == "POST" and form.is_valid():
        _save_planning_area(request, form)
        return redirect("backoffice:planning_area_list", organization.slug)
    return _planning_form_page(request, organization, form, _("Neuer Sozialraum"))


@staff_view
def planning_area_edit(request: HttpRequest, organization: str, area: str) -> HttpResponse:
    organization = _youth_office(request, organization)
    area = _planning_area_of(request, organization, area)
    title = _("Sozialraum „%(name)s“ bearbeiten") % {"name": area.name}
    form = PlanningAreaForm(request.POST or None, instance=area, organization=organization)
    if request.method == "POST" and form.is_valid():
        _save_planning_area(request, form)
        return redirect("backoffice:planning_area_list", organization.slug)
    return _planning_form_page(request, organization, form, title, area)


@require_POST
@staff_view
def planning_area_delete(request: HttpRequest, organization: str, area: str) -> HttpResponse:
    organization = _youth_office(request, organization)
    area = _planning_area_of(request, organization, area)
    delete_planning_area(area)
    messages.success(request, _("Der Sozialraum „%(name)s“ ist gelöscht.") % {"name": area.name})
    return redirect("backoffice:planning_area_list", organization.slug)


@staff_view
def planning_area_history(request: HttpRequest, organization: str, area: str) -> HttpResponse:
    organization = _youth_office(request, organization)
    area = _planning_area_of(request, organization, area)
    authorize(request, Action.HISTORY_VIEW, area)
    entries = entries_visible_to(history_for(area), [organization.pk])[:HISTORY_LIMIT]
    return history_page(
        request,
        organization,
        entries,
        _("Änderungsverlauf des Sozialraums „%(name)s“") % {"name": area.name},
        reverse("backoffice:planning_area_edit", args=[organization.slug, area.slug]),
    )
