from django.apps import AppConfig


class InteropConfig(AppConfig):
    name = "famkoop.interop"
    verbose_name = "Offene Daten (HSDS)"
