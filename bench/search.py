"""The search benchmark: index build, the engine against two baselines, the results page.

Runs after `generate_scale` on the database Django is configured with (see run.py):

1. rebuilds the search index in a process of its own: wall time and peak memory;
2. runs a fixed-seed mix of finder searches (`queries.py`) through
   - the candidate, `famkoop.search.engine.search` (one page of 20 hits with facet counts),
   - baseline (a), a naive ORM search (`baselines.naive_search`), on every tenth search,
   - baseline (b), the engine's own SQL through the bare driver (`baselines.RawReplay`);
3. requests the results page `/suche/` for the same searches with Django's test client, and
   measures pages per second with two gunicorn workers on 127.0.0.1 under a bounded load.
"""

import http.client
import json
import os
import random
import socket
import subprocess
import sys
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path

from measure import COLUMNS, Measurement, max_rss_mib, measure, percentile
from queries import Query, make_queries, read_material

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
RESULTS_PATH = "/suche/"

# Targets from the issue, printed next to the numbers.
INDEX_SECONDS_TARGET = 60
INDEX_MEMORY_TARGET_MIB = 1024
ENGINE_P95_TARGET_MS = 25
NAIVE_RATIO_TARGET = 20
RAW_RATIO_TARGET = 2
PAGE_P95_TARGET_MS = 50
PAGES_PER_SECOND_TARGET = 150

# Every NAIVE_EVERY-th search also runs through the naive baseline, which takes seconds.
NAIVE_EVERY = 10
LOAD_THREADS = 8
SERVER_WORKERS = 2
SERVER_START_TIMEOUT_S = 60


def run_search_benchmarks(query_count: int, load_seconds: float, rng: random.Random) -> None:
    build_index()
    material = read_material(rng)
    queries = make_queries(query_count, rng, material)
    kinds = ", ".join(f"{kind} {share}%" for kind, share in material.kinds.items())
    print(f"\n{len(queries)} searches (seed-fixed mix: {kinds})")
    engine_searches(queries)
    results_page(queries)
    page_throughput(queries, load_seconds)


# 1. Index


def build_index() -> None:
    from django.db import connections

    connections.close_all()  # the child process writes; hold no connection meanwhile
    started = time.perf_counter()
    completed = subprocess.run(  # noqa: S603 (this interpreter, a fixed script)
        [sys.executable, str(BENCH / "build_index.py")],
        cwd=ROOT,
        env=os.environ.copy(),
        capture_output=True,
        text=True,
        check=True,
        timeout=3600,
    )
    wall = time.perf_counter() - started
    result = json.loads(completed.stdout.strip().splitlines()[-1])
    main_mib = result["main_rss_kib"] / 1024
    worker_mib = result["worker_rss_kib"] / 1024
    together = main_mib + result["workers"] * worker_mib if result["workers"] > 1 else main_mib
    print("\n## search index build (famkoop.search.rebuild.rebuild_index, own process)")
    print(
        f"{result['documents']} documents, {result['terms']} terms, {result['workers']} "
        f"worker processes: {result['seconds']:.1f} s (process {wall:.1f} s; target ≤ "
        f"{INDEX_SECONDS_TARGET} s) {_verdict(result['seconds'] <= INDEX_SECONDS_TARGET)}"
    )
    print(
        f"peak RSS: main process {main_mib:.0f} MiB, largest worker {worker_mib:.0f} MiB, "
        f"at most {together:.0f} MiB together (target ≤ {INDEX_MEMORY_TARGET_MIB} MiB) "
        f"{_verdict(together <= INDEX_MEMORY_TARGET_MIB)}"
    )


# 2. Engine and baselines


