"""When offers take place: recurring schedules, exceptions, dated sessions, holidays."""

import uuid

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from famkoop.audit.managers import AuditedManager

from .services import Service, ServiceAtLocation
from .validators import byday_validator


class Schedule(models.Model):
    """When an offer takes place: a recurrence rule as in HSDS 3.0 / RFC 5545.

    E.g. weekly on Tuesdays 9:30–11:00 (freq=WEEKLY, byday=TU) or on the second Monday of the
    month (freq=MONTHLY, byday=2MO). Dated sessions and cancellations live in `DatedSession`
    and `ScheduleException`; see `famkoop.directory.schedules` for the next dates.
    """

    class Frequency(models.TextChoices):
        WEEKLY = "WEEKLY", _("wöchentlich")
        MONTHLY = "MONTHLY", _("monatlich")
        DAILY = "DAILY", _("täglich")

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    service = models.ForeignKey(
        Service, verbose_name=_("Angebot"), on_delete=models.CASCADE, related_name="schedules"
    )
    service_at_location = models.ForeignKey(
        ServiceAtLocation,
        verbose_name=_("Angebot am Standort"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="schedules",
    )
    valid_from = models.DateField(_("gültig ab"))
    valid_to = models.DateField(_("gültig bis"), null=True, blank=True)
    freq = models.CharField(_("Wiederholung"), max_length=10, choices=Frequency.choices)
    interval = models.PositiveSmallIntegerField(
        _("Abstand"), default=1, validators=[MinValueValidator(1), MaxValueValidator(52)]
    )
    byday = models.CharField(
        _("Wochentage"), max_length=60, blank=True, validators=[byday_validator]
    )
    count = models.PositiveSmallIntegerField(_("Anzahl Termine"), null=True, blank=True)
    until = models.DateField(_("Wiederholung bis"), null=True, blank=True)
    opens_at = models.TimeField(_("Beginn"))
    closes_at = models.TimeField(_("Ende"))
    skip_school_holidays = models.BooleanField(_("nicht in den Schulferien"), default=False)
    description = models.CharField(_("Hinweis"), max_length=300, blank=True)

    objects = AuditedManager()

    class Meta:
        verbose_name = _("Terminregel")
        verbose_name_plural = _("Terminregeln")
        ordering = ["valid_from", "opens_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(opens_at__lt=models.F("closes_at")),
                name="directory_schedule_opens_before_closes",
            ),
            models.CheckConstraint(
                condition=Q(valid_to__isnull=True) | Q(valid_from__lte=models.F("valid_to")),
                name="directory_schedule_valid_range_ordered",
            ),
            models.CheckConstraint(
                condition=Q(interval__gte=1), name="directory_schedule_interval_positive"
            ),
            models.CheckConstraint(
                condition=Q(count__isnull=True) | Q(until__isnull=True),
                name="directory_schedule_count_or_until",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.service}: {self.get_freq_display()} {self.byday}".strip()

    def clean(self) -> None:
        super().clean()
        if self.opens_at and self.closes_at and self.opens_at >= self.closes_at:
            raise ValidationError({"closes_at": _("Das Ende muss nach dem Beginn liegen.")})
        if self.count and self.until:
            raise ValidationError(
                _("Bitte entweder die Anzahl der Termine oder ein Enddatum angeben, nicht beides.")
            )


class ScheduleException(models.Model):
    """A single date on which a recurring schedule does not take place."""

    schedule = models.ForeignKey(
        Schedule, verbose_name=_("Terminregel"), on_delete=models.CASCADE, related_name="exceptions"
    )
    date = models.DateField(_("Datum"))
    reason = models.CharField(_("Grund"), max_length=200, blank=True)

    objects = AuditedManager()

    class Meta:
        verbose_name = _("Ausfall")
        verbose_name_plural = _("Ausfälle")
        ordering = ["date"]
        constraints = [
            models.UniqueConstraint(
                fields=["schedule", "date"], name="directory_scheduleexception_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.schedule} – {self.date}"


class DatedSession(models.Model):
    """A single dated session, e.g. one evening of a course with fixed dates."""

    service = models.ForeignKey(
        Service, verbose_name=_("Angebot"), on_delete=models.CASCADE, related_name="sessions"
    )
    service_at_location = models.ForeignKey(
        ServiceAtLocation,
        verbose_name=_("Angebot am Standort"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="sessions",
    )
    starts_at = models.DateTimeField(_("Beginn"), db_index=True)
    ends_at = models.DateTimeField(_("Ende"))
    cancelled = models.BooleanField(_("fällt aus"), default=False)
    note = models.CharField(_("Hinweis"), max_length=200, blank=True)

    objects = AuditedManager()

    class Meta:
        verbose_name = _("Einzeltermin")
        verbose_name_plural = _("Einzeltermine")
        ordering = ["starts_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(starts_at__lt=models.F("ends_at")),
                name="directory_datedsession_starts_before_ends",
            )
        ]

    def __str__(self) -> str:
        return f"{self.service} – {self.starts_at:%d.%m.%Y %H:%M}"


class SchoolHoliday(models.Model):
    """School holidays of a federal state; schedules may skip them."""

    state = models.ForeignKey(
        "geo.State", verbose_name=_("Bundesland"), on_delete=models.CASCADE, related_name="holidays"
    )
    name = models.CharField(_("Bezeichnung"), max_length=100)
    start = models.DateField(_("erster Ferientag"))
    end = models.DateField(_("letzter Ferientag"))

    class Meta:
        verbose_name = _("Schulferien")
        verbose_name_plural = _("Schulferien")
        ordering = ["start"]
        constraints = [
            models.CheckConstraint(
                condition=Q(start__lte=models.F("end")), name="directory_schoolholiday_ordered"
            ),
            models.UniqueConstraint(
                fields=["state", "start"], name="directory_schoolholiday_unique_start"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} {self.start:%Y} ({self.state_id})"
