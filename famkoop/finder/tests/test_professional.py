"""The professional finder: youth office staff only, with referral columns and filter."""

import pytest
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from famkoop.accounts.models import Role
from famkoop.accounts.tests.factories import MembershipFactory
from famkoop.testing import sign_in

pytestmark = pytest.mark.django_db

PROFESSIONAL = reverse("finder:professional")


def test_anonymous_visitors_are_sent_to_the_login(client, offers):
    response = client.get(PROFESSIONAL, {"q": "Beratung"})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login") + "?next=")


@pytest.mark.parametrize("persona", ["caseworker", "planner", "coordinator", "admin_user"])
def test_youth_office_staff_and_admins_may_use_it(client, offers, request, persona):
    sign_in(client, request.getfixturevalue(persona))
    response = client.get(PROFESSIONAL, {"place": "50667", "radius": 50})
    assert response.status_code == 200
    body = response.content.decode()
    assert "Fachkräfte-Suche" in body
    assert "Vermittlungen" in body and "Plätze" in body


@pytest.mark.parametrize("persona", ["provider_staff", "editor", "outsider"])
def test_others_are_refused(client, offers, request, persona):
    sign_in(client, request.getfixturevalue(persona))
    response = client.get(PROFESSIONAL, {"q": "Beratung"})
    assert response.status_code == 403
    assert "Kein Zugriff" in response.content.decode()


def test_provider_admin_is_not_youth_office_staff(client, offers, provider):
    membership = MembershipFactory(organization=provider, role=Role.ORGANIZATION_ADMIN)
    sign_in(client, membership.user)
    assert client.get(PROFESSIONAL).status_code == 403


def test_inactive_account_is_refused(client, offers, caseworker):
    caseworker.is_active = False
    caseworker.save()
    sign_in(client, caseworker)
    assert client.get(PROFESSIONAL).status_code != 200


def test_referral_filter_and_capacity_column(client, offers, caseworker):
    sign_in(client, caseworker)
    response = client.get(PROFESSIONAL, {"place": "50667", "radius": 50, "referrals": 1})
    found = {card.service.pk for card in response.context["cards"]}
    assert found == {offers.geburt.pk, offers.frauenhaus.pk}
    body = response.content.decode()
    assert "werden angenommen" in body
    assert "<dd>12</dd>" in body  # the birth preparation course's places


def test_navigation_shows_the_professional_finder_only_to_those_who_may(
    client, offers, caseworker, provider_staff
):
    assert PROFESSIONAL not in client.get("/").content.decode()
    sign_in(client, provider_staff)
    assert PROFESSIONAL not in client.get("/").content.decode()
    sign_in(client, caseworker)
    assert PROFESSIONAL in client.get("/").content.decode()


def test_login_with_both_factors_returns_to_the_finder(client, caseworker):
    device = TOTPDevice.objects.create(user=caseworker, name="App", confirmed=True)
    page = client.get(reverse("accounts:login"), {"next": PROFESSIONAL})
    assert page.status_code == 200
    response = client.post(
        reverse("accounts:login"),
        {"username": caseworker.email, "password": "sicheres-Testpasswort-1", "next": PROFESSIONAL},
    )
    assert response["Location"] == reverse("accounts:code")
    assert client.get(PROFESSIONAL).status_code == 302  # not signed in before the code
    code = totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits)
    response = client.post(reverse("accounts:code"), {"code": f"{code:06d}"})
    assert response.status_code == 302
    assert response["Location"] == PROFESSIONAL
    assert client.get(PROFESSIONAL).status_code == 200


def test_wrong_password_gets_a_german_error(client, caseworker):
    response = client.post(
        reverse("accounts:login"), {"username": caseworker.email, "password": "falsch"}
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert 'role="alert"' in body and "E-Mail-Adresse oder Passwort stimmen nicht" in body
