import pytest

from famkoop.knowledge import domain
from famkoop.knowledge.models import GuideQuestion
from famkoop.knowledge.search import search
from famkoop.knowledge.tests.factories import GuideQuestionFactory

pytestmark = pytest.mark.django_db


def slugs(text: str) -> list[str]:
    return [hit.obj.slug for hit in search(text)]


def test_finanzierung_finds_the_financing_question_first(seeded):
    assert slugs("Finanzierung")[0] in {
        "kooperationsangebote-finanzieren",
        "foerderung-nrw-weiterbildungsgesetz",
    }
    assert "kooperationsangebote-finanzieren" in slugs("Finanzierung")


def test_stemming_finds_inflected_forms(seeded):
    # "finanzieren" in the title, the query in another form.
    assert "kooperationsangebote-finanzieren" in slugs("finanziert Kooperationsangebot")


def test_compound_plural_finds_the_agreement_question(seeded):
    assert slugs("Kooperationsvereinbarungen")[0] == "kooperationsvereinbarung-inhalt"


def test_umlauts_can_be_typed_without_them(seeded):
    assert "abgrenzung-fruehe-hilfen-hze" in slugs("Fruehe Hilfen")
    assert "abgrenzung-fruehe-hilfen-hze" in slugs("Frühe Hilfen")


def test_thesaurus_synonyms_of_the_finder_apply(seeded):
    # The finder's thesaurus: "ASD" = "Jugendamt" = "Allgemeiner Sozialer Dienst".
    assert "warum-kooperation" in slugs("ASD")


def test_knowledge_synonyms_apply(seeded):
    assert "kooperationsangebote-finanzieren" in slugs("Geld")
    assert "kjsg-aenderungen" in slugs("Kinder- und Jugendstärkungsgesetz")


def test_a_typing_error_is_forgiven(seeded):
    assert "jugendhilfeplanung-was-ist-das" in slugs("Jugendhilfeplanug")


def test_every_word_must_match(seeded):
    assert slugs("Sozialdaten Babytreff") == []


def test_examples_news_and_glossary_are_found(seeded):
    found = {hit.kind for hit in search("Elterncafé")}
    assert {"PracticeExample", "NewsItem"} <= found
    assert "GlossaryTerm" in {hit.kind for hit in search("Regelangebot")}


def test_drafts_are_not_found(db):
    GuideQuestionFactory(question="Was ist ein Zaubertrank?", status="draft")
    assert search("Zaubertrank") == []


def test_search_terms_follow_edits(db):
    question = domain.save_content(
        GuideQuestion(
            question="Wie plant man einen Ausflug?",
            slug="ausflug",
            answer="<p>Mit Proviant.</p>",
            chapter="projects",
            sources="Erfahrung",
            reviewed_on="2026-01-01",
            status="published",
        )
    )
    assert slugs("Proviant") == ["ausflug"]
    question.answer = "<p>Mit Wanderkarte.</p>"
    domain.save_content(question)
    assert slugs("Proviant") == []
    assert slugs("Wanderkarte") == ["ausflug"]


def test_search_costs_four_queries(seeded, django_assert_num_queries):
    with django_assert_num_queries(4):
        search("Kooperation Jugendamt")
