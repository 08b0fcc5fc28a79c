"""Areas youth offices are responsible for, and planners' social areas."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from famkoop.audit.managers import AuditedManager

from .organizations import Organization


class ResponsibilityArea(models.Model):
    """A municipality a youth welfare office is responsible for."""

    organization = models.ForeignKey(
        Organization,
        verbose_name=_("Jugendamt"),
        on_delete=models.CASCADE,
        related_name="responsibility_areas",
        limit_choices_to={"kind": Organization.Kind.YOUTH_OFFICE},
    )
    municipality = models.ForeignKey(
        "geo.Municipality",
        verbose_name=_("Gemeinde"),
        on_delete=models.PROTECT,
        related_name="responsibility_areas",
    )

    objects = AuditedManager()

    class Meta:
        verbose_name = _("Zuständigkeitsbereich")
        verbose_name_plural = _("Zuständigkeitsbereiche")
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "municipality"],
                name="directory_responsibilityarea_unique",
            )
        ]

    def __str__(self) -> str:
        return f"{self.organization}: {self.municipality}"


class PlanningArea(models.Model):
    """A social space (Sozialraum) a youth welfare planner defines inside the office's territory."""

    organization = models.ForeignKey(
        Organization,
        verbose_name=_("Jugendamt"),
        on_delete=models.CASCADE,
        related_name="planning_areas",
        limit_choices_to={"kind": Organization.Kind.YOUTH_OFFICE},
    )
    name = models.CharField(_("Name"), max_length=150)
    slug = models.SlugField(_("Kurzname"), max_length=150)
    description = models.TextField(_("Beschreibung"), blank=True)
    postal_codes = models.ManyToManyField(
        "geo.PostalCode", verbose_name=_("Postleitzahlen"), blank=True, related_name="+"
    )
    municipalities = models.ManyToManyField(
        "geo.Municipality", verbose_name=_("Gemeinden"), blank=True, related_name="+"
    )

    objects = AuditedManager()

    class Meta:
        verbose_name = _("Sozialraum")
        verbose_name_plural = _("Sozialräume")
        ordering = ["organization", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "slug"], name="directory_planningarea_unique_slug"
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.organization})"
