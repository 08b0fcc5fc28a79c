from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from famkoop.accounts.views import admin_login, admin_site_permission
from famkoop.pages import views as pages_views

admin.site.site_header = "famkoop – Verwaltung"
admin.site.site_title = "famkoop"
# The admin site is for platform admins signed in with both factors, through our own login.
admin.site.has_permission = admin_site_permission
admin.site.login = admin_login

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/hsds/", include("famkoop.interop.urls")),
    # The language is part of the address (German without prefix, /en/… for English), so a
    # shared link keeps its language and the public pages need no language cookie.
    path("sprache/", pages_views.switch_language, name="switch_language"),
]
urlpatterns += i18n_patterns(
    path("", include("famkoop.finder.urls")),
    path("", include("famkoop.pages.urls")),
    path("", include("famkoop.accounts.urls")),
    path("", include("famkoop.knowledge.urls")),
    path("", include("famkoop.backoffice.urls")),
    prefix_default_language=False,
)
