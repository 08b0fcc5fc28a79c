"""Offline geography of Germany: states, districts, municipalities, postcodes, places, population.

All rows come from registry packages (see docs/data-sources.md) through `manage.py load_geodata`;
nothing is fetched at run time.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class State(models.Model):
    """A federal state (Land), keyed by its two-digit official key ("05" = NRW)."""

    key = models.CharField(_("Schlüssel"), max_length=2, primary_key=True)
    name = models.CharField(_("Name"), max_length=100)
    abbreviation = models.CharField(_("Kürzel"), max_length=2, unique=True)

    class Meta:
        verbose_name = _("Bundesland")
        verbose_name_plural = _("Bundesländer")
        ordering = ["key"]

    def __str__(self) -> str:
        return self.name


class District(models.Model):
    """A district (Kreis) or independent city (kreisfreie Stadt), keyed by its 5-digit key."""

    key = models.CharField(_("Kreisschlüssel"), max_length=5, primary_key=True)
    name = models.CharField(_("Name"), max_length=150)
    state = models.ForeignKey(State, on_delete=models.PROTECT, related_name="districts")
    is_independent_city = models.BooleanField(_("kreisfreie Stadt"), default=False)

    class Meta:
        verbose_name = _("Kreis")
        verbose_name_plural = _("Kreise und kreisfreie Städte")
        ordering = ["key"]

    def __str__(self) -> str:
        return self.name


class Municipality(models.Model):
    """A municipality (Gemeinde), keyed by its 8-digit official municipality key (AGS)."""

    key = models.CharField(_("Gemeindeschlüssel (AGS)"), max_length=8, primary_key=True)
    name = models.CharField(_("Name"), max_length=150, db_index=True)
    district = models.ForeignKey(District, on_delete=models.PROTECT, related_name="municipalities")
    latitude = models.FloatField(_("Breitengrad"), null=True, blank=True)
    longitude = models.FloatField(_("Längengrad"), null=True, blank=True)

    class Meta:
        verbose_name = _("Gemeinde")
        verbose_name_plural = _("Gemeinden")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class PostalCode(models.Model):
    """A five-digit postcode with its centroid; one row per postcode.

    A postcode can cover several places; `place_name` is the main one, the others are in
    `Place` rows pointing here.
    """

    code = models.CharField(_("Postleitzahl"), max_length=5, primary_key=True)
    place_name = models.CharField(_("Ort"), max_length=150)
    latitude = models.FloatField(_("Breitengrad"))
    longitude = models.FloatField(_("Längengrad"))
    municipality = models.ForeignKey(
        Municipality, on_delete=models.SET_NULL, null=True, blank=True, related_name="postal_codes"
    )
    district = models.ForeignKey(
        District, on_delete=models.SET_NULL, null=True, blank=True, related_name="postal_codes"
    )
    state = models.ForeignKey(State, on_delete=models.PROTECT, related_name="postal_codes")

    class Meta:
        verbose_name = _("Postleitzahl")
        verbose_name_plural = _("Postleitzahlen")
        ordering = ["code"]
        indexes = [models.Index(fields=["latitude", "longitude"])]

    def __str__(self) -> str:
        return f"{self.code} {self.place_name}"


class Place(models.Model):
    """A named place a user may type: a town, a town district or a village."""

    class Kind(models.TextChoices):
        MUNICIPALITY = "municipality", _("Gemeinde")
        LOCALITY = "locality", _("Ortsteil oder Stadtteil")
        POSTAL_PLACE = "postal_place", _("Postalischer Ort")

    name = models.CharField(_("Name"), max_length=150)
    # Lower-case, umlauts folded (ä → ae, ß → ss), punctuation and hyphens turned into spaces.
    normalized_name = models.CharField(_("Suchname"), max_length=150, db_index=True)
    kind = models.CharField(_("Art"), max_length=20, choices=Kind.choices)
    latitude = models.FloatField(_("Breitengrad"))
    longitude = models.FloatField(_("Längengrad"))
    population = models.PositiveIntegerField(_("Einwohner"), null=True, blank=True)
    municipality = models.ForeignKey(
        Municipality, on_delete=models.SET_NULL, null=True, blank=True, related_name="places"
    )
    district = models.ForeignKey(
        District, on_delete=models.SET_NULL, null=True, blank=True, related_name="places"
    )
    state = models.ForeignKey(
        State, on_delete=models.SET_NULL, null=True, blank=True, related_name="places"
    )
    postal_code = models.ForeignKey(
        PostalCode, on_delete=models.SET_NULL, null=True, blank=True, related_name="places"
    )
    source = models.CharField(_("Quelle"), max_length=50)

    class Meta:
        verbose_name = _("Ort")
        verbose_name_plural = _("Orte")
        ordering = ["name"]
        indexes = [models.Index(fields=["latitude", "longitude"])]

    def __str__(self) -> str:
        return self.name


class PopulationFigure(models.Model):
    """Population of an area (state, district or municipality key) by year and age band.

    Kept as data so that newer official figures can be imported without code changes.
    """

    area_key = models.CharField(_("Gebietsschlüssel"), max_length=8, db_index=True)
    year = models.PositiveSmallIntegerField(_("Jahr"))
    # Age band in years, e.g. "0-2", "3-5", "all".
    age_band = models.CharField(_("Altersgruppe"), max_length=10, default="all")
    count = models.PositiveIntegerField(_("Anzahl"))
    source = models.CharField(_("Quelle"), max_length=200)

    class Meta:
        verbose_name = _("Bevölkerungszahl")
        verbose_name_plural = _("Bevölkerungszahlen")
        constraints = [
            models.UniqueConstraint(
                fields=["area_key", "year", "age_band"], name="geo_population_unique_figure"
            )
        ]

    def __str__(self) -> str:
        return f"{self.area_key} {self.year} {self.age_band}: {self.count}"
