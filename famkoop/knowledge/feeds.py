"""RSS 2.0 and Atom 1.0 feeds of the published news (Django's syndication framework)."""

import datetime

from django.contrib.syndication.views import Feed
from django.db.models import QuerySet
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from .models import NewsItem

FEED_SIZE = 20


class NewsRssFeed(Feed):
    title = _("famkoop – Neuigkeiten zur Kooperation von Familienbildung und Jugendamt")
    description = _("Neuigkeiten aus Familienbildung und Jugendhilfe auf famkoop.")
    link = reverse_lazy("knowledge:news")
    feed_url = reverse_lazy("knowledge:news_rss")

    def items(self) -> QuerySet[NewsItem]:
        return NewsItem.objects.published().defer("body", "search_terms")[:FEED_SIZE]

    def item_title(self, item: NewsItem) -> str:
        return str(_("[Demo] %(title)s") % {"title": item.title}) if item.is_demo else item.title

    def item_description(self, item: NewsItem) -> str:
        return item.teaser

    def item_link(self, item: NewsItem) -> str:
        return reverse("knowledge:news_item", args=[item.slug])

    def item_guid(self, item: NewsItem) -> str:
        return f"urn:uuid:{item.uuid}"

    item_guid_is_permalink = False

    def item_pubdate(self, item: NewsItem) -> datetime.datetime:
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time(9)))

    def item_updateddate(self, item: NewsItem) -> datetime.datetime:
        return item.updated_at

    def item_categories(self, item: NewsItem) -> list[str]:
        return item.tag_list


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed
    subtitle = NewsRssFeed.description
    feed_url = reverse_lazy("knowledge:news_atom")
