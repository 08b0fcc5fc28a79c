"""The offer editor through Django's test client: what provider staff notice when they create,
edit, publish, pause, archive, duplicate and confirm offers and keep their dates."""

import datetime

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from famkoop.directory.models import (
    DatedSession,
    Schedule,
    ScheduleException,
    Service,
    ServiceTranslation,
)
from famkoop.directory.tests.factories import ServiceAtLocationFactory, ServiceFactory
from famkoop.search.models import SearchDocument
from famkoop.testing import sign_in

from . import offer_fixtures
from .offer_fixtures import offer_data, offer_url, parts

offer = offer_fixtures.offer
org_admin = offer_fixtures.org_admin
other_staff = offer_fixtures.other_staff
second_site = offer_fixtures.second_site
site = offer_fixtures.site

pytestmark = pytest.mark.django_db

FINDER = reverse("finder:results")


@pytest.fixture
def alice(client, provider_staff):
    sign_in(client, provider_staff)
    return client


def found_titles(client, query: str) -> list[str]:
    response = client.get(FINDER, {"q": query})
    assert response.status_code == 200
    return [card.text.title for card in response.context.get("cards", [])]


def errors_of(response, field: str) -> list[str]:
    return list(response.context["form"].errors.get(field, []))


def create(client, provider, **overrides):
    return client.post(
        reverse("backoffice:offer_create", args=[provider.slug]), offer_data(**overrides)
    )


# Creating and editing


def test_new_offer_is_a_draft_with_the_age_typed_in_years_and_months(alice, provider, site):
    response = create(alice, provider, locations=[site.pk], languages=["de", "tr"])
    service = Service.objects.get(title="Babyschwimmen am Vormittag")
    assert response.status_code == 302
    assert response["Location"] == offer_url("offer_dates", service)
    assert service.status == Service.Status.INACTIVE
    assert service.organization == provider
    assert (service.age_min_months, service.age_max_months) == (4, 18)
    assert list(service.locations.all()) == [site]
    assert sorted(service.languages.values_list("code", flat=True)) == ["de", "tr"]
    assert service.assured_date is None

    page = alice.get(offer_url("offer_edit", service)).content.decode()
    assert "Entwurf" in page
    assert 'name="age_max_years" value="1"' in page
    assert 'name="age_max_extra_months" value="6"' in page


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"title": ""}, "title", "Bitte geben Sie einen Titel ein."),
        ({"format": ""}, "format", "Bitte wählen Sie das Format des Angebots."),
        (
            {"age_min_years": "3", "age_max_years": "1"},
            "age_max_years",
            "Das Höchstalter darf nicht unter dem Mindestalter liegen.",
        ),
        (
            {"age_min_extra_months": "12"},
            "age_min_extra_months",
            "Bitte höchstens 11 Monate angeben – 12 Monate sind ein Jahr.",
        ),
        (
            {"is_free": "on", "cost_amount": "10"},
            "cost_amount",
            "Ein kostenfreies Angebot kann keinen Preis haben.",
        ),
        ({"email": "keine-adresse"}, "email", "Bitte gültige E-Mail-Adresse eingeben."),
    ],
)
def test_bad_input_is_explained_next_to_the_field_in_german_and_nothing_is_saved(
    alice, provider, overrides, field, message
):
    response = create(alice, provider, **overrides)
    assert response.status_code == 400
    assert errors_of(response, field) == [message]
    body = response.content.decode()
    assert f'id="id_{field}-error"' in body and message in body
    assert 'aria-invalid="true"' in body
    assert "Bitte prüfen Sie die markierten Angaben." in body
    assert not Service.objects.exists()


def test_sites_of_other_organisations_cannot_be_chosen(alice, provider, other_provider):
    from famkoop.directory.tests.factories import LocationFactory

    foreign = LocationFactory(organization=other_provider)
    response = create(alice, provider, locations=[foreign.pk])
    assert response.status_code == 400
    assert errors_of(response, "locations")
    assert not Service.objects.exists()


def test_editing_keeps_the_status_and_changes_the_fields(alice, offer, second_site):
    data = offer_data(
        title="Krabbelgruppe Sonnenschein (neu)",
        locations=[offer.locations.get().pk, second_site.pk],
    )
    response = alice.post(offer_url("offer_edit", offer), data)
    assert response.status_code == 302
    offer.refresh_from_db()
    assert offer.title == "Krabbelgruppe Sonnenschein (neu)"
    assert offer.status == Service.Status.ACTIVE
    assert offer.locations.count() == 2


