"""Validators and limits shared by the directory models."""

from django.core.validators import RegexValidator
from django.db import models
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

# Enables `postal_code__length` in the models' check constraints.
models.CharField.register_lookup(Length)

# Children's ages are kept in months; up to 27 years covers young adults under SGB VIII.
MAX_AGE_MONTHS = 27 * 12
