import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.urls import reverse

from famkoop.knowledge.tests.factories import (
    GlossaryTermFactory,
    GuideQuestionFactory,
    NewsItemFactory,
    PracticeExampleFactory,
)

pytestmark = pytest.mark.django_db


def test_public_pages_show_the_seeded_content(client, seeded):
    pages = {
        reverse("knowledge:index"): "Wie finanzieren wir Kooperationsangebote?",
        reverse("knowledge:question", args=["kooperationsangebote-finanzieren"]): "§ 77 SGB VIII",
        reverse("knowledge:examples"): "Beispielinhalt (Demo)",
        reverse(
            "knowledge:example", args=["elterncafe-im-familienzentrum-lindenhof"]
        ): "Beispielinhalt (Demo)",
        reverse("knowledge:news"): "Beispielinhalt (Demo)",
        reverse(
            "knowledge:news_item", args=["famkoop-startet-mit-dem-praxisleitfaden"]
        ): "Beispielinhalt (Demo)",
        reverse("knowledge:glossary"): "Hilfen zur Erziehung",
        reverse("knowledge:search") + "?q=Sozialdaten": "Treffer",
    }
    for url, text in pages.items():
        response = client.get(url)
        assert response.status_code == 200, url
        assert text in response.content.decode(), url


def test_question_page_shows_sources_reviewed_date_glossary_and_related(client, seeded):
    page = client.get(
        reverse("knowledge:question", args=["kooperationsangebote-finanzieren"])
    ).content.decode()
    assert "Worauf die Antwort beruht" in page
    assert "Zuletzt fachlich geprüft am" in page
    assert "/wissen/glossar/#familien-in-besonderen-belastungssituationen" in page
    assert "Was gehört in eine Kooperationsvereinbarung?" in page


def test_drafts_are_404_for_the_public(client, db):
    drafts = {
        "knowledge:question": GuideQuestionFactory(status="draft"),
        "knowledge:example": PracticeExampleFactory(status="draft"),
        "knowledge:news_item": NewsItemFactory(status="draft"),
        "knowledge:news_image": NewsItemFactory(status="draft"),
    }
    for name, obj in drafts.items():
        assert client.get(reverse(name, args=[obj.slug])).status_code == 404, name
    GlossaryTermFactory(term="Geheimbegriff", status="draft")
    assert "Geheimbegriff" not in client.get(reverse("knowledge:glossary")).content.decode()
    NewsItemFactory(title="Geheime Meldung", status="draft")
    assert "Geheime Meldung" not in client.get(reverse("knowledge:news")).content.decode()


def test_news_list_query_count_is_constant(client, django_assert_num_queries):
    NewsItemFactory.create_batch(2)
    with django_assert_num_queries(2):
        client.get(reverse("knowledge:news"))
    NewsItemFactory.create_batch(8)
    with django_assert_num_queries(2):
        response = client.get(reverse("knowledge:news"))
    assert response.content.decode().count('famkoop-card"') == 10


def test_news_item_has_open_graph_meta_and_plain_share_links(client, db):
    item = NewsItemFactory(title="Neue Förderung", slug="neue-foerderung")
    page = client.get(reverse("knowledge:news_item", args=[item.slug])).content.decode()
    assert '<meta property="og:title" content="Neue Förderung">' in page
    assert (
        '<meta property="og:image" content="http://testserver/wissen/neuigkeiten/'
        'neue-foerderung/bild.png">' in page
    )
    assert "mailto:?subject=Neue%20F%C3%B6rderung" in page
    assert "https://mastodon.social/share?text=" in page
    # Nothing is loaded from social networks: no scripts, frames or images from them.
    assert "<iframe" not in page
    for host in ("mastodon.social", "facebook.com", "bsky.app", "linkedin.com", "wa.me"):
        assert f'src="https://{host}' not in page
        assert f"src='https://{host}" not in page


def test_mastodon_link_goes_to_the_chosen_instance_only_if_it_is_a_host(client, db):
    item = NewsItemFactory()
    url = reverse("knowledge:news_item", args=[item.slug])
    page = client.get(url, {"instanz": "https://social.example/@someone"}).content.decode()
    assert "https://social.example/share?text=" in page
    page = client.get(url, {"instanz": "evil.example/redirect?x=1"}).content.decode()
    assert "https://evil.example/share" in page  # only the host is kept
    page = client.get(url, {"instanz": "javascript:alert(1)"}).content.decode()
    assert "https://mastodon.social/share?text=" in page
    assert "javascript:alert" not in page


def test_open_graph_image_is_a_png_of_1200_by_630(client, db):
    import io

    from PIL import Image

    item = NewsItemFactory(title="Ein sehr langer Titel " * 8)
    response = client.get(reverse("knowledge:news_image", args=[item.slug]))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert Image.open(io.BytesIO(response.content)).size == (1200, 630)
    assert "Last-Modified" in response


def test_guide_links_tag_shows_questions_for_a_context(seeded):
    html = Template('{% load knowledge %}{% guide_links "agreement_form" %}').render(Context())
    assert "Wie finanzieren wir Kooperationsangebote?" in html
    assert 'href="/wissen/fragen/kooperationsangebote-finanzieren/"' in html
    assert (
        Template('{% load knowledge %}{% guide_links "unbekannt" %}').render(Context()).strip()
        == ""
    )


def test_dashboard_block_links_the_guide_and_for_editors_the_editing(client, seeded, editor):
    from famkoop.testing import sign_in

    request = RequestFactory().get("/")
    request.user = editor
    html = Template("{% load knowledge %}{% knowledge_dashboard %}").render(
        Context({"request": request})
    )
    assert "Wie finanzieren wir Kooperationsangebote?" in html
    assert reverse("knowledge:bo_list") in html
    sign_in(client, editor)
    page = client.get(reverse("backoffice:dashboard")).content.decode()
    assert "Praxisleitfaden" in page and reverse("knowledge:bo_list") in page


def test_main_navigation_links_the_knowledge(client, db):
    assert 'href="/wissen/"' in client.get(reverse("knowledge:glossary")).content.decode()
