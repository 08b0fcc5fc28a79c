"""What the back office keeps besides the directory: which reminders went out."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ConfirmationReminder(models.Model):
    """A reminder e-mail about one offer at one stage of its unconfirmed time.

    One row per offer, stage and confirmation date: the daily job sends no second reminder for
    the same stage until the offer is confirmed again (a new `assured_date`) and ages anew.
    """

    class Stage(models.TextChoices):
        CONFIRM = "confirm", _("seit sechs Monaten nicht bestätigt")
        STALE = "stale", _("seit neun Monaten nicht bestätigt, als veraltet markiert")

    service = models.ForeignKey(
        "directory.Service",
        verbose_name=_("Angebot"),
        on_delete=models.CASCADE,
        related_name="confirmation_reminders",
    )
    stage = models.CharField(_("Stufe"), max_length=10, choices=Stage.choices)
    # The offer's confirmation date the reminder was about (empty: never confirmed).
    assured_date = models.DateField(_("zuletzt bestätigt am"), null=True, blank=True)
    sent_at = models.DateTimeField(_("gesendet am"), default=timezone.now)
    recipients = models.PositiveSmallIntegerField(_("Anzahl Empfänger"), default=0)

    class Meta:
        verbose_name = _("Erinnerung an die Bestätigung")
        verbose_name_plural = _("Erinnerungen an die Bestätigung")
        ordering = ["-sent_at"]
        indexes = [models.Index(fields=["service", "stage"])]

    def __str__(self) -> str:
        return f"{self.service_id} {self.stage} {self.sent_at:%Y-%m-%d}"
