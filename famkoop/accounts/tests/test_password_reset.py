"""Password reset by e-mail: a link that works once, for two hours; unknown addresses learn
nothing."""

import re

import pytest
from django.core import mail
from django.urls import reverse

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "Apfelkuchen-mit-Sahne-7"


def request_link(client, email: str):
    response = client.post(reverse("accounts:password_reset"), {"email": email})
    assert response["Location"] == reverse("accounts:password_reset_sent")


def test_reset_link_sets_a_new_password_once(client, provider_staff):
    request_link(client, provider_staff.email)
    assert len(mail.outbox) == 1
    body = mail.outbox[0].body
    assert "zwei Stunden" in body
    link = re.search(r"http://testserver(/passwort-neu/\S+/)", body).group(1)

    form = client.get(link, follow=True)
    assert "Neues Passwort festlegen" in form.content.decode()
    response = client.post(
        form.redirect_chain[-1][0],
        {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert response["Location"] == reverse("accounts:password_reset_complete")
    provider_staff.refresh_from_db()
    assert provider_staff.check_password(NEW_PASSWORD)
    # The link is used up.
    again = client.get(link, follow=True)
    assert "nicht mehr gültig" in again.content.decode()


def test_weak_new_password_is_refused_with_a_message(client, provider_staff):
    request_link(client, provider_staff.email)
    link = re.search(r"http://testserver(/passwort-neu/\S+/)", mail.outbox[0].body).group(1)
    form = client.get(link, follow=True)
    response = client.post(
        form.redirect_chain[-1][0], {"new_password1": "12345678", "new_password2": "12345678"}
    )
    assert response.status_code == 200
    assert 'aria-invalid="true"' in response.content.decode()
    provider_staff.refresh_from_db()
    assert provider_staff.check_password("sicheres-Testpasswort-1")


def test_unknown_address_gets_the_same_answer_and_no_mail(client):
    request_link(client, "niemand@example.org")
    assert mail.outbox == []


def test_a_new_password_still_needs_the_second_factor(client, provider_staff):
    request_link(client, provider_staff.email)
    link = re.search(r"http://testserver(/passwort-neu/\S+/)", mail.outbox[0].body).group(1)
    form = client.get(link, follow=True)
    client.post(
        form.redirect_chain[-1][0], {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    )
    assert client.get(reverse("backoffice:dashboard"))["Location"].startswith(
        reverse("accounts:login")
    )
    response = client.post(
        reverse("accounts:login"), {"username": provider_staff.email, "password": NEW_PASSWORD}
    )
    assert response["Location"] == reverse("accounts:enrol")
