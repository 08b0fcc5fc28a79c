"""The offer editor's addresses, under /arbeitsbereich/<organisation>/angebote/."""

from django.urls import path

from . import offer_views as views

offer = "<uuid:offer>/"
rule = offer + "termine/regel/<uuid:schedule>/"
session = offer + "termine/einzeltermin/<int:pk>/"

urlpatterns = [
    path("", views.offer_list, name="offers"),
    path("neu/", views.offer_create, name="offer_create"),
    path(offer, views.offer_edit, name="offer_edit"),
    path(offer + "vorschau/", views.offer_preview, name="offer_preview"),
    path(offer + "verlauf/", views.offer_history, name="offer_history"),
    path(offer + "veroeffentlichen/", views.offer_publish, name="offer_publish"),
    path(offer + "pausieren/", views.offer_pause, name="offer_pause"),
    path(offer + "archivieren/", views.offer_archive, name="offer_archive"),
    path(offer + "bestaetigen/", views.offer_confirm, name="offer_confirm"),
    path(offer + "kopieren/", views.offer_duplicate, name="offer_duplicate"),
    path(offer + "termine/", views.offer_dates, name="offer_dates"),
    path(offer + "termine/regel/neu/", views.schedule_form, name="schedule_create"),
    path(rule, views.schedule_form, name="schedule_edit"),
    path(rule + "loeschen/", views.schedule_delete, name="schedule_delete"),
    path(rule + "ausfall/", views.cancellation_create, name="cancellation_create"),
    path(
        rule + "ausfall/<int:pk>/loeschen/", views.cancellation_delete, name="cancellation_delete"
    ),
    path(offer + "termine/einzeltermin/neu/", views.session_form, name="session_create"),
    path(session, views.session_form, name="session_edit"),
    path(session + "loeschen/", views.session_delete, name="session_delete"),
    path(offer + "uebersetzungen/", views.translations, name="offer_translations"),
    path(offer + "uebersetzungen/<str:language>/", views.translations, name="translation_edit"),
    path(
        offer + "uebersetzungen/<str:language>/loeschen/",
        views.translation_delete,
        name="translation_delete",
    ),
]
