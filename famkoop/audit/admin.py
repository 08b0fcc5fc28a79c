from django.contrib import admin
from django.http import HttpRequest
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _

from .history import render_history
from .models import AuditEntry


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    """The history can be read, never written or removed by hand."""

    list_display = ["time", "actor_label", "source", "action", "content_type", "object_repr"]
    list_filter = ["source", "action", "content_type"]
    search_fields = ["object_repr"]
    date_hierarchy = "time"
    list_select_related = ["content_type"]
    show_full_result_count = False
    fields = [
        "time",
        "actor_label",
        "source",
        "action",
        "content_type",
        "object_id",
        "object_repr",
        "organization_id",
        "changes_table",
    ]
    readonly_fields = fields

    @admin.display(description=_("Änderungen"))
    def changes_table(self, entry: AuditEntry) -> SafeString:
        return render_history([entry], caption=str(_("Änderungen")))

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: AuditEntry | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: AuditEntry | None = None) -> bool:
        return False
