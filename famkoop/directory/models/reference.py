"""Reference data: languages, target groups and the topic taxonomy."""

import uuid

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from .fields import WebAddressField


class Language(models.Model):
    """A language an offer is held in, by ISO 639-1 code."""

    code = models.CharField(_("Sprachcode (ISO 639)"), max_length=3, primary_key=True)
    name = models.CharField(_("Name"), max_length=60)
    native_name = models.CharField(_("Eigenbezeichnung"), max_length=60)

    class Meta:
        verbose_name = _("Sprache")
        verbose_name_plural = _("Sprachen")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class TargetGroup(models.Model):
    """Who an offer is for, beyond the children's age (e.g. fathers, single parents)."""

    code = models.SlugField(_("Code"), max_length=50, primary_key=True)
    name = models.CharField(_("Name"), max_length=100)
    order = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)

    class Meta:
        verbose_name = _("Zielgruppe")
        verbose_name_plural = _("Zielgruppen")
        ordering = ["order", "name"]

    def __str__(self) -> str:
        return self.name


class Taxonomy(models.Model):
    """A controlled vocabulary of topics (HSDS taxonomy)."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(_("Name"), max_length=200)
    slug = models.SlugField(_("Kurzname"), max_length=100, unique=True)
    description = models.TextField(_("Beschreibung"))
    uri = WebAddressField(_("URI"), blank=True)
    version = models.CharField(_("Version"), max_length=20, blank=True)

    class Meta:
        verbose_name = _("Taxonomie")
        verbose_name_plural = _("Taxonomien")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class TaxonomyTerm(models.Model):
    """A topic in a taxonomy; terms form at most two levels (topic area → topic)."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    taxonomy = models.ForeignKey(
        Taxonomy, verbose_name=_("Taxonomie"), on_delete=models.CASCADE, related_name="terms"
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("Oberbegriff"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="children",
    )
    code = models.SlugField(_("Code"), max_length=100)
    name = models.CharField(_("Name"), max_length=200)
    description = models.TextField(_("Beschreibung"), blank=True)
    order = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)

    class Meta:
        verbose_name = _("Thema")
        verbose_name_plural = _("Themen")
        ordering = ["taxonomy", "order", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["taxonomy", "code"], name="directory_taxonomyterm_unique_code"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.parent.name} › {self.name}" if self.parent_id else self.name

    def clean(self) -> None:
        super().clean()
        if self.parent_id:
            if self.parent.parent_id:
                raise ValidationError(
                    {"parent": _("Themen haben höchstens zwei Ebenen (Bereich › Thema).")}
                )
            if self.parent.taxonomy_id != self.taxonomy_id:
                raise ValidationError(
                    {"parent": _("Der Oberbegriff gehört zu einer anderen Taxonomie.")}
                )
