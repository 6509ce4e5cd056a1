"""The benchmark's arithmetic and tables (bench/stats.py, bench/measure.py, bench/report.py),
on hand-made cells: percentiles, ratios, how calls are split into rounds, and that the
Markdown block docs/benchmarks.md is made from shows each figure where it belongs."""

import math

import pytest

from bench.measure import Plan
from bench.report import markdown, problems, rows
from bench.stats import Cell, percentile, ratio


def test_percentiles_interpolate() -> None:
    values = [4.0, 1.0, 3.0, 2.0]
    assert percentile(values, 0.5) == 2.5
    assert percentile(values, 0.95) == pytest.approx(3.85)
    assert percentile([7.0], 0.95) == 7.0
    assert math.isnan(percentile([], 0.5))


def test_a_ratio_needs_both_figures() -> None:
    assert ratio(30.0, 20.0) == 1.5
    assert ratio(None, 20.0) is None
    assert ratio(30.0, 0.0) is None
    assert ratio(math.nan, 2.0) is None


def test_a_cell_counts_calls_and_throughput() -> None:
    cell = Cell(concurrency=8)
    cell.add_round([0.010, 0.030], seconds=0.05)
    cell.add_round([0.020], seconds=0.05)
    summary = cell.summary()
    assert summary["calls"] == 3
    assert summary["rounds"] == 2
    assert summary["p50_ms"] == 20.0
    assert summary["ops_per_second"] == 30.0
    assert summary["latencies_ms"] == [10.0, 30.0, 20.0]


def test_calls_are_spread_over_rounds() -> None:
    plan = Plan(calls_c1=7, calls_per_worker=2, rounds=3)
    assert plan.shares(1) == [3, 2, 2]
    assert plan.shares(8) == [1, 1]  # never more rounds than calls


def _cell(p50: float, calls: int = 10, errors: list[str] | None = None) -> dict[str, object]:
    return {
        "calls": calls,
        "p50_ms": p50,
        "p95_ms": p50 * 2,
        "ops_per_second": 1000 / p50,
        "errors": errors or [],
    }


def _run() -> dict[str, object]:
    equal = {"status": "equal"}
    return {
        "started": "20261201T000000Z",
        "machine": {"cpus": 2},
        "plan": {"calls_c1": 10, "calls_per_worker": 5, "concurrency": [1]},
        "scales": [
            {
                "scale": 10,
                "seed": 1,
                "nodes": 10_300,
                "links": 28_994,
                "load": {
                    "neo4j": {
                        "write_seconds": 2.0,
                        "nodes_per_second": 5150.0,
                        "links_per_second": 14497.0,
                        "items_per_second": 19647.0,
                        "total_seconds": 3.0,
                    },
                    "embedded": {
                        "write_seconds": 0.5,
                        "items_per_second": 78588.0,
                        "total_seconds": 1.0,
                    },
                },
                "memory": {"ours/neo4j": {"rss_kib": 204800, "peak_rss_kib": 307200}},
                "loadavg": {"before": [1.0, 1.0, 1.0], "after": [2.0, 2.0, 2.0]},
                "measure_seconds": 12.0,
                "checks": {
                    "lookup": {
                        "verdicts": {
                            "ours/neo4j": equal,
                            "ours/embedded": equal,
                            "@neo4j/graphql@6": {"status": "differs"},
                            "@neo4j/graphql@7": equal,
                        }
                    }
                },
                "cells": {
                    "lookup": {
                        "ours/neo4j": {"1": _cell(30.0)},
                        "ours/embedded": {"1": _cell(5.0, errors=["HTTP 500"])},
                        "floor": {"1": _cell(20.0)},
                        "@neo4j/graphql@7": {"1": _cell(60.0)},
                    }
                },
            }
        ],
    }


def test_the_table_shows_each_implementation_and_the_ratios() -> None:
    header, body = rows(_run()["scales"][0], 1)  # type: ignore[index]
    (row,) = body
    cells = dict(zip(header, row, strict=True))
    assert cells["operation"] == "lookup"
    assert cells["ours/neo4j p50 / p95 ms"] == "30.0 / 60.0"
    assert cells["ours/embedded p50 / p95 ms"] == "5.0 / 10.0 (errors)"
    assert cells["floor ops/s"] == "50.0"
    assert cells["@neo4j/graphql@6 p50 / p95 ms"] == "not timed: differs"
    assert cells["@neo4j/graphql@7 p50 / p95 ms"] == "60.0 / 120"
    assert cells["ours/neo4j ÷ floor"] == "1.5x"
    assert cells["ours/neo4j ÷ @neo4j/graphql@6"] == "-"
    assert cells["ours/neo4j ÷ @neo4j/graphql@7"] == "0.5x"


def test_the_markdown_holds_the_set_up_and_the_table() -> None:
    text = markdown(_run())
    assert "### Scale 10" in text
    assert "- model: 10,300 nodes, 28,994 links (seed 1)" in text
    assert "memory after the runs (RSS): ours/neo4j 200 MiB" in text
    assert "| lookup | 30.0 / 60.0 | 33.3 |" in text


def test_problems_name_differing_answers_and_failed_calls() -> None:
    assert problems(_run()) == [
        "scale 10, lookup, @neo4j/graphql@6: differs",
        "scale 10, lookup, ours/embedded, c=1: errors",
    ]


def test_above_concurrency_1_the_table_sets_throughputs_against_each_reference() -> None:
    scale = _run()["scales"][0]  # type: ignore[index]
    for cells in scale["cells"]["lookup"].values():
        cells["8"] = cells["1"]
    header, body = rows(scale, 8)
    cells = dict(zip(header, body[0], strict=True))
    assert cells["ops/s ours/neo4j ÷ @neo4j/graphql@7"] == "2.0x"  # 33.3 / 16.7 ops/s
    assert cells["ops/s ours/neo4j ÷ @neo4j/graphql@6"] == "-"  # 6.x not timed
    assert "ops/s ours/neo4j ÷ @neo4j/graphql@7" not in rows(scale, 1)[0]
