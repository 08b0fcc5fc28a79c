from django.contrib import admin

from .models import District, Municipality, Place, PopulationFigure, PostalCode, State


@admin.register(State)
class StateAdmin(admin.ModelAdmin):
    list_display = ["key", "name", "abbreviation"]
    search_fields = ["name", "key", "abbreviation"]


@admin.register(District)
class DistrictAdmin(admin.ModelAdmin):
    list_display = ["key", "name", "state", "is_independent_city"]
    list_filter = ["state", "is_independent_city"]
    search_fields = ["name", "key"]


@admin.register(Municipality)
class MunicipalityAdmin(admin.ModelAdmin):
    list_display = ["key", "name", "district"]
    list_filter = ["district__state"]
    search_fields = ["name", "key"]
    list_select_related = ["district"]


@admin.register(PostalCode)
class PostalCodeAdmin(admin.ModelAdmin):
    list_display = ["code", "place_name", "municipality", "district", "state"]
    list_filter = ["state"]
    search_fields = ["code", "place_name"]
    list_select_related = ["municipality", "district", "state"]


@admin.register(Place)
class PlaceAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "municipality", "district", "population", "source"]
    list_filter = ["kind", "state", "source"]
    search_fields = ["name", "normalized_name"]
    list_select_related = ["municipality", "district"]


@admin.register(PopulationFigure)
class PopulationFigureAdmin(admin.ModelAdmin):
    list_display = ["area_key", "year", "age_band", "count", "source"]
    list_filter = ["year", "age_band"]
    search_fields = ["area_key"]
