from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "famkoop – Verwaltung"
admin.site.site_title = "famkoop"

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("", include("famkoop.pages.urls")),
]
