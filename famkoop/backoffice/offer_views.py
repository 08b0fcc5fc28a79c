"""The offer editor: list, create, edit, preview, lifecycle, dates, translations, history.

Every view is a `staff_view`; the organisation and the offer are looked up through
`policy.visible` (another organisation's offer is a 404) and then authorised for the action.
Changes go through `famkoop.backoffice.offers`; views parse input and render.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from famkoop.accounts.policy import Action, authorize, may, staff_view, visible
from famkoop.audit.history import entries_visible_to, history_context, history_for
from famkoop.directory.models import (
    DatedSession,
    Location,
    Organization,
    Schedule,
    ScheduleException,
    Service,
    ServiceAtLocation,
    ServiceTranslation,
    TaxonomyTerm,
)
from famkoop.directory.schedules import NEXT_DATES_PREFETCH
from famkoop.finder import queries as finder_queries
from famkoop.finder.schedule_text import schedule_text

from . import offers
from .offer_forms import CancellationForm, OfferForm, ScheduleForm, SessionForm, TranslationForm

HISTORY_PAGE_SIZE = 50


def _organization(request: HttpRequest, slug: str, action: Action) -> Organization:
    organization = get_object_or_404(visible(request.user, Organization), slug=slug)
    authorize(request, action, organization)
    return organization


def _offer(request: HttpRequest, slug: str, uuid, action: Action) -> Service:
    service = get_object_or_404(
        visible(request.user, Service).select_related("organization"),
        uuid=uuid,
        organization__slug=slug,
    )
    authorize(request, action, service)
    return service


def _offer_url(service: Service, name: str = "offer_edit") -> str:
    return reverse(f"backoffice:{name}", args=[service.organization.slug, service.uuid])


def _refused(request: HttpRequest, error: offers.OfferError, service: Service) -> HttpResponse:
    messages.error(request, error.message)
    return redirect(_offer_url(service))


@dataclass
class OfferRow:
    service: Service
    status_label: str
    sites: list[Location]


@never_cache
@staff_view
def offer_list(request: HttpRequest, organization: str) -> HttpResponse:
    """The organisation's offers, archived ones on request; a constant number of queries."""
    org = _organization(request, organization, Action.OFFER_CREATE)
    archived = request.GET.get("archiv") == "1"
    services = Service.objects.filter(organization=org).prefetch_related(
        Prefetch("locations", queryset=Location.objects.order_by("name"))
    )
    if archived:
        services = services.filter(status=Service.Status.DEFUNCT)
    else:
        services = services.exclude(status=Service.Status.DEFUNCT)
    rows = [
        OfferRow(service, offers.lifecycle_label(service), list(service.locations.all()))
        for service in services.order_by("title", "pk")
    ]
    return render(
        request,
        "backoffice/offers/list.html",
        {"organization": org, "rows": rows, "archived": archived},
    )


@never_cache
@staff_view
def offer_create(request: HttpRequest, organization: str) -> HttpResponse:
    org = _organization(request, organization, Action.OFFER_CREATE)
    form = OfferForm(request.POST or None, organization=org, instance=Service(organization=org))
    if request.method == "POST" and form.is_valid():
        try:
            service = offers.create_offer(org, form.instance, form.links())
        except offers.OfferError as error:
            form.add_error(error.field, error.message)
        else:
            messages.success(
                request,
                _("Der Entwurf „%(title)s“ ist gespeichert. Tragen Sie jetzt die Termine ein.")
                % {"title": service.title},
            )
            return redirect(_offer_url(service, "offer_dates"))
    return render(
        request,
        "backoffice/offers/form.html",
        {"organization": org, "form": form, "service": None},
        status=400 if form.errors else 200,
    )


@never_cache
@staff_view
def offer_edit(request: HttpRequest, organization: str, offer) -> HttpResponse:
    service = _offer(request, organization, offer, Action.OFFER_EDIT)
    # The form writes what was typed into the instance; headings keep the saved title.
    context = _offer_context(request, service, heading=service.title)
    form = OfferForm(request.POST or None, organization=service.organization, instance=service)
    if request.method == "POST" and form.is_valid():
        try:
            offers.update_offer(form.instance, form.links())
        except offers.OfferError as error:
            form.add_error(error.field, error.message)
        else:
            messages.success(request, _("Die Änderungen sind gespeichert."))
            return redirect(_offer_url(service))
    context["form"] = form
    return render(
        request, "backoffice/offers/form.html", context, status=400 if form.errors else 200
    )


