"""Site, profile and area pages in a real headless Chromium: axe-core on every page (also with
errors), the pin map, the municipality search, and no traffic beyond the tile server."""

import base64

import pytest
from django.test import Client
from django.urls import reverse
from playwright.sync_api import expect

from famkoop.accounts.models import Role
from famkoop.directory.models import PlanningArea, ResponsibilityArea
from famkoop.directory.tests.factories import LocationFactory
from famkoop.testing import browser_db, sign_in

from .site_fixtures import member, session_cookie

pytestmark = [pytest.mark.browser, browser_db]

TILE_HOST = "https://kacheln.example.test"
TINY_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)


def signed_in_page(browser, live_server, user, requested: list[str] | None = None):
    """A German browser tab signed in as `user` (both factors); only the live server and the
    (intercepted) tile server are reachable."""
    client = Client()
    sign_in(client, user)
    context = browser.new_context(locale="de-DE")
    context.add_cookies([session_cookie(client, live_server)])

    def answer(route):
        if route.request.url.startswith(live_server.url):
            route.continue_()
        elif route.request.url.startswith(TILE_HOST + "/"):
            route.fulfill(status=200, content_type="image/png", body=TINY_PNG)
        else:
            route.abort()  # never the internet

    context.route("**/*", answer)
    if requested is not None:
        context.on("request", lambda request: requested.append(request.url))
    return context, context.new_page()


@pytest.fixture
def site(provider):
    return LocationFactory(organization=provider, name="Familienzentrum Sonnenblume")


def test_site_pages_have_no_axe_violations(live_server, browser, axe, provider, site):
    admin = member(provider, Role.ORGANIZATION_ADMIN, "olga@sonnenblume.example")
    context, page = signed_in_page(browser, live_server, admin)
    pages = [
        reverse("backoffice:dashboard"),
        reverse("backoffice:site_list", args=[provider.slug]),
        reverse("backoffice:site_create", args=[provider.slug]),
        reverse("backoffice:site_edit", args=[provider.slug, site.uuid]),
        reverse("backoffice:site_history", args=[provider.slug, site.uuid]),
        reverse("backoffice:organization_profile", args=[provider.slug]),
        reverse("backoffice:organization_history", args=[provider.slug]),
    ]
    violations = {}
    for address in pages:
        response = page.goto(live_server.url + address)
        assert response.status == 200, address
        violations[address] = axe(page)
    # An error state: unknown postcode and coordinates in Paris.
    page.goto(live_server.url + reverse("backoffice:site_create", args=[provider.slug]))
    page.get_by_label("Name").first.fill("Familienzentrum Paris")
    page.get_by_label("Postleitzahl").fill("00000")
    page.get_by_label("Breitengrad").fill("48.8566")
    page.get_by_label("Längengrad").fill("2.3522")
    page.get_by_role("button", name="Standort speichern").click()
    expect(page.locator("#id_postal_code-error")).to_have_text(
        "Die Postleitzahl 00000 gibt es nicht."
    )
    expect(page.locator("#id_latitude-error")).to_contain_text("nicht in Deutschland")
    expect(page.get_by_label("Postleitzahl")).to_have_attribute("aria-invalid", "true")
    violations["site error state"] = axe(page)
    assert {address: found for address, found in violations.items() if found} == {}
    context.close()


def test_profile_read_only_has_no_axe_violations(live_server, browser, axe, provider):
    staff = member(provider, Role.PROVIDER_STAFF, "alice@sonnenblume.example")
    context, page = signed_in_page(browser, live_server, staff)
    page.goto(live_server.url + reverse("backoffice:organization_profile", args=[provider.slug]))
    expect(page.get_by_text("Das Profil pflegt die Administration")).to_be_visible()
    assert axe(page) == []
    context.close()


def test_area_pages_have_no_axe_violations(live_server, browser, axe, youth_office):
    planner = member(youth_office, Role.PLANNER, "petra@jugendamt.example")
    ResponsibilityArea.objects.create(organization=youth_office, municipality_id="05315000")
    area = PlanningArea.objects.create(organization=youth_office, name="Nord", slug="nord")
    context, page = signed_in_page(browser, live_server, planner)
    pages = [
        reverse("backoffice:responsibility_area", args=[youth_office.slug]),
        reverse("backoffice:responsibility_history", args=[youth_office.slug]),
        reverse("backoffice:planning_area_list", args=[youth_office.slug]),
        reverse("backoffice:planning_area_create", args=[youth_office.slug]),
        # The edit page (same template and form as the new one) is left out: live-server tests
        # leave out the geography app (see famkoop.testing), and without it the planning
        # area's links to postcodes and municipalities cannot be read.
        reverse("backoffice:planning_area_history", args=[youth_office.slug, area.slug]),
    ]
    violations = {}
    for address in pages:
        response = page.goto(live_server.url + address)
        assert response.status == 200, address
        violations[address] = axe(page)
    page.goto(live_server.url + pages[3])
    page.get_by_label("Name").fill("Süd")
    page.get_by_label("Postleitzahlen").fill("50823, 00000")
    page.get_by_role("button", name="Sozialraum speichern").click()
    expect(page.locator("#id_postal_codes-error")).to_have_text(
        "Diese Postleitzahlen gibt es nicht: 00000"
    )
    violations["planning area error state"] = axe(page)
    assert {address: found for address, found in violations.items() if found} == {}
    context.close()


