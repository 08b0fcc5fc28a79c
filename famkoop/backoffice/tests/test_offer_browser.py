"""The offer editor in a real headless Chromium: axe-core on every page (with errors shown),
the main flow by keyboard only, and provider staff publishing a new weekly offer that families
then find in the public finder."""

import re
from urllib.parse import urlencode

import pytest
from django.test import Client
from django.urls import reverse
from playwright.sync_api import expect

from famkoop.directory.models import Service
from famkoop.testing import browser_db, sign_in

from . import offer_fixtures
from .offer_fixtures import offer_url, parts

pytestmark = [pytest.mark.browser, browser_db]

offer = offer_fixtures.offer
site = offer_fixtures.site


def signed_in(page, live_server, user) -> None:
    """Give the browser the session of `user` signed in with both factors."""
    client = Client()
    sign_in(client, user)
    cookie = client.cookies["sessionid"]
    page.context.add_cookies([{"name": "sessionid", "value": cookie.value, "url": live_server.url}])


def test_offer_editor_pages_have_no_axe_violations(live_server, page, axe, provider_staff, offer):
    signed_in(page, live_server, provider_staff)
    p = parts(offer)
    slug = offer.organization.slug
    pages = {
        "list": (reverse("backoffice:offers", args=[slug]), "Angebote"),
        "create": (reverse("backoffice:offer_create", args=[slug]), "Neues Angebot"),
        "edit": (offer_url("offer_edit", offer), "Worum geht es?"),
        "dates": (offer_url("offer_dates", offer), "Regelmäßige Termine"),
        "new rule": (offer_url("schedule_create", offer), "Regelmäßigen Termin hinzufügen"),
        "rule": (offer_url("schedule_edit", offer, p.schedule.uuid), "Einen Termin absagen"),
        "new session": (offer_url("session_create", offer), "Einzeltermin hinzufügen"),
        "session": (offer_url("session_edit", offer, p.session.pk), "Einzeltermin bearbeiten"),
        "translations": (offer_url("offer_translations", offer), "Übersetzung hinzufügen"),
        "translation": (offer_url("translation_edit", offer, "en"), "bearbeiten"),
        "preview": (offer_url("offer_preview", offer), "So sehen Familien dieses Angebot"),
        "history": (offer_url("offer_history", offer), "Änderungsverlauf"),
    }
    violations = {}
    for name, (path, expected_text) in pages.items():
        page.goto(live_server.url + path)
        assert expected_text in page.inner_text("main"), name
        violations[name] = axe(page)
    assert {name: found for name, found in violations.items() if found} == {}


def test_history_on_a_phone_scrolls_by_keyboard_and_passes_axe(
    live_server, page, axe, provider_staff, offer
):
    offer.title = "Eltern-Kind-Gruppe am Morgen mit einem recht langen Titel"
    offer.save()
    signed_in(page, live_server, provider_staff)
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(live_server.url + offer_url("offer_history", offer))
    region = page.locator(".kern-table-responsive")
    expect(region).to_be_visible()
    assert region.get_attribute("role") == "region"
    assert region.get_attribute("tabindex") == "0"
    assert axe(page) == []


def test_forms_with_errors_have_no_axe_violations(live_server, page, axe, provider_staff, offer):
    signed_in(page, live_server, provider_staff)
    page.goto(live_server.url + reverse("backoffice:offer_create", args=[offer.organization.slug]))
    page.get_by_label("Mindestalter: Jahre").fill("5")
    page.get_by_label("Höchstalter: Jahre").fill("2")
    page.get_by_role("button", name="Entwurf speichern").click()
    expect(page.locator("#id_title-error")).to_have_text("Bitte geben Sie einen Titel ein.")
    expect(page.locator("#id_age_max_years-error")).to_contain_text(
        "Das Höchstalter darf nicht unter dem Mindestalter liegen."
    )
    assert page.get_by_label("Titel").get_attribute("aria-invalid") == "true"
    assert axe(page) == []

    page.goto(live_server.url + offer_url("schedule_create", offer))
    page.get_by_role("button", name="Terminregel speichern").click()
    expect(page.locator("#id_weekdays-error")).to_have_text(
        "Bitte wählen Sie mindestens einen Wochentag."
    )
    assert axe(page) == []

    rule = parts(offer).schedule
    page.goto(live_server.url + offer_url("schedule_edit", offer, rule.uuid))
    page.get_by_role("button", name="Ausfall eintragen").click()
    expect(page.locator("#id_date-error")).to_have_text("Bitte geben Sie das Datum ein.")
    assert axe(page) == []