def _offer_context(request: HttpRequest, service: Service, **extra) -> dict:
    return {
        "organization": service.organization,
        "service": service,
        "heading": service.title,
        "status_label": offers.lifecycle_label(service),
        "can_publish": service.status in offers.PUBLISHABLE
        and may(request.user, Action.OFFER_PUBLISH, service),
        "can_pause": service.status in offers.PAUSABLE
        and may(request.user, Action.OFFER_PUBLISH, service),
        "can_archive": service.status in offers.ARCHIVABLE
        and may(request.user, Action.OFFER_PUBLISH, service),
        "can_confirm": service.status in offers.CONFIRMABLE
        and may(request.user, Action.OFFER_CONFIRM, service),
        "can_see_history": may(request.user, Action.HISTORY_VIEW, service),
        "public_url": reverse("finder:offer", args=[service.uuid])
        if service.status in finder_queries.PUBLIC_STATUSES
        else "",
        **extra,
    }


def _lifecycle_view(action: Action, change, done: str):
    @require_POST
    @staff_view
    def view(request: HttpRequest, organization: str, offer) -> HttpResponse:
        service = _offer(request, organization, offer, action)
        try:
            change(service)
        except offers.OfferError as error:
            return _refused(request, error, service)
        messages.success(request, done % {"title": service.title})
        return redirect(_offer_url(service))

    return view


offer_publish = _lifecycle_view(
    Action.OFFER_PUBLISH,
    offers.publish,
    gettext_lazy("„%(title)s“ ist veröffentlicht und in der Suche zu finden."),
)
offer_pause = _lifecycle_view(
    Action.OFFER_PUBLISH,
    offers.pause,
    gettext_lazy("„%(title)s“ ist pausiert und erscheint nicht mehr in der Suche."),
)
offer_archive = _lifecycle_view(
    Action.OFFER_PUBLISH,
    offers.archive,
    gettext_lazy("„%(title)s“ ist archiviert."),
)
offer_confirm = _lifecycle_view(
    Action.OFFER_CONFIRM,
    offers.confirm_current,
    gettext_lazy("„%(title)s“ ist als aktuell bestätigt."),
)


@require_POST
@staff_view
def offer_duplicate(request: HttpRequest, organization: str, offer) -> HttpResponse:
    service = _offer(request, organization, offer, Action.OFFER_VIEW)
    authorize(request, Action.OFFER_CREATE, service.organization)
    copy = offers.duplicate_offer(service)
    messages.success(
        request, _("Die Kopie „%(title)s“ ist als Entwurf angelegt.") % {"title": copy.title}
    )
    return redirect(_offer_url(copy))


@never_cache
@staff_view
def offer_preview(request: HttpRequest, organization: str, offer) -> HttpResponse:
    """The offer as the public offer page shows it, drafts included (the public page refuses
    them), through the finder's own template and detail query."""
    service = _offer(request, organization, offer, Action.OFFER_VIEW)
    service = (
        Service.objects.filter(pk=service.pk)
        .select_related("organization")
        .prefetch_related(
            "languages",
            "target_groups",
            "translations",
            Prefetch("taxonomy_terms", queryset=TaxonomyTerm.objects.select_related("parent")),
            Prefetch("locations", queryset=Location.objects.order_by("pk")),
            *NEXT_DATES_PREFETCH,
        )
        .get()
    )
    detail = finder_queries.offer_detail(service)
    return render(
        request,
        "backoffice/offers/preview.html",
        {
            "detail": detail,
            "service": service,
            "json_ld": "",
            "map": {"tiles": settings.MAP_TILE_URL, "attribution": settings.MAP_TILE_ATTRIBUTION},
            "map_points": [
                {"lat": point[0], "lon": point[1], "title": location.name, "url": ""}
                for location in detail.locations
                if (point := location.public_coordinates)
            ],
            "today": timezone.localdate(),
            "status_label": offers.lifecycle_label(service),
            "edit_url": _offer_url(service),
        },
    )


