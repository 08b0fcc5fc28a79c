"""The editors' side of the knowledge, under /arbeitsbereich/wissen/: list, write, preview,
publish or withdraw, history.

Every view is a `staff_view` and asks the permission policy (`KNOWLEDGE_EDIT`,
`KNOWLEDGE_PUBLISH`) before it shows or changes anything; content is looked up through
`policy.visible`. Changes go through `knowledge.domain`.
"""

from dataclasses import dataclass
from typing import Any

from django.contrib import messages
from django.db.models import Model
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from famkoop.accounts.policy import Action, authorize, may, require, staff_view, visible
from famkoop.audit.history import history_for

from . import domain, queries
from .forms import GlossaryTermForm, GuideQuestionForm, NewsItemForm, PracticeExampleForm
from .models import Content, GlossaryTerm, GuideQuestion, NewsItem, PracticeExample
from .views import news_context

HISTORY_PAGE_SIZE = 50


@dataclass(frozen=True)
class Kind:
    """One kind of content as the back office handles it."""

    key: str  # the address part: /arbeitsbereich/wissen/<key>/
    model: type[Content]
    form: type
    label: str | Promise
    label_plural: str | Promise
    public_template: str
    public_url: str
    list_fields: tuple[str, ...]


KINDS: dict[str, Kind] = {
    kind.key: kind
    for kind in (
        Kind(
            "fragen",
            GuideQuestion,
            GuideQuestionForm,
            gettext_lazy("Leitfaden-Frage"),
            gettext_lazy("Leitfaden-Fragen"),
            "knowledge/question.html",
            "knowledge:question",
            ("question", "chapter", "order"),
        ),
        Kind(
            "praxisbeispiele",
            PracticeExample,
            PracticeExampleForm,
            gettext_lazy("Praxisbeispiel"),
            gettext_lazy("Praxisbeispiele"),
            "knowledge/example.html",
            "knowledge:example",
            ("title", "is_demo"),
        ),
        Kind(
            "neuigkeiten",
            NewsItem,
            NewsItemForm,
            gettext_lazy("Neuigkeit"),
            gettext_lazy("Neuigkeiten"),
            "knowledge/news_item.html",
            "knowledge:news_item",
            ("title", "date", "is_demo"),
        ),
        Kind(
            "glossar",
            GlossaryTerm,
            GlossaryTermForm,
            gettext_lazy("Glossarbegriff"),
            gettext_lazy("Glossar"),
            "knowledge/glossary_term.html",
            "knowledge:glossary",
            ("term",),
        ),
    )
}


def _kind(key: str) -> Kind:
    try:
        return KINDS[key]
    except KeyError:
        raise Http404 from None


def _content(request: HttpRequest, kind: Kind, uuid, action: Action) -> Content:
    obj = get_object_or_404(visible(request.user, kind.model), uuid=uuid)
    authorize(request, action, obj)
    return obj


def _related(form: Any) -> dict[str, list[Model]]:
    """The many-to-many choices of a valid form, for `domain.save_content`."""
    return {
        field.name: list(form.cleaned_data[field.name])
        for field in form._meta.model._meta.many_to_many
        if field.name in form.cleaned_data
    }


@require(Action.KNOWLEDGE_EDIT)
def content_list(request: HttpRequest) -> HttpResponse:
    sections = []
    for kind in KINDS.values():
        objects = visible(request.user, kind.model).only(
            "uuid", "slug", "status", "updated_at", *kind.list_fields
        )
        sections.append({"kind": kind, "objects": objects})
    return render(request, "knowledge/backoffice/list.html", {"sections": sections})


@never_cache
@require(Action.KNOWLEDGE_EDIT)
def content_create(request: HttpRequest, kind: str) -> HttpResponse:
    spec = _kind(kind)
    form = spec.form(request.POST or None)
    if request.method == "POST" and form.is_valid():
        obj = domain.save_content(form.save(commit=False), _related(form), request.user)
        messages.success(request, _("Als Entwurf gespeichert. Prüfen Sie die Vorschau."))
        return redirect("knowledge:bo_edit", kind=spec.key, uuid=obj.uuid)
    return render(
        request, "knowledge/backoffice/form.html", {"kind": spec, "form": form, "obj": None}
    )


@never_cache
@staff_view
def content_edit(request: HttpRequest, kind: str, uuid) -> HttpResponse:
    spec = _kind(kind)
    obj = _content(request, spec, uuid, Action.KNOWLEDGE_EDIT)
    form = spec.form(request.POST or None, instance=obj)
    if request.method == "POST" and form.is_valid():
        domain.save_content(form.save(commit=False), _related(form), request.user)
        messages.success(
            request,
            _("Gespeichert und veröffentlicht.") if obj.is_published else _("Entwurf gespeichert."),
        )
        return redirect("knowledge:bo_edit", kind=spec.key, uuid=obj.uuid)
    return render(
        request,
        "knowledge/backoffice/form.html",
        {
            "kind": spec,
            "form": form,
            "obj": obj,
            "may_publish": may(request.user, Action.KNOWLEDGE_PUBLISH, obj),
        },
    )


@never_cache
@staff_view
def content_preview(request: HttpRequest, kind: str, uuid) -> HttpResponse:
    """The public page of a draft or published piece, as the public will see it."""
    spec = _kind(kind)
    obj = _content(request, spec, uuid, Action.KNOWLEDGE_EDIT)
    if isinstance(obj, GuideQuestion):
        context = queries.question_context(obj)
    elif isinstance(obj, PracticeExample):
        context = queries.example_context(obj)
    elif isinstance(obj, NewsItem):
        context = news_context(request, obj)
    else:
        context = {"term": obj}
    context.update({"preview": {"kind": spec, "obj": obj}})
    return render(request, spec.public_template, context)


@require_POST
@staff_view
def content_publish(request: HttpRequest, kind: str, uuid) -> HttpResponse:
    spec = _kind(kind)
    obj = _content(request, spec, uuid, Action.KNOWLEDGE_PUBLISH)
    domain.publish(obj, request.user)
    messages.success(request, _("Veröffentlicht."))
    return redirect("knowledge:bo_edit", kind=spec.key, uuid=obj.uuid)


@require_POST
@staff_view
def content_withdraw(request: HttpRequest, kind: str, uuid) -> HttpResponse:
    spec = _kind(kind)
    obj = _content(request, spec, uuid, Action.KNOWLEDGE_PUBLISH)
    domain.withdraw(obj, request.user)
    messages.success(request, _("Zurückgezogen: nur noch als Entwurf sichtbar."))
    return redirect("knowledge:bo_edit", kind=spec.key, uuid=obj.uuid)


@staff_view
def content_history(request: HttpRequest, kind: str, uuid) -> HttpResponse:
    spec = _kind(kind)
    obj = _content(request, spec, uuid, Action.KNOWLEDGE_EDIT)
    entries = history_for(obj)[:HISTORY_PAGE_SIZE]
    return render(
        request,
        "knowledge/backoffice/history.html",
        {"kind": spec, "obj": obj, "entries": entries},
    )
