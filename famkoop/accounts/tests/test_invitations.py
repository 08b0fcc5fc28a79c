"""Invitations: an organisation admin invites by e-mail; the link works once and expires;
members can be removed; every refusal holds."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from famkoop.accounts.models import Invitation, Membership, Role, User
from famkoop.accounts.tests.factories import MembershipFactory
from famkoop.testing import sign_in

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "Kaffee-und-Kuchen-42"


def members_url(organization) -> str:
    return reverse("accounts:members", args=[organization.slug])


def invite(client, organization, email="neu@sonnenblume.example", role=Role.PROVIDER_STAFF):
    response = client.post(members_url(organization), {"email": email, "role": role})
    assert response.status_code == 302, response.content.decode()[:500]
    link = re.search(r"https?://\S+/einladung/\S+/", mail.outbox[-1].body).group(0)
    return link.split("testserver", 1)[1]


def test_admin_invites_and_the_new_colleague_joins(client, provider, provider_admin):
    sign_in(client, provider_admin)
    path = invite(client, provider)
    message = mail.outbox[-1]
    assert message.to == ["neu@sonnenblume.example"]
    assert "Sonnenblume" in message.subject
    assert "Zwei-Faktor" in message.body
    # Only a hash of the token is stored.
    token = path.rstrip("/").rsplit("/", 1)[1]
    assert not Invitation.objects.filter(token_hash=token).exists()

    client.post(reverse("accounts:logout"))
    page = client.get(path)
    assert page.status_code == 200
    assert "Mitarbeitende eines Trägers" in page.content.decode()
    response = client.post(
        path,
        {
            "first_name": "Nina",
            "last_name": "Neu",
            "password1": NEW_PASSWORD,
            "password2": NEW_PASSWORD,
        },
    )
    assert response["Location"] == reverse("accounts:enrol")
    user = User.objects.get(email="neu@sonnenblume.example")
    assert Membership.objects.filter(
        user=user, organization=provider, role=Role.PROVIDER_STAFF
    ).exists()
    # The link works once.
    again = client.get(path)
    assert again.status_code == 410
    assert "bereits angenommen" in again.content.decode()


def test_weak_or_mismatched_passwords_are_refused_and_nothing_is_created(
    client, provider, provider_admin
):
    sign_in(client, provider_admin)
    path = invite(client, provider)
    client.post(reverse("accounts:logout"))
    response = client.post(
        path, {"first_name": "N", "last_name": "N", "password1": "12345678", "password2": "x"}
    )
    assert response.status_code == 200
    assert "stimmen nicht überein" in response.content.decode()
    response = client.post(
        path,
        {"first_name": "N", "last_name": "N", "password1": "12345678", "password2": "12345678"},
    )
    assert response.status_code == 200
    assert 'aria-invalid="true"' in response.content.decode()
    assert not User.objects.filter(email="neu@sonnenblume.example").exists()
    assert Invitation.objects.get().accepted_at is None


def test_existing_account_joins_with_its_password(client, provider, provider_admin, caseworker):
    sign_in(client, provider_admin)
    path = invite(client, provider, email=caseworker.email, role=Role.COORDINATOR)
    client.post(reverse("accounts:logout"))
    response = client.post(path, {"username": caseworker.email, "password": "falsch"})
    assert response.status_code == 200
    assert not Membership.objects.filter(user=caseworker, organization=provider).exists()
    response = client.post(
        path, {"username": caseworker.email, "password": "sicheres-Testpasswort-1"}
    )
    assert response.status_code == 302
    assert Membership.objects.filter(
        user=caseworker, organization=provider, role=Role.COORDINATOR
    ).exists()


def test_expired_and_withdrawn_invitations_do_not_work(client, provider, provider_admin):
    sign_in(client, provider_admin)
    path = invite(client, provider)
    Invitation.objects.update(expires_at=timezone.now() - timedelta(minutes=1))
    response = client.get(path)
    assert response.status_code == 410
    assert "abgelaufen" in response.content.decode()

    path = invite(client, provider, email="zwei@sonnenblume.example")
    invitation = Invitation.objects.get(email="zwei@sonnenblume.example")
    client.post(reverse("accounts:withdraw_invitation", args=[provider.slug, invitation.pk]))
    response = client.get(path)
    assert response.status_code == 410
    assert "zurückgezogen" in response.content.decode()


def test_unknown_token_gets_a_clear_page(client):
    response = client.get(reverse("accounts:invitation", args=["gibt-es-nicht"]))
    assert response.status_code == 410
    assert "gibt es nicht" in response.content.decode()


def test_roles_offered_fit_the_organisation(client, provider, provider_admin):
    sign_in(client, provider_admin)
    response = client.post(
        members_url(provider), {"email": "x@sonnenblume.example", "role": Role.CASEWORKER}
    )
    assert response.status_code == 200
    assert "role" in response.context["form"].errors
    assert 'aria-invalid="true"' in response.content.decode()
    assert not Invitation.objects.exists()


def test_admin_removes_a_member_whose_account_is_then_closed(
    client, provider, provider_admin, provider_staff
):
    sign_in(client, provider_admin)
    membership = Membership.objects.get(user=provider_staff)
    response = client.post(
        reverse("accounts:remove_membership", args=[provider.slug, membership.pk])
    )
    assert response.status_code == 302
    assert not Membership.objects.filter(pk=membership.pk).exists()
    provider_staff.refresh_from_db()
    assert not provider_staff.is_active


def test_admin_cannot_remove_their_own_admin_role(client, provider, provider_admin):
    sign_in(client, provider_admin)
    membership = Membership.objects.get(user=provider_admin)
    client.post(reverse("accounts:remove_membership", args=[provider.slug, membership.pk]))
    assert Membership.objects.filter(pk=membership.pk).exists()


@pytest.mark.parametrize(
    ("persona", "status"),
    [
        ("provider_admin", 200),
        ("platform_admin", 200),
        ("provider_staff", 403),  # a member, but not an admin
        ("other_provider_staff", 404),  # another organisation: not even found
        ("caseworker", 404),
        ("outsider", 404),
    ],
)
def test_who_may_manage_members(client, request, provider, persona, status):
    sign_in(client, request.getfixturevalue(persona))
    assert client.get(members_url(provider)).status_code == status


@pytest.mark.parametrize("persona", ["provider_staff", "other_provider_staff", "caseworker"])
def test_others_cannot_remove_or_invite(client, request, provider, provider_admin, persona):
    target = Membership.objects.get(user=provider_admin)
    sign_in(client, request.getfixturevalue(persona))
    response = client.post(reverse("accounts:remove_membership", args=[provider.slug, target.pk]))
    assert response.status_code in (403, 404)
    response = client.post(
        members_url(provider), {"email": "x@y.example", "role": Role.PROVIDER_STAFF}
    )
    assert response.status_code in (403, 404)
    assert Membership.objects.filter(pk=target.pk).exists()
    assert not Invitation.objects.exists()
    assert not mail.outbox


def test_anonymous_visitors_are_sent_to_the_login(client, provider):
    response = client.get(members_url(provider))
    assert response["Location"].startswith(reverse("accounts:login"))


def test_member_list_query_count_does_not_grow(
    client, provider, provider_admin, django_assert_max_num_queries
):
    sign_in(client, provider_admin)
    client.get(members_url(provider))  # warm up (session, content types)
    MembershipFactory(organization=provider)
    with django_assert_max_num_queries(12) as few:
        client.get(members_url(provider))
    for _ in range(30):
        MembershipFactory(organization=provider)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(members_url(provider))
    assert response.context["memberships"].count() == 32
