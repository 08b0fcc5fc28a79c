"""Rebuild the search index in a process of its own and print what it cost, as JSON.

Run by the search benchmark (`bench/search.py`), with the database in DATABASE_URL: a fresh
process, so that its peak memory is the rebuild's, not the benchmark's.
"""

import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    import django

    django.setup()
    from famkoop.search.rebuild import rebuild_index

    started = time.perf_counter()
    result = rebuild_index()
    seconds = time.perf_counter() - started
    # Linux reports KiB. RUSAGE_CHILDREN: the largest of the worker processes, which the
    # rebuild's pool has waited for when it returns.
    print(
        json.dumps(
            {
                "documents": result.documents,
                "terms": result.terms,
                "workers": result.workers,
                "seconds": seconds,
                "main_rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                "worker_rss_kib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
            }
        )
    )


if __name__ == "__main__":
    main()
