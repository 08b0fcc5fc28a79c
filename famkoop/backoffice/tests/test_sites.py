# ruff: noqa: F811 (fixtures imported from site_fixtures are used as arguments)
"""A provider's sites in the back office: who may keep them, what the address becomes, and
that the finder follows a change."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from famkoop.audit.models import AuditEntry
from famkoop.directory.models import Location, Service
from famkoop.directory.tests.factories import LocationFactory
from famkoop.search.index import index_services
from famkoop.search.tests.conftest import make_offer

from .site_fixtures import (  # noqa: F401
    as_persona,
    other_planner,
    other_staff,
    provider_admin,
    provider_coordinator,
    site,
)

pytestmark = pytest.mark.django_db

FORM = {
    "name": "Familienzentrum Lindenthal",
    "kind": Location.Kind.FAMILY_CENTRE,
    "address_1": "Dürener Straße 10",
    "postal_code": "50931",
    "city": "",
    "latitude": "",
    "longitude": "",
    "description": "",
    "transportation": "Straßenbahn 7, Haltestelle Dürener Straße",
    "step_free_access": "on",
    "accessibility_details": "",
}

# Who may open the site pages of the provider Sonnenblume, and what the others get.
SITE_MATRIX = [
    ("provider_staff", 200),
    ("provider_admin", 200),
    ("admin_user", 200),
    ("provider_coordinator", 403),  # a member, but not one who keeps sites (see below)
    ("other_staff", 404),  # another provider: Sonnenblume is not even found
    ("caseworker", 404),
    ("planner", 404),
    ("outsider", 404),
]


def site_urls(provider, site) -> dict[str, str]:
    return {
        "list": reverse("backoffice:site_list", args=[provider.slug]),
        "create": reverse("backoffice:site_create", args=[provider.slug]),
        "edit": reverse("backoffice:site_edit", args=[provider.slug, site.uuid]),
        "history": reverse("backoffice:site_history", args=[provider.slug, site.uuid]),
    }


@pytest.mark.parametrize(("persona", "status"), SITE_MATRIX)
@pytest.mark.parametrize("page_name", ["list", "create", "edit", "history"])
def test_who_may_open_the_site_pages(as_persona, provider, site, persona, status, page_name):
    if persona == "provider_coordinator" and page_name in ("edit", "history"):
        status = 404  # sites are looked up among those the user keeps: none
    client = as_persona(persona)
    assert client.get(site_urls(provider, site)[page_name]).status_code == status


@pytest.mark.parametrize("persona", ["provider_coordinator", "other_staff", "caseworker"])
def test_others_cannot_change_a_site(as_persona, provider, site, persona):
    client = as_persona(persona)
    response = client.post(site_urls(provider, site)["edit"], {**FORM, "name": "Übernommen"})
    assert response.status_code in (403, 404)
    site.refresh_from_db()
    assert site.name == "Familienzentrum Sonnenblume"
    response = client.post(site_urls(provider, site)["create"], FORM)
    assert response.status_code in (403, 404)
    assert not Location.objects.filter(name=FORM["name"]).exists()


@pytest.mark.parametrize("page_name", ["list", "create", "edit", "history"])
def test_anonymous_visitors_are_sent_to_the_login(client, provider, site, page_name):
    address = site_urls(provider, site)[page_name]
    response = client.get(address)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login"))


def test_staff_creates_a_site_placed_at_its_postcode_until_the_pin_is_set(as_persona, provider):
    client = as_persona("provider_staff")
    response = client.post(reverse("backoffice:site_create", args=[provider.slug]), FORM)
    created = Location.objects.get(name="Familienzentrum Lindenthal")
    assert created.organization == provider
    assert created.municipality_key == "05315000"  # Köln, from the postcode
    assert created.city == "Köln"
    assert created.latitude == pytest.approx(50.93, abs=0.05)
    assert created.longitude == pytest.approx(6.92, abs=0.05)
    assert created.step_free_access
    # The user is taken to the site's page to set the pin, and told why.
    assert response["Location"] == reverse(
        "backoffice:site_edit", args=[provider.slug, created.uuid]
    )
    page = client.get(response["Location"]).content.decode()
    assert "Mittelpunkt des Postleitzahlgebiets" in page
    assert "Karte anzeigen" in page


def test_a_placed_pin_is_kept(as_persona, provider):
    client = as_persona("provider_staff")
    response = client.post(
        reverse("backoffice:site_create", args=[provider.slug]),
        {**FORM, "latitude": "50.925123", "longitude": "6.912345"},
    )
    assert response["Location"] == reverse("backoffice:site_list", args=[provider.slug])
    created = Location.objects.get(name=FORM["name"])
    assert (created.latitude, created.longitude) == (50.925123, 6.912345)


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("00000", "Die Postleitzahl 00000 gibt es nicht."),
        ("5082", "Die Postleitzahl 5082 ist ungültig: Postleitzahlen haben fünf Ziffern."),
        ("", "Für einen Standort vor Ort brauchen wir die Postleitzahl."),
    ],
)
def test_bad_postcode_is_explained_next_to_the_field_and_nothing_is_saved(
    as_persona, provider, code, message
):
    client = as_persona("provider_staff")
    response = client.post(
        reverse("backoffice:site_create", args=[provider.slug]), {**FORM, "postal_code": code}
    )
    assert response.status_code == 200
    error = response.context["form"].errors["postal_code"]
    assert error == [message]
    assert f'id="id_postal_code-error"><p class="kern-body">{message}' in response.content.decode()
    assert not Location.objects.filter(name=FORM["name"]).exists()


@pytest.mark.parametrize(
    ("latitude", "longitude", "field", "message"),
    [
        ("48.8566", "2.3522", "latitude", "Diese Koordinaten liegen nicht in Deutschland."),
        ("6.9264", "50.9511", "latitude", "Diese Koordinaten liegen nicht in Deutschland."),
        ("95", "6.9", "latitude", "nicht in Deutschland"),
        ("50.9", "", "longitude", "Bitte geben Sie Breiten- und Längengrad an"),
    ],
)
def test_coordinates_outside_germany_are_refused(
    as_persona, provider, site, latitude, longitude, field, message
):
    client = as_persona("provider_staff")
    response = client.post(
        reverse("backoffice:site_edit", args=[provider.slug, site.uuid]),
        {**FORM, "latitude": latitude, "longitude": longitude},
    )
    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors[field])
    assert f'id="id_{field}-error"' in response.content.decode()
    site.refresh_from_db()
    assert (site.name, site.latitude, site.longitude) == (
        "Familienzentrum Sonnenblume",
        50.9511,
        6.9264,
    )


def test_moving_a_site_to_another_town_moves_it_in_the_finder(
    as_persona, provider, site, django_capture_on_commit_callbacks
):
    offer = make_offer(site, title="Elterncafé Sonnenblume", status=Service.Status.ACTIVE)
    index_services([offer.pk])
    finder = reverse("finder:results")
    near_bonn = {"q": "Elterncafé", "place": "53111", "radius": "5"}
    assert offer.title not in client_get(as_persona, finder, near_bonn)

    client = as_persona("provider_staff")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("backoffice:site_edit", args=[provider.slug, site.uuid]),
            {
                **FORM,
                "name": site.name,
                "postal_code": "53111",
                "city": "Bonn",
                "latitude": "50.9511",
                "longitude": "6.9264",
            },
        )
    assert response.status_code == 302
    site.refresh_from_db()
    # The postcode changed and the pin was not moved: the site now lies in Bonn.
    assert site.municipality_key == "05314000"
    assert site.latitude == pytest.approx(50.73, abs=0.05)
    page = client.get(finder, near_bonn).content.decode()
    assert offer.title in page
    assert "Bonn" in page


def client_get(as_persona, address: str, query: dict) -> str:
    return as_persona("anonymous").get(address, query).content.decode()


def test_site_list_in_constant_queries(as_persona, provider, site, django_assert_num_queries):
    make_offer(site, title="Krabbelgruppe")
    client = as_persona("provider_staff")
    address = reverse("backoffice:site_list", args=[provider.slug])
    with CaptureQueriesContext(connection) as one_site:
        response = client.get(address)
    assert "Familienzentrum Sonnenblume" in response.content.decode()
    LocationFactory.create_batch(29, organization=provider)
    with django_assert_num_queries(len(one_site.captured_queries)):
        response = client.get(address)
    assert len(response.context["sites"]) == 30


def test_list_shows_only_the_providers_own_sites(as_persona, provider, other_provider, site):
    LocationFactory(organization=other_provider, name="Haus Regenbogen")
    page = (
        as_persona("provider_staff")
        .get(reverse("backoffice:site_list", args=[provider.slug]))
        .content.decode()
    )
    assert "Familienzentrum Sonnenblume" in page
    assert "Haus Regenbogen" not in page


def test_a_site_from_another_provider_is_not_found_under_ones_own_address(
    as_persona, provider, other_provider
):
    foreign = LocationFactory(organization=other_provider)
    client = as_persona("provider_staff")
    response = client.get(reverse("backoffice:site_edit", args=[provider.slug, foreign.uuid]))
    assert response.status_code == 404


def test_the_history_shows_what_changed_at_the_site(as_persona, provider, site):
    client = as_persona("provider_staff")
    client.post(
        reverse("backoffice:site_edit", args=[provider.slug, site.uuid]),
        {
            **FORM,
            "name": "Familienzentrum Sonnenblume Süd",
            "postal_code": "50823",
            "latitude": "50.9511",
            "longitude": "6.9264",
        },
    )
    assert AuditEntry.objects.filter(object_id=str(site.pk)).exists()
    page = client.get(reverse("backoffice:site_history", args=[provider.slug, site.uuid]))
    text = page.content.decode()
    # Who: once the audit middleware is installed, the entry names Alice (see famkoop.audit).
    assert "Standort „Familienzentrum Sonnenblume Süd, Köln“ geändert" in text
    assert "Venloer Straße 100" in text  # the address before
