"""Timing one operation on every implementation, interleaved so that noise hits all alike.

For each concurrency the calls are split into rounds; each round runs every
implementation in turn (the first one rotating from round to round), so a burst of load
from elsewhere on the machine lands on all of them rather than on one. A round at
concurrency ``c`` is ``c`` workers, each making its share of calls one after the other;
its wall time counts towards the throughput. An implementation that has spent
``cell_budget`` seconds on a cell makes no further call in it (each worker makes at
least one per round it takes part in) and sits out the rest of its rounds: its figures
then rest on fewer calls (the JSON and the progress lines say how many).
"""

import asyncio
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bench.operations import Operation
from bench.stats import Cell
from bench.targets import CallFailed, Target


@dataclass(frozen=True)
class Plan:
    """How many calls each cell makes."""

    warmup: int = 3
    """Untimed calls per implementation before the first round (and one per worker
    before the rounds of each higher concurrency)."""
    calls_c1: int = 30
    """Timed calls at concurrency 1."""
    calls_per_worker: int = 15
    """Timed calls per worker at higher concurrency (8 workers: 120 calls)."""
    concurrency: tuple[int, ...] = (1, 8)
    rounds: int = 5
    """Rounds each cell's calls are split into (interleaving the implementations)."""
    cell_budget: float = 60.0
    """Seconds an implementation may spend on one cell before it sits out the rest."""

    def shares(self, concurrency: int) -> list[int]:
        """Calls per worker in each round at ``concurrency``."""
        total = self.calls_c1 if concurrency == 1 else self.calls_per_worker
        rounds = max(1, min(self.rounds, total))
        base, extra = divmod(total, rounds)
        return [base + (1 if r < extra else 0) for r in range(rounds)]


Results = dict[str, dict[int, Cell]]
"""Cells by implementation name, then concurrency."""


async def _round(
    target: Target,
    operation: Operation,
    concurrency: int,
    calls: int,
    budget: float = float("inf"),
) -> tuple[list[float], float, list[str]]:
    """``concurrency`` workers making ``calls`` calls each; a worker makes no further
    call once the round has run ``budget`` seconds (but always its first)."""
    latencies: list[float] = []
    errors: list[str] = []
    began = time.perf_counter()

    async def worker() -> None:
        for number in range(calls):
            started = time.perf_counter()
            if number and started - began > budget:
                return
            try:
                await target.call(operation)
            except CallFailed as exc:
                errors.append(str(exc))
                return
            latencies.append(time.perf_counter() - started)

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return latencies, time.perf_counter() - began, errors


async def _warm_up(
    targets: Sequence[Target], operation: Operation, concurrency: int, n: int
) -> dict[str, str]:
    """Untimed calls, interleaved; the first error of each implementation that failed."""
    failed: dict[str, str] = {}
    for _ in range(n):
        for target in targets:
            if target.name in failed:
                continue
            _, _, errors = await _round(target, operation, concurrency, 1)
            if errors:
                failed[target.name] = errors[0]
    return failed


def _quick(cell: Cell | None) -> bool:
    return cell is None or not cell.calls or cell.p50_ms < 1000


async def measure(
    operation: Operation,
    targets: Sequence[Target],
    plan: Plan,
    report: Callable[[str], None] = lambda _: None,
) -> Results:
    """Time ``operation`` on every target that supports it, at each concurrency."""
    able = [t for t in targets if t.supports(operation)]
    results: Results = {t.name: {} for t in able}
    broken = await _warm_up(able, operation, 1, plan.warmup)
    for concurrency in plan.concurrency:
        cells = {t.name: Cell(concurrency) for t in able}
        for name, error in broken.items():
            cells[name].errors.append(f"not timed: an earlier call failed: {error}")
        if concurrency > 1:
            # Opens the connections; not worth it (nor cheap) where a call takes seconds.
            quick = [t for t in able if _quick(results[t.name].get(1))]
            for name, error in (await _warm_up(quick, operation, concurrency, 1)).items():
                broken.setdefault(name, error)
                cells[name].errors.append(f"warm-up: {error}")
        for number, calls in enumerate(plan.shares(concurrency)):
            turn = number % len(able) if able else 0
            for target in [*able[turn:], *able[:turn]]:
                cell = cells[target.name]
                if target.name in broken or cell.seconds >= plan.cell_budget:
                    continue
                left = plan.cell_budget - cell.seconds
                latencies, seconds, errors = await _round(
                    target, operation, concurrency, calls, left
                )
                cell.add_round(latencies, seconds)
                if errors:
                    cell.errors.extend(errors[:3])
                    broken[target.name] = errors[0]
        for name, cell in cells.items():
            results[name][concurrency] = cell
            report(
                f"  {operation.name:<17} c={concurrency:<2} {name:<16} "
                f"p50 {cell.p50_ms:9.1f} ms  p95 {cell.p95_ms:9.1f} ms  "
                f"{cell.ops_per_second:8.1f} ops/s  ({cell.calls} calls)"
                + (f"  ERRORS: {cell.errors[0][:120]}" if cell.errors else "")
            )
    return results
