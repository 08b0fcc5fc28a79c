import pytest

from famkoop.knowledge.models import GlossaryTerm, GuideQuestion, NewsItem, PracticeExample
from famkoop.knowledge.seed.load import load_knowledge

pytestmark = pytest.mark.django_db


def test_seed_publishes_25_questions_8_examples_and_10_news(seeded):
    assert GuideQuestion.objects.published().count() == 25
    assert PracticeExample.objects.published().count() >= 8
    assert NewsItem.objects.published().count() >= 10
    assert GlossaryTerm.objects.published().count() >= 8


def test_every_question_cites_its_sources_and_carries_a_reviewed_date(seeded):
    for question in GuideQuestion.objects.all():
        assert question.source_list, question.slug
        assert question.reviewed_on is not None
        assert question.answer.startswith("<p>") or question.answer.startswith("<")


def test_every_chapter_has_questions(seeded):
    assert set(GuideQuestion.objects.values_list("chapter", flat=True)) == {
        "basics",
        "legal_frame",
        "planning",
        "financing",
        "building_cooperation",
        "projects",
        "quality",
    }


def test_examples_and_news_are_marked_as_demo(seeded):
    assert not PracticeExample.objects.filter(is_demo=False).exists()
    assert not NewsItem.objects.filter(is_demo=False).exists()


def test_financing_question_is_linked_to_the_agreement_form(seeded):
    question = GuideQuestion.objects.get(question="Wie finanzieren wir Kooperationsangebote?")
    assert "agreement_form" in question.contexts
    assert question.related.filter(slug="kooperationsvereinbarung-inhalt").exists()
    # Related questions are symmetrical.
    assert (
        GuideQuestion.objects.get(slug="kooperationsvereinbarung-inhalt")
        .related.filter(pk=question.pk)
        .exists()
    )


def test_loading_again_creates_nothing_and_keeps_editors_changes(seeded):
    question = GuideQuestion.objects.get(slug="was-ist-familienbildung")
    question.summary = "Von der Redaktion geändert."
    question.save()
    again = load_knowledge()
    assert set(again.values()) == {0}
    assert GuideQuestion.objects.count() == 25
    question.refresh_from_db()
    assert question.summary == "Von der Redaktion geändert."


def test_load_demo_command_loads_knowledge_too(db):
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    call_command("load_knowledge", stdout=out)
    assert "Leitfaden-Fragen: 25 neu" in out.getvalue()
