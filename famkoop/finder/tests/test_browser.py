"""The finder in a real headless Chromium: axe-core, small screens, right to left, keyboard
only, no JavaScript, privacy and the htmx updates of the results."""

import base64
import re
from urllib.parse import urlencode

import pytest
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

from famkoop.search.index import index_services
from famkoop.search.tests.conftest import make_offer
from famkoop.testing import browser_db, browser_sign_in

pytestmark = [pytest.mark.browser, browser_db]

TILE_HOST = "https://kacheln.example.test"
# A transparent 1×1 PNG: what the intercepted tile server answers.
TINY_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)


def url(live_server, name: str, *args, language: str = "de", **query) -> str:
    """The live server's address of a named page, in a language, with a search query."""
    with translation.override(language):
        path = reverse(name, args=args)
    return live_server.url + path + ("?" + urlencode(query) if query else "")


def focused(page, expression: str = "id"):
    return page.evaluate(f"document.activeElement.{expression}")


def test_finder_pages_have_no_axe_violations(live_server, page, axe, offers, sites):
    pages = {
        "home": (live_server.url + reverse("pages:home"), "Was suchen Sie?"),
        "results": (
            url(live_server, "finder:results", q="Babymassage", place="50667"),
            offers.babymassage.title,
        ),
        "no results": (
            url(live_server, "finder:results", q="Babymassage", place="53111", radius=5, free=1),
            "Dazu haben wir leider kein Angebot gefunden.",
        ),
        "unknown postcode": (
            url(live_server, "finder:results", place="99999"),
            "Die Postleitzahl 99999 gibt es nicht.",
        ),
        "empty search": (url(live_server, "finder:results"), "oder wählen Sie ein Thema"),
        "offer": (
            url(live_server, "finder:offer", offers.babymassage.uuid),
            "Die nächsten Termine",
        ),
        "provider": (
            url(live_server, "finder:provider", "fbw-rheinland"),
            "Familienbildungswerk Rheinland",
        ),
        "site": (url(live_server, "finder:site", sites.ehrenfeld.uuid), "an diesem Standort"),
        "404": (live_server.url + "/gibt-es-nicht/", "Seite nicht gefunden"),
    }
    violations = {}
    for name, (address, expected_text) in pages.items():
        page.goto(address)
        assert expected_text in page.inner_text("main"), name
        violations[name] = axe(page)
    assert {name: found for name, found in violations.items() if found} == {}


def test_login_page_and_professional_finder_have_no_axe_violations(
    live_server, page, axe, offers, caseworker
):
    page.goto(url(live_server, "accounts:login"))
    assert axe(page) == []
    # Signed in with both factors (the sign-in pages are tested in famkoop/accounts).
    browser_sign_in(page, live_server, caseworker)
    page.goto(live_server.url + reverse("pages:home"))
    assert page.get_by_role("link", name="Fachkräfte-Suche").count() == 1

    page.goto(url(live_server, "finder:professional", place="50667", radius=50))
    assert page.get_by_role("heading", name="Fachkräfte-Suche").count() == 1
    expect(page.locator(".famkoop-professional").first).to_contain_text("Vermittlungen")
    assert axe(page) == []


def test_arabic_and_english_pages_have_no_axe_violations(live_server, page, axe, offers):
    arabic_results = url(
        live_server, "finder:results", language="ar", q="Babymassage", place="50667"
    )
    arabic_offer = url(live_server, "finder:offer", offers.babymassage.uuid, language="ar")
    english_results = url(live_server, "finder:results", language="en", place="50667", radius=50)
    for language, direction, address in (
        ("ar", "rtl", arabic_results),
        ("ar", "rtl", arabic_offer),
        ("en", "ltr", english_results),
    ):
        page.goto(address)
        assert page.get_attribute("html", "lang") == language
        assert page.get_attribute("html", "dir") == direction
        assert axe(page) == [], address


def test_german_offer_text_on_arabic_pages_is_marked_german_and_left_to_right(
    live_server, page, offers
):
    """Untranslated offers show the provider's German text: a screen reader must read it as
    German, and its punctuation must not jump to the wrong end of the line."""
    page.goto(url(live_server, "finder:results", language="ar", q="Babymassage", place="50667"))
    title = page.get_by_role("link", name=offers.babymassage.title)
    assert title.get_attribute("lang") == "de"
    assert title.evaluate("element => getComputedStyle(element).direction") == "ltr"

    page.goto(url(live_server, "finder:offer", offers.babymassage.uuid, language="ar"))
    for text in (offers.babymassage.title, offers.babymassage.summary):
        element = page.get_by_text(text, exact=True)
        assert element.get_attribute("lang") == "de", text
        assert element.evaluate("element => getComputedStyle(element).direction") == "ltr"