def engine_searches(queries: list[Query]) -> None:
    from baselines import RawReplay, StatementRecorder, naive_search
    from django.db import connection

    from famkoop.search.engine import SearchParams, search

    params = [SearchParams(**query.search_params()) for query in queries]
    candidate = measure("candidate: engine.search", search, params)

    # The statements the engine sent for each search, replayed through the bare driver.
    statements = []
    for item in params:
        recorder = StatementRecorder()
        with connection.execute_wrapper(recorder):
            search(item)
        statements.append(recorder.statements)
    replay = RawReplay()
    try:
        raw = measure(f"baseline (b): raw SQL via {_driver()}", replay.run, statements)
    finally:
        replay.close()

    print(f"\n## search: one page of 20 hits with facet counts ({_documents()} documents)")
    print(COLUMNS)
    print(candidate.row())
    print(raw.row())
    naive_indices = list(range(0, len(queries), NAIVE_EVERY))
    naive = measure("baseline (a): naive ORM", naive_search, [queries[i] for i in naive_indices])
    print(naive.row())
    same = candidate.subset(naive_indices, "candidate on the same searches as (a)")
    print(same.row())
    p95 = candidate.percentile(95)
    print(
        f"candidate p95 {p95:.1f} ms (target ≤ {ENGINE_P95_TARGET_MS} ms) "
        f"{_verdict(p95 <= ENGINE_P95_TARGET_MS)}"
    )
    ratio = naive.percentile(95) / same.percentile(95)
    speedups = [a / b for a, b in zip(naive.latencies_ms, same.latencies_ms, strict=True)]
    print(
        f"(a) naive / candidate at p95: {ratio:.1f}x (target ≥ {NAIVE_RATIO_TARGET}x) "
        f"{_verdict(ratio >= NAIVE_RATIO_TARGET)}; per search: median "
        f"{percentile(speedups, 50):.0f}x, lowest {min(speedups):.2f}x"
    )
    ratio = candidate.percentile(95) / raw.percentile(95)
    print(
        f"candidate / (b) raw SQL at p95: {ratio:.1f}x (target ≤ {RAW_RATIO_TARGET}x) "
        f"{_verdict(ratio <= RAW_RATIO_TARGET)}"
    )
    print(f"peak RSS of the benchmark process so far: {max_rss_mib():.0f} MiB")
    snapshot_load()
    by_kind(queries, candidate, raw)


def snapshot_load() -> None:
    """What a process pays after each change of the index: reloading its snapshot."""
    from famkoop.search.snapshot import load_snapshot
    from famkoop.search.vocabulary import index_versions

    started = time.perf_counter()
    snapshot = load_snapshot(index_versions().documents)
    seconds = time.perf_counter() - started
    print(
        f"snapshot of the documents (each process, reloaded after every change of the index): "
        f"{snapshot.size} active documents, {len(snapshot.token_bits)} filter tokens, "
        f"{len(snapshot.cells)} cells; loaded in {seconds:.2f} s"
    )


def by_kind(queries: list[Query], candidate: Measurement, raw: Measurement) -> None:
    """Latency per kind of search: where the time goes."""
    indices: dict[str, list[int]] = defaultdict(list)
    for index, query in enumerate(queries):
        indices[query.kind].append(index)
    print("\ncandidate (and raw SQL) by kind of search:")
    print(f"{'kind':22} {'runs':>5} {'p50 ms':>9} {'p95 ms':>9} {'max ms':>9} {'raw p95':>9}")
    for kind, chosen in indices.items():
        latencies = [candidate.latencies_ms[i] for i in chosen]
        raw_latencies = [raw.latencies_ms[i] for i in chosen]
        print(
            f"{kind:22} {len(chosen):5} {percentile(latencies, 50):9.1f} "
            f"{percentile(latencies, 95):9.1f} {max(latencies):9.1f} "
            f"{percentile(raw_latencies, 95):9.1f}"
        )


# 3. The results page


def results_page(queries: list[Query]) -> None:
    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1")
    if client.get(RESULTS_PATH).status_code == 404:
        print(f"\n## results page: {RESULTS_PATH} does not exist yet, skipped")
        return
    statuses: list[int] = []
    cpu_ms: list[float] = []

    def get(query: Query) -> None:
        started = time.process_time()
        statuses.append(client.get(f"{RESULTS_PATH}?{query.url_query()}").status_code)
        cpu_ms.append((time.process_time() - started) * 1000)

    page = measure(f"results page {RESULTS_PATH} (test client)", get, queries)
    # The timed runs come after the one warm-up run (see `measure`).
    counted = dict(Counter(statuses[1 : len(queries) + 1]))
    timed_cpu = cpu_ms[1 : len(queries) + 1]
    print(f"\n## results page through Django, in process ({RESULTS_PATH})")
    print(COLUMNS)
    print(page.row())
    p95 = page.percentile(95)
    print(
        f"p95 {p95:.1f} ms (target ≤ {PAGE_P95_TARGET_MS} ms) "
        f"{_verdict(p95 <= PAGE_P95_TARGET_MS)}; status codes: {counted}"
    )
    # CPU time does not grow when other processes share the CPUs, unlike the latency.
    print(
        f"CPU time per page (this process): p50 {percentile(timed_cpu, 50):.1f} ms, "
        f"p95 {percentile(timed_cpu, 95):.1f} ms, mean {sum(timed_cpu) / len(timed_cpu):.1f} ms"
    )


