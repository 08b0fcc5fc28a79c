"""The knowledge pages in a real headless Chromium: axe-core and a 360 px wide phone."""

import pytest
from django.urls import reverse

from famkoop.knowledge.models import GuideQuestion
from famkoop.knowledge.seed.load import load_knowledge
from famkoop.testing import browser_db, browser_sign_in

pytestmark = [pytest.mark.browser, browser_db]

PHONE = {"width": 360, "height": 740}


def public_pages() -> dict[str, str]:
    return {
        "index": reverse("knowledge:index"),
        "question": reverse("knowledge:question", args=["kooperationsangebote-finanzieren"]),
        "examples": reverse("knowledge:examples"),
        "example": reverse("knowledge:example", args=["elterncafe-im-familienzentrum-lindenhof"]),
        "news": reverse("knowledge:news"),
        "news item": reverse(
            "knowledge:news_item", args=["famkoop-startet-mit-dem-praxisleitfaden"]
        ),
        "glossary": reverse("knowledge:glossary"),
        "search": reverse("knowledge:search") + "?q=Kooperationsvereinbarungen",
        "no hits": reverse("knowledge:search") + "?q=Zaubertrank",
    }


def backoffice_pages() -> dict[str, str]:
    question = GuideQuestion.objects.get(slug="kooperationsangebote-finanzieren")
    return {
        "dashboard": reverse("backoffice:dashboard"),
        "list": reverse("knowledge:bo_list"),
        "new question": reverse("knowledge:bo_create", args=["fragen"]),
        "new news": reverse("knowledge:bo_create", args=["neuigkeiten"]),
        "new example": reverse("knowledge:bo_create", args=["praxisbeispiele"]),
        "new term": reverse("knowledge:bo_create", args=["glossar"]),
        "edit": reverse("knowledge:bo_edit", args=["fragen", question.uuid]),
        "preview": reverse("knowledge:bo_preview", args=["fragen", question.uuid]),
        "history": reverse("knowledge:bo_history", args=["fragen", question.uuid]),
    }


def check(page, live_server, axe, pages: dict[str, str]) -> tuple[dict, dict]:
    violations, too_wide = {}, {}
    for name, path in pages.items():
        for size in ({"width": 1280, "height": 900}, PHONE):
            page.set_viewport_size(size)
            response = page.goto(live_server.url + path)
            assert response.status == 200, name
            if size == PHONE:
                width = page.evaluate("document.documentElement.scrollWidth")
                if width > PHONE["width"]:
                    too_wide[name] = width
            found = axe(page)
            if found:
                violations[f"{name} @{size['width']}"] = found
    return violations, too_wide


def test_public_knowledge_pages_pass_axe_and_fit_a_phone(live_server, page, axe):
    load_knowledge()
    violations, too_wide = check(page, live_server, axe, public_pages())
    assert violations == {}
    assert too_wide == {}


def test_backoffice_knowledge_pages_pass_axe_and_fit_a_phone(live_server, page, axe, editor):
    load_knowledge()
    browser_sign_in(page, live_server, editor)
    violations, too_wide = check(page, live_server, axe, backoffice_pages())
    assert violations == {}
    assert too_wide == {}


def test_an_editor_writes_and_publishes_a_glossary_term(live_server, page, editor):
    load_knowledge()
    browser_sign_in(page, live_server, editor)
    page.goto(live_server.url + reverse("knowledge:bo_create", args=["glossar"]))
    page.get_by_label("Begriff", exact=True).fill("Netzwerk")
    page.get_by_label("Adresse (Kurzname)").fill("netzwerk")
    page.get_by_label("Erklärung", exact=True).fill("Ein verlässlicher Verbund von Partnern.")
    page.get_by_role("button", name="Als Entwurf speichern").click()
    page.get_by_role("button", name="Veröffentlichen").click()
    assert "Veröffentlicht." in page.inner_text("main")
    page.goto(live_server.url + reverse("knowledge:glossary"))
    assert "Ein verlässlicher Verbund von Partnern." in page.inner_text("main")