def tab_to(page, selector: str, limit: int = 250) -> None:
    """Press Tab until the element matching `selector` has the focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(
            "(selector) => document.activeElement === document.querySelector(selector)", selector
        ):
            return
    raise AssertionError(f"{selector} cannot be reached with the Tab key")


def test_main_flow_works_with_the_keyboard_alone(live_server, page, provider_staff, site):
    signed_in(page, live_server, provider_staff)
    page.goto(live_server.url + reverse("backoffice:offers", args=[site.organization.slug]))
    tab_to(page, "a[href$='/angebote/neu/']")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/angebote/neu/$"))

    tab_to(page, "#id_title")
    page.keyboard.type("Vätertreff am Samstag")
    tab_to(page, "#id_format")
    page.keyboard.press("ArrowDown")  # the first format
    tab_to(page, "#id_locations_0")
    page.keyboard.press("Space")
    tab_to(page, ".famkoop-offer-form button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/termine/$"))
    service = Service.objects.get(title="Vätertreff am Samstag")
    assert list(service.locations.all()) == [site]

    tab_to(page, "a[href$='/termine/regel/neu/']")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/regel/neu/$"))
    tab_to(page, "#id_weekdays_5")  # Samstag
    page.keyboard.press("Space")
    # Chromium's time field follows the machine's locale; the trailing A/P sets the half of
    # the day where the field has one and is ignored where it has none.
    tab_to(page, "#id_opens_at")
    page.keyboard.type("1000A")
    tab_to(page, "#id_closes_at")
    page.keyboard.type("1200P")
    tab_to(page, "form.famkoop-form button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/termine/$"))
    assert service.schedules.get().byday == "SA"

    tab_to(page, "form[action$='/veroeffentlichen/'] button")
    page.keyboard.press("Enter")
    expect(page.get_by_role("status").first).to_contain_text("ist veröffentlicht")
    service.refresh_from_db()
    assert service.status == Service.Status.ACTIVE


def test_provider_staff_publish_a_new_weekly_offer_and_find_it_in_the_public_finder(
    live_server, page, provider_staff, site
):
    signed_in(page, live_server, provider_staff)
    page.goto(live_server.url + reverse("backoffice:dashboard"))
    page.get_by_role("link", name="Neues Angebot anlegen").click()

    page.get_by_label("Titel", exact=True).fill("Elterncafé Sonnenblume")
    page.get_by_label("Kurzbeschreibung (optional)", exact=True).fill(
        "Offener Treff für Eltern mit Babys."
    )
    page.get_by_label("Format", exact=True).select_option(label="Offene Gruppe / Treff")
    page.get_by_label("Mindestalter: Jahre (optional)", exact=True).fill("0")
    page.get_by_label("Höchstalter: Jahre (optional)", exact=True).fill("3")
    page.get_by_label("Kostenfrei", exact=True).check()
    page.get_by_label(str(site), exact=True).check()
    page.get_by_role("button", name="Entwurf speichern").click()
    expect(page.get_by_role("status").first).to_contain_text("ist gespeichert")

    page.get_by_role("link", name="Regelmäßigen Termin hinzufügen").click()
    page.get_by_label("Donnerstag", exact=True).check()
    page.get_by_label("Beginn", exact=True).fill("09:30")
    page.get_by_label("Ende", exact=True).fill("11:00")
    page.get_by_label("Nicht in den Schulferien", exact=True).check()
    page.get_by_role("button", name="Terminregel speichern").click()
    expect(page.get_by_role("link", name=re.compile("Donnerstags"))).to_be_visible()

    page.get_by_role("link", name="Vorschau", exact=True).click()
    expect(page.locator("main")).to_contain_text("Donnerstags, 9:30–11:00 Uhr")
    expect(page.locator("main")).to_contain_text("Öffentlich sichtbar wird es erst")
    page.get_by_role("link", name="Zurück zum Bearbeiten").click()

    page.get_by_role("button", name="Veröffentlichen", exact=True).click()
    expect(page.get_by_role("status").first).to_contain_text("ist veröffentlicht")

    page.goto(f"{live_server.url}{reverse('finder:results')}?{urlencode({'q': 'Elterncafé'})}")
    result = page.get_by_role("link", name="Elterncafé Sonnenblume")
    expect(result).to_be_visible()
    result.click()
    page.wait_for_url(re.compile(r"/angebote/[0-9a-f-]+/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Elterncafé Sonnenblume")
    expect(page.locator(".famkoop-dates")).to_contain_text("Donnerstag")
