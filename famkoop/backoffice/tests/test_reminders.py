# ruff: noqa: F811 (fixtures imported from site_fixtures are used as arguments)
"""The daily reminder of unconfirmed offers: one e-mail per provider and stage, never twice."""

import datetime
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from famkoop.backoffice.attention import is_stale
from famkoop.backoffice.models import ConfirmationReminder
from famkoop.backoffice.reminders import send_confirmation_reminders
from famkoop.directory.models import Service
from famkoop.directory.tests.factories import OrganizationFactory, ServiceFactory

from .site_fixtures import provider_admin  # noqa: F401

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 3, 2)


def ago(days: int) -> datetime.date:
    return TODAY - datetime.timedelta(days=days)


@pytest.fixture
def offers(provider):
    return {
        "old": ServiceFactory(
            organization=provider, title="Krabbelgruppe Sonnenschein", assured_date=ago(200)
        ),
        "never": ServiceFactory(organization=provider, title="Papa-Kind-Turnen", assured_date=None),
        "fresh": ServiceFactory(organization=provider, title="Babymassage", assured_date=ago(30)),
        "paused": ServiceFactory(
            organization=provider,
            title="Elterncafé",
            assured_date=ago(400),
            status=Service.Status.TEMPORARILY_CLOSED,
        ),
    }


def test_is_stale_after_nine_months_and_only_when_active(offers):
    assert not is_stale(offers["old"], TODAY)
    assert is_stale(offers["old"], ago(-90))
    assert is_stale(offers["never"], TODAY)
    assert not is_stale(offers["fresh"], TODAY)
    assert not is_stale(offers["paused"], TODAY)


def test_admins_get_one_plain_german_email_listing_what_is_unconfirmed(
    provider, provider_admin, provider_staff, offers
):
    report = send_confirmation_reminders(TODAY, base_url="https://famkoop.example")
    assert (report.emails, report.offers) == (1, 2)
    [message] = mail.outbox
    assert message.to == [provider_admin.email]  # the admins, not every member
    assert (
        message.subject
        == "famkoop: 2 Angebote von Familienbildungswerk Sonnenblume bitte bestätigen"
    )
    assert message.content_subtype == "plain"
    assert not getattr(message, "alternatives", None)  # no HTML part
    body = message.body
    assert "Krabbelgruppe Sonnenschein" in body
    assert f"zuletzt bestätigt am {ago(200):%d.%m.%Y}" in body
    assert "Papa-Kind-Turnen" in body
    assert "noch nie bestätigt – in der Suche als veraltet markiert" in body
    assert "Babymassage" not in body
    assert "Elterncafé" not in body
    offer_url = reverse("backoffice:offer_edit", args=[provider.slug, offers["old"].uuid])
    assert f"https://famkoop.example{offer_url}" in body
    assert "https://famkoop.example" + reverse("backoffice:dashboard") in body


def test_a_rerun_the_same_day_and_the_next_days_sends_nothing_again(
    provider, provider_admin, offers
):
    send_confirmation_reminders(TODAY)
    assert len(mail.outbox) == 1
    send_confirmation_reminders(TODAY)
    send_confirmation_reminders(TODAY + datetime.timedelta(days=1))
    send_confirmation_reminders(TODAY + datetime.timedelta(days=30))
    assert len(mail.outbox) == 1
    assert ConfirmationReminder.objects.count() == 2


def test_at_nine_months_the_provider_is_told_it_is_now_marked_stale(
    provider, provider_admin, offers
):
    send_confirmation_reminders(TODAY)
    later = TODAY + datetime.timedelta(days=90)  # "old" is now 290 days unconfirmed
    report = send_confirmation_reminders(later)
    assert report.offers == 1
    assert len(mail.outbox) == 2
    assert "Krabbelgruppe Sonnenschein" in mail.outbox[1].body
    assert "in der Suche als veraltet markiert" in mail.outbox[1].body
    assert "Papa-Kind-Turnen" not in mail.outbox[1].body  # already told it is stale


def test_a_confirmed_one_is_reminded_again_only_when_it_ages_anew(provider, provider_admin, offers):
    send_confirmation_reminders(TODAY)
    Service.objects.filter(pk=offers["old"].pk).update(assured_date=TODAY)
    send_confirmation_reminders(TODAY + datetime.timedelta(days=10))
    assert len(mail.outbox) == 1
    send_confirmation_reminders(TODAY + datetime.timedelta(days=190))
    assert len(mail.outbox) == 2
    assert "Krabbelgruppe Sonnenschein" in mail.outbox[1].body


def test_without_admins_the_organisations_address_is_reminded(provider, provider_staff, offers):
    send_confirmation_reminders(TODAY)
    assert [message.to for message in mail.outbox] == [[provider.email]]


def test_a_provider_without_any_address_is_reported_and_tried_again_later(db):
    silent = OrganizationFactory(name="Stiller Träger", slug="still", email="")
    ServiceFactory(organization=silent, assured_date=None)
    report = send_confirmation_reminders(TODAY)
    assert report.without_address == ["Stiller Träger"]
    assert mail.outbox == []
    assert not ConfirmationReminder.objects.exists()


def test_each_provider_gets_its_own_email(provider, other_provider, offers):
    ServiceFactory(organization=other_provider, title="Geburtsvorbereitung", assured_date=ago(300))
    send_confirmation_reminders(TODAY)
    by_address = {tuple(message.to): message.body for message in mail.outbox}
    assert "Geburtsvorbereitung" in by_address[(other_provider.email,)]
    assert "Geburtsvorbereitung" not in by_address[(provider.email,)]


def test_the_command_sends_and_says_so(provider, provider_admin):
    today = timezone.localdate()
    ServiceFactory(organization=provider, assured_date=today - datetime.timedelta(days=200))
    ServiceFactory(organization=provider, assured_date=None)
    ServiceFactory(organization=provider, assured_date=today)
    out = StringIO()
    call_command("send_confirmation_reminders", "--base-url=https://famkoop.example", stdout=out)
    call_command("send_confirmation_reminders", stdout=out)
    assert len(mail.outbox) == 1
    assert out.getvalue().splitlines()[0] == "1 reminder e-mail(s) sent, listing 2 offer(s)."
    assert out.getvalue().splitlines()[1] == "0 reminder e-mail(s) sent, listing 0 offer(s)."
