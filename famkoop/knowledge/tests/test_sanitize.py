import datetime

import pytest

from famkoop.knowledge import domain
from famkoop.knowledge.models import NewsItem
from famkoop.knowledge.sanitize import sanitize_html


def test_scripts_and_event_handlers_are_removed():
    cleaned = sanitize_html(
        '<p onclick="alert(1)">Hallo<script>alert(2)</script></p>'
        '<img src=x onerror="alert(3)"><a href="javascript:alert(4)" onmouseover="x()">Link</a>'
        '<p style="color:red">Text</p><iframe src="https://example.org"></iframe>'
    )
    assert "script" not in cleaned
    assert "alert" not in cleaned
    assert "onclick" not in cleaned and "onerror" not in cleaned and "onmouseover" not in cleaned
    assert "javascript:" not in cleaned
    assert "style=" not in cleaned
    assert "<img" not in cleaned and "<iframe" not in cleaned
    assert "<p>Hallo</p>" in cleaned


def test_allowed_markup_is_kept_and_links_get_rel():
    cleaned = sanitize_html(
        '<h2>Titel</h2><ul><li><strong>fett</strong></li></ul><a href="https://example.org">x</a>'
    )
    assert "<h2>Titel</h2>" in cleaned
    assert "<strong>fett</strong>" in cleaned
    assert 'href="https://example.org"' in cleaned
    assert 'rel="noopener noreferrer"' in cleaned


@pytest.mark.django_db
def test_saving_news_sanitises_the_body():
    item = domain.save_content(
        NewsItem(
            title="Test",
            slug="test",
            teaser="t",
            body='<p>ok</p><script>document.cookie</script><p onload="x()">b</p>',
            date=datetime.date(2026, 1, 1),
        )
    )
    item.refresh_from_db()
    assert item.body == "<p>ok</p><p>b</p>"
