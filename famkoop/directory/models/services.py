"""Offers, their translations and the sites they take place at."""

import uuid

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from famkoop.audit.managers import AuditedManager

from .fields import WebAddressField
from .organizations import Location, Organization
from .reference import Language, TargetGroup, TaxonomyTerm
from .validators import MAX_AGE_MONTHS


class Service(models.Model):
    """An offer (Angebot): a course, an open group, counselling, an event, home visits …"""

    class Format(models.TextChoices):
        COURSE = "course", _("Kurs")
        OPEN_GROUP = "open_group", _("Offene Gruppe / Treff")
        COUNSELLING = "counselling", _("Beratung")
        EVENT = "event", _("Veranstaltung")
        HOME_VISIT = "home_visit", _("Hausbesuch")
        ONLINE = "online", _("Online-Angebot")

    class Status(models.TextChoices):
        # HSDS 3.0 service.status values.
        ACTIVE = "active", _("aktiv")
        INACTIVE = "inactive", _("inaktiv")
        DEFUNCT = "defunct", _("eingestellt")
        TEMPORARILY_CLOSED = "temporarily closed", _("vorübergehend geschlossen")

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("Anbieter"),
        on_delete=models.CASCADE,
        related_name="services",
    )
    title = models.CharField(_("Titel"), max_length=200)
    summary = models.CharField(_("Kurzbeschreibung"), max_length=300, blank=True)
    description = models.TextField(_("Beschreibung"), blank=True)
    format = models.CharField(_("Format"), max_length=20, choices=Format.choices)
    age_min_months = models.PositiveSmallIntegerField(
        _("Alter der Kinder ab (Monate)"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(MAX_AGE_MONTHS)],
    )
    age_max_months = models.PositiveSmallIntegerField(
        _("Alter der Kinder bis (Monate)"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(MAX_AGE_MONTHS)],
    )
    target_groups = models.ManyToManyField(
        TargetGroup, verbose_name=_("Zielgruppen"), blank=True, related_name="services"
    )
    languages = models.ManyToManyField(
        Language, verbose_name=_("Sprachen"), blank=True, related_name="services"
    )
    taxonomy_terms = models.ManyToManyField(
        TaxonomyTerm, verbose_name=_("Themen"), blank=True, related_name="services"
    )
    is_free = models.BooleanField(_("kostenfrei"), default=False)
    cost_amount = models.DecimalField(
        _("Kosten (Euro)"), max_digits=8, decimal_places=2, null=True, blank=True
    )
    cost_description = models.CharField(
        _("Hinweise zu Kosten"),
        max_length=300,
        blank=True,
        help_text=_("z. B. Ermäßigung mit Familienpass möglich"),
    )
    registration_required = models.BooleanField(_("Anmeldung nötig"), default=False)
    registration_details = models.TextField(_("So melden Sie sich an"), blank=True)
    childcare_offered = models.BooleanField(
        _("Kinderbetreuung während des Angebots"), default=False
    )
    capacity = models.PositiveIntegerField(_("Plätze"), null=True, blank=True)
    email = models.EmailField(_("E-Mail für Fragen"), blank=True)
    phone = models.CharField(_("Telefon für Fragen"), max_length=50, blank=True)
    url = WebAddressField(_("Weitere Informationen (Link)"), blank=True)
    status = models.CharField(
        _("Status"), max_length=20, choices=Status.choices, default=Status.ACTIVE, db_index=True
    )
    accepts_referrals = models.BooleanField(_("nimmt Vermittlungen an"), default=False)
    assured_date = models.DateField(
        _("zuletzt als aktuell bestätigt"),
        null=True,
        blank=True,
        help_text=_("Datum, an dem der Anbieter die Angaben zuletzt bestätigt hat."),
    )
    external_id = models.CharField(
        _("Kennung im Quellsystem"),
        max_length=100,
        blank=True,
        help_text=_("Für Importe: Kennung des Angebots in der Kursverwaltung des Anbieters."),
    )
    locations = models.ManyToManyField(
        Location, through="ServiceAtLocation", related_name="services", blank=True
    )
    created_at = models.DateTimeField(_("angelegt am"), auto_now_add=True)
    updated_at = models.DateTimeField(_("geändert am"), auto_now=True, db_index=True)

    objects = AuditedManager()

    class Meta:
        verbose_name = _("Angebot")
        verbose_name_plural = _("Angebote")
        ordering = ["title"]
        constraints = [
            models.CheckConstraint(
                condition=Q(age_min_months__isnull=True)
                | Q(age_max_months__isnull=True)
                | Q(age_min_months__lte=models.F("age_max_months")),
                name="directory_service_age_range_ordered",
            ),
            models.CheckConstraint(
                condition=Q(cost_amount__isnull=True) | Q(cost_amount__gte=0),
                name="directory_service_cost_not_negative",
            ),
            models.CheckConstraint(
                condition=Q(is_free=False) | Q(cost_amount__isnull=True) | Q(cost_amount=0),
                name="directory_service_free_has_no_cost",
            ),
            models.UniqueConstraint(
                fields=["organization", "external_id"],
                condition=~Q(external_id=""),
                name="directory_service_unique_external_id",
            ),
        ]
        indexes = [models.Index(fields=["status", "assured_date"])]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        super().clean()
        if (
            self.age_min_months is not None
            and self.age_max_months is not None
            and self.age_min_months > self.age_max_months
        ):
            raise ValidationError(
                {"age_max_months": _("Das Höchstalter darf nicht unter dem Mindestalter liegen.")}
            )
        if self.is_free and self.cost_amount:
            raise ValidationError(
                {"cost_amount": _("Ein kostenfreies Angebot kann keinen Preis haben.")}
            )


