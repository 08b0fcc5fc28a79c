"""Public pages of the knowledge: guide, questions, practice examples, news, glossary, search.

Only published content is found; a draft's address is a 404 like any unknown one. Editors see
drafts through the preview in the back office (`backoffice_views`).
"""

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import condition

from . import queries
from .models import GlossaryTerm, GuideQuestion, NewsItem, PracticeExample
from .og_image import render_news_image
from .search import search as search_knowledge
from .sharing import mastodon_instance, share_links

NEWS_PAGE_SIZE = 10
MAX_QUERY_LENGTH = 200


def index(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "knowledge/index.html",
        {
            "chapters": queries.guide_by_chapter(),
            "latest_news": list(queries.news_list()[:3]),
        },
    )


def question(request: HttpRequest, slug: str) -> HttpResponse:
    found = get_object_or_404(GuideQuestion.objects.published(), slug=slug)
    return render(request, "knowledge/question.html", queries.question_context(found))


def examples(request: HttpRequest) -> HttpResponse:
    items = PracticeExample.objects.published().only(
        "title", "slug", "summary", "region", "target_group", "is_demo"
    )
    return render(request, "knowledge/examples.html", {"examples": items})


def example(request: HttpRequest, slug: str) -> HttpResponse:
    found = get_object_or_404(PracticeExample.objects.published(), slug=slug)
    return render(request, "knowledge/example.html", queries.example_context(found))


def news(request: HttpRequest) -> HttpResponse:
    page = Paginator(queries.news_list(), NEWS_PAGE_SIZE).get_page(request.GET.get("seite"))
    return render(request, "knowledge/news_list.html", {"page": page})


def news_context(request: HttpRequest, item: NewsItem) -> dict:
    url = request.build_absolute_uri(reverse("knowledge:news_item", args=[item.slug]))
    instance = mastodon_instance(request.GET.get("instanz"))
    return {
        "item": item,
        "absolute_url": url,
        "image_url": request.build_absolute_uri(reverse("knowledge:news_image", args=[item.slug])),
        "share_links": share_links(item.title, url, instance),
        "mastodon_instance": instance,
    }


def news_item(request: HttpRequest, slug: str) -> HttpResponse:
    item = get_object_or_404(NewsItem.objects.published(), slug=slug)
    return render(request, "knowledge/news_item.html", news_context(request, item))


def _news_image_changed(request: HttpRequest, slug: str):
    return (
        NewsItem.objects.published().filter(slug=slug).values_list("updated_at", flat=True).first()
    )


@condition(last_modified_func=_news_image_changed)
def news_image(request: HttpRequest, slug: str) -> HttpResponse:
    item = get_object_or_404(NewsItem.objects.published().only("title", "is_demo"), slug=slug)
    kicker = _("Neuigkeit – Beispielinhalt (Demo)") if item.is_demo else _("Neuigkeit")
    png = render_news_image(item.title, kicker, "famkoop · " + _("Familienbildung und Jugendamt"))
    response = HttpResponse(png, content_type="image/png")
    response["Cache-Control"] = "public, max-age=3600"
    return response


def glossary(request: HttpRequest) -> HttpResponse:
    terms = GlossaryTerm.objects.published().prefetch_related(
        # Questions that use a term, shown under it; only published ones.
        "questions"
    )
    entries = [(term, [q for q in term.questions.all() if q.is_published]) for term in terms]
    return render(request, "knowledge/glossary.html", {"entries": entries})


def search(request: HttpRequest) -> HttpResponse:
    text = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    hits = search_knowledge(text) if text else []
    return render(request, "knowledge/search.html", {"q": text, "hits": hits})
