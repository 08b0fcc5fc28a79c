"""Shared form plumbing: KERN UX classes and accessible hints and errors for every field.

Forms mix in `KernForm`; templates render each field with `{% include "_field.html" %}`, which
shows the label, the hint, the error next to the field (German first) and the widget, linked
by `aria-describedby` so screen readers read hint and error with the field.
"""

from django import forms

WIDGET_CLASSES = {
    "select": "kern-form-input__select",
    "selectmultiple": "kern-form-input__select",
    "textarea": "kern-form-input__input",
    "checkbox": "kern-form-check__checkbox",
    "checkboxselectmultiple": "kern-form-check__checkbox",
    "radioselect": "kern-form-check__radio",
    "clearablefile": "kern-form-input__input",
    "file": "kern-form-input__input",
}


class KernForm:
    """Mixin for `forms.Form`/`forms.ModelForm`."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            widget_type = self[name].widget_type
            css = WIDGET_CLASSES.get(widget_type, "kern-form-input__input")
            field.widget.attrs.setdefault("class", css)
            if field.help_text:
                self._describe(name, f"{self[name].auto_id}-hint")

    def _describe(self, name: str, element_id: str) -> None:
        attrs = self.fields[name].widget.attrs
        described = attrs.get("aria-describedby", "").split()
        if element_id not in described:
            attrs["aria-describedby"] = " ".join([*described, element_id])

    def full_clean(self) -> None:
        super().full_clean()
        for name in self.errors:
            if name in self.fields:
                self.fields[name].widget.attrs["aria-invalid"] = "true"
                self._describe(name, f"{self[name].auto_id}-error")


class Form(KernForm, forms.Form):
    pass


class ModelForm(KernForm, forms.ModelForm):
    pass
