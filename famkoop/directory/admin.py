from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from famkoop.search.index import (
    index_services,
    remove_services,
    services_at_locations,
    services_of_organizations,
)
from famkoop.search.models import SearchDocument

from .models import (
    DatedSession,
    Language,
    Location,
    Organization,
    PlanningArea,
    ResponsibilityArea,
    Schedule,
    ScheduleException,
    SchoolHoliday,
    Service,
    ServiceAtLocation,
    ServiceTranslation,
    TargetGroup,
    Taxonomy,
    TaxonomyTerm,
)


class KeepsSearchIndexCurrent:
    """Admin changes reach the search index in the admin's own transaction: the offers an
    object touches are re-indexed after the object and its inlines are saved, and before a
    deletion their documents go (offers) or are rebuilt afterwards (everything else)."""

    def affected_services(self, obj) -> list[int]:
        raise NotImplementedError

    def save_related(self, request, form, formsets, change) -> None:
        super().save_related(request, form, formsets, change)
        index_services(self.affected_services(form.instance))

    def delete_model(self, request, obj) -> None:
        self.delete_queryset(request, type(obj).objects.filter(pk=obj.pk))

    def delete_queryset(self, request, queryset) -> None:
        ids = sorted({pk for obj in queryset for pk in self.affected_services(obj)})
        # Out first, so that the vocabulary counts stay exact when documents cascade away;
        # offers that survive the deletion come straight back.
        remove_services(ids)
        super().delete_queryset(request, queryset)
        index_services(ids)

    def get_deleted_objects(self, objs, request):
        # Search documents cannot be deleted by hand, but go with their offer.
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        perms_needed.discard(str(SearchDocument._meta.verbose_name))
        return deleted, counts, perms_needed, protected


class LocationInline(admin.TabularInline):
    model = Location
    extra = 0
    fields = ["name", "kind", "postal_code", "city", "confidential_address"]
    show_change_link = True


class ResponsibilityAreaInline(admin.TabularInline):
    model = ResponsibilityArea
    extra = 0
    autocomplete_fields = ["municipality"]


