"""Loading the knowledge seed: the guide's 25 questions and the glossary (published), demo
practice examples and news (published, marked as demo).

Idempotent: content is found by its address (slug); what exists is left as editors left it.
"""

from collections.abc import Callable

from django.db import transaction

from famkoop.audit.context import acting
from famkoop.audit.models import Source

from .. import domain
from ..models import Content, GlossaryTerm, GuideQuestion, NewsItem, PracticeExample
from .demo import EXAMPLES, NEWS
from .glossary import GLOSSARY
from .questions import QUESTIONS, REVIEWED_ON

RELATION_KEYS = ("related", "glossary")


def _create(model: type[Content], data: dict, existing: set[str]) -> Content | None:
    """Create and publish one piece unless its slug exists; None if it did."""
    if data["slug"] in existing:
        return None
    fields = {key: value for key, value in data.items() if key not in RELATION_KEYS}
    obj = domain.save_content(model(**fields))
    domain.publish(obj)
    return obj


def _relate(new_questions: list[tuple[GuideQuestion, dict]]) -> None:
    terms = {term.slug: term for term in GlossaryTerm.objects.all()}
    questions = {question.slug: question for question in GuideQuestion.objects.all()}
    for question, data in new_questions:
        question.related.add(*(questions[slug] for slug in data["related"]))
        question.glossary_terms.set([terms[slug] for slug in data["glossary"] if slug in terms])


def load_knowledge(report: Callable[[str], None] = lambda line: None) -> dict[str, int]:
    """Create the missing seed content in one transaction; returns counts of new rows."""
    created = {"Glossarbegriffe": 0, "Leitfaden-Fragen": 0, "Praxisbeispiele": 0, "Neuigkeiten": 0}
    with transaction.atomic(), acting(source=Source.COMMAND):
        # The slugs that exist, read once per kind: a second run reads four times, no more.
        existing = {
            model: set(model.objects.values_list("slug", flat=True))
            for model in (GlossaryTerm, GuideQuestion, PracticeExample, NewsItem)
        }
        for data in GLOSSARY:
            created["Glossarbegriffe"] += (
                _create(GlossaryTerm, data, existing[GlossaryTerm]) is not None
            )
        new_questions = []
        for data in QUESTIONS:
            question = _create(
                GuideQuestion, {**data, "reviewed_on": REVIEWED_ON}, existing[GuideQuestion]
            )
            if question is not None:
                new_questions.append((question, data))
        if new_questions:
            _relate(new_questions)
        created["Leitfaden-Fragen"] = len(new_questions)
        for data in EXAMPLES:
            created["Praxisbeispiele"] += (
                _create(PracticeExample, {**data, "is_demo": True}, existing[PracticeExample])
                is not None
            )
        for data in NEWS:
            created["Neuigkeiten"] += (
                _create(NewsItem, {**data, "is_demo": True}, existing[NewsItem]) is not None
            )
    for label, count in created.items():
        report(f"{label}: {count} neu")
    return created
