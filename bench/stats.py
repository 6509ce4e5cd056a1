"""What one cell of the benchmark measured (an implementation, an operation, a concurrency).

A cell gathers the latency of every timed call and the wall time of the rounds it ran
in; :func:`summary` turns it into p50, p95 and throughput.
"""

import math
from dataclasses import dataclass, field
from typing import Any


def percentile(values: list[float], fraction: float) -> float:
    """The ``fraction`` (0..1) percentile of ``values``, by linear interpolation."""
    if not values:
        return math.nan
    ordered = sorted(values)
    position = fraction * (len(ordered) - 1)
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


@dataclass
class Cell:
    """The timed calls of one implementation on one operation at one concurrency."""

    concurrency: int
    latencies: list[float] = field(default_factory=list)
    """Seconds per call, as the client saw them (request to parsed answer)."""
    seconds: float = 0.0
    """Wall time of the rounds this cell ran in (the calls overlap at concurrency > 1)."""
    rounds: int = 0
    errors: list[str] = field(default_factory=list)

    def add_round(self, latencies: list[float], seconds: float) -> None:
        self.latencies.extend(latencies)
        self.seconds += seconds
        self.rounds += 1

    @property
    def calls(self) -> int:
        return len(self.latencies)

    @property
    def p50_ms(self) -> float:
        return percentile(self.latencies, 0.50) * 1000

    @property
    def p95_ms(self) -> float:
        return percentile(self.latencies, 0.95) * 1000

    @property
    def ops_per_second(self) -> float:
        return self.calls / self.seconds if self.seconds else math.nan

    def summary(self) -> dict[str, Any]:
        """The cell as JSON: the figures and the raw latencies (ms)."""
        return {
            "concurrency": self.concurrency,
            "calls": self.calls,
            "rounds": self.rounds,
            "seconds": round(self.seconds, 4),
            "p50_ms": _rounded(self.p50_ms),
            "p95_ms": _rounded(self.p95_ms),
            "ops_per_second": _rounded(self.ops_per_second),
            "errors": self.errors,
            "latencies_ms": [round(s * 1000, 3) for s in self.latencies],
        }


def _rounded(value: float) -> float | None:
    return None if math.isnan(value) else round(value, 3)


def ratio(numerator: float | None, denominator: float | None) -> float | None:
    """``numerator / denominator``, or None when either is missing or zero."""
    if numerator is None or denominator is None or denominator == 0:
        return None
    if math.isnan(numerator) or math.isnan(denominator):
        return None
    return numerator / denominator
