from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from .models import DemandSignal, SearchDocument, SearchTerm


class ReadOnlyAdmin(admin.ModelAdmin):
    """Rows written by the search code only: visible, never edited by hand."""

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


@admin.register(SearchDocument)
class SearchDocumentAdmin(ReadOnlyAdmin):
    list_display = ["service", "status", "next_date", "assured_date", "indexed_at"]
    list_filter = ["status"]
    list_select_related = ["service"]
    search_fields = ["service__title"]
    show_full_result_count = False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False  # `index.remove_services` also keeps the vocabulary counts right


@admin.register(SearchTerm)
class SearchTermAdmin(ReadOnlyAdmin):
    list_display = ["term", "document_count"]
    search_fields = ["term"]
    show_full_result_count = False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(DemandSignal)
class DemandSignalAdmin(ReadOnlyAdmin):
    """Searches that found little; staff may delete signals (e.g. after their retention)."""

    list_display = [
        "created_on",
        "terms",
        "postcode_area",
        "municipality_key",
        "radius_km",
        "filters_display",
        "result_count",
        "professional",
    ]
    list_filter = [
        "professional",
        ("result_count", admin.AllValuesFieldListFilter),
        ("created_on", admin.DateFieldListFilter),
        "postcode_area",
    ]
    search_fields = ["terms", "postcode_area", "municipality_key"]
    date_hierarchy = "created_on"
    ordering = ["-created_on", "-id"]

    @admin.display(description=_("Filter"))
    def filters_display(self, obj: DemandSignal) -> str:
        return obj.filters or "–"
