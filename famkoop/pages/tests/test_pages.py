import re
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

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


def test_language_switch_keeps_the_page_and_its_query(client):
    response = client.get(
        reverse("switch_language"), {"language": "tr", "next": "/datenschutz/?a=1"}
    )
    assert response["Location"] == "/tr/datenschutz/?a=1"
    back = client.get(reverse("switch_language"), {"language": "de", "next": "/tr/datenschutz/"})
    assert back["Location"] == "/datenschutz/"
    assert not response.cookies and not back.cookies


@pytest.mark.parametrize(
    "query",
    [
        {"language": "xx", "next": "/impressum/"},
        {"language": "en", "next": "https://evil.example/"},
        {"language": "en", "next": "//evil.example/"},
        {},
    ],
)
def test_language_switch_refuses_foreign_targets_and_unknown_languages(client, query):
    response = client.get(reverse("switch_language"), query)
    assert response.status_code == 302
    assert response["Location"].startswith("/")
    assert not response["Location"].startswith("//")


def test_home_explains_an_empty_directory(client):
    response = client.get(reverse("pages:home"))
    assert "Noch sind keine Angebote eingetragen" in response.content.decode()


def test_home_in_english_when_chosen(client):
    switched = client.get(reverse("switch_language"), {"language": "en", "next": "/"})
    assert switched.status_code == 302
    assert switched["Location"] == "/en/"
    response = client.get(switched["Location"])
    assert response["Content-Language"] == "en"
    body = response.content.decode()
    assert "Skip to main content" in body
    assert "Family education offers" in body
    assert "Zum Inhalt springen" not in body
    assert "Angebote der Familienbildung" not in body


def test_pages_refuse_post(client):
    assert client.post(reverse("pages:imprint")).status_code == 405


def _po_entries(path: Path) -> list[tuple[list[str], str, list[str]]]:
    """(flags, msgid, msgstrs) per entry of a .po file, header and obsolete entries left out."""
    entries = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        lines = [line for line in block.strip().splitlines() if not line.startswith("#~")]
        flags = [f.strip() for line in lines if line.startswith("#,") for f in line[2:].split(",")]
        fields: dict[str, str] = {}
        key = None
        for line in lines:
            if match := re.match(r'^(msgid|msgid_plural|msgstr(?:\[\d+\])?) "(.*)"$', line):
                key = match.group(1)
                fields[key] = match.group(2)
            elif key and line.startswith('"'):
                fields[key] += line[1:-1]
        if fields.get("msgid"):
            msgstrs = [value for name, value in fields.items() if name.startswith("msgstr")]
            entries.append((flags, fields["msgid"], msgstrs))
    return entries


TRANSLATED_LANGUAGES = [code for code, _ in settings.LANGUAGES if code != settings.LANGUAGE_CODE]

SKIP_LINK = {
    "en": "Skip to main content",
    "tr": "Ana içeriğe atla",
    "ar": "الانتقال إلى المحتوى الرئيسي",
    "uk": "Перейти до основного вмісту",
    "ru": "Перейти к основному содержанию",
}


# Number of plural forms per language, as in Django's own catalogues.
NPLURALS = {"en": 2, "tr": 2, "ar": 6, "uk": 3, "ru": 3}


def test_every_offered_language_is_known_to_these_tests():
    assert sorted(TRANSLATED_LANGUAGES) == sorted(SKIP_LINK) == sorted(NPLURALS)


@pytest.mark.parametrize("code", TRANSLATED_LANGUAGES)
def test_catalogue_is_complete(code):
    po = Path(settings.LOCALE_PATHS[0]) / code / "LC_MESSAGES" / "django.po"
    entries = _po_entries(po)
    assert len(entries) > 200
    fuzzy = [msgid for flags, msgid, _ in entries if "fuzzy" in flags]
    untranslated = [msgid for _, msgid, msgstrs in entries if not msgstrs or not all(msgstrs)]
    assert not fuzzy, f"fuzzy translations in {po}: {fuzzy}"
    assert not untranslated, f"untranslated strings in {po}: {untranslated}"
    header = po.read_text(encoding="utf-8").split("\n\n", 1)[0]
    assert "fuzzy" not in header
    assert f'"Language: {code}\\n"' in header
    assert f"Plural-Forms: nplurals={NPLURALS[code]};" in header


@pytest.mark.parametrize("code", TRANSLATED_LANGUAGES)
def test_home_in_each_language_when_chosen(client, code):
    with translation.override(code):
        response = client.get(reverse("pages:home"))
    assert response["Content-Language"] == code
    body = response.content.decode()
    direction = "rtl" if code == "ar" else "ltr"
    assert f'<html lang="{code}" dir="{direction}">' in body
    assert SKIP_LINK[code] in body
    assert "Zum Inhalt springen" not in body


def test_privacy_page_names_the_map_tile_server_and_the_demand_statistics(client, settings):
    settings.MAP_TILE_URL = "https://karten.example.org/{z}/{x}/{y}.png"
    body = client.get(reverse("pages:privacy")).content.decode()
    assert "karten.example.org" in body
    assert "Anonyme Suchstatistik" in body
    assert "django_language" not in body


def test_german_page_offers_the_browsers_language_without_a_cookie(client):
    response = client.get("/suche/?q=Babymassage", headers={"Accept-Language": "tr-TR,tr;q=0.9"})
    body = response.content.decode()
    assert response["Content-Language"] == "de"
    assert 'class="famkoop-language-hint" lang="tr" dir="ltr"' in body
    assert 'href="/tr/suche/?q=Babymassage" hreflang="tr"' in body
    assert "Accept-Language" in response["Vary"]
    assert not response.cookies


def test_arabic_language_hint_is_right_to_left_and_none_for_german_browsers(client):
    arabic = client.get("/", headers={"Accept-Language": "ar"}).content.decode()
    assert 'lang="ar" dir="rtl"' in arabic and 'href="/ar/"' in arabic
    german = client.get("/", headers={"Accept-Language": "de-DE,de;q=0.9,en;q=0.8"})
    assert "famkoop-language-hint" not in german.content.decode()
    english_page = client.get("/en/", headers={"Accept-Language": "tr"})
    assert "famkoop-language-hint" not in english_page.content.decode()
