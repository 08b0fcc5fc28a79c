from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AuditConfig(AppConfig):
    name = "famkoop.audit"
    verbose_name = _("Änderungsverlauf")

    def ready(self) -> None:
        from . import signals

        signals.connect()
