"""One row per recorded change of one object: who, when, how (source), what (before/after)."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Source(models.TextChoices):
    """Through which door a change came in."""

    WEB = "web", _("Web-Oberfläche")
    ADMIN = "admin", _("Administration")
    IMPORT = "import", _("Import")
    SYSTEM = "system", _("System / Hintergrundaufgabe")
    COMMAND = "command", _("Kommandozeile")


class Action(models.TextChoices):
    CREATE = "create", _("angelegt")
    UPDATE = "update", _("geändert")
    DELETE = "delete", _("gelöscht")


class AuditEntry(models.Model):
    """A change of one object.

    `changes` maps field names to `[before, after]` in JSON: dates and times as ISO strings,
    decimals as strings, foreign keys as `{"pk": …, "label": …}`, many-to-many fields as lists
    of those sorted by pk; `None` stands for "not set" (and for the side that does not exist
    on creation and deletion).

    The actor and organisation keys carry no database constraint: the history must outlive
    accounts and organisations, also when an entry is written in the very transaction that
    deletes them. The actor's name and e-mail address at the time stay in `actor_label`.
    """

    time = models.DateTimeField(_("Zeitpunkt"), default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Benutzerkonto"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        db_constraint=False,
        related_name="+",
    )
    actor_label = models.CharField(_("Wer"), max_length=300, blank=True)
    source = models.CharField(_("Quelle"), max_length=10, choices=Source.choices)
    action = models.CharField(_("Aktion"), max_length=10, choices=Action.choices)
    content_type = models.ForeignKey(
        ContentType, verbose_name=_("Art des Objekts"), on_delete=models.PROTECT, related_name="+"
    )
    object_id = models.CharField(_("Schlüssel des Objekts"), max_length=64)
    object_repr = models.CharField(_("Objekt"), max_length=300)
    # The object whose history page shows this entry too (an offer for its schedules …).
    parent_content_type = models.ForeignKey(
        ContentType, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    parent_object_id = models.CharField(max_length=64, blank=True)
    organization = models.ForeignKey(
        "directory.Organization",
        verbose_name=_("Organisation"),
        on_delete=models.DO_NOTHING,
        null=True,
        blank=True,
        db_constraint=False,
        related_name="+",
    )
    changes = models.JSONField(_("Änderungen"), default=dict)

    class Meta:
        verbose_name = _("Eintrag im Änderungsverlauf")
        verbose_name_plural = _("Änderungsverlauf")
        ordering = ["-time", "-pk"]
        indexes = [
            models.Index(fields=["content_type", "object_id", "-time"], name="audit_entry_object"),
            models.Index(
                fields=["parent_content_type", "parent_object_id", "-time"],
                name="audit_entry_parent",
            ),
            models.Index(fields=["organization", "-time"], name="audit_entry_organization"),
        ]

    def __str__(self) -> str:
        return f"{self.object_repr}: {self.get_action_display()} ({self.time:%Y-%m-%d %H:%M})"
