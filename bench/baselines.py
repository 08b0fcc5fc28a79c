"""The two baselines of the search benchmark.

(a) `naive_search`: what a developer writes without a search index — `icontains` on the
    texts, the filters as ORM lookups, the distance to every site of every matching offer in
    Python, then sorted and sliced, and the facet counts from the related rows of all
    matches. It finds fewer offers than the engine (no stemming, compounds, synonyms or
    typos), so it only answers "how much does doing it this way cost".
(b) `RawReplay`: the SQL statements the engine's backend issued for a search, executed again
    through the bare DB-API driver (sqlite3 or psycopg) and fetched: the database's share of
    a search, with no Django and no Python work on the rows — the floor.
"""

import math
import sqlite3
from collections import Counter
from dataclasses import dataclass

from django.db import connection
from django.db.models import Q
from queries import Query

from famkoop.directory.models import Schedule, Service, ServiceAtLocation
from famkoop.geo.lookup import haversine_km, resolve
from famkoop.search.tokens import AGE_BANDS

PER_PAGE = 20


@dataclass
class NaiveResults:
    ids: list[int]
    total: int
    facets: dict[str, Counter]


def naive_search(query: Query) -> NaiveResults:
    services = Service.objects.filter(status=Service.Status.ACTIVE)
    for word in query.q.split():
        services = services.filter(
            Q(title__icontains=word) | Q(summary__icontains=word) | Q(description__icontains=word)
        )
    if query.topics:
        services = services.filter(taxonomy_terms__code__in=query.topics)
    if query.languages:
        services = services.filter(languages__code__in=query.languages)
    if query.formats:
        services = services.filter(format__in=query.formats)
    if query.free:
        services = services.filter(is_free=True)
    if query.age is not None:
        months = query.age * 12
        services = services.filter(
            Q(age_min_months__isnull=True) | Q(age_min_months__lte=months),
            Q(age_max_months__isnull=True) | Q(age_max_months__gte=months),
        )
    if query.days:
        any_day = Q()
        for day in query.days:
            any_day |= Q(schedules__byday__icontains=day)
        services = services.filter(any_day)
    services = services.distinct()
    rows = {
        pk: (offer_format, is_free, age_min, age_max, assured)
        for pk, offer_format, is_free, age_min, age_max, assured in services.values_list(
            "pk", "format", "is_free", "age_min_months", "age_max_months", "assured_date"
        )
    }
    if query.place:
        point = resolve(query.place)
        distances: dict[int, float] = {}
        sites = ServiceAtLocation.objects.filter(service__in=services).values_list(
            "service_id", "location__latitude", "location__longitude"
        )
        for service_id, latitude, longitude in sites:
            if latitude is None:
                continue
            distance = haversine_km(point.latitude, point.longitude, latitude, longitude)
            if distance <= query.radius and distance < distances.get(service_id, math.inf):
                distances[service_id] = distance
        ranked = sorted(distances, key=lambda pk: (distances[pk], pk))
    else:
        ranked = sorted(rows, key=lambda pk: (rows[pk][4] is None, rows[pk][4], pk), reverse=True)
    matches = set(ranked)
    end = query.page * PER_PAGE
    return NaiveResults(
        ids=ranked[end - PER_PAGE : end],
        total=len(ranked),
        facets=_naive_facets(services, rows, matches),
    )


def _naive_facets(services, rows: dict, matches: set[int]) -> dict[str, Counter]:
    """Counts per filter value over the matches, from their related rows."""
    facets = {name: Counter() for name in ("topics", "languages", "formats", "free", "ages")}
    for service_id, code in Service.taxonomy_terms.through.objects.filter(
        service__in=services
    ).values_list("service_id", "taxonomyterm__code"):
        if service_id in matches:
            facets["topics"][code] += 1
    for service_id, code in Service.languages.through.objects.filter(
        service__in=services
    ).values_list("service_id", "language__code"):
        if service_id in matches:
            facets["languages"][code] += 1
    weekdays = Counter()
    for service_id, byday in Schedule.objects.filter(service__in=services).values_list(
        "service_id", "byday"
    ):
        if service_id in matches:
            weekdays.update({day[-2:].lower() for day in byday.split(",") if day})
    facets["weekdays"] = weekdays
    for pk in matches:
        offer_format, is_free, age_min, age_max, _assured = rows[pk]
        facets["formats"][offer_format] += 1
        facets["free"][is_free] += 1
        low = 0 if age_min is None else age_min
        high = 27 * 12 if age_max is None else age_max
        facets["ages"].update(
            band for band, (start, end) in AGE_BANDS.items() if start <= high and low <= end
        )
    return facets


@dataclass(frozen=True)
class Statement:
    sql: str
    params: tuple


class RawReplay:
    """Executes captured statements on a connection of its own, through the bare driver."""

    def __init__(self) -> None:
        settings = connection.settings_dict
        self.vendor = connection.vendor
        if self.vendor == "sqlite":
            self.connection = sqlite3.connect(settings["NAME"])
            # The same session settings as Django's connections (settings.py), and those
            # the engine's backend sets when it searches.
            for pragma in _SQLITE_PRAGMAS:
                self.connection.execute(pragma)
        else:
            import psycopg

            self.connection = psycopg.connect(
                host=settings["HOST"] or "127.0.0.1",
                port=settings["PORT"] or 5432,
                user=settings["USER"],
                password=settings["PASSWORD"] or None,
                dbname=settings["NAME"],
                autocommit=True,
            )

    def run(self, statements: list[Statement]) -> int:
        """Execute and fetch every statement; return the number of rows fetched."""
        fetched = 0
        for statement in statements:
            sql = statement.sql.replace("%s", "?") if self.vendor == "sqlite" else statement.sql
            cursor = self.connection.execute(sql, statement.params)
            fetched += len(cursor.fetchall())
        return fetched

    def close(self) -> None:
        self.connection.close()


class StatementRecorder:
    """Collects every statement the engine sends for a search (a Django execute wrapper):
    the versions of vocabulary and documents, and with text the matching document ids."""

    def __init__(self) -> None:
        self.statements: list[Statement] = []

    def __call__(self, execute, sql, params, many, context):
        self.statements.append(Statement(sql, tuple(params or ())))
        return execute(sql, params, many, context)


_SQLITE_PRAGMAS = ("PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL")
