from django.apps import AppConfig


class FinderConfig(AppConfig):
    name = "famkoop.finder"
    verbose_name = "Angebotssuche"