@never_cache
@staff_view
def offer_history(request: HttpRequest, organization: str, offer) -> HttpResponse:
    service = _offer(request, organization, offer, Action.HISTORY_VIEW)
    entries = entries_visible_to(history_for(service), visible(request.user, Organization))
    page = Paginator(entries, HISTORY_PAGE_SIZE).get_page(request.GET.get("seite"))
    return render(
        request,
        "backoffice/offers/history.html",
        _offer_context(
            request,
            service,
            page=page,
            **history_context(page.object_list, _("Änderungen an diesem Angebot")),
        ),
    )


# Dates: recurring rules with cancellations, dated sessions.


def _schedules(service: Service):
    return service.schedules.select_related("service_at_location__location").prefetch_related(
        "exceptions"
    )


@never_cache
@staff_view
def offer_dates(request: HttpRequest, organization: str, offer) -> HttpResponse:
    service = _offer(request, organization, offer, Action.OFFER_EDIT)
    return render(
        request,
        "backoffice/offers/dates.html",
        _offer_context(
            request,
            service,
            rules=[
                (schedule, schedule_text(schedule, timezone.localdate()))
                for schedule in _schedules(service)
            ],
            sessions=list(service.sessions.select_related("service_at_location__location")),
            sites=list(ServiceAtLocation.objects.filter(service=service)),
        ),
    )


def _schedule(request: HttpRequest, service: Service, uuid) -> Schedule:
    schedule = get_object_or_404(Schedule.objects.filter(service=service), uuid=uuid)
    authorize(request, Action.OFFER_EDIT, schedule)
    schedule.service = service
    return schedule


