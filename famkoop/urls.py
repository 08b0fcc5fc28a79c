from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from famkoop.pages import views as pages_views

admin.site.site_header = "famkoop – Verwaltung"
admin.site.site_title = "famkoop"

urlpatterns = [
    path("admin/", admin.site.urls),
    # The language is part of the address (German without prefix, /en/… for English), so a
    # shared link keeps its language and the public pages need no language cookie.
    path("sprache/", pages_views.switch_language, name="switch_language"),
]
urlpatterns += i18n_patterns(
    path("", include("famkoop.finder.urls")),
    path("", include("famkoop.pages.urls")),
    path("", include("famkoop.accounts.urls")),
    prefix_default_language=False,
)
