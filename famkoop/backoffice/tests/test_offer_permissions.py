"""Who may use the offer editor: every page and action × every persona.

Provider staff and organisation admins of the provider (and platform admins) may; staff of
another provider do not even learn that the offer exists (404); a coordinator of the same
provider is refused (403); youth office staff, editors and people without a membership find
nothing (404); anonymous visitors are sent to the login. A refusal changes nothing.
"""

import pytest
from django.urls import reverse

from famkoop.directory.models import DatedSession, Schedule, ScheduleException, Service
from famkoop.testing import sign_in

from . import offer_fixtures
from .offer_fixtures import offer_url, parts

offer = offer_fixtures.offer
org_admin = offer_fixtures.org_admin
other_staff = offer_fixtures.other_staff
provider_coordinator = offer_fixtures.provider_coordinator
site = offer_fixtures.site

pytestmark = pytest.mark.django_db


def endpoints(service: Service) -> list[tuple[str, str]]:
    """(method, address) of every page and action of the offer editor."""
    p = parts(service)
    slug = service.organization.slug
    return [
        ("get", reverse("backoffice:offers", args=[slug])),
        ("get", reverse("backoffice:offer_create", args=[slug])),
        ("post", reverse("backoffice:offer_create", args=[slug])),
        ("get", offer_url("offer_edit", service)),
        ("post", offer_url("offer_edit", service)),
        ("get", offer_url("offer_preview", service)),
        ("get", offer_url("offer_history", service)),
        ("post", offer_url("offer_publish", service)),
        ("post", offer_url("offer_pause", service)),
        ("post", offer_url("offer_archive", service)),
        ("post", offer_url("offer_confirm", service)),
        ("post", offer_url("offer_duplicate", service)),
        ("get", offer_url("offer_dates", service)),
        ("get", offer_url("schedule_create", service)),
        ("post", offer_url("schedule_create", service)),
        ("get", offer_url("schedule_edit", service, p.schedule.uuid)),
        ("post", offer_url("schedule_edit", service, p.schedule.uuid)),
        ("post", offer_url("cancellation_create", service, p.schedule.uuid)),
        ("post", offer_url("cancellation_delete", service, p.schedule.uuid, p.exception.pk)),
        ("post", offer_url("schedule_delete", service, p.schedule.uuid)),
        ("get", offer_url("session_create", service)),
        ("post", offer_url("session_create", service)),
        ("get", offer_url("session_edit", service, p.session.pk)),
        ("post", offer_url("session_edit", service, p.session.pk)),
        ("post", offer_url("session_delete", service, p.session.pk)),
        ("get", offer_url("offer_translations", service)),
        ("post", offer_url("offer_translations", service)),
        ("get", offer_url("translation_edit", service, "en")),
        ("post", offer_url("translation_edit", service, "en")),
        ("post", offer_url("translation_delete", service, "en")),
    ]


def snapshot(service: Service) -> tuple:
    return (
        list(Service.objects.order_by("pk").values_list("pk", "title", "status", "assured_date")),
        Schedule.objects.count(),
        ScheduleException.objects.count(),
        DatedSession.objects.count(),
        service.translations.count(),
    )


@pytest.mark.parametrize(
    ("persona", "expected"),
    [
        ("other_staff", 404),
        ("caseworker", 404),
        ("planner", 404),
        ("coordinator", 404),
        ("editor", 404),
        ("outsider", 404),
        # Cora is a member: the organisation's pages refuse her, its offers are not found.
        ("provider_coordinator", {"organization": 403, "offer": 404}),
    ],
)
def test_everyone_but_the_providers_editors_is_refused_and_nothing_changes(
    client, request, offer, persona, expected
):
    sign_in(client, request.getfixturevalue(persona))
    before = snapshot(offer)
    for method, address in endpoints(offer):
        if isinstance(expected, dict):
            level = "offer" if str(offer.uuid) in address else "organization"
            status = expected[level]
        else:
            status = expected
        response = getattr(client, method)(address, {})
        assert response.status_code == status, (persona, method, address)
    assert snapshot(offer) == before


def test_anonymous_visitors_are_sent_to_the_login(client, offer):
    before = snapshot(offer)
    login = reverse("accounts:login")
    for method, address in endpoints(offer):
        response = getattr(client, method)(address, {})
        assert response.status_code == 302, (method, address)
        assert response["Location"].startswith(login), address
    assert snapshot(offer) == before


def test_a_password_without_the_second_factor_is_not_enough(client, provider_staff, offer):
    client.force_login(provider_staff, backend="django.contrib.auth.backends.ModelBackend")
    response = client.get(reverse("backoffice:offers", args=[offer.organization.slug]))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login"))


@pytest.mark.parametrize("persona", ["provider_staff", "org_admin", "admin_user"])
def test_the_providers_editors_may_open_every_page(client, request, offer, persona):
    sign_in(client, request.getfixturevalue(persona))
    for method, address in endpoints(offer):
        if method == "get":
            assert client.get(address).status_code == 200, (persona, address)


@pytest.mark.parametrize("persona", ["provider_staff", "org_admin", "admin_user"])
def test_the_providers_editors_may_take_every_action(client, request, offer, persona):
    sign_in(client, request.getfixturevalue(persona))
    p = parts(offer)
    assert client.post(offer_url("offer_pause", offer)).status_code == 302
    assert client.post(offer_url("offer_publish", offer)).status_code == 302
    assert client.post(offer_url("offer_confirm", offer)).status_code == 302
    assert client.post(offer_url("offer_duplicate", offer)).status_code == 302
    assert client.post(offer_url("offer_archive", offer)).status_code == 302
    assert (
        client.post(
            offer_url("cancellation_delete", offer, p.schedule.uuid, p.exception.pk)
        ).status_code
        == 302
    )
    assert client.post(offer_url("session_delete", offer, p.session.pk)).status_code == 302
    assert client.post(offer_url("translation_delete", offer, "en")).status_code == 302
    assert client.post(offer_url("schedule_delete", offer, p.schedule.uuid)).status_code == 302
    offer.refresh_from_db()
    assert offer.status == Service.Status.DEFUNCT
    assert Service.objects.count() == 2


def test_parts_of_one_offer_are_not_reached_through_another(client, provider_staff, offer):
    """A rule, session or translation is found only under its own offer's address."""
    from famkoop.directory.tests.factories import ServiceFactory

    sign_in(client, provider_staff)
    sibling = ServiceFactory(organization=offer.organization)
    p = parts(offer)
    for address in (
        offer_url("schedule_edit", sibling, p.schedule.uuid),
        offer_url("session_edit", sibling, p.session.pk),
        offer_url("translation_edit", sibling, "en"),
    ):
        assert client.get(address).status_code == 404, address
    assert client.post(offer_url("schedule_delete", sibling, p.schedule.uuid)).status_code == 404
    assert Schedule.objects.filter(pk=p.schedule.pk).exists()


def test_an_offer_is_not_reached_under_another_organisations_address(
    client, provider_staff, offer, other_provider
):
    from famkoop.accounts.models import Role
    from famkoop.accounts.tests.factories import MembershipFactory

    # Alice works for both providers; the offer still lives under its own provider only.
    MembershipFactory(user=provider_staff, organization=other_provider, role=Role.PROVIDER_STAFF)
    sign_in(client, provider_staff)
    address = reverse("backoffice:offer_edit", args=[other_provider.slug, offer.uuid])
    assert client.get(address).status_code == 404
