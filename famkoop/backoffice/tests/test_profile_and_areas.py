# ruff: noqa: F811 (fixtures imported from site_fixtures are used as arguments)
"""The organisation profile (kept by its admins, read by its members) and a youth office's
responsibility area and planning areas (kept by its admins and planners)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from famkoop.directory.models import PlanningArea, ResponsibilityArea
from famkoop.geo.models import Municipality, PostalCode

from .site_fixtures import (  # noqa: F401
    as_persona,
    office_admin,
    other_planner,
    other_staff,
    provider_admin,
    provider_coordinator,
)

pytestmark = pytest.mark.django_db

KOELN, BONN, LEVERKUSEN = "05315000", "05314000", "05316000"
PROFILE = {
    "name": "Familienbildungswerk Sonnenblume e. V.",
    "description": "Kurse und Treffs für Familien in Köln.",
    "email": "kontakt@sonnenblume.example",
    "website": "www.sonnenblume.example",
    "phone": "0221 123456",
    "legal_status": "eingetragener Verein",
}


def profile_url(organization) -> str:
    return reverse("backoffice:organization_profile", args=[organization.slug])


# --- profile ---------------------------------------------------------------------------------


def test_admin_edits_the_profile(as_persona, provider, provider_admin):
    client = as_persona("provider_admin")
    response = client.post(profile_url(provider), PROFILE)
    assert response.status_code == 302
    provider.refresh_from_db()
    assert provider.name == "Familienbildungswerk Sonnenblume e. V."
    assert provider.website == "https://www.sonnenblume.example"
    assert "Das Profil ist gespeichert." in client.get(profile_url(provider)).content.decode()


def test_a_bad_email_is_explained_next_to_the_field(as_persona, provider, provider_admin):
    client = as_persona("provider_admin")
    response = client.post(profile_url(provider), {**PROFILE, "email": "kontakt(at)sonnenblume"})
    assert response.status_code == 200
    assert response.context["form"].errors["email"] == ["Bitte gültige E-Mail-Adresse eingeben."]
    assert 'id="id_email-error"' in response.content.decode()
    provider.refresh_from_db()
    assert provider.name == "Familienbildungswerk Sonnenblume"


@pytest.mark.parametrize("persona", ["provider_staff", "provider_coordinator"])
def test_other_members_read_the_profile_but_cannot_change_it(as_persona, provider, persona):
    client = as_persona(persona)
    response = client.get(profile_url(provider))
    assert response.status_code == 200
    assert response.context["form"] is None
    assert "Das Profil pflegt die Administration Ihrer Organisation." in response.content.decode()
    assert client.post(profile_url(provider), PROFILE).status_code == 403
    provider.refresh_from_db()
    assert provider.name == "Familienbildungswerk Sonnenblume"


@pytest.mark.parametrize("persona", ["other_staff", "caseworker", "outsider"])
def test_non_members_do_not_find_the_profile(as_persona, provider, persona):
    client = as_persona(persona)
    assert client.get(profile_url(provider)).status_code == 404
    assert client.post(profile_url(provider), PROFILE).status_code == 404


def test_anonymous_visitors_are_sent_to_the_login_for_the_profile(client, provider):
    response = client.get(profile_url(provider))
    assert response["Location"].startswith(reverse("accounts:login"))


def test_profile_history_is_for_the_admins(as_persona, provider, provider_admin, provider_staff):
    history = reverse("backoffice:organization_history", args=[provider.slug])
    client = as_persona("provider_admin")
    client.post(profile_url(provider), PROFILE)
    page = client.get(history).content.decode()
    assert "Familienbildungswerk Sonnenblume e. V." in page
    assert as_persona("provider_staff").get(history).status_code == 403


# --- responsibility area ---------------------------------------------------------------------


def responsibility_url(office) -> str:
    return reverse("backoffice:responsibility_area", args=[office.slug])


AREA_MATRIX = [
    ("planner", 200),
    ("office_admin", 200),
    ("admin_user", 200),
    ("caseworker", 403),  # a member of the office, but does not keep its areas
    ("coordinator", 403),
    ("other_planner", 404),  # another youth office: not even found
    ("provider_staff", 404),
    ("outsider", 404),
]


@pytest.mark.parametrize(("persona", "status"), AREA_MATRIX)
@pytest.mark.parametrize(
    "name", ["responsibility_area", "responsibility_history", "planning_area_list"]
)
def test_who_may_open_the_area_pages(as_persona, youth_office, persona, status, name):
    client = as_persona(persona)
    assert client.get(reverse(f"backoffice:{name}", args=[youth_office.slug])).status_code == status


@pytest.mark.parametrize("name", ["responsibility_area", "planning_area_list"])
def test_anonymous_visitors_are_sent_to_the_login_for_areas(client, youth_office, name):
    response = client.get(reverse(f"backoffice:{name}", args=[youth_office.slug]))
    assert response["Location"].startswith(reverse("accounts:login"))


def test_area_pages_of_a_provider_do_not_exist(as_persona, provider, provider_admin):
    client = as_persona("provider_admin")
    assert client.get(responsibility_url(provider)).status_code == 404


def test_planner_sets_the_responsibility_area(as_persona, youth_office, planner):
    ResponsibilityArea.objects.create(
        organization=youth_office, municipality=Municipality.objects.get(key=LEVERKUSEN)
    )
    client = as_persona("planner")
    page = client.get(responsibility_url(youth_office)).content.decode()
    # Grouped by district, the chosen ones' district open, with a search box for JavaScript.
    assert '<details class="famkoop-municipality-group" data-municipality-group open>' in page
    assert "Gemeinde oder Kreis suchen" in page
    response = client.post(responsibility_url(youth_office), {"municipalities": [KOELN, BONN]})
    assert response.status_code == 302
    assert set(
        ResponsibilityArea.objects.filter(organization=youth_office).values_list(
            "municipality_id", flat=True
        )
    ) == {KOELN, BONN}
    page = client.get(responsibility_url(youth_office)).content.decode()
    assert "2 hinzugefügt, 1 entfernt" in page
    history = client.get(reverse("backoffice:responsibility_history", args=[youth_office.slug]))
    assert "Zuständigkeitsbereich" in history.content.decode()
    assert "Leverkusen" in history.content.decode()


def test_municipalities_outside_the_choices_are_refused(as_persona, youth_office, planner):
    berlin = "11000000"
    response = as_persona("planner").post(
        responsibility_url(youth_office), {"municipalities": [berlin]}
    )
    assert response.status_code == 200
    assert "Berlin" not in response.content.decode().split("<main")[1].split("kern-error")[0]
    assert response.context["form"].errors["municipalities"]
    assert not ResponsibilityArea.objects.filter(organization=youth_office).exists()


@pytest.mark.parametrize("persona", ["caseworker", "other_planner"])
def test_others_cannot_change_the_responsibility_area(as_persona, youth_office, persona):
    response = as_persona(persona).post(
        responsibility_url(youth_office), {"municipalities": [KOELN]}
    )
    assert response.status_code in (403, 404)
    assert not ResponsibilityArea.objects.exists()


# --- planning areas --------------------------------------------------------------------------


def planning_form(**changes) -> dict:
    return {
        "name": "Ehrenfeld",
        "description": "Stadtbezirk Ehrenfeld",
        "postal_codes": "50823, 50825 50827",
        "municipalities": [],
        **changes,
    }


def test_planner_creates_edits_and_deletes_a_planning_area(as_persona, youth_office, planner):
    client = as_persona("planner")
    create = reverse("backoffice:planning_area_create", args=[youth_office.slug])
    assert client.post(create, planning_form()).status_code == 302
    area = PlanningArea.objects.get(organization=youth_office)
    assert area.slug == "ehrenfeld"
    assert sorted(area.postal_codes.values_list("code", flat=True)) == ["50823", "50825", "50827"]

    edit = reverse("backoffice:planning_area_edit", args=[youth_office.slug, area.slug])
    form = client.get(edit).context["form"]
    assert form["postal_codes"].value() == "50823, 50825, 50827"
    response = client.post(
        edit, planning_form(name="Ehrenfeld und Umland", postal_codes="", municipalities=[KOELN])
    )
    assert response.status_code == 302
    area.refresh_from_db()
    assert area.name == "Ehrenfeld und Umland"
    assert area.slug == "ehrenfeld"  # the address stays
    assert list(area.postal_codes.all()) == []
    assert list(area.municipalities.values_list("key", flat=True)) == [KOELN]

    history = client.get(
        reverse("backoffice:planning_area_history", args=[youth_office.slug, area.slug])
    )
    assert "Ehrenfeld und Umland" in history.content.decode()

    delete = reverse("backoffice:planning_area_delete", args=[youth_office.slug, area.slug])
    assert client.get(delete).status_code == 405
    assert client.post(delete).status_code == 302
    assert not PlanningArea.objects.exists()


@pytest.mark.parametrize(
    ("postal_codes", "message"),
    [
        ("50823, 00000", "Diese Postleitzahlen gibt es nicht: 00000"),
        ("50823, 5082", "Postleitzahlen haben fünf Ziffern: 5082"),
        ("", "Bitte nennen Sie Postleitzahlen oder wählen Sie Gemeinden – oder beides."),
    ],
)
def test_bad_postcodes_are_explained_next_to_the_field_and_nothing_is_saved(
    as_persona, youth_office, planner, postal_codes, message
):
    response = as_persona("planner").post(
        reverse("backoffice:planning_area_create", args=[youth_office.slug]),
        planning_form(postal_codes=postal_codes),
    )
    assert response.status_code == 200
    assert response.context["form"].errors["postal_codes"] == [message]
    assert 'id="id_postal_codes-error"' in response.content.decode()
    assert not PlanningArea.objects.exists()


def test_two_areas_of_one_name_get_their_own_addresses(as_persona, youth_office, planner):
    client = as_persona("planner")
    create = reverse("backoffice:planning_area_create", args=[youth_office.slug])
    client.post(create, planning_form(name="Neu"))
    client.post(create, planning_form(name="Neu"))
    assert sorted(PlanningArea.objects.values_list("slug", flat=True)) == ["neu-2", "neu-3"]


@pytest.mark.parametrize("persona", ["caseworker", "other_planner", "provider_staff"])
def test_others_cannot_change_planning_areas(as_persona, youth_office, persona):
    area = PlanningArea.objects.create(organization=youth_office, name="Nord", slug="nord")
    client = as_persona(persona)
    edit = reverse("backoffice:planning_area_edit", args=[youth_office.slug, area.slug])
    assert client.post(edit, planning_form(name="Übernommen")).status_code in (403, 404)
    delete = reverse("backoffice:planning_area_delete", args=[youth_office.slug, area.slug])
    assert client.post(delete).status_code in (403, 404)
    area.refresh_from_db()
    assert area.name == "Nord"


def test_planning_area_list_in_constant_queries(
    as_persona, youth_office, planner, django_assert_num_queries
):
    codes = list(PostalCode.objects.filter(code__startswith="508")[:3])
    koeln = Municipality.objects.get(key=KOELN)

    def add(number: int) -> None:
        area = PlanningArea.objects.create(
            organization=youth_office, name=f"Bezirk {number:02}", slug=f"bezirk-{number}"
        )
        area.postal_codes.set(codes)
        area.municipalities.set([koeln])

    add(0)
    client = as_persona("planner")
    address = reverse("backoffice:planning_area_list", args=[youth_office.slug])
    with CaptureQueriesContext(connection) as one_area:
        client.get(address)
    for number in range(1, 30):
        add(number)
    with django_assert_num_queries(len(one_area.captured_queries)):
        response = client.get(address)
    assert len(response.context["areas"]) == 30
    assert "Bezirk 29" in response.content.decode()


def test_dashboard_links_each_organisation_to_its_pages(
    as_persona, provider, youth_office, provider_staff, planner
):
    page = as_persona("provider_staff").get(reverse("backoffice:dashboard")).content.decode()
    assert reverse("backoffice:site_list", args=[provider.slug]) in page
    assert reverse("backoffice:organization_profile", args=[provider.slug]) in page
    assert reverse("backoffice:responsibility_area", args=[provider.slug]) not in page
    page = as_persona("planner").get(reverse("backoffice:dashboard")).content.decode()
    assert reverse("backoffice:responsibility_area", args=[youth_office.slug]) in page
    assert reverse("backoffice:planning_area_list", args=[youth_office.slug]) in page
    assert "/standorte/" not in page
