import pytest
from django.urls import reverse

from famkoop.directory.tests.factories import ServiceAtLocationFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("name", ["home", "imprint", "privacy", "accessibility", "sources"])
def test_public_pages_render_in_german_without_login(client, name):
    response = client.get(reverse(f"pages:{name}"))
    assert response.status_code == 200
    assert response["Content-Language"] == "de"
    assert 'href="#main"' in response.content.decode()


def test_home_shows_recently_confirmed_offers_with_town(client):
    offer = ServiceAtLocationFactory(service__title="Babymassage am Vormittag").service
    response = client.get(reverse("pages:home"))
    body = response.content.decode()
    assert offer.title in body
    assert "Köln" in body
    assert response.context["figures"]["services"] == 1


def test_home_explains_an_empty_directory(client):
    response = client.get(reverse("pages:home"))
    assert "Noch sind keine Angebote eingetragen" in response.content.decode()


def test_home_in_english_when_chosen(client):
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    response = client.get(reverse("pages:home"))
    assert response["Content-Language"] == "en"


def test_pages_refuse_post(client):
    assert client.post(reverse("pages:imprint")).status_code == 405
