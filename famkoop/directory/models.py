"""The directory: organisations, their sites, their offers, schedules and the topic taxonomy.

Names follow Open Referral HSDS 3.0 where HSDS has one (organization, location, service,
service_at_location, schedule, taxonomy, taxonomy_term, assured_date …).
"""

import re
import uuid

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Q
from django.db.models.functions import Length
from django.utils.translation import gettext_lazy as _

postal_code_validator = RegexValidator(
    r"^[0-9]{5}$", _("Bitte geben Sie eine fünfstellige Postleitzahl ein.")
)
municipality_key_validator = RegexValidator(
    r"^[0-9]{8}$", _("Der Gemeindeschlüssel (AGS) hat acht Ziffern.")
)
byday_validator = RegexValidator(
    r"^(([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU))(,([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU))*$",
    _("Wochentage wie MO,WE oder 2MO (zweiter Montag) angeben."),
)

# Enables `postal_code__length` in the check constraints below.
models.CharField.register_lookup(Length)

# Children's ages are kept in months; up to 27 years covers young adults under SGB VIII.
MAX_AGE_MONTHS = 27 * 12


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
    website = models.URLField(_("Website"), blank=True)
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
    uri = models.URLField(_("URI"), blank=True)
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
    url = models.URLField(_("Weitere Informationen (Link)"), blank=True)
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
