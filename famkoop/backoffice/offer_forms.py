"""Forms of the offer editor: what staff type, in words they use (ages in years and months,
weekdays as boxes), turned into the directory's fields."""

from datetime import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db.models import F
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from famkoop.directory.models import (
    MAX_AGE_MONTHS,
    DatedSession,
    Language,
    Location,
    Organization,
    Schedule,
    Service,
    ServiceAtLocation,
    ServiceTranslation,
    TargetGroup,
    TaxonomyTerm,
)
from famkoop.forms import Form, ModelForm

from .offers import OfferLinks

MAX_AGE_YEARS = MAX_AGE_MONTHS // 12

TOO_MANY_YEARS = _("Das Alter darf höchstens %(limit_value)s Jahre sein.")
TOO_MANY_MONTHS = _("Bitte höchstens 11 Monate angeben – 12 Monate sind ein Jahr.")

WEEKDAYS = [
    ("MO", _("Montag")),
    ("TU", _("Dienstag")),
    ("WE", _("Mittwoch")),
    ("TH", _("Donnerstag")),
    ("FR", _("Freitag")),
    ("SA", _("Samstag")),
    ("SU", _("Sonntag")),
]
ORDINALS = [
    ("", _("jede Woche des Monats")),
    ("1", _("erste")),
    ("2", _("zweite")),
    ("3", _("dritte")),
    ("4", _("vierte")),
    ("-1", _("letzte")),
]


class TermChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: TaxonomyTerm) -> str:
        return str(obj)


def _age_field(label: str, maximum: int, too_many: str) -> forms.IntegerField:
    return forms.IntegerField(
        label=label,
        required=False,
        min_value=0,
        max_value=maximum,
        error_messages={
            "max_value": too_many,
            "min_value": _("Bitte keine negative Zahl eingeben."),
            "invalid": _("Bitte eine ganze Zahl eingeben."),
        },
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "class": "kern-form-input__input"}),
    )


