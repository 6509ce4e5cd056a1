"""How many cores this process may use: the default number of ``graph-api serve`` workers.

``os.cpu_count()`` counts the machine's cores, but a container is usually allowed fewer:
by the CPU set it may run on (``sched_getaffinity``) and by a CPU quota (cgroup v2's
``cpu.max``, which a Kubernetes CPU limit or ``docker run --cpus`` sets). Serving from
more processes than the quota allows only makes them take turns.
"""

import math
import os
from pathlib import Path

CPU_MAX = Path("/sys/fs/cgroup/cpu.max")
"""Where cgroup v2 keeps this process's CPU quota: ``<quota|max> <period>`` (microseconds)."""


def quota_cores(cpu_max: Path = CPU_MAX) -> int | None:
    """The cores the CPU quota in ``cpu_max`` allows, rounded up (1.5 cores: 2); None when
    there is no quota (``max``) or no such file, or it cannot be read as one."""
    try:
        quota, period = cpu_max.read_text().split()[:2]
        if quota == "max" or int(quota) <= 0:  # cgroup v1's -1 also meant none
            return None
        return max(1, math.ceil(int(quota) / int(period)))
    except (OSError, ValueError, ZeroDivisionError):
        return None


def usable_cores(cpu_max: Path = CPU_MAX) -> int:
    """The cores this process may run on, within its CPU quota; at least 1."""
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        cores = os.cpu_count() or 1
    quota = quota_cores(cpu_max)
    return max(1, min(cores, quota) if quota is not None else cores)
