"""The benchmark's results as Rich tables (the terminal) and Markdown (docs/benchmarks.md).

Works on the JSON the run writes (``bench/results/<timestamp>.json``), so a table can
be made again from a saved run: ``.venv/bin/python -m bench.report FILE``.
"""

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from bench.stats import ratio
from bench.targets import ALL, FLOOR, OURS_NEO4J, REFERENCES

Run = dict[str, Any]
"""A whole run, as written to bench/results/."""
Scale = dict[str, Any]
"""One scale of a run."""


def _ms(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:.0f}" if value >= 100 else f"{value:.1f}"


def _times(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}x"


def _summary(scale: Scale, operation: str, name: str, concurrency: int) -> dict[str, Any] | None:
    cell: dict[str, Any] | None = (
        scale["cells"].get(operation, {}).get(name, {}).get(str(concurrency))
    )
    return cell if cell and cell["calls"] else None


def _cells(scale: Scale, operation: str, name: str, concurrency: int) -> tuple[str, str]:
    cell = _summary(scale, operation, name, concurrency)
    if cell is None:
        status = scale["checks"][operation]["verdicts"].get(name, {}).get("status", "-")
        return ("not timed: " + status if status != "equal" else "no calls"), ""
    latency = f"{_ms(cell['p50_ms'])} / {_ms(cell['p95_ms'])}"
    if cell["errors"]:
        latency += " (errors)"
    return latency, f"{cell['ops_per_second']:.1f}"


def _p50(scale: Scale, operation: str, name: str, concurrency: int) -> float | None:
    cell = _summary(scale, operation, name, concurrency)
    return None if cell is None else float(cell["p50_ms"])


def _throughput(scale: Scale, operation: str, name: str, concurrency: int) -> float | None:
    cell = _summary(scale, operation, name, concurrency)
    return None if cell is None else float(cell["ops_per_second"])


def rows(scale: Scale, concurrency: int) -> tuple[list[str], list[list[str]]]:
    """The header and rows of one scale's table at one concurrency: latencies and
    throughputs, graph-api's p50 against the floor's and each reference's, and above
    concurrency 1 its throughput against each reference's (the target there: >= 1)."""
    header = ["operation"]
    for name in ALL:
        header += [f"{name} p50 / p95 ms", f"{name} ops/s"]
    header += ["ours/neo4j ÷ floor", *(f"ours/neo4j ÷ {name}" for name in REFERENCES)]
    if concurrency > 1:
        header += [f"ops/s ours/neo4j ÷ {name}" for name in REFERENCES]
    body: list[list[str]] = []
    for operation in scale["checks"]:
        row = [operation]
        for name in ALL:
            row += list(_cells(scale, operation, name, concurrency))
        ours = _p50(scale, operation, OURS_NEO4J, concurrency)
        row.append(_times(ratio(ours, _p50(scale, operation, FLOOR, concurrency))))
        for name in REFERENCES:
            row.append(_times(ratio(ours, _p50(scale, operation, name, concurrency))))
        if concurrency > 1:
            served = _throughput(scale, operation, OURS_NEO4J, concurrency)
            for name in REFERENCES:
                row.append(_times(ratio(served, _throughput(scale, operation, name, concurrency))))
        body.append(row)
    return header, body


def _mib(memory: dict[str, int] | None) -> str:
    return "-" if not memory else f"{memory['rss_kib'] / 1024:.0f} MiB"


def facts(scale: Scale) -> list[tuple[str, str]]:
    """The set-up of one scale: model, load rates, memory, machine load."""
    neo4j, embedded = scale["load"]["neo4j"], scale["load"]["embedded"]
    memory = scale["memory"]
    before, after = scale["loadavg"]["before"], scale["loadavg"]["after"]
    return [
        ("model", f"{scale['nodes']:,} nodes, {scale['links']:,} links (seed {scale['seed']})"),
        (
            "bulk load, Neo4j",
            f"{neo4j['write_seconds']:.1f} s writing ({neo4j['nodes_per_second']:,.0f} nodes/s, "
            f"{neo4j['links_per_second']:,.0f} links/s; "
            f"{neo4j['items_per_second']:,.0f} items/s); {neo4j['total_seconds']:.1f} s in all",
        ),
        (
            "bulk load, embedded",
            f"{embedded['write_seconds']:.1f} s writing "
            f"({embedded['items_per_second']:,.0f} items/s); "
            f"{embedded['total_seconds']:.1f} s in all",
        ),
        (
            "memory after the runs (RSS)",
            ", ".join(
                f"{name} {_mib(memory.get(name))}" for name in (*ALL, "neo4j") if name in memory
            ),
        ),
        (
            "load average (1, 5, 15 min)",
            f"before {' '.join(f'{x:.1f}' for x in before)}; "
            f"after {' '.join(f'{x:.1f}' for x in after)}",
        ),
        ("timing took", f"{scale['measure_seconds']:.0f} s"),
        *(("server restarted", note) for note in scale.get("restarts", [])),
    ]


def markdown(run: Run) -> str:
    """The results as Markdown: a block per scale, a table per concurrency."""
    lines = [
        f"Run of {run['started']} on {run['machine']['cpus']} CPUs; "
        f"calls per cell: {run['plan']['calls_c1']} at c=1, "
        f"{run['plan']['calls_per_worker']} per worker above; "
        "latencies in ms, p50 / p95 as the client saw them.",
        "",
    ]
    for scale in run["scales"]:
        lines += [f"### Scale {scale['scale']}", ""]
        lines += [f"- {what}: {value}" for what, value in facts(scale)]
        for concurrency in run["plan"]["concurrency"]:
            header, body = rows(scale, concurrency)
            lines += ["", f"Concurrency {concurrency}:", ""]
            lines.append("| " + " | ".join(header) + " |")
            lines.append(
                "|" + "|".join("---" if i == 0 else "--:" for i in range(len(header))) + "|"
            )
            lines += ["| " + " | ".join(row) + " |" for row in body]
        lines.append("")
    return "\n".join(lines)


def print_tables(run: Run, console: Console, scales: Sequence[Scale] | None = None) -> None:
    """Rich tables of each scale (all of the run's unless ``scales`` is given)."""
    for scale in scales if scales is not None else run["scales"]:
        for what, value in facts(scale):
            console.print(f"[bold]{what}[/bold]: {value}", highlight=False)
        for concurrency in run["plan"]["concurrency"]:
            header, body = rows(scale, concurrency)
            table = Table(title=f"scale {scale['scale']}, concurrency {concurrency}")
            for number, column in enumerate(header):
                table.add_column(column, justify="left" if number == 0 else "right")
            for row in body:
                table.add_row(*row)
            console.print(table)


def problems(run: Run) -> list[str]:
    """Every answer that differed or failed, and every cell with a failed call."""
    found = []
    for scale in run["scales"]:
        found += [f"scale {scale['scale']}: {note}" for note in scale.get("restarts", [])]
        for name, check in scale["checks"].items():
            for impl, verdict in check["verdicts"].items():
                if verdict["status"] in ("differs", "failed"):
                    found.append(f"scale {scale['scale']}, {name}, {impl}: {verdict['status']}")
        for name, by_impl in scale["cells"].items():
            for impl, by_c in by_impl.items():
                for c, cell in by_c.items():
                    if cell["errors"]:
                        found.append(f"scale {scale['scale']}, {name}, {impl}, c={c}: errors")
    return found


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m bench.report bench/results/<timestamp>.json", file=sys.stderr)
        return 2
    run: Run = json.loads(Path(args[0]).read_text(encoding="utf-8"))
    print_tables(run, Console(width=220))
    print(markdown(run))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