def test_results_and_offer_pages_fit_a_360_pixel_screen(live_server, browser, offers, tmp_path):
    context = browser.new_context(locale="de-DE", viewport={"width": 360, "height": 740})
    page = context.new_page()
    for language in ("de", "ar"):
        for name, address in (
            ("results", url(live_server, "finder:results", language=language, place="50667")),
            ("offer", url(live_server, "finder:offer", offers.elternkurs.uuid, language=language)),
        ):
            page.goto(address)
            widths = page.evaluate(
                "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
            )
            assert widths[0] <= min(360, widths[1]), (language, name, widths)
            screenshot = tmp_path / f"{name}-{language}-360.png"
            page.screenshot(path=screenshot, full_page=True)
            assert screenshot.stat().st_size > 10_000
    context.close()


def mark_results_as_old(page) -> None:
    """Mark the results region, to see that htmx replaced it (the new one has no mark)."""
    page.evaluate("document.querySelector('.famkoop-results').dataset.before = 'yes'")


def test_keyboard_only_search_and_filter(live_server, page, offers):
    page.goto(live_server.url + reverse("pages:home"))
    page.keyboard.press("Tab")
    assert focused(page, "textContent.trim()") == "Zum Inhalt springen"
    page.keyboard.press("Enter")
    assert focused(page) == "main"
    page.keyboard.press("Tab")
    assert focused(page) == "finder-q"
    page.keyboard.type("Babymassage")
    page.keyboard.press("Tab")
    assert focused(page) == "finder-place"
    page.keyboard.type("50667")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/suche/\?q=Babymassage&place=50667"))
    expect(page.get_by_role("link", name=offers.babymassage.title)).to_be_visible()

    for _ in range(40):
        page.keyboard.press("Tab")
        if focused(page, "type") == "checkbox":
            break
    checkbox_id, name, value = page.evaluate(
        "[document.activeElement.id, document.activeElement.name, document.activeElement.value]"
    )
    assert checkbox_id.startswith("filter-")
    mark_results_as_old(page)
    page.keyboard.press("Space")

    page.wait_for_url(re.compile(rf"[?&]{name}={value}(&|$)"))
    expect(page.locator("#finder-status")).to_have_text("1 Angebot gefunden")
    expect(page.locator(".famkoop-results[data-before]")).to_have_count(0)  # replaced by htmx
    checkbox = page.locator(f"#{checkbox_id}")
    expect(checkbox).to_be_focused()
    expect(checkbox).to_be_checked()

    # "Filter anwenden" stays for those who look for it; pressing it keeps the focus there too.
    apply = page.get_by_role("button", name="Filter anwenden")
    apply.focus()
    mark_results_as_old(page)
    with page.expect_response(lambda response: "/suche/" in response.url):
        page.keyboard.press("Enter")
    expect(page.locator(".famkoop-results[data-before]")).to_have_count(0)
    expect(apply).to_be_focused()

    page.goto(page.url)  # the address is the state: shared, it shows the same filter
    expect(page.locator(f"#{checkbox_id}")).to_be_checked()


def test_search_and_filters_work_without_javascript(live_server, browser, offers):
    context = browser.new_context(locale="de-DE", java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + reverse("pages:home"))
    page.get_by_label("Was suchen Sie?").fill("Babymassage")
    page.get_by_label("Wo?").fill("50667")
    page.get_by_label("Wo?").press("Enter")
    page.wait_for_url(re.compile(r"/suche/\?q=Babymassage&place=50667"))
    expect(page.get_by_role("link", name=offers.babymassage.title)).to_be_visible()

    page.get_by_label("kostenfrei").check()
    page.get_by_role("button", name="Filter anwenden").click()
    page.wait_for_url(re.compile(r"[?&]free=1(&|$)"))
    expect(page.get_by_label("kostenfrei")).to_be_checked()
    expect(page.get_by_role("link", name=offers.babymassage.title)).to_be_visible()
    context.close()


