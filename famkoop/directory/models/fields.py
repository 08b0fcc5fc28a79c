"""Model fields shared by the directory's models."""

from django.db import models


class WebAddressField(models.URLField):
    """A web address; typed without a scheme ("www.example.org") it is taken as https, as
    Django 6 will do for every URL form field.

    Only the form field differs, so migrations see a plain URLField (no table rebuild).
    """

    def formfield(self, **kwargs):
        return super().formfield(**{"assume_scheme": "https", **kwargs})

    def deconstruct(self):
        name, _path, args, kwargs = super().deconstruct()
        return name, "django.db.models.URLField", args, kwargs
