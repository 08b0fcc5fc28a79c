"""The knowledge: the practice guide's questions, practice examples, news and a glossary.

Every piece of content is written as a draft and shown to the public only once an editor has
published it (`status`). `search_terms` holds the analysed words of the public text (see
`knowledge.search`); it is written by `knowledge.domain` together with the content.
"""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    DRAFT = "draft", _("Entwurf")
    PUBLISHED = "published", _("Veröffentlicht")


class Chapter(models.TextChoices):
    """The chapters of the practice guide, in reading order."""

    BASICS = "basics", _("Grundlagen")
    LEGAL_FRAME = "legal_frame", _("Rechtsrahmen")
    PLANNING = "planning", _("Planung")
    FINANCING = "financing", _("Finanzierung")
    BUILDING_COOPERATION = "building_cooperation", _("Kooperation aufbauen")
    PROJECTS = "projects", _("Projekte")
    QUALITY = "quality", _("Qualität und Auswertung")


class PublishedQuerySet(models.QuerySet):
    def published(self) -> "PublishedQuerySet":
        return self.filter(status=Status.PUBLISHED)


class Content(models.Model):
    """What every piece of knowledge content has: an address, a status and its index terms."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    slug = models.SlugField(
        _("Adresse (Kurzname)"),
        max_length=120,
        unique=True,
        help_text=_("Kleinbuchstaben, Ziffern und Bindestriche; Teil der Internetadresse."),
    )
    status = models.CharField(
        _("Status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    published_at = models.DateTimeField(_("zuerst veröffentlicht am"), null=True, blank=True)
    created_at = models.DateTimeField(_("angelegt am"), auto_now_add=True)
    updated_at = models.DateTimeField(_("geändert am"), auto_now=True)
    search_terms = models.TextField(editable=False, blank=True)

    objects = PublishedQuerySet.as_manager()

    class Meta:
        abstract = True

    @property
    def is_published(self) -> bool:
        return self.status == Status.PUBLISHED

    def search_texts(self) -> tuple[str, ...]:
        """The texts the search reads, the title first."""
        raise NotImplementedError


class GlossaryTerm(Content):
    """A term that family education and youth welfare offices use differently."""

    term = models.CharField(_("Begriff"), max_length=120)
    definition = models.TextField(_("Erklärung"))
    family_education_view = models.TextField(
        _("So wird der Begriff in der Familienbildung verstanden"), blank=True
    )
    youth_office_view = models.TextField(
        _("So wird der Begriff im Jugendamt verstanden"), blank=True
    )
    source = models.CharField(_("Quelle"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("Glossarbegriff")
        verbose_name_plural = _("Glossar")
        ordering = ["term"]

    def __str__(self) -> str:
        return self.term

    def search_texts(self) -> tuple[str, ...]:
        return (
            self.term,
            self.definition,
            self.family_education_view,
            self.youth_office_view,
        )


class GuideQuestion(Content):
    """One of the practice guide's questions with its answer (sanitised HTML)."""

    question = models.CharField(_("Frage"), max_length=300)
    summary = models.CharField(
        _("Kurzantwort"),
        max_length=400,
        blank=True,
        help_text=_("Ein bis zwei Sätze für Übersichten, Suchergebnisse und geteilte Links."),
    )
    answer = models.TextField(
        _("Antwort"),
        help_text=_(
            "Erlaubt sind Absätze, Zwischenüberschriften, Listen, Hervorhebungen und Links. "
            "Alles andere (etwa Skripte) wird beim Speichern entfernt."
        ),
    )
    chapter = models.CharField(_("Kapitel"), max_length=30, choices=Chapter.choices)
    order = models.PositiveSmallIntegerField(_("Reihenfolge im Kapitel"), default=0)
    related = models.ManyToManyField(
        "self", verbose_name=_("Verwandte Fragen"), blank=True, symmetrical=True
    )
    glossary_terms = models.ManyToManyField(
        GlossaryTerm,
        verbose_name=_("Begriffe aus dem Glossar"),
        blank=True,
        related_name="questions",
    )
    tools = models.JSONField(_("Passende Werkzeuge der Plattform"), default=list, blank=True)
    contexts = models.JSONField(
        _("Wird angezeigt bei"),
        default=list,
        blank=True,
        help_text=_("Stellen der Plattform, an denen die Frage als Hilfe verlinkt wird."),
    )
    sources = models.TextField(
        _("Quellen"),
        help_text=_("Gesetze und Quellen, auf denen die Antwort beruht; eine je Zeile."),
    )
    reviewed_on = models.DateField(_("zuletzt fachlich geprüft am"))

    class Meta:
        verbose_name = _("Leitfaden-Frage")
        verbose_name_plural = _("Leitfaden-Fragen")
        ordering = ["order", "question"]

    def __str__(self) -> str:
        return self.question

    @property
    def source_list(self) -> list[str]:
        return [line.strip() for line in self.sources.splitlines() if line.strip()]

    def search_texts(self) -> tuple[str, ...]:
        return (self.question, self.summary, self.answer, self.sources)


