"""The search index: one document per offer, the vocabulary, and anonymous demand signals.

`SearchDocument` holds everything a search needs without touching the directory tables: the
analysed text terms, the filter and place tokens, the coordinates of the offer's sites and the
values ranking needs. The full-text index over it is backend specific and lives outside the
Django model (see `backends/`): an FTS5 table kept in sync by triggers on SQLite, generated
`tsvector` columns with GIN indexes on PostgreSQL. Both index exactly the same tokens.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchDocument(models.Model):
    """What the index knows about one offer (active or not), built by `famkoop.search.index`."""

    service = models.OneToOneField(
        "directory.Service",
        verbose_name=_("Angebot"),
        on_delete=models.CASCADE,
        related_name="search_document",
    )
    status = models.CharField(_("Status"), max_length=20)
    # Space-separated index terms from `analysis.analyze_document`; the title ranks higher.
    title_terms = models.TextField(_("Begriffe aus dem Titel"), blank=True)
    body_terms = models.TextField(_("Begriffe aus dem Text"), blank=True)
    # Space-separated tokens matched like words: status (s_…), filter values (f_…) and the
    # grid cells of the offer's places (g_…); see `famkoop.search.tokens`.
    tags = models.TextField(_("Filter- und Ortsmerkmale"), blank=True)
    # The first site on the map, and "latitude,longitude,location_id" of any further ones
    # (space-separated): the exact distance needs them for every candidate.
    latitude = models.FloatField(_("Breitengrad"), null=True)
    longitude = models.FloatField(_("Längengrad"), null=True)
    location_id = models.BigIntegerField(_("Standort"), null=True)
    other_points = models.TextField(_("weitere Standorte"), blank=True)
    age_min_months = models.PositiveSmallIntegerField(_("Alter ab (Monate)"), null=True)
    age_max_months = models.PositiveSmallIntegerField(_("Alter bis (Monate)"), null=True)
    next_date = models.DateField(_("nächster Termin"), null=True, db_index=True)
    assured_date = models.DateField(_("zuletzt bestätigt"), null=True)
    service_updated_at = models.DateTimeField(_("Angebot geändert am"))
    indexed_at = models.DateTimeField(_("indiziert am"))

    class Meta:
        verbose_name = _("Suchindex-Eintrag")
        verbose_name_plural = _("Suchindex")
        ordering = ["service_id"]

    def __str__(self) -> str:
        return f"#{self.service_id}"


class SearchTerm(models.Model):
    """An index term with the number of documents containing it (typo tolerance, splitting).

    Kept current by `index_services`, recounted by `rebuild_search_index`. Incremental
    updates never delete rows (that would race with a concurrent insert of the same term);
    a term whose count fell to zero is simply not part of the vocabulary.
    """

    term = models.CharField(_("Begriff"), max_length=100, unique=True)
    document_count = models.PositiveIntegerField(_("Dokumente"), default=0)

    class Meta:
        verbose_name = _("Suchbegriff")
        verbose_name_plural = _("Suchbegriffe")
        ordering = ["term"]

    def __str__(self) -> str:
        return self.term


class SearchIndexState(models.Model):
    """A single row: the versions of the vocabulary and of the documents, so web workers know
    when to reload what they keep in memory (`vocabulary`, `snapshot`).

    Each version is a random number. The vocabulary's changes whenever a term enters or leaves
    the index, the documents' with every change of a document, in the same transaction.
    """

    vocabulary_version = models.PositiveBigIntegerField(default=0)
    documents_version = models.PositiveBigIntegerField(default=0)
    rebuilt_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("Zustand des Suchindex")
        verbose_name_plural = _("Zustand des Suchindex")

    def __str__(self) -> str:
        return f"v{self.vocabulary_version}"


class DemandSignal(models.Model):
    """A search that found nothing or little, kept anonymously for youth welfare planning.

    Deliberately without time of day, IP address, cookie, session or user: only the day, the
    normalised terms, a coarse area and the filters.
    """

    created_on = models.DateField(_("Tag"), db_index=True)
    terms = models.CharField(_("Suchbegriffe (normalisiert)"), max_length=200, blank=True)
    postcode_area = models.CharField(
        _("Postleitbereich"),
        max_length=3,
        blank=True,
        db_index=True,
        help_text=_("Die ersten drei Ziffern der Postleitzahl des gesuchten Orts."),
    )
    municipality_key = models.CharField(
        _("Gemeindeschlüssel (AGS)"), max_length=8, blank=True, db_index=True
    )
    radius_km = models.PositiveSmallIntegerField(_("Umkreis (km)"), null=True, blank=True)
    # Canonical JSON (sorted keys and values), so equal filters compare and group equal.
    filters = models.TextField(_("Filter"), blank=True)
    result_count = models.PositiveIntegerField(_("Treffer"))
    professional = models.BooleanField(_("Fachkräfte-Suche"), default=False)

    class Meta:
        verbose_name = _("Suchbedarf")
        verbose_name_plural = _("Suchbedarfe")
        ordering = ["-created_on", "-id"]

    def __str__(self) -> str:
        return f"{self.created_on}: {self.terms or '–'} ({self.result_count})"