class OfferForm(ModelForm):
    """An offer's own fields, its age range in years and months, and its sites."""

    age_min_years = _age_field(_("Mindestalter: Jahre"), MAX_AGE_YEARS, TOO_MANY_YEARS)
    age_min_extra_months = _age_field(_("Mindestalter: und Monate"), 11, TOO_MANY_MONTHS)
    age_max_years = _age_field(_("Höchstalter: Jahre"), MAX_AGE_YEARS, TOO_MANY_YEARS)
    age_max_extra_months = _age_field(_("Höchstalter: und Monate"), 11, TOO_MANY_MONTHS)
    locations = forms.ModelMultipleChoiceField(
        label=_("Standorte"),
        queryset=Location.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Wo das Angebot stattfindet. Neue Standorte legen Sie unter „Standorte“ an."),
    )

    class Meta:
        model = Service
        fields = [
            "title",
            "summary",
            "description",
            "format",
            "taxonomy_terms",
            "target_groups",
            "languages",
            "is_free",
            "cost_amount",
            "cost_description",
            "capacity",
            "registration_required",
            "registration_details",
            "childcare_offered",
            "accepts_referrals",
            "email",
            "phone",
            "url",
        ]
        field_classes = {"taxonomy_terms": TermChoiceField}
        widgets = {
            "taxonomy_terms": forms.CheckboxSelectMultiple,
            "target_groups": forms.CheckboxSelectMultiple,
            "languages": forms.CheckboxSelectMultiple,
            "description": forms.Textarea(attrs={"rows": 6}),
            "registration_details": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "summary": _("Ein bis zwei Sätze für die Trefferliste."),
            "accepts_referrals": _(
                "Jugendämter dürfen Familien an dieses Angebot vermitteln (Fachkräfte-Suche)."
            ),
            "capacity": _("Leer lassen, wenn die Zahl der Plätze nicht begrenzt ist."),
        }
        error_messages = {
            "title": {"required": _("Bitte geben Sie einen Titel ein.")},
            "format": {"required": _("Bitte wählen Sie das Format des Angebots.")},
        }

    def __init__(self, *args, organization: Organization, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.organization = organization
        self.fields["locations"].queryset = Location.objects.filter(organization=organization)
        self.fields["taxonomy_terms"].queryset = (
            TaxonomyTerm.objects.select_related("parent")
            .annotate(
                area_order=Coalesce(F("parent__order"), F("order")),
                area_id=Coalesce(F("parent_id"), F("id")),
            )
            .order_by("area_order", "area_id", F("parent").asc(nulls_first=True), "order", "name")
        )
        self.fields["taxonomy_terms"].help_text = _("Themen, unter denen Familien es finden.")
        self.fields["cost_amount"].validators.append(MinValueValidator(0))
        self.fields["target_groups"].queryset = TargetGroup.objects.all()
        self.fields["languages"].queryset = Language.objects.all()
        service = self.instance
        if service.pk:
            self.fields["locations"].initial = list(
                service.at_locations.values_list("location_id", flat=True)
            )
        for prefix in ("min", "max"):
            months = getattr(service, f"age_{prefix}_months")
            if months is not None and not self.is_bound:
                self.initial[f"age_{prefix}_years"] = months // 12
                self.initial[f"age_{prefix}_extra_months"] = months % 12

    def _age(self, prefix: str) -> int | None:
        years = self.cleaned_data.get(f"age_{prefix}_years")
        months = self.cleaned_data.get(f"age_{prefix}_extra_months")
        if years is None and months is None:
            return None
        return (years or 0) * 12 + (months or 0)

    def clean(self) -> dict:
        cleaned = super().clean()
        self.instance.age_min_months = self._age("min")
        self.instance.age_max_months = self._age("max")
        for prefix in ("min", "max"):
            age = getattr(self.instance, f"age_{prefix}_months")
            if age is not None and age > MAX_AGE_MONTHS:
                self.add_error(
                    f"age_{prefix}_years",
                    TOO_MANY_YEARS % {"limit_value": MAX_AGE_YEARS},
                )
        return cleaned

    def _update_errors(self, errors: ValidationError) -> None:
        # The model reports the age range on its months fields, which this form shows as
        # years and months: the message goes next to the maximum age.
        if hasattr(errors, "error_dict"):
            for name in ("age_min_months", "age_max_months"):
                moved = errors.error_dict.pop(name, [])
                if moved and not self.has_error("age_max_years"):
                    errors.error_dict.setdefault("age_max_years", []).extend(moved)
            if not errors.error_dict:
                return
        super()._update_errors(errors)

    def links(self) -> OfferLinks:
        data = self.cleaned_data
        return OfferLinks(
            target_groups=data["target_groups"],
            languages=data["languages"],
            taxonomy_terms=data["taxonomy_terms"],
            locations=data["locations"],
        )


class ScheduleForm(ModelForm):
    """A recurring rule in words: which weekdays, how often, from when to when."""

    weekdays = forms.MultipleChoiceField(
        label=_("Wochentage"),
        choices=WEEKDAYS,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    week_of_month = forms.ChoiceField(
        label=_("Bei monatlicher Wiederholung: in der Woche"),
        choices=ORDINALS,
        required=False,
        help_text=_("z. B. „zweite“ und Montag: jeden zweiten Montag im Monat."),
    )

    class Meta:
        model = Schedule
        fields = [
            "freq",
            "interval",
            "opens_at",
            "closes_at",
            "valid_from",
            "valid_to",
            "skip_school_holidays",
            "service_at_location",
            "description",
        ]
        widgets = {
            "opens_at": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "closes_at": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "valid_from": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "valid_to": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }
        labels = {
            "interval": _("Alle wie viele Wochen bzw. Monate?"),
            "service_at_location": _("Standort"),
            "valid_to": _("gültig bis"),
        }
        help_texts = {
            "interval": _("1 = jede Woche (jeden Monat), 2 = jede zweite …"),
            "skip_school_holidays": _(
                "In den Schulferien des Bundeslands fallen die Termine aus (aus dem Standort)."
            ),
            "service_at_location": _("Leer lassen, wenn das Angebot nur einen Standort hat."),
            "description": _("z. B. „im Gruppenraum“"),
        }
        error_messages = {
            "opens_at": {"required": _("Bitte geben Sie die Uhrzeit des Beginns ein.")},
            "closes_at": {"required": _("Bitte geben Sie die Uhrzeit des Endes ein.")},
            "valid_from": {"required": _("Bitte geben Sie an, ab wann die Termine gelten.")},
        }

    def __init__(self, *args, service: Service, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.instance.service = service
        self.fields["freq"].choices = [
            (Schedule.Frequency.WEEKLY, _("wöchentlich")),
            (Schedule.Frequency.MONTHLY, _("monatlich")),
            (Schedule.Frequency.DAILY, _("täglich")),
        ]
        self.fields["service_at_location"].queryset = ServiceAtLocation.objects.filter(
            service=service
        ).select_related("location")
        self.fields["service_at_location"].label_from_instance = lambda link: str(link.location)
        if self.instance.pk and self.instance.byday and not self.is_bound:
            days, ordinals = [], set()
            for part in self.instance.byday.split(","):
                days.append(part[-2:])
                ordinals.add(part[:-2])
            self.initial["weekdays"] = days
            self.initial["week_of_month"] = ordinals.pop() if len(ordinals) == 1 else ""

    def clean(self) -> dict:
        cleaned = super().clean()
        freq = cleaned.get("freq")
        days = cleaned.get("weekdays") or []
        ordinal = cleaned.get("week_of_month") or ""
        if freq in (Schedule.Frequency.WEEKLY, Schedule.Frequency.MONTHLY) and not days:
            self.add_error("weekdays", _("Bitte wählen Sie mindestens einen Wochentag."))
        if ordinal and freq != Schedule.Frequency.MONTHLY:
            self.add_error(
                "week_of_month", _("Die Woche im Monat gilt nur bei monatlicher Wiederholung.")
            )
        order = [code for code, _label in WEEKDAYS]
        days = sorted(days, key=order.index)
        byday = ",".join(f"{ordinal}{day}" for day in days)
        self.instance.byday = byday
        return cleaned


class CancellationForm(Form):
    date = forms.DateField(
        label=_("Datum des Ausfalls"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"required": _("Bitte geben Sie das Datum ein.")},
    )
    reason = forms.CharField(
        label=_("Grund"),
        max_length=200,
        required=False,
        help_text=_("Wird in der Suche angezeigt, z. B. „Fortbildung des Teams“."),
    )

    def __init__(self, *args, schedule: Schedule, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.schedule = schedule

    def clean_date(self):
        day = self.cleaned_data["date"]
        if day < self.schedule.valid_from or (
            self.schedule.valid_to and day > self.schedule.valid_to
        ):
            raise forms.ValidationError(_("An diesem Tag gilt die Terminregel nicht."))
        return day


class SessionForm(ModelForm):
    """A dated session, e.g. one evening of a course; `cancelled` marks it as called off."""

    date = forms.DateField(
        label=_("Datum"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"required": _("Bitte geben Sie das Datum ein.")},
    )
    starts = forms.TimeField(
        label=_("Beginn"),
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        error_messages={"required": _("Bitte geben Sie die Uhrzeit des Beginns ein.")},
    )
    ends = forms.TimeField(
        label=_("Ende"),
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        error_messages={"required": _("Bitte geben Sie die Uhrzeit des Endes ein.")},
    )

    class Meta:
        model = DatedSession
        fields = ["service_at_location", "cancelled", "note"]
        labels = {"service_at_location": _("Standort")}
        help_texts = {"note": _("z. B. „Abschlusstreffen“ oder der Grund eines Ausfalls")}

    def __init__(self, *args, service: Service, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.instance.service = service
        self.fields["service_at_location"].queryset = ServiceAtLocation.objects.filter(
            service=service
        ).select_related("location")
        self.fields["service_at_location"].label_from_instance = lambda link: str(link.location)
        session = self.instance
        if session.pk and not self.is_bound:
            starts = timezone.localtime(session.starts_at)
            self.initial.update(
                date=starts.date(),
                starts=starts.time(),
                ends=timezone.localtime(session.ends_at).time(),
            )
        # The date and times come first.
        self.order_fields(["date", "starts", "ends"])

    def clean(self) -> dict:
        cleaned = super().clean()
        day, starts, ends = cleaned.get("date"), cleaned.get("starts"), cleaned.get("ends")
        if day and starts and ends:
            if ends <= starts:
                self.add_error("ends", _("Das Ende muss nach dem Beginn liegen."))
            else:
                tz = timezone.get_default_timezone()
                self.instance.starts_at = datetime.combine(day, starts, tzinfo=tz)
                self.instance.ends_at = datetime.combine(day, ends, tzinfo=tz)
        return cleaned

    def _post_clean(self) -> None:
        # Without valid times the model would report missing start and end a second time.
        if self.has_error("date") or self.has_error("starts") or self.has_error("ends"):
            return
        super()._post_clean()


class TranslationForm(ModelForm):
    class Meta:
        model = ServiceTranslation
        fields = ["language", "title", "summary"]
        error_messages = {
            "title": {"required": _("Bitte geben Sie den übersetzten Titel ein.")},
            "language": {"required": _("Bitte wählen Sie die Sprache.")},
        }

    def __init__(self, *args, service: Service, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.instance.service = service
        if self.instance.pk:
            self.fields["language"].disabled = True