def test_municipality_search_narrows_the_list_and_a_found_one_is_saved(
    live_server, browser, youth_office
):
    planner = member(youth_office, Role.PLANNER, "petra@jugendamt.example")
    context, page = signed_in_page(browser, live_server, planner)
    page.goto(live_server.url + reverse("backoffice:responsibility_area", args=[youth_office.slug]))
    page.get_by_label("Gemeinde oder Kreis suchen").fill("leverk")
    expect(page.locator("#municipality-filter-status")).to_have_text("Gefundene Gemeinden: 1")
    expect(page.get_by_label("Köln", exact=True)).to_be_hidden()
    page.get_by_label("Leverkusen", exact=True).check()
    page.get_by_role("button", name="Zuständigkeitsbereich speichern").click()
    expect(page.get_by_text("1 hinzugefügt, 0 entfernt")).to_be_visible()
    assert list(
        ResponsibilityArea.objects.filter(organization=youth_office).values_list(
            "municipality__name", flat=True
        )
    ) == ["Leverkusen"]
    context.close()


def test_clicking_the_map_sets_the_coordinates_and_only_the_tile_server_is_asked(
    live_server, browser, axe, provider, site, settings
):
    settings.MAP_TILE_URL = TILE_HOST + "/{z}/{x}/{y}.png"
    staff = member(provider, Role.PROVIDER_STAFF, "alice@sonnenblume.example")
    requested: list[str] = []
    context, page = signed_in_page(browser, live_server, staff, requested)
    page.goto(live_server.url + reverse("backoffice:site_edit", args=[provider.slug, site.uuid]))
    page.wait_for_load_state("networkidle")
    assert [address for address in requested if not address.startswith(live_server.url)] == []
    assert [address for address in requested if "leaflet" in address] == []

    with page.expect_request(lambda request: request.url.startswith(TILE_HOST)):
        page.get_by_role("button", name="Karte anzeigen").click()
    expect(page.get_by_role("button", name="Karte ausblenden")).to_have_attribute(
        "aria-expanded", "true"
    )
    before = (
        page.get_by_label("Breitengrad").input_value(),
        page.get_by_label("Längengrad").input_value(),
    )
    canvas = page.locator("#site-map")
    box = canvas.bounding_box()
    page.mouse.click(box["x"] + box["width"] * 0.8, box["y"] + box["height"] * 0.25)
    after = (
        page.get_by_label("Breitengrad").input_value(),
        page.get_by_label("Längengrad").input_value(),
    )
    assert after != before
    latitude, longitude = float(after[0]), float(after[1])
    assert latitude > site.latitude and longitude > site.longitude  # up and to the right
    assert abs(latitude - site.latitude) < 0.05 and abs(longitude - site.longitude) < 0.05
    assert axe(page) == []

    page.get_by_role("button", name="Standort speichern").click()
    expect(page.get_by_text("ist gespeichert")).to_be_visible()
    site.refresh_from_db()
    assert (site.latitude, site.longitude) == (latitude, longitude)
    hosts = {address.split("/")[2] for address in requested}
    assert hosts == {live_server.url.split("/")[2], TILE_HOST.split("/")[2]}
    context.close()


def test_without_javascript_the_coordinates_are_plain_fields(live_server, browser, provider, site):
    staff = member(provider, Role.PROVIDER_STAFF, "alice@sonnenblume.example")
    client = Client()
    sign_in(client, staff)
    context = browser.new_context(locale="de-DE", java_script_enabled=False)
    context.add_cookies([session_cookie(client, live_server)])
    page = context.new_page()
    page.goto(live_server.url + reverse("backoffice:site_edit", args=[provider.slug, site.uuid]))
    expect(page.get_by_role("button", name="Karte anzeigen")).to_be_hidden()
    page.get_by_label("Breitengrad").fill("50.96")
    page.get_by_label("Längengrad").fill("6.93")
    page.get_by_role("button", name="Standort speichern").click()
    expect(page.get_by_text("ist gespeichert")).to_be_visible()
    site.refresh_from_db()
    assert (site.latitude, site.longitude) == (50.96, 6.93)
    context.close()