@admin.register(Organization)
class OrganizationAdmin(KeepsSearchIndexCurrent, admin.ModelAdmin):
    list_display = ["name", "kind", "email", "updated_at"]
    list_filter = ["kind"]
    search_fields = ["name", "slug", "email"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["parent_organization"]
    readonly_fields = ["uuid", "created_at", "updated_at"]
    inlines = [LocationInline, ResponsibilityAreaInline]

    def affected_services(self, obj) -> list[int]:
        return sorted(
            {
                *services_of_organizations([obj.pk]),
                *services_at_locations(obj.locations.values_list("pk", flat=True)),
            }
        )


@admin.register(Location)
class LocationAdmin(KeepsSearchIndexCurrent, admin.ModelAdmin):
    list_display = ["name", "organization", "kind", "postal_code", "city", "confidential_address"]
    list_filter = ["kind", "confidential_address", "step_free_access"]
    search_fields = ["name", "city", "postal_code", "organization__name"]
    autocomplete_fields = ["organization"]
    list_select_related = ["organization"]
    readonly_fields = ["uuid", "created_at", "updated_at"]

    def affected_services(self, obj) -> list[int]:
        return services_at_locations([obj.pk])


class ServiceAtLocationInline(admin.TabularInline):
    model = ServiceAtLocation
    extra = 0
    autocomplete_fields = ["location"]


class ScheduleInline(admin.TabularInline):
    model = Schedule
    extra = 0
    fields = ["freq", "interval", "byday", "opens_at", "closes_at", "valid_from", "valid_to"]
    show_change_link = True


class DatedSessionInline(admin.TabularInline):
    model = DatedSession
    extra = 0
    fields = ["starts_at", "ends_at", "cancelled", "note"]


class ServiceTranslationInline(admin.StackedInline):
    model = ServiceTranslation
    extra = 0


@admin.register(Service)
class ServiceAdmin(KeepsSearchIndexCurrent, admin.ModelAdmin):
    list_display = ["title", "organization", "format", "status", "is_free", "assured_date"]
    list_filter = [
        "status",
        "format",
        "is_free",
        "accepts_referrals",
        "childcare_offered",
        "languages",
        "target_groups",
        "taxonomy_terms__parent",
    ]
    search_fields = ["title", "summary", "organization__name", "external_id"]
    autocomplete_fields = ["organization", "taxonomy_terms"]
    filter_horizontal = ["target_groups", "languages"]
    list_select_related = ["organization"]
    readonly_fields = ["uuid", "created_at", "updated_at"]
    date_hierarchy = "assured_date"
    inlines = [
        ServiceAtLocationInline,
        ScheduleInline,
        DatedSessionInline,
        ServiceTranslationInline,
    ]

    def affected_services(self, obj) -> list[int]:
        return [obj.pk]


@admin.register(ServiceAtLocation)
class ServiceAtLocationAdmin(KeepsSearchIndexCurrent, admin.ModelAdmin):
    list_display = ["service", "location"]
    search_fields = ["service__title", "location__name", "location__city"]
    autocomplete_fields = ["service", "location"]
    list_select_related = ["service", "location"]

    def affected_services(self, obj) -> list[int]:
        return [obj.service_id]


class ScheduleExceptionInline(admin.TabularInline):
    model = ScheduleException
    extra = 0


@admin.register(Schedule)
class ScheduleAdmin(KeepsSearchIndexCurrent, admin.ModelAdmin):
    list_display = ["service", "freq", "byday", "opens_at", "closes_at", "valid_from", "valid_to"]
    list_filter = ["freq", "skip_school_holidays"]
    search_fields = ["service__title"]
    autocomplete_fields = ["service", "service_at_location"]
    list_select_related = ["service"]
    inlines = [ScheduleExceptionInline]

    def affected_services(self, obj) -> list[int]:
        return [obj.service_id]


@admin.register(DatedSession)
class DatedSessionAdmin(KeepsSearchIndexCurrent, admin.ModelAdmin):
    list_display = ["service", "starts_at", "ends_at", "cancelled"]
    list_filter = ["cancelled"]
    search_fields = ["service__title"]
    autocomplete_fields = ["service", "service_at_location"]
    list_select_related = ["service"]
    date_hierarchy = "starts_at"

    def affected_services(self, obj) -> list[int]:
        return [obj.service_id]


@admin.register(SchoolHoliday)
class SchoolHolidayAdmin(admin.ModelAdmin):
    list_display = ["name", "state", "start", "end"]
    list_filter = ["state"]
    search_fields = ["name"]


@admin.register(Language)
class LanguageAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "native_name"]
    search_fields = ["code", "name", "native_name"]


@admin.register(TargetGroup)
class TargetGroupAdmin(admin.ModelAdmin):
    list_display = ["name", "code", "order"]
    search_fields = ["name", "code"]


class TaxonomyTermInline(admin.TabularInline):
    model = TaxonomyTerm
    extra = 0
    fields = ["code", "name", "parent", "order"]
    show_change_link = True


@admin.register(Taxonomy)
class TaxonomyAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "version"]
    search_fields = ["name", "slug"]
    readonly_fields = ["uuid"]


@admin.register(TaxonomyTerm)
class TaxonomyTermAdmin(admin.ModelAdmin):
    list_display = ["name", "parent", "taxonomy", "code", "order"]
    list_filter = ["taxonomy", ("parent", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["name", "code", "description"]
    list_select_related = ["parent", "taxonomy"]
    readonly_fields = ["uuid"]


@admin.register(ResponsibilityArea)
class ResponsibilityAreaAdmin(admin.ModelAdmin):
    list_display = ["organization", "municipality"]
    search_fields = ["organization__name", "municipality__name", "municipality__key"]
    autocomplete_fields = ["organization", "municipality"]
    list_select_related = ["organization", "municipality"]


@admin.register(PlanningArea)
class PlanningAreaAdmin(admin.ModelAdmin):
    list_display = ["name", "organization"]
    search_fields = ["name", "organization__name"]
    autocomplete_fields = ["organization", "municipalities", "postal_codes"]
    prepopulated_fields = {"slug": ["name"]}
    list_select_related = ["organization"]


admin.site.index_title = _("Verwaltung")
