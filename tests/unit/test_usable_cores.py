"""The default number of workers: the cores a process may use, within its CPU quota."""

import os
from pathlib import Path

import pytest

from graph_api.cli.cores import quota_cores, usable_cores


@pytest.mark.parametrize(
    ("cpu_max", "cores"),
    [
        ("max 100000\n", None),  # no quota
        ("50000 100000\n", 1),  # Kubernetes limit 500m: rounded up
        ("100000 100000", 1),
        ("150000 100000\n", 2),
        ("400000 100000\n", 4),
        ("1000 100000\n", 1),  # a sliver of a core is still one process
        ("", None),
        ("banana 100000", None),
        ("100000 0", None),
        ("-1 100000", None),
        ("0 100000", None),
    ],
)
def test_the_quota_in_cores(tmp_path: Path, cpu_max: str, cores: int | None) -> None:
    path = tmp_path / "cpu.max"
    path.write_text(cpu_max)
    assert quota_cores(path) == cores


def test_no_cgroup_file_is_no_quota(tmp_path: Path) -> None:
    assert quota_cores(tmp_path / "absent") is None
    assert quota_cores(tmp_path) is None  # a directory: unreadable as a file


def test_usable_cores_are_the_affinity_within_the_quota(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1, 2, 3, 4, 5}, raising=False)
    path = tmp_path / "cpu.max"
    path.write_text("max 100000\n")
    assert usable_cores(path) == 6
    path.write_text("200000 100000\n")
    assert usable_cores(path) == 2
    path.write_text("2000000 100000\n")  # a quota above the CPU set: the set
    assert usable_cores(path) == 6
    assert usable_cores(tmp_path / "absent") == 6


def test_without_affinity_the_machines_cores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delattr(os, "sched_getaffinity", raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: None)
    assert usable_cores(tmp_path / "absent") == 1
    monkeypatch.setattr(os, "cpu_count", lambda: 8)
    path = tmp_path / "cpu.max"
    path.write_text("300000 100000")
    assert usable_cores(path) == 3