def test_a_site_with_dates_of_its_own_is_not_removed(alice, offer, second_site):
    response = alice.post(offer_url("offer_edit", offer), offer_data(locations=[second_site.pk]))
    assert response.status_code == 400
    assert (
        "Am Standort „Familienzentrum Sonnenblume“ sind noch Termine eingetragen."
        in (errors_of(response, "locations")[0])
    )
    assert offer.schedules.count() == 1
    assert [location.name for location in offer.locations.all()] == ["Familienzentrum Sonnenblume"]


def test_invalid_edit_keeps_the_saved_title_in_the_heading(alice, offer):
    response = alice.post(offer_url("offer_edit", offer), offer_data(title=""))
    assert response.status_code == 400
    assert (
        '<h1 class="kern-heading-large">Krabbelgruppe Sonnenschein</h1>'
        in response.content.decode()
    )
    offer.refresh_from_db()
    assert offer.title == "Krabbelgruppe Sonnenschein"


# Lifecycle and the public finder


def test_publishing_shows_the_offer_in_the_public_finder(
    alice, provider, site, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        create(alice, provider, locations=[site.pk])
    service = Service.objects.get()
    assert found_titles(alice, "Babyschwimmen") == []

    with django_capture_on_commit_callbacks(execute=True):
        response = alice.post(offer_url("offer_publish", service))
    assert response.status_code == 302
    service.refresh_from_db()
    assert service.status == Service.Status.ACTIVE
    assert service.assured_date == timezone.localdate()
    page = alice.get(response["Location"]).content.decode()
    assert "ist veröffentlicht und in der Suche zu finden." in page
    assert found_titles(alice, "Babyschwimmen") == ["Babyschwimmen am Vormittag"]
    assert alice.get(reverse("finder:offer", args=[service.uuid])).status_code == 200


@pytest.mark.parametrize("action", ["offer_pause", "offer_archive"])
def test_paused_and_archived_offers_leave_the_finder(
    alice, offer, action, django_capture_on_commit_callbacks
):
    from famkoop.search.index import index_services

    index_services([offer.pk])
    assert found_titles(alice, "Krabbelgruppe") == [offer.title]
    with django_capture_on_commit_callbacks(execute=True):
        assert alice.post(offer_url(action, offer)).status_code == 302
    assert found_titles(alice, "Krabbelgruppe") == []
    offer.refresh_from_db()
    expected = {"offer_pause": "temporarily closed", "offer_archive": "defunct"}[action]
    assert offer.status == expected
    assert SearchDocument.objects.get(service=offer).status == expected


def test_archived_offers_are_listed_apart_and_can_be_published_again(alice, offer):
    alice.post(offer_url("offer_archive", offer))
    listing = reverse("backoffice:offers", args=[offer.organization.slug])
    assert alice.get(listing).context["rows"] == []
    archived = alice.get(listing, {"archiv": "1"})
    assert [row.service for row in archived.context["rows"]] == [offer]
    assert "archiviert" in archived.content.decode()
    alice.post(offer_url("offer_publish", offer))
    offer.refresh_from_db()
    assert offer.status == Service.Status.ACTIVE


def test_a_refused_transition_explains_itself(alice, offer):
    response = alice.post(offer_url("offer_publish", offer), follow=True)
    assert "Das Angebot ist bereits veröffentlicht." in response.content.decode()
    draft = ServiceFactory(organization=offer.organization, status=Service.Status.INACTIVE)
    response = alice.post(offer_url("offer_pause", draft), follow=True)
    assert "Nur ein veröffentlichtes Angebot kann pausiert werden." in response.content.decode()
    draft.refresh_from_db()
    assert draft.status == Service.Status.INACTIVE


def test_still_current_sets_the_confirmation_date_to_today_in_one_click(alice, offer):
    response = alice.post(offer_url("offer_confirm", offer))
    assert response.status_code == 302
    offer.refresh_from_db()
    assert offer.assured_date == timezone.localdate()


def test_actions_that_change_data_only_accept_post(alice, offer):
    for name in (
        "offer_publish",
        "offer_pause",
        "offer_archive",
        "offer_confirm",
        "offer_duplicate",
    ):
        assert alice.get(offer_url(name, offer)).status_code == 405


def test_duplicate_is_a_draft_with_sites_rules_and_translations_but_not_past_dates(alice, offer):
    response = alice.post(offer_url("offer_duplicate", offer))
    copy = Service.objects.exclude(pk=offer.pk).get()
    assert response["Location"] == offer_url("offer_edit", copy)
    assert copy.title == "Krabbelgruppe Sonnenschein (Kopie)"
    assert copy.status == Service.Status.INACTIVE
    assert copy.assured_date is None
    assert list(copy.locations.all()) == list(offer.locations.all())
    rule = copy.schedules.get()
    assert (rule.byday, rule.opens_at) == ("TU", datetime.time(9, 30))
    assert rule.service_at_location.service == copy
    assert not rule.exceptions.exists()
    assert not copy.sessions.exists()
    assert copy.translations.get().title == "Crawling group"
    assert offer.schedules.get().exceptions.count() == 1


# Dates


def next_weekday(weekday: int) -> datetime.date:
    today = timezone.localdate()
    return today + datetime.timedelta(days=(weekday - today.weekday()) % 7 or 7)


def test_weekly_rule_with_a_cancellation_shows_in_the_preview(alice, provider, site):
    create(alice, provider, locations=[site.pk])
    service = Service.objects.get()
    response = alice.post(
        offer_url("schedule_create", service),
        {
            "freq": "WEEKLY",
            "weekdays": ["WE"],
            "interval": "1",
            "opens_at": "09:30",
            "closes_at": "11:00",
            "valid_from": timezone.localdate().isoformat(),
            "skip_school_holidays": "on",
            "description": "",
        },
    )
    assert response.status_code == 302, response.context["schedule_form"].errors
    rule = Schedule.objects.get()
    assert (rule.freq, rule.byday, rule.skip_school_holidays) == ("WEEKLY", "WE", True)

    first = next_weekday(2)
    response = alice.post(
        offer_url("cancellation_create", service, rule.uuid),
        {"date": first.isoformat(), "reason": "Fortbildung des Teams"},
    )
    assert response.status_code == 302
    assert ScheduleException.objects.get().date == first

    preview = alice.get(offer_url("offer_preview", service))
    assert preview.status_code == 200
    detail = preview.context["detail"]
    dates = [occurrence.starts_at.date() for occurrence in detail.next_dates]
    assert first not in dates
    assert first + datetime.timedelta(days=7) in dates
    assert [item.day for item in detail.cancellations] == [first]
    body = preview.content.decode()
    assert "Vorschau: So sehen Familien dieses Angebot in der Suche." in body
    assert "Fortbildung des Teams" in body
    assert "Mittwochs, 9:30–11:00 Uhr" in body


def test_rule_without_weekday_or_with_end_before_start_is_explained(alice, offer):
    response = alice.post(
        offer_url("schedule_create", offer),
        {
            "freq": "WEEKLY",
            "interval": "1",
            "opens_at": "11:00",
            "closes_at": "09:30",
            "valid_from": "2026-12-01",
        },
    )
    assert response.status_code == 400
    errors = response.context["schedule_form"].errors
    assert errors["weekdays"] == ["Bitte wählen Sie mindestens einen Wochentag."]
    assert errors["closes_at"] == ["Das Ende muss nach dem Beginn liegen."]
    assert offer.schedules.count() == 1


def test_a_date_cannot_be_cancelled_twice_or_outside_the_rule(alice, offer):
    rule = parts(offer).schedule
    url = offer_url("cancellation_create", offer, rule.uuid)
    response = alice.post(url, {"date": "2026-01-13"})
    assert response.status_code == 400
    assert "Dieser Termin ist bereits abgesagt." in response.content.decode()
    response = alice.post(url, {"date": "2025-06-01"})
    assert "An diesem Tag gilt die Terminregel nicht." in response.content.decode()
    assert rule.exceptions.count() == 1


def test_cancellation_can_be_taken_back_and_rule_deleted(alice, offer):
    p = parts(offer)
    alice.post(offer_url("cancellation_delete", offer, p.schedule.uuid, p.exception.pk))
    assert not ScheduleException.objects.exists()
    alice.post(offer_url("schedule_delete", offer, p.schedule.uuid))
    assert not offer.schedules.exists()


def test_dated_session_is_added_cancelled_and_shown_as_cancelled_in_the_preview(alice, offer):
    day = timezone.localdate() + datetime.timedelta(days=10)
    response = alice.post(
        offer_url("session_create", offer),
        {"date": day.isoformat(), "starts": "18:00", "ends": "20:00", "note": "Elternabend"},
    )
    assert response.status_code == 302
    session = DatedSession.objects.get(note="Elternabend")
    assert timezone.localtime(session.starts_at).hour == 18
    response = alice.post(
        offer_url("session_edit", offer, session.pk),
        {
            "date": day.isoformat(),
            "starts": "18:00",
            "ends": "20:00",
            "cancelled": "on",
            "note": "Elternabend",
        },
    )
    assert response.status_code == 302
    session.refresh_from_db()
    assert session.cancelled
    detail = alice.get(offer_url("offer_preview", offer)).context["detail"]
    assert day in [item.day for item in detail.cancellations]
    assert day not in [occurrence.starts_at.date() for occurrence in detail.next_dates]


def test_session_ending_before_it_starts_is_explained(alice, offer):
    response = alice.post(
        offer_url("session_create", offer),
        {"date": "2026-12-03", "starts": "18:00", "ends": "17:00"},
    )
    assert response.status_code == 400
    assert response.context["session_form"].errors["ends"] == [
        "Das Ende muss nach dem Beginn liegen."
    ]


# Translations


def test_translations_are_added_changed_and_deleted_one_per_language(alice, offer):
    url = offer_url("offer_translations", offer)
    response = alice.post(url, {"language": "tr", "title": "Emekleme grubu", "summary": ""})
    assert response.status_code == 302
    assert offer.translations.count() == 2
    response = alice.post(url, {"language": "tr", "title": "Başka", "summary": ""})
    assert response.status_code == 400
    assert response.context["translation_form"].errors["language"] == [
        "Für diese Sprache gibt es schon eine Übersetzung."
    ]
    alice.post(
        offer_url("translation_edit", offer, "tr"), {"title": "Emekleme grubu!", "summary": "x"}
    )
    assert offer.translations.get(language="tr").title == "Emekleme grubu!"
    alice.post(offer_url("translation_delete", offer, "tr"))
    assert list(offer.translations.values_list("language", flat=True)) == ["en"]
    assert ServiceTranslation.objects.count() == 1


# Lists and preview


def test_list_shows_only_the_organisations_offers(alice, offer, other_provider):
    ServiceFactory(organization=other_provider, title="Fremdes Angebot")
    body = alice.get(reverse("backoffice:offers", args=[offer.organization.slug])).content.decode()
    assert offer.title in body and "veröffentlicht" in body
    assert "Fremdes Angebot" not in body


def test_list_queries_do_not_grow_with_the_offers(
    client, provider_staff, provider, site, django_assert_num_queries
):
    sign_in(client, provider_staff)
    url = reverse("backoffice:offers", args=[provider.slug])
    ServiceAtLocationFactory(service=ServiceFactory(organization=provider), location=site)
    client.get(url)  # sessions, content types and the like are warm now
    # Session, user, second factor, memberships, organisation, offers, their sites; the
    # rest is the savepoints of the test's transaction and the session's update.
    with django_assert_num_queries(10) as one:
        assert len(client.get(url).context["rows"]) == 1
    for _ in range(29):
        ServiceAtLocationFactory(service=ServiceFactory(organization=provider), location=site)
    with django_assert_num_queries(len(one.captured_queries)):
        assert len(client.get(url).context["rows"]) == 30


def test_preview_shows_a_draft_that_the_public_page_refuses(alice, offer):
    Service.objects.filter(pk=offer.pk).update(status=Service.Status.INACTIVE)
    assert alice.get(reverse("finder:offer", args=[offer.uuid])).status_code == 404
    response = alice.get(offer_url("offer_preview", offer))
    assert response.status_code == 200
    body = response.content.decode()
    assert "Öffentlich sichtbar wird es erst nach dem Veröffentlichen." in body
    assert offer.title in body
    assert 'name="robots" content="noindex"' in body


def test_dashboard_links_to_the_offer_list(alice, provider):
    body = alice.get(reverse("backoffice:dashboard")).content.decode()
    assert reverse("backoffice:offers", args=[provider.slug]) in body
    assert reverse("backoffice:offer_create", args=[provider.slug]) in body


# History


def test_history_shows_what_changed_in_the_offer_and_its_dates(alice, offer):
    site_pk = offer.locations.get().pk
    response = alice.post(
        offer_url("offer_edit", offer),
        offer_data(title="Krabbelgruppe Mondschein", locations=[site_pk]),
    )
    assert response.status_code == 302
    alice.post(offer_url("offer_confirm", offer))
    rule = parts(offer).schedule
    alice.post(offer_url("cancellation_create", offer, rule.uuid), {"date": "2026-01-20"})
    response = alice.get(offer_url("offer_history", offer))
    assert response.status_code == 200
    whats = [row.what for row in response.context["rows"]]
    assert "Angebot „Krabbelgruppe Mondschein“ geändert" in whats
    assert any(what.startswith("Ausfall „") and what.endswith("angelegt") for what in whats)
    title_change = next(
        change
        for row in response.context["rows"]
        for change in row.changes
        if change.label == "Titel"
    )
    assert (title_change.before, title_change.after) == (
        "Krabbelgruppe Sonnenschein",
        "Krabbelgruppe Mondschein",
    )
    assert "Änderungen an diesem Angebot" in response.content.decode()


@pytest.mark.skipif(
    "famkoop.audit.middleware.AuditContextMiddleware" not in settings.MIDDLEWARE,
    reason="the audit middleware (who acted) is not installed yet",
)
def test_history_names_who_made_the_change(alice, offer, provider_staff):
    alice.post(offer_url("offer_confirm", offer))
    body = alice.get(offer_url("offer_history", offer)).content.decode()
    assert provider_staff.email in body