def test_browsing_sets_no_cookie_and_only_the_map_reaches_another_host(
    live_server, browser, axe, offers, settings
):
    settings.MAP_TILE_URL = TILE_HOST + "/{z}/{x}/{y}.png"
    context = browser.new_context(locale="de-DE")
    requested: list[str] = []
    context.on("request", lambda request: requested.append(request.url))

    def answer(route):
        if route.request.url.startswith(live_server.url):
            route.continue_()
        elif route.request.url.startswith(TILE_HOST + "/"):
            route.fulfill(status=200, content_type="image/png", body=TINY_PNG)
        else:
            route.abort()  # never the internet

    context.route("**/*", answer)
    page = context.new_page()

    page.goto(live_server.url + reverse("pages:home"))
    page.get_by_label("Was suchen Sie?").fill("Babymassage")
    page.get_by_label("Wo?").fill("50667")
    page.get_by_role("button", name="Suchen").click()
    page.get_by_role("link", name=offers.babymassage.title).click()
    page.wait_for_url(re.compile(str(offers.babymassage.uuid)))
    page.get_by_role("link", name="Familienbildungswerk Rheinland").first.click()
    page.wait_for_url(re.compile("/traeger/"))
    page.wait_for_load_state("networkidle")
    assert context.cookies() == []
    assert [address for address in requested if not address.startswith(live_server.url)] == []
    assert [address for address in requested if "leaflet" in address] == []

    page.go_back()
    with page.expect_request(lambda request: request.url.startswith(TILE_HOST)):
        page.get_by_role("button", name="Karte anzeigen").click()
    expect(page.get_by_role("button", name="Karte ausblenden")).to_have_attribute(
        "aria-expanded", "true"
    )
    leaflet = [address for address in requested if address.endswith("/leaflet.js")]
    assert leaflet == [live_server.url + "/static/vendor/leaflet/leaflet.js"]
    hosts = {address.split("/")[2] for address in requested}
    assert hosts == {live_server.url.split("/")[2], TILE_HOST.split("/")[2]}
    assert context.cookies() == []
    assert axe(page) == []
    context.close()


def spare_offers(sites, count: int) -> None:
    """More offers with one word in common, so that a search for it has two pages."""
    services = [
        make_offer(sites.ehrenfeld, title=f"Spielnachmittag {number}", summary="Spielen.")
        for number in range(1, count + 1)
    ]
    index_services(service.pk for service in services)


def test_filter_change_announces_the_count_and_paging_keeps_focus(live_server, page, sites, offers):
    page.goto(url(live_server, "finder:results", place="50667", radius=50))
    expect(page.locator("#hits-heading")).to_contain_text("7 Angebote")
    page.get_by_label(re.compile(r"^Kurs ")).check()
    expect(page.locator("#finder-status")).to_have_text("3 Angebote gefunden")
    expect(page.locator("#hits-heading")).to_contain_text("3 Angebote")
    assert "format=course" in page.url

    spare_offers(sites, 21)
    page.goto(url(live_server, "finder:results", q="Spielnachmittag"))
    expect(page.get_by_text("Seite 1 von 2")).to_be_visible()
    page.get_by_role("link", name="nächste Seite").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_text("Seite 2 von 2")).to_be_visible()
    assert page.url.endswith("page=2")
    expect(page.locator(".famkoop-card")).to_have_count(1)
    # The keyboard user lands on the new page's results, not back at the top of the document.
    expect(page.locator("#hits-heading")).to_be_focused()
    page.get_by_role("link", name="vorherige Seite").click()
    expect(page.get_by_text("Seite 1 von 2")).to_be_visible()
    assert "page=" not in page.url
    expect(page.locator(".famkoop-card")).to_have_count(20)


def test_language_switcher_keeps_the_search_and_its_filters(live_server, page, offers):
    page.goto(url(live_server, "finder:results", q="Babymassage", place="50667"))
    page.get_by_label("kostenfrei").check()  # an htmx update: only the address changes
    page.wait_for_url(re.compile(r"[?&]free=1(&|$)"))
    query = page.url.split("?", 1)[1]
    page.select_option("#language-select", "en")
    page.get_by_role("button", name="Wechseln").click()
    page.wait_for_url(re.compile("/en/"))
    assert page.url == url(live_server, "finder:results", language="en") + "?" + query
    assert page.get_attribute("html", "lang") == "en"
    expect(page.get_by_role("link", name=offers.babymassage.title)).to_be_visible()


def test_on_a_phone_filters_fold_away_and_stay_open_once_opened(live_server, browser, offers):
    context = browser.new_context(locale="de-DE", viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(url(live_server, "finder:results", place="50667", radius=50))
    free = page.get_by_label(re.compile(r"^kostenfrei"))
    expect(free).to_be_hidden()
    expect(page.get_by_role("link", name=offers.babymassage.title)).to_be_visible()
    page.locator("#finder-filters > summary").click()
    free.check()
    page.wait_for_url(re.compile(r"[?&]free=1(&|$)"))
    expect(page.locator("#filters-heading")).to_contain_text("1 gewählt")
    expect(page.get_by_label(re.compile(r"^kostenfrei"))).to_be_visible()
    context.close()
