"""The public pages in a real headless Chromium: rendering, keyboard use, axe-core."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from famkoop.testing import browser_db

pytestmark = [pytest.mark.browser, browser_db]


def test_debian_chromium_drives_pages_and_htmx_is_loaded(live_server, page):
    """Smoke test: fails loudly if Playwright and Debian's Chromium stop working together."""
    page.goto(live_server.url + reverse("pages:home"))
    assert page.title().endswith("famkoop")
    assert page.evaluate("typeof window.htmx") == "object"
    font_ready = page.evaluate(
        "document.fonts.ready.then(() => document.fonts.check('16px \"Fira Sans\"'))"
    )
    assert font_ready


@pytest.mark.parametrize("name", ["home", "imprint", "privacy", "accessibility", "sources"])
def test_public_pages_have_no_axe_violations(live_server, page, axe, name):
    page.goto(live_server.url + reverse(f"pages:{name}"))
    assert axe(page) == []


def test_public_pages_have_no_axe_violations_in_dark_mode(live_server, page, axe):
    page.emulate_media(color_scheme="dark")
    page.goto(live_server.url + reverse("pages:home"))
    assert axe(page) == []


@pytest.mark.parametrize("name", ["home", "privacy"])
def test_english_pages_have_no_axe_violations(live_server, browser, axe, name):
    context = browser.new_context(locale="en-GB")
    page = context.new_page()
    with translation.override("en"):
        page.goto(live_server.url + reverse(f"pages:{name}"))
    assert page.get_attribute("html", "lang") == "en"
    assert page.get_by_role("link", name="Skip to main content").count() == 1
    assert axe(page) == []
    context.close()


@pytest.mark.parametrize("locale", ["ar", "tr"])
def test_arabic_and_turkish_home_pages_have_no_axe_violations(live_server, browser, axe, locale):
    context = browser.new_context(locale=locale)
    page = context.new_page()
    with translation.override(locale):
        page.goto(live_server.url + reverse("pages:home"))
    assert page.get_attribute("html", "lang") == locale
    assert axe(page) == []
    context.close()


def test_arabic_home_page_is_laid_out_right_to_left(live_server, browser):
    width = 1280
    context = browser.new_context(locale="ar", viewport={"width": width, "height": 800})
    page = context.new_page()
    with translation.override("ar"):
        page.goto(live_server.url + reverse("pages:home"))
    assert page.get_attribute("html", "lang") == "ar"
    assert page.get_attribute("html", "dir") == "rtl"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"

    # The header starts on the right: the brand sits right of the language form.
    brand = page.locator(".famkoop-brand").bounding_box()
    language_form = page.locator(".famkoop-language").bounding_box()
    assert brand["x"] > language_form["x"]
    assert brand["x"] + brand["width"] > width / 2 > language_form["x"]

    # The skip link is still the first stop and appears at the right-hand (start) edge.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == (
        "الانتقال إلى المحتوى الرئيسي"
    )
    skip_link = page.locator(".famkoop-skip-link").bounding_box()
    assert skip_link["x"] > width / 2
    assert width - (skip_link["x"] + skip_link["width"]) < 64
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    context.close()


def test_skip_link_is_first_and_moves_focus_to_main(live_server, page):
    page.goto(live_server.url + reverse("pages:home"))
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Zum Inhalt springen"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_nothing_is_loaded_from_other_hosts(live_server, page):
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(live_server.url + reverse("pages:home"))
    page.wait_for_load_state("networkidle")
    foreign = [url for url in requested if not url.startswith(live_server.url)]
    assert foreign == []
    assert any(re.search(r"/static/vendor/kern/fonts/fira-sans/.+\.woff2$", u) for u in requested)


def test_language_switcher_changes_the_page_language(live_server, page):
    page.goto(live_server.url + reverse("pages:home"))
    page.select_option("#language-select", "en")
    page.get_by_role("button", name="Wechseln").click()
    page.wait_for_load_state()
    assert page.get_attribute("html", "lang") == "en"
    assert page.url.endswith("/en/")


def test_axe_check_reports_a_real_violation(page, axe):
    """Guards the accessibility tests themselves: axe must see an image without alt text."""
    page.set_content(
        '<html lang="de"><head><title>t</title></head>'
        '<body><main><img src="x.png"></main></body></html>'
    )
    assert "image-alt" in [violation["id"] for violation in axe(page)]