# Languages an offer's title and summary can be translated into: the UI languages but German.
TRANSLATION_LANGUAGES = [
    ("en", _("Englisch")),
    ("tr", _("Türkisch")),
    ("ar", _("Arabisch")),
    ("uk", _("Ukrainisch")),
    ("ru", _("Russisch")),
]


class ServiceTranslation(models.Model):
    """An offer's title and summary in another language, written by its provider.

    The finder shows it to visitors who browse in that language; everything else (dates,
    address, cost) is shown from the offer itself.
    """

    service = models.ForeignKey("Service", on_delete=models.CASCADE, related_name="translations")
    language = models.CharField(_("Sprache"), max_length=5, choices=TRANSLATION_LANGUAGES)
    title = models.CharField(_("Titel"), max_length=200)
    summary = models.CharField(_("Kurzbeschreibung"), max_length=300, blank=True)

    objects = AuditedManager()

    class Meta:
        verbose_name = _("Übersetzung")
        verbose_name_plural = _("Übersetzungen")
        ordering = ["service", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["service", "language"], name="directory_servicetranslation_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.language})"


class ServiceAtLocation(models.Model):
    """An offer held at a site; the site may belong to a partner (e.g. a course in a Kita)."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    service = models.ForeignKey(
        Service, verbose_name=_("Angebot"), on_delete=models.CASCADE, related_name="at_locations"
    )
    location = models.ForeignKey(
        Location,
        verbose_name=_("Standort"),
        on_delete=models.CASCADE,
        related_name="service_at_locations",
    )
    description = models.TextField(_("Hinweise zu diesem Standort"), blank=True)

    objects = AuditedManager()

    class Meta:
        verbose_name = _("Angebot am Standort")
        verbose_name_plural = _("Angebote an Standorten")
        constraints = [
            models.UniqueConstraint(
                fields=["service", "location"], name="directory_serviceatlocation_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.service} @ {self.location}"

    @property
    def is_hosted_by_partner(self) -> bool:
        """True when the provider delivers the offer at another organisation's site."""
        return self.location.organization_id != self.service.organization_id
