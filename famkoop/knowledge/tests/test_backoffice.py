"""Editors write, preview, publish and withdraw; everyone else is refused."""

import pytest
from django.urls import reverse

from famkoop.audit.history import history_for
from famkoop.knowledge.models import GuideQuestion, NewsItem, Status
from famkoop.knowledge.tests.factories import GlossaryTermFactory, GuideQuestionFactory
from famkoop.testing import sign_in

pytestmark = pytest.mark.django_db

QUESTION_FORM = {
    "question": "Wie gründen wir einen Elterntreff?",
    "slug": "elterntreff-gruenden",
    "chapter": "projects",
    "order": "3",
    "summary": "Mit einem Raum und einer Idee.",
    "answer": '<p>Zuerst den Raum.</p><script>alert("x")</script><p onclick="x()">Dann</p>',
    "sources": "§ 16 SGB VIII",
    "reviewed_on": "2026-11-01",
    "tools": ["finder"],
    "contexts": ["dashboard"],
}


def test_editor_creates_a_draft_previews_publishes_and_withdraws(client, editor):
    sign_in(client, editor)
    term = GlossaryTermFactory(term="Elterntreff")
    response = client.post(
        reverse("knowledge:bo_create", args=["fragen"]),
        {**QUESTION_FORM, "glossary_terms": [term.pk]},
    )
    question = GuideQuestion.objects.get(slug="elterntreff-gruenden")
    assert response.status_code == 302
    assert response["Location"] == reverse("knowledge:bo_edit", args=["fragen", question.uuid])
    assert question.status == Status.DRAFT
    assert "script" not in question.answer and "onclick" not in question.answer
    assert list(question.glossary_terms.all()) == [term]

    public_url = reverse("knowledge:question", args=[question.slug])
    client.logout()
    assert client.get(public_url).status_code == 404
    sign_in(client, editor)

    preview = client.get(reverse("knowledge:bo_preview", args=["fragen", question.uuid]))
    assert preview.status_code == 200
    page = preview.content.decode()
    assert "Vorschau eines Entwurfs" in page
    assert "Zuerst den Raum." in page
    assert '<meta name="robots" content="noindex">' in page

    response = client.post(reverse("knowledge:bo_publish", args=["fragen", question.uuid]))
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.status == Status.PUBLISHED and question.published_at is not None
    client.logout()
    assert client.get(public_url).status_code == 200

    sign_in(client, editor)
    client.post(reverse("knowledge:bo_withdraw", args=["fragen", question.uuid]))
    client.logout()
    assert client.get(public_url).status_code == 404


def test_history_records_who_created_edited_and_published(client, editor):
    sign_in(client, editor)
    client.post(reverse("knowledge:bo_create", args=["fragen"]), QUESTION_FORM)
    question = GuideQuestion.objects.get(slug="elterntreff-gruenden")
    client.post(
        reverse("knowledge:bo_edit", args=["fragen", question.uuid]),
        {**QUESTION_FORM, "summary": "Geänderte Kurzantwort."},
    )
    client.post(reverse("knowledge:bo_publish", args=["fragen", question.uuid]))
    entries = list(history_for(question))
    assert [entry.action for entry in entries] == ["update", "update", "create"]
    assert all(editor.email in entry.actor_label for entry in entries)
    assert entries[0].changes["status"] == ["draft", "published"]
    assert entries[1].changes["summary"] == [
        "Mit einem Raum und einer Idee.",
        "Geänderte Kurzantwort.",
    ]
    page = client.get(reverse("knowledge:bo_history", args=["fragen", question.uuid]))
    assert page.status_code == 200
    assert "Geänderte Kurzantwort." in page.content.decode()


def test_saving_without_changes_records_nothing(client, editor):
    sign_in(client, editor)
    client.post(reverse("knowledge:bo_create", args=["fragen"]), QUESTION_FORM)
    question = GuideQuestion.objects.get(slug="elterntreff-gruenden")
    client.post(reverse("knowledge:bo_edit", args=["fragen", question.uuid]), QUESTION_FORM)
    assert history_for(question).count() == 1


def test_editor_writes_news_examples_and_glossary(client, editor):
    sign_in(client, editor)
    for kind in ("fragen", "praxisbeispiele", "neuigkeiten", "glossar"):
        assert client.get(reverse("knowledge:bo_create", args=[kind])).status_code == 200
    response = client.post(
        reverse("knowledge:bo_create", args=["neuigkeiten"]),
        {
            "title": "Neu",
            "slug": "neu",
            "date": "2026-11-20",
            "teaser": "Kurz",
            "body": "<p>Lang</p>",
            "tags": "A, B",
            "is_demo": "on",
        },
    )
    assert response.status_code == 302
    item = NewsItem.objects.get(slug="neu")
    assert item.is_demo and item.tag_list == ["A", "B"]
    assert client.get(reverse("knowledge:bo_list")).status_code == 200


def test_invalid_input_gets_a_form_error_not_a_server_error(client, editor):
    sign_in(client, editor)
    response = client.post(
        reverse("knowledge:bo_create", args=["fragen"]), {**QUESTION_FORM, "slug": "ä ö"}
    )
    assert response.status_code == 200
    assert "kern-error" in response.content.decode()


@pytest.mark.parametrize(
    "persona", ["provider_staff", "caseworker", "planner", "state_viewer", "outsider"]
)
def test_others_are_refused(client, request, persona):
    user = request.getfixturevalue(persona)
    question = GuideQuestionFactory(status=Status.DRAFT)
    sign_in(client, user)
    for url in (
        reverse("knowledge:bo_list"),
        reverse("knowledge:bo_create", args=["fragen"]),
        reverse("knowledge:bo_edit", args=["fragen", question.uuid]),
        reverse("knowledge:bo_preview", args=["fragen", question.uuid]),
        reverse("knowledge:bo_history", args=["fragen", question.uuid]),
    ):
        assert client.get(url).status_code in (403, 404), url
    response = client.post(reverse("knowledge:bo_publish", args=["fragen", question.uuid]))
    assert response.status_code in (403, 404)
    question.refresh_from_db()
    assert question.status == Status.DRAFT


def test_anonymous_visitors_are_sent_to_the_login(client, db):
    question = GuideQuestionFactory(status=Status.DRAFT)
    for url in (
        reverse("knowledge:bo_list"),
        reverse("knowledge:bo_edit", args=["fragen", question.uuid]),
        reverse("knowledge:bo_preview", args=["fragen", question.uuid]),
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("accounts:login"))
    client.post(reverse("knowledge:bo_publish", args=["fragen", question.uuid]))
    question.refresh_from_db()
    assert question.status == Status.DRAFT


def test_platform_admin_may_edit(client, platform_admin):
    sign_in(client, platform_admin)
    assert client.get(reverse("knowledge:bo_list")).status_code == 200


def test_wissen_is_not_taken_for_an_organisation(client, editor):
    sign_in(client, editor)
    response = client.get(reverse("knowledge:bo_list"))
    assert response.status_code == 200
    assert response.resolver_match.view_name == "knowledge:bo_list"
