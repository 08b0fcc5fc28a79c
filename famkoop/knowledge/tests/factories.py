import datetime

import factory

from famkoop.knowledge.models import (
    Chapter,
    GlossaryTerm,
    GuideQuestion,
    NewsItem,
    PracticeExample,
    Status,
)
from famkoop.knowledge.search import document_terms


class ContentFactory(factory.django.DjangoModelFactory):
    """Content as the domain functions would save it (search terms included)."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    status = Status.PUBLISHED

    @factory.post_generation
    def index(obj, create, extracted, **kwargs):
        obj.search_terms = document_terms(obj)
        if create:
            obj.save(update_fields=["search_terms"])


class GuideQuestionFactory(ContentFactory):
    class Meta:
        model = GuideQuestion

    question = factory.Sequence(lambda n: f"Wie gelingt Schritt {n}?")
    slug = factory.Sequence(lambda n: f"frage-{n}")
    summary = "Eine kurze Antwort."
    answer = "<p>Eine ausführliche Antwort.</p>"
    chapter = Chapter.BASICS
    sources = "§ 16 SGB VIII"
    reviewed_on = datetime.date(2026, 1, 15)


class NewsItemFactory(ContentFactory):
    class Meta:
        model = NewsItem

    title = factory.Sequence(lambda n: f"Neuigkeit {n}")
    slug = factory.Sequence(lambda n: f"neuigkeit-{n}")
    teaser = "Kurz gesagt."
    body = "<p>Der ganze Text.</p>"
    date = datetime.date(2026, 2, 1)
    tags = "Kooperation, Jugendamt"


class PracticeExampleFactory(ContentFactory):
    class Meta:
        model = PracticeExample

    title = factory.Sequence(lambda n: f"Praxisbeispiel {n}")
    slug = factory.Sequence(lambda n: f"beispiel-{n}")
    summary = "Ein Projekt."
    region = "Musterstadt (fiktiv)"
    partners = "Familienbildungswerk Muster (fiktiv)\nJugendamt Musterstadt (fiktiv)"
    target_group = "Familien mit kleinen Kindern"
    goals = "Frühe Unterstützung."
    what_worked = "Feste Ansprechpersonen."


class GlossaryTermFactory(ContentFactory):
    class Meta:
        model = GlossaryTerm

    term = factory.Sequence(lambda n: f"Begriff {n}")
    slug = factory.Sequence(lambda n: f"begriff-{n}")
    definition = "Eine Erklärung."
