"""The feeds parse as XML and carry the required RSS 2.0 / Atom 1.0 elements."""

import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

from famkoop.knowledge.models import NewsItem
from famkoop.knowledge.tests.factories import NewsItemFactory

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def parse(content: bytes) -> ET.Element:
    """Our own server's answer in a test, not untrusted input."""
    return ET.fromstring(content)  # noqa: S314


@pytest.fixture
def news(db):
    published = [NewsItemFactory(title=f"Meldung {n}", slug=f"meldung-{n}") for n in range(3)]
    NewsItemFactory(title="Geheimer Entwurf", slug="entwurf", status="draft")
    return published


def test_rss_feed_is_valid_rss_2_with_the_published_items(client, news):
    response = client.get(reverse("knowledge:news_rss"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    root = parse(response.content)
    assert root.tag == "rss" and root.get("version") == "2.0"
    channel = root.find("channel")
    for required in ("title", "link", "description"):
        assert channel.findtext(required), required
    items = channel.findall("item")
    assert sorted(item.findtext("title") for item in items) == [n.title for n in news]
    for item in items:
        assert item.findtext("link").startswith("http://testserver/wissen/neuigkeiten/")
        assert item.findtext("guid").startswith("urn:uuid:")
        assert item.findtext("pubDate")
        assert {c.text for c in item.findall("category")} == {"Kooperation", "Jugendamt"}
    assert "Geheimer Entwurf" not in response.content.decode()


def test_atom_feed_is_valid_atom_1_with_the_published_items(client, news):
    response = client.get(reverse("knowledge:news_atom"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = parse(response.content)
    assert root.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated"):
        assert root.findtext(f"{ATOM}{required}"), required
    assert root.find(f"{ATOM}link[@rel='self']") is not None
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == 3
    for entry in entries:
        for required in ("id", "title", "updated"):
            assert entry.findtext(f"{ATOM}{required}"), required
        assert entry.find(f"{ATOM}link").get("href").startswith("http://testserver/wissen/")
        assert entry.findtext(f"{ATOM}summary") == "Kurz gesagt."


def test_demo_news_are_marked_in_the_feed(client, db):
    NewsItemFactory(title="Beispiel", is_demo=True)
    root = parse(client.get(reverse("knowledge:news_rss")).content)
    assert root.find("channel/item").findtext("title") == "[Demo] Beispiel"


def test_seeded_feed_has_all_demo_news(client, seeded):
    root = parse(client.get(reverse("knowledge:news_atom")).content)
    assert len(root.findall(f"{ATOM}entry")) == NewsItem.objects.published().count()
