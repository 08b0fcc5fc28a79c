"""Sites, the organisation profile and youth office areas, under /arbeitsbereich/<organisation>/."""

from django.urls import path

from . import site_area_views, site_views

urlpatterns = [
    path("standorte/", site_views.site_list, name="site_list"),
    path("standorte/neu/", site_views.site_create, name="site_create"),
    path("standorte/<uuid:site>/", site_views.site_edit, name="site_edit"),
    path("standorte/<uuid:site>/verlauf/", site_views.site_history, name="site_history"),
    path("profil/", site_views.organization_profile, name="organization_profile"),
    path("profil/verlauf/", site_views.organization_history, name="organization_history"),
    path("zustaendigkeit/", site_area_views.responsibility_area, name="responsibility_area"),
    path(
        "zustaendigkeit/verlauf/",
        site_area_views.responsibility_history,
        name="responsibility_history",
    ),
    path("planungsraeume/", site_area_views.planning_area_list, name="planning_area_list"),
    path("planungsraeume/neu/", site_area_views.planning_area_create, name="planning_area_create"),
    path(
        "planungsraeume/<slug:area>/",
        site_area_views.planning_area_edit,
        name="planning_area_edit",
    ),
    path(
        "planungsraeume/<slug:area>/loeschen/",
        site_area_views.planning_area_delete,
        name="planning_area_delete",
    ),
    path(
        "planungsraeume/<slug:area>/verlauf/",
        site_area_views.planning_area_history,
        name="planning_area_history",
    ),
]
