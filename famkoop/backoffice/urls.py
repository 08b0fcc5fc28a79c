from django.urls import include, path

from . import views

app_name = "backoffice"

# Each part of the back office has its own URL module under /arbeitsbereich/<organisation>/.
urlpatterns = [
    path("arbeitsbereich/", views.dashboard, name="dashboard"),
    path("arbeitsbereich/<slug:organization>/", include("famkoop.backoffice.site_urls")),
    path("arbeitsbereich/<slug:organization>/angebote/", include("famkoop.backoffice.offer_urls")),
]
