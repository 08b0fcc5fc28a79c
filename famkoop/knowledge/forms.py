"""Editor forms for the knowledge content (KERN UX styling via `famkoop.forms`)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from famkoop import forms as famkoop_forms

from .models import GlossaryTerm, GuideQuestion, NewsItem, PracticeExample
from .tools import CONTEXTS, TOOLS


class GuideQuestionForm(famkoop_forms.ModelForm):
    tools = forms.MultipleChoiceField(
        label=_("Passende Werkzeuge der Plattform"),
        choices=[(key, tool.label) for key, tool in TOOLS.items()],
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    contexts = forms.MultipleChoiceField(
        label=_("Als Hilfe verlinkt bei"),
        choices=list(CONTEXTS.items()),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = GuideQuestion
        fields = [
            "question",
            "slug",
            "chapter",
            "order",
            "summary",
            "answer",
            "sources",
            "reviewed_on",
            "related",
            "glossary_terms",
            "tools",
            "contexts",
        ]
        widgets = {
            "answer": forms.Textarea(attrs={"rows": 16}),
            "sources": forms.Textarea(attrs={"rows": 4}),
            "reviewed_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "related": forms.CheckboxSelectMultiple,
            "glossary_terms": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["related"].queryset = GuideQuestion.objects.exclude(pk=self.instance.pk)


class PracticeExampleForm(famkoop_forms.ModelForm):
    class Meta:
        model = PracticeExample
        fields = [
            "title",
            "slug",
            "summary",
            "region",
            "partners",
            "target_group",
            "goals",
            "what_worked",
            "contacts",
            "is_demo",
        ]
        widgets = {
            name: forms.Textarea(attrs={"rows": 4})
            for name in ("partners", "goals", "what_worked", "contacts")
        }


class NewsItemForm(famkoop_forms.ModelForm):
    class Meta:
        model = NewsItem
        fields = ["title", "slug", "date", "teaser", "body", "tags", "is_demo"]
        widgets = {
            "body": forms.Textarea(attrs={"rows": 14}),
            "date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }


class GlossaryTermForm(famkoop_forms.ModelForm):
    class Meta:
        model = GlossaryTerm
        fields = [
            "term",
            "slug",
            "definition",
            "family_education_view",
            "youth_office_view",
            "source",
        ]
        widgets = {
            name: forms.Textarea(attrs={"rows": 4})
            for name in ("definition", "family_education_view", "youth_office_view")
        }
