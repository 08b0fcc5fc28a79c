"""Forms of the back office's site, profile and area pages.

A site's address is turned into its municipality key and, unless the user placed a pin,
into the centroid of its postcode (see `famkoop.geo.lookup`).
"""

import re

from django import forms
from django.db import models
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from famkoop.directory.models import Location, Organization, PlanningArea
from famkoop.forms import ModelForm
from famkoop.geo.lookup import GeoLookupError, ResolvedPlace, resolve_postcode
from famkoop.geo.models import Municipality, PostalCode

from .site_domain import in_germany

COORDINATE_WIDGET_ATTRS = {"step": "any", "inputmode": "decimal"}


class SiteForm(ModelForm):
    """A site of a provider: address, pin on the map, access, how to get there."""

    class Meta:
        model = Location
        fields = [
            "name",
            "kind",
            "address_1",
            "postal_code",
            "city",
            "confidential_address",
            "latitude",
            "longitude",
            "description",
            "transportation",
            "step_free_access",
            "accessible_toilet",
            "hearing_loop",
            "baby_changing",
            "accessibility_details",
        ]
        widgets = {
            "latitude": forms.NumberInput(attrs=COORDINATE_WIDGET_ATTRS),
            "longitude": forms.NumberInput(attrs=COORDINATE_WIDGET_ATTRS),
            "postal_code": forms.TextInput(
                attrs={"inputmode": "numeric", "autocomplete": "postal-code"}
            ),
            "address_1": forms.TextInput(attrs={"autocomplete": "address-line1"}),
            "description": forms.Textarea(attrs={"rows": 4}),
            "transportation": forms.Textarea(attrs={"rows": 3}),
            "accessibility_details": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "postal_code": _(
                "Aus der Postleitzahl ergeben sich Gemeinde und – solange Sie keine Markierung "
                "setzen – die Lage auf der Karte."
            ),
            "city": _("Bleibt das Feld leer, übernehmen wir den Ort der Postleitzahl."),
            "latitude": _("Zum Beispiel 50.9511. Leer lassen: Mittelpunkt der Postleitzahl."),
            "longitude": _("Zum Beispiel 6.9264. Leer lassen: Mittelpunkt der Postleitzahl."),
            "transportation": _("Bus- und Bahnhaltestellen, Parkplätze, Eingang."),
        }

    def __init__(self, *args, organization: Organization, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.instance.organization = organization
        self.place: ResolvedPlace | None = None
        # True when the coordinates were taken from the postcode, not placed by the user.
        self.used_postcode_centroid = False
        self._initial_coordinates = (self.instance.latitude, self.instance.longitude)
        self._initial_postal_code = self.instance.postal_code

    def clean_postal_code(self) -> str:
        code = "".join((self.cleaned_data.get("postal_code") or "").split())
        if code:
            try:
                self.place = resolve_postcode(code)
            except GeoLookupError as error:
                raise forms.ValidationError(error.message, code="unknown_postal_code") from error
        return code

    def clean(self) -> dict:
        cleaned = super().clean()
        kind = cleaned.get("kind")
        code = cleaned.get("postal_code")
        if kind in Location.PHYSICAL_KINDS and not code and "postal_code" not in self.errors:
            self.add_error(
                "postal_code",
                _("Für einen Standort vor Ort brauchen wir die Postleitzahl."),
            )
        self._clean_coordinates(cleaned)
        if self.place is not None:
            self.instance.municipality_key = self.place.municipality_key
            if not cleaned.get("city"):
                cleaned["city"] = self.place.label.removeprefix(self.place.postal_code).strip()
        elif not code and "postal_code" not in self.errors:
            self.instance.municipality_key = ""
        return cleaned

    def _clean_coordinates(self, cleaned: dict) -> None:
        if "latitude" in self.errors or "longitude" in self.errors:
            return
        latitude, longitude = cleaned.get("latitude"), cleaned.get("longitude")
        if (latitude is None) != (longitude is None):
            missing = "longitude" if longitude is None else "latitude"
            self.add_error(
                missing,
                _("Bitte geben Sie Breiten- und Längengrad an – oder lassen Sie beide leer."),
            )
            return
        if latitude is not None and not in_germany(latitude, longitude):
            self.add_error(
                "latitude",
                _(
                    "Diese Koordinaten liegen nicht in Deutschland. Breitengrade liegen hier "
                    "zwischen 47,2 und 55,1, Längengrade zwischen 5,8 und 15,1."
                ),
            )
            return
        if self.place is None:
            return
        pin_untouched = (latitude, longitude) == self._initial_coordinates
        postcode_changed = self.place.postal_code != self._initial_postal_code
        if latitude is None or (pin_untouched and postcode_changed):
            cleaned["latitude"] = round(self.place.latitude, 6)
            cleaned["longitude"] = round(self.place.longitude, 6)
            self.used_postcode_centroid = True


def https_by_default(field: models.Field, **kwargs) -> forms.Field | None:
    """Form fields as Django makes them, but "www.example.org" becomes https://…"""
    if isinstance(field, models.URLField):
        kwargs["assume_scheme"] = "https"
    return field.formfield(**kwargs)


class OrganizationProfileForm(ModelForm):
    class Meta:
        model = Organization
        fields = ["name", "description", "email", "website", "phone", "legal_status"]
        formfield_callback = https_by_default
        widgets = {
            "website": forms.URLInput(attrs={"autocomplete": "url"}),
            "description": forms.Textarea(attrs={"rows": 6}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel"}),
        }
        help_texts = {
            "email": _(
                "Öffentliche Adresse für Anfragen; auch Erinnerungen an nicht bestätigte "
                "Angebote gehen hierhin, wenn niemand Ihre Organisation verwaltet."
            ),
            "website": _("z. B. https://www.familienbildung.example"),
        }


class MunicipalityChoiceField(forms.ModelMultipleChoiceField):
    """Municipalities as checkboxes, grouped by district (see `_municipalities.html`)."""

    widget = forms.CheckboxSelectMultiple

    def label_from_instance(self, obj: Municipality) -> str:
        return obj.name


def municipality_choices(organization: Organization) -> QuerySet:
    """The municipalities an office may pick: those of the states it already covers, else
    North Rhine-Westphalia (the first region)."""
    states = set(
        organization.responsibility_areas.values_list("municipality__district__state", flat=True)
    ) or {"05"}
    return (
        Municipality.objects.filter(district__state__in=states)
        .select_related("district")
        .order_by("district__name", "name")
    )


class MunicipalityGroupsMixin:
    """Groups the checkboxes of `municipalities` by district for the template."""

    def municipality_groups(self) -> list[dict]:
        bound = self["municipalities"]
        groups: dict[str, dict] = {}
        for checkbox in bound.subwidgets:
            municipality = checkbox.data["value"].instance
            group = groups.setdefault(
                municipality.district_id,
                {"name": municipality.district.name, "checkboxes": [], "selected": 0},
            )
            group["checkboxes"].append(checkbox)
            if checkbox.data["selected"]:
                group["selected"] += 1
        return list(groups.values())


class ResponsibilityForm(MunicipalityGroupsMixin, forms.Form):
    municipalities = MunicipalityChoiceField(
        queryset=Municipality.objects.none(),
        required=False,
        label=_("Gemeinden, für die Ihr Jugendamt zuständig ist"),
    )

    def __init__(self, *args, organization: Organization, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["municipalities"].queryset = municipality_choices(organization)


POSTCODE_SEPARATORS = re.compile(r"[\s,;]+")


class PostalCodesField(forms.CharField):
    """Postcodes typed as a list ("50823, 50825 50827"); every one must exist."""

    def clean(self, value: str) -> list[PostalCode]:
        text = super().clean(value)
        codes = [code for code in POSTCODE_SEPARATORS.split(text or "") if code]
        malformed = [code for code in codes if not re.fullmatch(r"[0-9]{5}", code)]
        if malformed:
            raise forms.ValidationError(
                _("Postleitzahlen haben fünf Ziffern: %(codes)s") % {"codes": ", ".join(malformed)}
            )
        found = PostalCode.objects.in_bulk(codes)
        unknown = [code for code in codes if code not in found]
        if unknown:
            raise forms.ValidationError(
                _("Diese Postleitzahlen gibt es nicht: %(codes)s") % {"codes": ", ".join(unknown)}
            )
        return [found[code] for code in dict.fromkeys(codes)]


class PlanningAreaForm(MunicipalityGroupsMixin, ModelForm):
    postal_codes = PostalCodesField(
        label=_("Postleitzahlen"),
        required=False,
        help_text=_("Durch Komma oder Leerzeichen getrennt, z. B. 50823, 50825"),
    )
    municipalities = MunicipalityChoiceField(
        queryset=Municipality.objects.none(), required=False, label=_("Gemeinden")
    )

    class Meta:
        model = PlanningArea
        fields = ["name", "description", "postal_codes", "municipalities"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, organization: Organization, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.instance.organization = organization
        self.fields["municipalities"].queryset = municipality_choices(organization)
        if self.instance.pk and not self.is_bound:
            self.initial["postal_codes"] = ", ".join(
                self.instance.postal_codes.order_by("code").values_list("code", flat=True)
            )

    def clean(self) -> dict:
        cleaned = super().clean()
        if (
            not self.errors
            and not cleaned.get("postal_codes")
            and not cleaned.get("municipalities")
        ):
            self.add_error(
                "postal_codes",
                _("Bitte nennen Sie Postleitzahlen oder wählen Sie Gemeinden – oder beides."),
            )
        return cleaned