def page_throughput(queries: list[Query], seconds: float) -> None:
    """Pages per second from two gunicorn workers, LOAD_THREADS clients, for `seconds`."""
    port = _free_port()
    server = subprocess.Popen(  # noqa: S603 (this interpreter, fixed arguments)
        [
            sys.executable,
            "-m",
            "gunicorn",
            "famkoop.wsgi:application",
            f"--workers={SERVER_WORKERS}",
            f"--bind=127.0.0.1:{port}",
            "--log-level=warning",
        ],
        cwd=ROOT,
        env=os.environ.copy(),
    )
    try:
        if not _wait_until_serving(port, server):
            print("\n## results page under load: gunicorn did not start, skipped")
            return
        paths = [f"{RESULTS_PATH}?{query.url_query()}" for query in queries]
        # Warm both workers (vocabulary, templates) before measuring.
        _load(port, paths[: 20 * SERVER_WORKERS], seconds=30, threads=SERVER_WORKERS)
        workers = _children(server.pid)
        cpu_before = sum(_cpu_seconds(pid) for pid in workers)
        done, statuses, latencies, elapsed = _load(port, paths, seconds, LOAD_THREADS)
        worker_cpu = sum(_cpu_seconds(pid) for pid in workers) - cpu_before
        worker_mib = [_peak_rss_mib(pid) for pid in workers]
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    rate = done / elapsed
    print(
        f"\n## results page under load: gunicorn, {SERVER_WORKERS} sync workers on 127.0.0.1, "
        f"{LOAD_THREADS} client threads, {elapsed:.0f} s"
    )
    print(
        f"{done} pages, {rate:.1f} pages/s (target ≥ {PAGES_PER_SECOND_TARGET}) "
        f"{_verdict(rate >= PAGES_PER_SECOND_TARGET)}; latency under load p50 "
        f"{percentile(latencies, 50):.1f} ms, p95 {percentile(latencies, 95):.1f} ms; "
        f"status codes: {dict(statuses)}"
    )
    peaks = ", ".join(f"{mib:.0f} MiB" for mib in worker_mib if mib) or "unknown"
    print(f"peak RSS of the gunicorn workers: {peaks}")
    if done and worker_cpu:
        per_page = worker_cpu * 1000 / done
        print(
            f"CPU time of the workers per page: {per_page:.1f} ms, so at most "
            f"{SERVER_WORKERS * 1000 / per_page:.0f} pages/s with a CPU of their own for each "
            f"worker (this machine: {os.cpu_count()} CPUs, shared with the load generator)"
        )


def _load(
    port: int, paths: list[str], seconds: float, threads: int
) -> tuple[int, dict[int, int], list[float], float]:
    """Request `paths` in order from `threads` threads until all are done or `seconds`
    have passed; return the number of responses, their status codes, latencies and the time."""
    lock = threading.Lock()
    statuses: dict[int, int] = defaultdict(int)
    latencies: list[float] = []
    next_index = [0]
    started = time.perf_counter()
    deadline = started + seconds

    def client() -> None:
        while time.perf_counter() < deadline:
            with lock:
                if next_index[0] >= len(paths):
                    return
                path = paths[next_index[0]]
                next_index[0] += 1
            began = time.perf_counter()
            status = _get(port, path)
            with lock:
                latencies.append((time.perf_counter() - began) * 1000)
                statuses[status] += 1

    workers = [threading.Thread(target=client) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return len(latencies), statuses, latencies, time.perf_counter() - started


def _get(port: int, path: str) -> int:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        return response.status
    except OSError:
        return 0
    finally:
        connection.close()


def _wait_until_serving(port: int, server: subprocess.Popen) -> bool:
    deadline = time.monotonic() + SERVER_START_TIMEOUT_S
    while time.monotonic() < deadline and server.poll() is None:
        if _get(port, RESULTS_PATH) != 0:
            return True
        time.sleep(0.2)
    return False


def _children(pid: int) -> list[int]:
    try:
        return [
            int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        ]
    except OSError:
        return []


def _cpu_seconds(pid: int) -> float:
    """User and system CPU time of a process so far (Linux: /proc), 0 when unknown."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    # utime and stime are fields 14 and 15 of stat, the 12th and 13th after the name.
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _peak_rss_mib(pid: int) -> float:
    """The peak resident memory of a process (Linux: VmHWM in /proc), 0 when unknown."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# Helpers


def _documents() -> int:
    from famkoop.search.models import SearchDocument

    return SearchDocument.objects.count()


def _driver() -> str:
    from django.db import connection

    return "sqlite3" if connection.vendor == "sqlite" else "psycopg"


def _verdict(met: bool) -> str:
    return "[met]" if met else "[NOT met]"