class PracticeExample(Content):
    """A cooperation project between family education and a youth welfare office.

    Agreements (`cooperation.Agreement`) do not exist yet. When they do, add a nullable
    `agreement` foreign key (on_delete=SET_NULL) so that an example can point to the
    agreement it grew from; the page already has a place for it next to the linked offers.
    """

    title = models.CharField(_("Titel"), max_length=200)
    summary = models.CharField(_("Kurzbeschreibung"), max_length=400)
    region = models.CharField(_("Region"), max_length=200)
    partners = models.TextField(_("Beteiligte"), help_text=_("Eine Organisation je Zeile."))
    target_group = models.CharField(_("Zielgruppe"), max_length=300)
    goals = models.TextField(_("Ziele"))
    what_worked = models.TextField(_("Was sich bewährt hat"))
    contacts = models.TextField(_("Ansprechpersonen"), blank=True)
    offers = models.ManyToManyField(
        "directory.Service",
        verbose_name=_("Verknüpfte Angebote"),
        blank=True,
        related_name="practice_examples",
    )
    is_demo = models.BooleanField(
        _("Beispielinhalt (Demo)"),
        default=False,
        help_text=_("Erfundener Inhalt zum Ausprobieren; wird öffentlich so gekennzeichnet."),
    )

    class Meta:
        verbose_name = _("Praxisbeispiel")
        verbose_name_plural = _("Praxisbeispiele")
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title

    @property
    def partner_list(self) -> list[str]:
        return [line.strip() for line in self.partners.splitlines() if line.strip()]

    def search_texts(self) -> tuple[str, ...]:
        return (
            self.title,
            self.summary,
            self.region,
            self.partners,
            self.target_group,
            self.goals,
            self.what_worked,
        )


class NewsItem(Content):
    """A news item; published ones appear in the RSS and Atom feeds."""

    title = models.CharField(_("Titel"), max_length=200)
    teaser = models.CharField(_("Anreißer"), max_length=400)
    body = models.TextField(
        _("Text"),
        help_text=_(
            "Erlaubt sind Absätze, Zwischenüberschriften, Listen, Hervorhebungen und Links. "
            "Alles andere (etwa Skripte) wird beim Speichern entfernt."
        ),
    )
    date = models.DateField(_("Datum"))
    tags = models.CharField(
        _("Schlagwörter"), max_length=300, blank=True, help_text=_("Durch Kommas getrennt.")
    )
    is_demo = models.BooleanField(
        _("Beispielinhalt (Demo)"),
        default=False,
        help_text=_("Erfundener Inhalt zum Ausprobieren; wird öffentlich so gekennzeichnet."),
    )

    class Meta:
        verbose_name = _("Neuigkeit")
        verbose_name_plural = _("Neuigkeiten")
        ordering = ["-date", "-pk"]

    def __str__(self) -> str:
        return self.title

    @property
    def tag_list(self) -> list[str]:
        return [tag.strip() for tag in self.tags.split(",") if tag.strip()]

    def search_texts(self) -> tuple[str, ...]:
        return (self.title, self.teaser, self.body, self.tags)
