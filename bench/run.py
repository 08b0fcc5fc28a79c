"""famkoop benchmarks: generate data at scale, measure, compare with a baseline in the same run.

    make bench                                   # 200,000 offers at 20,000 sites (SQLite)
    make bench BENCH_ARGS="--offers 20000"       # smaller, for a quick look
    make bench BENCH_ARGS="--only search"        # only the search benchmark (see search.py)
    make bench BENCH_ARGS="--database-url postgres://postgres@127.0.0.1:5432/famkoop_bench"

Each benchmark prints latency percentiles, throughput and memory for the candidate (what famkoop
does) and a baseline (the naive way, measured in the same run on the same data), and the ratio.
The data is generated into a temporary database that is removed afterwards (PostgreSQL: the
given database is created and dropped; it must not exist).
"""

import argparse
import contextlib
import os
import platform
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from measure import measure, report

if TYPE_CHECKING:
    from django.db.backends.base.base import BaseDatabaseWrapper

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offers", type=int, default=200_000)
    parser.add_argument("--sites", type=int, default=None, help="default: offers / 10")
    parser.add_argument("--runs", type=int, default=200, help="runs per geography benchmark")
    parser.add_argument("--queries", type=int, default=1000, help="searches in the search mix")
    parser.add_argument(
        "--load-seconds", type=float, default=20, help="at most this long under load (gunicorn)"
    )
    parser.add_argument("--only", choices=("geo", "search"), help="run only these benchmarks")
    parser.add_argument("--database-url", default=None, help="default: a temporary SQLite file")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    sites = args.sites or max(1, args.offers // 10)

    workdir = Path(tempfile.mkdtemp(prefix="famkoop-bench-"))
    os.environ["FAMKOOP_VAR_DIR"] = str(workdir)
    os.environ["DATABASE_URL"] = args.database_url or f"sqlite:///{workdir / 'bench.sqlite3'}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "famkoop.settings")

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    if connection.vendor == "postgresql":
        _create_postgres_database(connection)

    try:
        started = time.perf_counter()
        call_command("migrate", verbosity=0)
        print(f"migrated (incl. geography) in {time.perf_counter() - started:.1f} s")
        started = time.perf_counter()
        call_command("generate_scale", offers=args.offers, sites=sites, verbosity=0)
        print(
            f"generated {args.offers} offers at {sites} sites in "
            f"{time.perf_counter() - started:.1f} s on {connection.vendor}"
        )
        if connection.vendor == "postgresql":
            # Planner statistics, as autovacuum would gather them after such a load (a test
            # server may run without it; without statistics, the results page spent 40 ms on
            # fetching the sites of 20 offers).
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        print(f"machine: {machine()}; database: {database_version(connection)}")
        if args.only in (None, "geo"):
            run_geo_benchmarks(args.runs, random.Random(args.seed))
        if args.only in (None, "search"):
            from search import run_search_benchmarks

            run_search_benchmarks(args.queries, args.load_seconds, random.Random(args.seed))
        print(f"\nmachine at the end: {machine()}")
    finally:
        connection.close()
        if connection.vendor == "postgresql":
            _drop_postgres_database(connection)
        shutil.rmtree(workdir, ignore_errors=True)


def machine() -> str:
    """CPUs, memory and the load average: benchmarks share the machine with whatever runs."""
    memory = ""
    with contextlib.suppress(OSError):
        total = Path("/proc/meminfo").read_text().split("\n", 1)[0].split()[1]
        memory = f", {int(total) / 1024 / 1024:.0f} GiB memory"
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    return f"{os.cpu_count()} CPUs{memory}, Python {platform.python_version()}, load average {load}"


def database_version(connection: "BaseDatabaseWrapper") -> str:
    if connection.vendor == "sqlite":
        import sqlite3

        return f"SQLite {sqlite3.sqlite_version}"
    major, minor = divmod(connection.pg_version, 10000)
    return f"PostgreSQL {major}.{minor}"


def run_geo_benchmarks(runs: int, rng: random.Random) -> None:
    from famkoop.directory.models import Location
    from famkoop.geo.lookup import haversine_km, resolve_place, resolve_postcode, within_radius
    from famkoop.geo.models import Place, PostalCode

    codes = list(PostalCode.objects.values_list("code", "latitude", "longitude"))
    sample = [rng.choice(codes) for _ in range(runs)]

    # 1. Sites within 10 km of a postcode: bounding box on the indexed coordinates, then exact
    #    distance, against computing the distance to every site.
    radius_km = 10.0

    def candidate(point):
        return within_radius(
            Location.objects.only("id", "latitude", "longitude"), *point[1:], radius_km
        )

    def baseline(point):
        lat, lon = point[1:]
        rows = Location.objects.filter(latitude__isnull=False).values_list(
            "id", "latitude", "longitude"
        )
        return sorted(
            (d, pk) for pk, a, b in rows if (d := haversine_km(lat, lon, a, b)) <= radius_km
        )

    first = sample[0]
    if len(candidate(first)) != len(baseline(first)):
        raise SystemExit("candidate and baseline found different sites: the benchmark is wrong")
    report(
        f"sites within {radius_km:.0f} km of a postcode ({Location.objects.count()} sites)",
        measure("bounding box + exact distance", candidate, sample),
        measure("baseline: full scan", baseline, sample[: max(20, runs // 10)]),
    )

    # 2. Postcode → point with official keys, against a bare primary-key read.
    report(
        "postcode resolution",
        measure("resolve_postcode", lambda p: resolve_postcode(p[0]), sample),
        measure("baseline: PostalCode by pk", lambda p: PostalCode.objects.get(pk=p[0]), sample),
    )

    # 3. Place name → point (folding, ranking), against an exact-name read.
    names = list(
        Place.objects.filter(kind=Place.Kind.MUNICIPALITY).values_list("name", flat=True)[:5000]
    )
    picked = [rng.choice(names) for _ in range(runs)]
    report(
        "place name resolution",
        measure("resolve_place", resolve_place, picked),
        measure(
            "baseline: Place by exact name", lambda n: Place.objects.filter(name=n).first(), picked
        ),
    )


def _create_postgres_database(connection) -> None:
    import psycopg

    name = connection.settings_dict["NAME"]
    with psycopg.connect(_admin_dsn(connection), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')


def _drop_postgres_database(connection) -> None:
    import psycopg

    name = connection.settings_dict["NAME"]
    with psycopg.connect(_admin_dsn(connection), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')


def _admin_dsn(connection) -> str:
    s = connection.settings_dict
    return (
        f"host={s['HOST'] or '127.0.0.1'} port={s['PORT'] or 5432} user={s['USER']} dbname=postgres"
    )


if __name__ == "__main__":
    main()
