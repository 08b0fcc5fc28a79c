from django.urls import path

from . import views

app_name = "finder"

urlpatterns = [
    path("suche/", views.results, name="results"),
    path("fachkraefte/suche/", views.professional_results, name="professional"),
    path("angebote/<uuid:uuid>/", views.offer, name="offer"),
    path("angebote/<uuid:uuid>/termine.ics", views.offer_calendar, name="offer_calendar"),
    path("traeger/<slug:slug>/", views.provider, name="provider"),
    path("standorte/<uuid:uuid>/", views.site, name="site"),
]
