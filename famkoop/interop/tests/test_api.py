"""The public HSDS 3.0 API: valid against the official schemas, only published offers, no
confidential street, paging, German-aware search, clear errors, caching headers, CORS and a
fixed number of queries per page."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from famkoop.directory.models import Organization, Service, Taxonomy, TaxonomyTerm
from famkoop.directory.tests.factories import (
    LocationFactory,
    OrganizationFactory,
    ServiceAtLocationFactory,
    ServiceFactory,
)
from famkoop.search.index import index_services
from famkoop.search.tests.conftest import make_offer

pytestmark = pytest.mark.django_db

API = "/api/hsds"


def get_json(client, path: str, status: int = 200, **headers) -> dict:
    response = client.get(f"{API}{path}", headers=headers)
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/json"
    return response.json()


def all_pages(client, path: str) -> list[dict]:
    separator = "&" if "?" in path else "?"
    first = get_json(client, f"{path}{separator}per_page=50")
    assert first["total_pages"] <= 1
    return first["contents"]


@pytest.fixture
def draft(offers):
    return make_offer(None, title="Elternkurs im Entwurf", status=Service.Status.INACTIVE)


PUBLIC = (
    "babymassage",
    "krabbelgruppe",
    "elternkurs",
    "vaeter",
    "geburt",
    "online_cafe",
    "tuerkisch",
    "frauenhaus",
    "paused",
)


# --- Validity against the official schemas --------------------------------------------------


def test_api_root_names_version_and_openapi_document(client):
    data = get_json(client, "/")

    assert data["version"] == "3.0"
    assert data["openapi_url"].endswith("openapi.json")


@pytest.mark.parametrize("full", ["false", "true"])
def test_service_list_items_validate_against_service_list_schema(
    client, offers, hsds_validate, full
):
    contents = all_pages(client, f"/services?full={full}")

    assert len(contents) == len(PUBLIC)
    for item in contents:
        hsds_validate(item, "compiled/service_list.json")
        if full == "true":
            hsds_validate(item, "compiled/service.json")


def test_minimal_service_list_validates_and_holds_id_and_modification_date(
    client, offers, hsds_validate
):
    contents = all_pages(client, "/services?minimal=true")

    for item in contents:
        hsds_validate(item, "compiled/service_list.json")
        assert set(item) == {"id", "name", "status", "last_modified"}


def test_every_public_service_validates_against_service_schema(client, offers, hsds_validate):
    for name in PUBLIC:
        service = getattr(offers, name)
        data = get_json(client, f"/services/{service.uuid}")

        hsds_validate(data, "compiled/service.json")
        assert data["id"] == str(service.uuid)
        assert data["name"] == service.title


def test_full_service_carries_topics_languages_schedules_and_sites(client, offers):
    data = get_json(client, f"/services/{offers.elternkurs.uuid}")

    assert {attribute["taxonomy_term"]["code"] for attribute in data["attributes"]} == {
        "elternkurse",
        "autonomiephase",
    }
    assert {language["code"] for language in data["languages"]} == {"de", "tr"}
    assert data["schedules"][0]["byday"] == "WE"
    assert data["schedules"][0]["opens_at"] == "19:00"
    [at_location] = data["service_at_locations"]
    assert at_location["location"]["addresses"][0]["city"] == "Bonn"
    assert data["cost_options"][0]["amount"] == 40
    assert data["organization"]["name"] == "Familienbildungswerk Rheinland"


def test_organizations_validate_in_list_full_list_and_detail(client, offers, hsds_validate):
    youth_office = OrganizationFactory(name="Jugendamt Köln", kind="youth_office")

    for item in all_pages(client, "/organizations"):
        hsds_validate(item, "compiled/organization_list.json")
    for item in all_pages(client, "/organizations?full_service=true"):
        hsds_validate(item, "compiled/organization.json")
    provider = offers.babymassage.organization
    for path in (f"/organizations/{provider.uuid}", f"/organizations/{youth_office.uuid}"):
        hsds_validate(get_json(client, path), "compiled/organization.json")
    data = get_json(client, f"/organizations/{provider.uuid}?full_service=true")
    hsds_validate(data, "compiled/organization.json")
    assert len(data["services"]) == len(PUBLIC)


def test_taxonomies_and_terms_validate(client, hsds_validate):
    for taxonomy in all_pages(client, "/taxonomies"):
        hsds_validate(taxonomy, "taxonomy.json")
        hsds_validate(get_json(client, f"/taxonomies/{taxonomy['id']}"), "taxonomy.json")
    first = get_json(client, "/taxonomy_terms?page=1&per_page=50")
    assert first["total_items"] == TaxonomyTerm.objects.count()
    for term in first["contents"]:
        hsds_validate(term, "taxonomy_term.json")
    term = first["contents"][0]
    hsds_validate(get_json(client, f"/taxonomy_terms/{term['id']}"), "taxonomy_term.json")


def test_service_at_locations_validate_in_list_and_detail(client, offers, hsds_validate):
    contents = all_pages(client, "/service_at_locations")

    assert len(contents) == len(PUBLIC)
    for item in contents:
        hsds_validate(item, "compiled/service_at_location_list.json")
        detail = get_json(client, f"/service_at_locations/{item['id']}")
        hsds_validate(detail, "compiled/service_at_location.json")


# --- Only what the public may see ----------------------------------------------------------


def test_draft_offer_is_neither_listed_nor_found_by_its_uuid(client, draft):
    listed = {item["id"] for item in all_pages(client, "/services")}
    at_locations = {item["service_id"] for item in all_pages(client, "/service_at_locations")}

    assert str(draft.uuid) not in listed | at_locations
    assert get_json(client, f"/services/{draft.uuid}", status=404)["error"]


def test_draft_offer_is_not_among_its_organizations_services(client, draft):
    data = get_json(client, f"/organizations/{draft.organization.uuid}")

    assert data["services"] == []


@pytest.mark.parametrize(
    "path",
    [
        "/services?full=true",
        "/service_at_locations",
        "/organizations?full_service=true",
        "/service_at_locations?postcode=50999",
    ],
)
def test_confidential_street_postcode_and_coordinates_never_appear(client, offers, path):
    body = client.get(f"{API}{path}&per_page=50" if "?" in path else path).content.decode()
    detail = client.get(f"{API}/services/{offers.frauenhaus.uuid}").content.decode()

    for text in (body, detail):
        assert "Geheime Straße" not in text
        assert "Geheime Stra\\u00dfe" not in text
        assert "50999" not in text.replace("postcode=50999", "")
        assert "50.875" not in text
    assert "Frauenhaus Köln" in detail


def test_confidential_site_shows_its_town_only(client, offers, hsds_validate):
    data = get_json(client, f"/services/{offers.frauenhaus.uuid}")

    hsds_validate(data, "compiled/service.json")
    location = data["service_at_locations"][0]["location"]
    [address] = location["addresses"]
    assert (address["address_1"], address["postal_code"], address["city"]) == ("", "", "Köln")
    assert "latitude" not in location and "longitude" not in location


# --- Paging ----------------------------------------------------------------------------------


def test_paging_object_counts_pages_and_marks_first_and_last(client, offers):
    first = get_json(client, "/services?per_page=4")
    last = get_json(client, "/services?per_page=4&page=3")
    beyond = get_json(client, "/services?per_page=4&page=4")

    assert {key: first[key] for key in first if key != "contents"} == {
        "total_items": 9,
        "total_pages": 3,
        "page_number": 1,
        "size": 4,
        "first_page": True,
        "last_page": False,
        "empty": False,
    }
    assert (last["size"], last["first_page"], last["last_page"], last["empty"]) == (
        1,
        False,
        True,
        False,
    )
    assert beyond["contents"] == [] and beyond["empty"] is True
    ids = [
        item["id"]
        for page in (1, 2, 3)
        for item in get_json(client, f"/services?per_page=4&page={page}")["contents"]
    ]
    assert len(set(ids)) == 9


def test_empty_directory_gives_an_empty_first_page(client):
    data = get_json(client, "/services")

    assert data["total_items"] == 0
    assert data["empty"] is True
    assert data["contents"] == []


# --- Filters and search ----------------------------------------------------------------------


def test_search_finds_a_course_for_parents_by_the_compound_elternkurs(client, offers):
    kurs = make_offer(
        None, title="Kurs für Eltern von Schulkindern", summary="Hausaufgaben ohne Streit."
    )
    index_services([kurs.pk])

    names = [item["name"] for item in get_json(client, "/services?search=Elternkurs")["contents"]]

    assert kurs.title in names
    assert offers.elternkurs.title in names
    assert offers.vaeter.title not in names


def test_search_never_finds_a_draft(client, draft):
    index_services([draft.pk])

    names = [item["name"] for item in get_json(client, "/services?search=Elternkurs")["contents"]]

    assert draft.title not in names


def test_services_filter_by_topic_taxonomy_organization_and_modification(client, offers):
    other = make_offer(None, title="Offener Treff woanders")
    term = TaxonomyTerm.objects.get(code="babymassage", taxonomy__slug="famkoop-themen")

    by_term = all_pages(client, f"/services?taxonomy_term_id={term.uuid}")
    by_taxonomy = all_pages(client, f"/services?taxonomy_id={term.taxonomy.uuid}")
    by_organization = all_pages(client, f"/services?organization_id={other.organization.uuid}")
    Service.objects.filter(pk=offers.vaeter.pk).update(
        updated_at=timezone.now() + timezone.timedelta(days=2)
    )
    later = (timezone.now() + timezone.timedelta(days=1)).date().isoformat()
    recent = all_pages(client, f"/services?modified_after={later}")

    assert [item["name"] for item in by_term] == [offers.babymassage.title]
    assert len(by_taxonomy) == len(PUBLIC)
    assert [item["name"] for item in by_organization] == [other.title]
    assert [item["name"] for item in recent] == [offers.vaeter.title]


def test_taxonomy_terms_filter_by_parent_and_top_level(client):
    taxonomy = Taxonomy.objects.get(slug="famkoop-themen")
    area = taxonomy.terms.filter(parent__isnull=True).first()

    children = all_pages(client, f"/taxonomy_terms?parent_id={area.uuid}")
    top = all_pages(client, f"/taxonomy_terms?top_only=true&taxonomy_id={taxonomy.uuid}")

    assert {item["id"] for item in children} == {str(t.uuid) for t in area.children.all()}
    assert all("parent_id" not in item for item in top)
    assert len(top) == taxonomy.terms.filter(parent__isnull=True).count()


def test_service_at_locations_near_a_postcode(client, offers):
    near = all_pages(client, "/service_at_locations?postcode=50667&proximity=5000")
    at_postcode = all_pages(client, "/service_at_locations?postcode=53111")

    assert {item["service"]["name"] for item in near} == {
        offers.babymassage.title,
        offers.krabbelgruppe.title,
        offers.paused.title,
    }
    assert [item["service"]["name"] for item in at_postcode] == [offers.elternkurs.title]


# --- Errors, caching, CORS -------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/services?page=0",
        "/services?page=abc",
        "/services?per_page=10000",
        "/services?per_page=0",
        "/services?modified_after=gestern",
        "/services?modified_after=2025-13-45",
        "/services?taxonomy_term_id=kein-uuid",
        "/services?full=vielleicht",
        "/services/kein-uuid",
        "/services?search=" + "x" * 201,
        "/services?search=Kurs&organization_id=7d1c7b5e-8f0c-4d0e-9a43-2f1f6a5d2b61",
        "/organizations?per_page=10000",
        "/organizations/123",
        "/taxonomies?page=-1",
        "/taxonomy_terms?parent_id=abc",
        "/service_at_locations?proximity=5000",
        "/service_at_locations?postcode=00000&proximity=5000",
        "/service_at_locations?postcode=50667&proximity=viel",
    ],
)
def test_bad_parameters_get_a_400_with_an_english_and_german_message(client, path):
    data = get_json(client, path, status=400)

    assert data["error"]
    assert data["error_de"]


@pytest.mark.parametrize(
    "endpoint",
    ["services", "organizations", "taxonomies", "taxonomy_terms", "service_at_locations"],
)
def test_unknown_uuid_is_a_404_with_a_message(client, endpoint):
    data = get_json(client, f"/{endpoint}/7d1c7b5e-8f0c-4d0e-9a43-2f1f6a5d2b61", status=404)

    assert data["error"] and data["error_de"]


def test_post_is_refused_with_a_json_405(client):
    response = client.post(f"{API}/services")

    assert response.status_code == 405
    assert response.json()["error"]


def test_repeated_request_with_etag_gets_304(client, offers):
    path = f"{API}/services/{offers.babymassage.uuid}"
    first = client.get(path)

    again = client.get(path, headers={"if-none-match": first["ETag"]})
    since = client.get(path, headers={"if-modified-since": first["Last-Modified"]})

    assert first["ETag"] and first["Last-Modified"]
    assert again.status_code == 304
    assert since.status_code == 304
    assert again["Access-Control-Allow-Origin"] == "*"


def test_changed_list_does_not_match_the_old_etag(client, offers):
    first = client.get(f"{API}/services")
    make_offer(None, title="Neues Angebot")

    again = client.get(f"{API}/services", headers={"if-none-match": first["ETag"]})

    assert again.status_code == 200


@pytest.mark.parametrize("path", ["/", "/services", "/organizations", "/services/abc"])
def test_every_response_allows_any_origin(client, path):
    assert client.get(f"{API}{path}")["Access-Control-Allow-Origin"] == "*"


# --- Queries do not grow with the page ------------------------------------------------------


def make_services(count: int, organization: Organization | None = None) -> None:
    organization = organization or OrganizationFactory()
    site = LocationFactory(organization=organization)
    for _ in range(count):
        service = ServiceFactory(organization=organization)
        ServiceAtLocationFactory(service=service, location=site)
        service.taxonomy_terms.set(TaxonomyTerm.objects.all()[:2])


def queries_for(client, path: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(f"{API}{path}")
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize(
    "path",
    [
        "/services?full=true&per_page=50",
        "/services?per_page=50",
        "/services?minimal=true&per_page=50",
        "/organizations?full_service=true&per_page=50",
        "/service_at_locations?per_page=50",
        "/service_at_locations?postcode=50823&proximity=3000&per_page=50",
    ],
)
def test_list_queries_are_the_same_for_one_and_twenty_services(
    client, django_assert_num_queries, path
):
    make_services(1)
    with_one = queries_for(client, path)
    make_services(19, organization=Organization.objects.get())

    with django_assert_num_queries(with_one):
        response = client.get(f"{API}{path}")

    assert response.json()["total_items"] == (1 if "organizations" in path else 20)


def test_unpublishing_an_offer_answers_if_modified_since_with_the_new_list(client, offers):
    first = client.get(f"{API}/services")
    Service.objects.filter(pk=offers.vaeter.pk).update(
        status=Service.Status.INACTIVE, updated_at=timezone.now() + timezone.timedelta(seconds=5)
    )

    again = client.get(f"{API}/services", headers={"if-modified-since": first["Last-Modified"]})

    assert again.status_code == 200
    assert again.json()["total_items"] == len(PUBLIC) - 1
