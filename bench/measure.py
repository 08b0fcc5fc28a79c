"""Timing, memory and the printed tables shared by the benchmarks."""

import resource
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass

# Memory is traced on this many runs only: tracing slows Python down and would distort the
# latencies, so the timed runs are never traced.
MEMORY_SAMPLE = 50

COLUMNS = (
    f"{'':40} {'runs':>5} {'p50 ms':>9} {'p95 ms':>9} {'p99 ms':>9} {'ops/s':>9} {'peak KiB':>10}"
)


@dataclass
class Measurement:
    name: str
    latencies_ms: list[float]
    # The most Python memory one run allocated at once (tracemalloc), over the sampled runs.
    peak_kib: float

    def percentile(self, p: float) -> float:
        return percentile(self.latencies_ms, p)

    @property
    def throughput(self) -> float:
        total_s = sum(self.latencies_ms) / 1000
        return len(self.latencies_ms) / total_s if total_s else float("inf")

    def subset(self, indices: Sequence[int], name: str | None = None) -> "Measurement":
        """The same runs restricted to some inputs (to compare with a baseline run on them)."""
        return Measurement(
            name or self.name, [self.latencies_ms[i] for i in indices], self.peak_kib
        )

    def row(self) -> str:
        return (
            f"{self.name:40} {len(self.latencies_ms):5} {self.percentile(50):9.3f} "
            f"{self.percentile(95):9.3f} {self.percentile(99):9.3f} {self.throughput:9.1f} "
            f"{self.peak_kib:10.1f}"
        )


def percentile(values: Sequence[float], p: float) -> float:
    """The nearest-rank percentile `p` (0–100) of `values`."""
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


def measure(name: str, action: Callable[[object], object], inputs: Sequence) -> Measurement:
    """Run `action` once per input and time each run; then trace memory on a sample."""
    action(inputs[0])  # warm caches and connections
    latencies = []
    for item in inputs:
        started = time.perf_counter()
        action(item)
        latencies.append((time.perf_counter() - started) * 1000)
    return Measurement(name, latencies, peak_memory_kib(action, inputs))


def peak_memory_kib(action: Callable[[object], object], inputs: Sequence) -> float:
    """The most memory (KiB) one run of `action` allocated, over up to MEMORY_SAMPLE inputs."""
    step = max(1, len(inputs) // MEMORY_SAMPLE)
    peak = 0
    tracemalloc.start()
    try:
        for item in inputs[::step]:
            tracemalloc.reset_peak()
            before, _ = tracemalloc.get_traced_memory()
            action(item)
            _, item_peak = tracemalloc.get_traced_memory()
            peak = max(peak, item_peak - before)
    finally:
        tracemalloc.stop()
    return peak / 1024


def max_rss_mib() -> float:
    """The peak resident memory of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def report(title: str, candidate: Measurement, baseline: Measurement) -> None:
    print(f"\n## {title}")
    print(COLUMNS)
    for m in (candidate, baseline):
        print(m.row())
    ratio = baseline.percentile(50) / candidate.percentile(50)
    print(f"ratio baseline/candidate (p50): {ratio:.1f}x")
