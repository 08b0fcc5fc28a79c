"""Public knowledge pages under /wissen/ and the editors' pages under /arbeitsbereich/wissen/.

Included before the back office's /arbeitsbereich/<organisation>/ patterns, so that "wissen"
is never taken for an organisation.
"""

from django.urls import path, register_converter

from . import backoffice_views, feeds, views


class KindConverter:
    regex = "fragen|praxisbeispiele|neuigkeiten|glossar"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(KindConverter, "knowledge_kind")

app_name = "knowledge"

urlpatterns = [
    path("wissen/", views.index, name="index"),
    path("wissen/suche/", views.search, name="search"),
    path("wissen/fragen/<slug:slug>/", views.question, name="question"),
    path("wissen/praxisbeispiele/", views.examples, name="examples"),
    path("wissen/praxisbeispiele/<slug:slug>/", views.example, name="example"),
    path("wissen/neuigkeiten/", views.news, name="news"),
    path("wissen/neuigkeiten/rss/", feeds.NewsRssFeed(), name="news_rss"),
    path("wissen/neuigkeiten/atom/", feeds.NewsAtomFeed(), name="news_atom"),
    path("wissen/neuigkeiten/<slug:slug>/", views.news_item, name="news_item"),
    path("wissen/neuigkeiten/<slug:slug>/bild.png", views.news_image, name="news_image"),
    path("wissen/glossar/", views.glossary, name="glossary"),
    path("arbeitsbereich/wissen/", backoffice_views.content_list, name="bo_list"),
    path(
        "arbeitsbereich/wissen/<knowledge_kind:kind>/neu/",
        backoffice_views.content_create,
        name="bo_create",
    ),
    path(
        "arbeitsbereich/wissen/<knowledge_kind:kind>/<uuid:uuid>/",
        backoffice_views.content_edit,
        name="bo_edit",
    ),
    path(
        "arbeitsbereich/wissen/<knowledge_kind:kind>/<uuid:uuid>/vorschau/",
        backoffice_views.content_preview,
        name="bo_preview",
    ),
    path(
        "arbeitsbereich/wissen/<knowledge_kind:kind>/<uuid:uuid>/veroeffentlichen/",
        backoffice_views.content_publish,
        name="bo_publish",
    ),
    path(
        "arbeitsbereich/wissen/<knowledge_kind:kind>/<uuid:uuid>/zurueckziehen/",
        backoffice_views.content_withdraw,
        name="bo_withdraw",
    ),
    path(
        "arbeitsbereich/wissen/<knowledge_kind:kind>/<uuid:uuid>/verlauf/",
        backoffice_views.content_history,
        name="bo_history",
    ),
]
