"""Who acts in a web request, and how the history reads on a page and in the admin."""

import datetime

import pytest
from django.contrib.admin.sites import site
from django.contrib.auth.models import AnonymousUser
from django.http import HttpResponse
from django.test import RequestFactory

from famkoop.audit.context import acting, current
from famkoop.audit.history import entries_visible_to, history_for, render_history
from famkoop.audit.middleware import AuditContextMiddleware
from famkoop.audit.models import AuditEntry, Source
from famkoop.directory.models import Service
from famkoop.directory.tests.factories import ScheduleFactory, ServiceFactory

from .conftest import entries_of

pytestmark = pytest.mark.django_db


def _request_that_edits(offer, path: str, user):
    request = RequestFactory().post(path)
    request.user = user

    def view(request):
        offer.title = "Geändert im Web"
        offer.save()
        return HttpResponse()

    return AuditContextMiddleware(view)(request)


def test_a_web_request_acts_as_its_logged_in_user(offer, provider_staff):
    _request_that_edits(offer, "/angebote/bearbeiten/", provider_staff)
    entry = entries_of(offer)[-1]
    assert entry.actor == provider_staff
    assert entry.source == Source.WEB
    # Outside the request, nobody acts any more.
    assert current().actor is None


def test_a_request_to_the_django_admin_has_source_admin(offer, admin_user):
    _request_that_edits(offer, "/admin/directory/service/1/change/", admin_user)
    entry = entries_of(offer)[-1]
    assert (entry.actor, entry.source) == (admin_user, Source.ADMIN)


def test_an_anonymous_request_records_no_actor(offer):
    _request_that_edits(offer, "/", AnonymousUser())
    entry = entries_of(offer)[-1]
    assert (entry.actor, entry.actor_label, entry.source) == (None, "", Source.WEB)


def test_an_import_inside_a_request_keeps_the_requests_user(provider_staff):
    with acting(user=provider_staff, source=Source.WEB), acting(source=Source.IMPORT):
        assert current().actor == provider_staff
        assert current().source == Source.IMPORT
    assert current().source == Source.SYSTEM


def test_the_history_survives_the_deletion_of_the_account(offer, provider_staff):
    with acting(user=provider_staff):
        offer.title = "Von Alice geändert"
        offer.save()
    label = f"{provider_staff.get_full_name()} ({provider_staff.email})"
    provider_staff.delete()
    entry = entries_of(offer)[-1]
    assert entry.actor_id is None
    assert entry.actor_label == label


def test_entries_visible_to_a_provider_are_only_its_own(offer, other_provider):
    ServiceFactory(organization=other_provider)
    visible = entries_visible_to(AuditEntry.objects.all(), [offer.organization])
    assert set(visible.values_list("organization_id", flat=True)) == {offer.organization_id}


def test_the_history_table_reads_in_german_with_labels_and_times(offer, provider_staff):
    ScheduleFactory(service=offer, valid_from=datetime.date(2026, 3, 2))
    with acting(user=provider_staff, source=Source.WEB):
        Service.objects.filter(pk=offer.pk).update(status=Service.Status.INACTIVE)

    html = render_history(history_for(offer), caption="Verlauf des Angebots")

    assert "<caption" in html and "Verlauf des Angebots" in html
    assert html.count('scope="col"') == 5
    for header in ("Wer", "Wann", "Was", "vorher", "nachher"):
        assert f">{header}</th>" in html
    assert provider_staff.email in html
    assert "<time datetime=" in html
    # Field labels and choice labels, not names and raw values.
    assert "Status:</strong> aktiv" in html
    assert "Status:</strong> inaktiv" in html
    assert "Terminregel" in html
    assert "gültig ab:</strong> 02.03.2026" in html


def test_an_empty_history_says_so(offer):
    assert "Noch keine Änderungen aufgezeichnet." in render_history([])


def test_the_admin_shows_entries_read_only(offer, admin_user):
    model_admin = site._registry[AuditEntry]
    request = RequestFactory().get("/admin/audit/auditentry/")
    request.user = admin_user
    entry = entries_of(offer)[-1]
    assert not model_admin.has_add_permission(request)
    assert not model_admin.has_change_permission(request, entry)
    assert not model_admin.has_delete_permission(request, entry)
    assert model_admin.has_view_permission(request, entry)
    assert "Titel" in model_admin.changes_table(entry)