@never_cache
@staff_view
def schedule_form(request: HttpRequest, organization: str, offer, schedule=None) -> HttpResponse:
    """Create a recurring rule, or change one and manage its cancellations."""
    service = _offer(request, organization, offer, Action.OFFER_EDIT)
    instance = _schedule(request, service, schedule) if schedule else Schedule(service=service)
    initial = {} if schedule else {"valid_from": timezone.localdate(), "interval": 1}
    form = ScheduleForm(request.POST or None, instance=instance, service=service, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            offers.save_schedule(form.instance)
        except offers.OfferError as error:
            form.add_error(error.field, error.message)
        else:
            messages.success(request, _("Die Terminregel ist gespeichert."))
            return redirect(_offer_url(service, "offer_dates"))
    return _render_schedule(request, service, form, instance)


def _render_schedule(request, service, form, schedule, cancellation_form=None) -> HttpResponse:
    context = _offer_context(request, service, schedule_form=form, schedule=schedule)
    if schedule.pk:
        context["cancellations"] = list(schedule.exceptions.all())
        context["cancellation_form"] = cancellation_form or CancellationForm(schedule=schedule)
    status = 400 if form.errors or (cancellation_form and cancellation_form.errors) else 200
    return render(request, "backoffice/offers/schedule.html", context, status=status)


@require_POST
@staff_view
def schedule_delete(request: HttpRequest, organization: str, offer, schedule) -> HttpResponse:
    service = _offer(request, organization, offer, Action.OFFER_EDIT)
    offers.delete_schedule(_schedule(request, service, schedule))
    messages.success(request, _("Die Terminregel ist gelöscht."))
    return redirect(_offer_url(service, "offer_dates"))


@require_POST
@staff_view
def cancellation_create(request: HttpRequest, organization: str, offer, schedule) -> HttpResponse:
    service = _offer(request, organization, offer, Action.OFFER_EDIT)
    rule = _schedule(request, service, schedule)
    form = CancellationForm(request.POST, schedule=rule)
    if form.is_valid():
        try:
            offers.cancel_date(rule, form.cleaned_data["date"], form.cleaned_data["reason"])
        except offers.OfferError as error:
            form.add_error(error.field, error.message)
        else:
            messages.success(request, _("Der Ausfall ist eingetragen."))
            return redirect(
                reverse(
                    "backoffice:schedule_edit",
                    args=[service.organization.slug, service.uuid, rule.uuid],
                )
            )
    rule_form = ScheduleForm(instance=rule, service=service)
    return _render_schedule(request, service, rule_form, rule, cancellation_form=form)


@require_POST
@staff_view
def cancellation_delete(
    request: HttpRequest, organization: str, offer, schedule, pk: int
) -> HttpResponse:
    service = _offer(request, organization, offer, Action.OFFER_EDIT)
    rule = _schedule(request, service, schedule)
    exception = get_object_or_404(ScheduleException.objects.filter(schedule=rule), pk=pk)
    authorize(request, Action.OFFER_EDIT, exception)
    offers.undo_cancellation(exception)
    messages.success(request, _("Der Ausfall ist zurückgenommen; der Termin findet statt."))
    return redirect(
        reverse(
            "backoffice:schedule_edit", args=[service.organization.slug, service.uuid, rule.uuid]
        )
    )


def _session(request: HttpRequest, service: Service, pk: int) -> DatedSession:
    session = get_object_or_404(DatedSession.objects.filter(service=service), pk=pk)
    authorize(request, Action.OFFER_EDIT, session)
    session.service = service
    return session


@never_cache
@staff_view
def session_form(request: HttpRequest, organization: str, offer, pk: int | None = None):
    """Create or change a dated session; ticking "fällt aus" cancels it."""
    service = _offer(request, organization, offer, Action.OFFER_EDIT)
    instance = _session(request, service, pk) if pk else DatedSession(service=service)
    form = SessionForm(request.POST or None, instance=instance, service=service)
    if request.method == "POST" and form.is_valid():
        try:
            offers.save_session(form.instance)
        except offers.OfferError as error:
            form.add_error(error.field, error.message)
        else:
            messages.success(request, _("Der Einzeltermin ist gespeichert."))
            return redirect(_offer_url(service, "offer_dates"))
    return render(
        request,
        "backoffice/offers/session.html",
        _offer_context(request, service, session_form=form, session=instance),
        status=400 if form.errors else 200,
    )


@require_POST
@staff_view
def session_delete(request: HttpRequest, organization: str, offer, pk: int) -> HttpResponse:
    service = _offer(request, organization, offer, Action.OFFER_EDIT)
    offers.delete_session(_session(request, service, pk))
    messages.success(request, _("Der Einzeltermin ist gelöscht."))
    return redirect(_offer_url(service, "offer_dates"))


# Translations of title and summary.


def _translation(request: HttpRequest, service: Service, language: str) -> ServiceTranslation:
    translation = get_object_or_404(service.translations.all(), language=language)
    authorize(request, Action.OFFER_EDIT, translation)
    translation.service = service
    return translation


@never_cache
@staff_view
def translations(request: HttpRequest, organization: str, offer, language: str | None = None):
    """The offer's translations; add one, or change the one in `language`."""
    service = _offer(request, organization, offer, Action.OFFER_EDIT)
    instance = (
        _translation(request, service, language)
        if language
        else ServiceTranslation(service=service)
    )
    form = TranslationForm(request.POST or None, instance=instance, service=service)
    if request.method == "POST" and form.is_valid():
        try:
            offers.save_translation(form.instance)
        except offers.OfferError as error:
            form.add_error(error.field, error.message)
        else:
            messages.success(request, _("Die Übersetzung ist gespeichert."))
            return redirect(_offer_url(service, "offer_translations"))
    return render(
        request,
        "backoffice/offers/translations.html",
        _offer_context(
            request,
            service,
            translation_form=form,
            translation=instance,
            translations=list(service.translations.all()),
        ),
        status=400 if form.errors else 200,
    )


@require_POST
@staff_view
def translation_delete(request: HttpRequest, organization: str, offer, language: str):
    service = _offer(request, organization, offer, Action.OFFER_EDIT)
    offers.delete_translation(_translation(request, service, language))
    messages.success(request, _("Die Übersetzung ist gelöscht."))
    return redirect(_offer_url(service, "offer_translations"))
