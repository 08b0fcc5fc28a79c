"""Organisations (providers, youth offices, partners) and their sites."""

import re
import uuid

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from famkoop.audit.managers import AuditedManager

from .fields import WebAddressField
from .validators import municipality_key_validator, postal_code_validator


class Organization(models.Model):
    """A provider, a youth welfare office, a state youth office or a partner (e.g. a Kita)."""

    class Kind(models.TextChoices):
        PROVIDER = "provider", _("Träger der Familienbildung")
        YOUTH_OFFICE = "youth_office", _("Jugendamt")
        STATE_YOUTH_OFFICE = "state_youth_office", _("Landesjugendamt")
        PARTNER = "partner", _("Kooperationspartner")

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(_("Name"), max_length=200)
    slug = models.SlugField(_("Kurzname (URL)"), max_length=200, unique=True)
    kind = models.CharField(_("Art"), max_length=30, choices=Kind.choices, db_index=True)
    description = models.TextField(_("Beschreibung"), blank=True)
    email = models.EmailField(_("E-Mail"), blank=True)
    website = WebAddressField(_("Website"), blank=True)
    phone = models.CharField(_("Telefon"), max_length=50, blank=True)
    legal_status = models.CharField(
        _("Rechtsform / Trägerschaft"),
        max_length=100,
        blank=True,
        help_text=_("z. B. eingetragener Verein, kirchlicher Träger, kommunal"),
    )
    parent_organization = models.ForeignKey(
        "self",
        verbose_name=_("Dachorganisation"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="member_organizations",
    )
    created_at = models.DateTimeField(_("angelegt am"), auto_now_add=True)
    updated_at = models.DateTimeField(_("geändert am"), auto_now=True)

    objects = AuditedManager()

    class Meta:
        verbose_name = _("Organisation")
        verbose_name_plural = _("Organisationen")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Location(models.Model):
    """A site where offers take place; online and outreach offers have no street address.

    A confidential address (e.g. a women's shelter) is never shown publicly nor exported:
    only the town is.
    """

    class Kind(models.TextChoices):
        FAMILY_EDUCATION_CENTRE = "family_education_centre", _("Familienbildungsstätte")
        FAMILY_CENTRE = "family_centre", _("Familienzentrum")
        KITA = "kita", _("Kindertagesstätte (Kita)")
        NEIGHBOURHOOD_CENTRE = "neighbourhood_centre", _("Stadtteilzentrum")
        COMMUNITY_HALL = "community_hall", _("Gemeindehaus")
        SCHOOL = "school", _("Schule")
        ONLINE = "online", _("Online")
        OUTREACH = "outreach", _("Aufsuchend (bei den Familien)")

    PHYSICAL_KINDS = {
        Kind.FAMILY_EDUCATION_CENTRE,
        Kind.FAMILY_CENTRE,
        Kind.KITA,
        Kind.NEIGHBOURHOOD_CENTRE,
        Kind.COMMUNITY_HALL,
        Kind.SCHOOL,
    }

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("Organisation"),
        on_delete=models.CASCADE,
        related_name="locations",
    )
    name = models.CharField(_("Name"), max_length=200)
    kind = models.CharField(_("Art des Standorts"), max_length=30, choices=Kind.choices)
    description = models.TextField(_("Beschreibung"), blank=True)
    address_1 = models.CharField(_("Straße und Hausnummer"), max_length=200, blank=True)
    postal_code = models.CharField(
        _("Postleitzahl"), max_length=5, blank=True, validators=[postal_code_validator]
    )
    city = models.CharField(_("Ort"), max_length=100, blank=True)
    municipality_key = models.CharField(
        _("Gemeindeschlüssel (AGS)"),
        max_length=8,
        blank=True,
        db_index=True,
        validators=[municipality_key_validator],
    )
    latitude = models.FloatField(
        _("Breitengrad"),
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.FloatField(
        _("Längengrad"),
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    confidential_address = models.BooleanField(
        _("Adresse vertraulich"),
        default=False,
        help_text=_(
            "Die Straße wird nie öffentlich angezeigt oder exportiert, nur der Ort "
            "(z. B. bei einem Frauenhaus)."
        ),
    )
    transportation = models.TextField(_("Anfahrt"), blank=True)
    step_free_access = models.BooleanField(_("stufenloser Zugang"), default=False)
    accessible_toilet = models.BooleanField(_("barrierefreies WC"), default=False)
    hearing_loop = models.BooleanField(_("Induktionsschleife"), default=False)
    baby_changing = models.BooleanField(_("Wickelmöglichkeit"), default=False)
    accessibility_details = models.TextField(_("Hinweise zur Barrierefreiheit"), blank=True)
    created_at = models.DateTimeField(_("angelegt am"), auto_now_add=True)
    updated_at = models.DateTimeField(_("geändert am"), auto_now=True)

    objects = AuditedManager()

    class Meta:
        verbose_name = _("Standort")
        verbose_name_plural = _("Standorte")
        ordering = ["name"]
        indexes = [models.Index(fields=["latitude", "longitude"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(postal_code="")
                | (
                    Q(postal_code__length=5)
                    & Q(postal_code__gte="01000")
                    & Q(postal_code__lte="99999")
                ),
                name="directory_location_postal_code_valid",
            ),
            models.CheckConstraint(
                condition=Q(municipality_key="") | Q(municipality_key__length=8),
                name="directory_location_municipality_key_length",
            ),
            models.CheckConstraint(
                # Both or neither: a comparison with NULL would let a half pair through.
                condition=(Q(latitude__isnull=True) & Q(longitude__isnull=True))
                | (
                    Q(latitude__isnull=False)
                    & Q(longitude__isnull=False)
                    & Q(latitude__gte=-90)
                    & Q(latitude__lte=90)
                    & Q(longitude__gte=-180)
                    & Q(longitude__lte=180)
                ),
                name="directory_location_coordinates_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name}, {self.city}" if self.city else self.name

    @property
    def is_physical(self) -> bool:
        return self.kind in self.PHYSICAL_KINDS

    @property
    def public_address_1(self) -> str:
        """The street address as the public may see it: empty when confidential."""
        return "" if self.confidential_address else self.address_1

    @property
    def public_postal_code(self) -> str:
        # A postcode narrows a confidential site down too much in small towns.
        return "" if self.confidential_address else self.postal_code

    @property
    def public_coordinates(self) -> tuple[float, float] | None:
        """Coordinates the public may see: none for a confidential site (show the town only)."""
        if self.latitude is None or self.longitude is None:
            return None
        if self.confidential_address:
            return None
        return (self.latitude, self.longitude)

    def clean(self) -> None:
        super().clean()
        if self.is_physical and not (self.postal_code and self.city):
            raise ValidationError(_("Für einen Standort vor Ort sind Postleitzahl und Ort nötig."))
        if self.postal_code and re.fullmatch(r"[0-9]{5}", self.postal_code):
            from famkoop.geo.models import PostalCode

            if not PostalCode.objects.filter(code=self.postal_code).exists():
                raise ValidationError(
                    {
                        "postal_code": _("Die Postleitzahl %(code)s gibt es nicht.")
                        % {"code": self.postal_code}
                    }
                )
