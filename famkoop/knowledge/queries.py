"""Reads shared by the public pages, the preview and the template tags."""

from dataclasses import dataclass, field
from typing import Any

from django.db.models import Prefetch, QuerySet

from famkoop.directory.models import Service

from .models import Chapter, GlossaryTerm, GuideQuestion, NewsItem, PracticeExample, Status
from .tools import tool_links


@dataclass
class ChapterGroup:
    chapter: str
    label: str
    questions: list[GuideQuestion] = field(default_factory=list)


def guide_by_chapter() -> list[ChapterGroup]:
    """Published questions grouped by chapter, chapters in the guide's order (one query)."""
    groups = {value: ChapterGroup(value, str(label)) for value, label in Chapter.choices}
    questions = GuideQuestion.objects.published().only("question", "slug", "summary", "chapter")
    for question in questions.order_by("order", "question"):
        groups[question.chapter].questions.append(question)
    return [group for group in groups.values() if group.questions]


def question_context(question: GuideQuestion) -> dict[str, Any]:
    """What the question page shows next to the answer; only published neighbours."""
    published = Status.PUBLISHED
    question = (
        GuideQuestion.objects.filter(pk=question.pk)
        .prefetch_related(
            Prefetch(
                "related",
                queryset=GuideQuestion.objects.filter(status=published).only("question", "slug"),
            ),
            Prefetch(
                "glossary_terms",
                queryset=GlossaryTerm.objects.filter(status=published).only("term", "slug"),
            ),
        )
        .get()
    )
    return {
        "question": question,
        "related": list(question.related.all()),
        "glossary_terms": list(question.glossary_terms.all()),
        "tools": tool_links(question.tools),
    }


def example_context(example: PracticeExample) -> dict[str, Any]:
    offers = example.offers.filter(status=Service.Status.ACTIVE).select_related("organization")
    return {"example": example, "offers": list(offers)}


def news_list() -> QuerySet[NewsItem]:
    return NewsItem.objects.published().defer("body", "search_terms")


def guide_links_for(context_key: str, limit: int = 8) -> list[GuideQuestion]:
    """Published questions marked as help for a place of the platform (or of a chapter),
    in the guide's order. One query."""
    chapters = {value: position for position, value in enumerate(Chapter.values)}
    questions = GuideQuestion.objects.published().only(
        "question", "slug", "contexts", "chapter", "order"
    )
    matching = [
        question
        for question in questions
        if context_key in (question.contexts or []) or question.chapter == context_key
    ]
    matching.sort(key=lambda question: (chapters.get(question.chapter, 99), question.order))
    return matching[:limit]
