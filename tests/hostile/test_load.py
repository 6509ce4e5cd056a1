"""A well-behaved reader keeps being served while hostile requests of every kind run.

Every kind of :mod:`tests.hostile.cases` is sent twice, in a shuffled order, eight at a
time, to a production-mode server (a subprocess) on the demo model; a viewer asks a
one-line question again and again meanwhile. The reader's worst wait stays under
2.5 s, every hostile request is refused or answered within the time limit the server
sets for it (the request limit, or for imports the import limit), none gets a 500.
"""

import random

from bench.hostile.load import under_load
from bench.hostile.server import Checkout, RunningServer
from tests.hostile.cases import cases

IN_FLIGHT = 8
READER_WORST_SECONDS = 2.5
ROOM_SECONDS = 5.0
"""Past the server's own time limit for a request: room for seven others in flight."""
DEADLINE_SECONDS = 90.0
"""Bounds the whole test: whatever is unanswered by then counts as not answered."""


async def test_a_reader_is_served_while_hostile_requests_run(
    server: RunningServer, checkout: Checkout
) -> None:
    mix = [case for number in (1, 2) for case in cases(checkout, number)]
    random.Random(14).shuffle(mix)
    result = await under_load(
        server.graphql,
        checkout.headers("viewer"),
        [case.request for case in mix],
        in_flight=IN_FLIGHT,
        deadline=DEADLINE_SECONDS,
    )
    answered = list(zip(mix, result.hostile, strict=True))
    problems = [
        f"{case.name}: not answered, or a server fault: {answer.short()}"
        for case, answer in answered
        if (answer.status is None and not (case.may_close and answer.closed)) or answer.server_fault
    ]
    problems += [
        f"{case.name}: slower than its {case.limit_seconds:.0f} s limit and {ROOM_SECONDS:.0f} s "
        f"of room: {answer.short()}"
        for case, answer in answered
        if answer.seconds > case.limit_seconds + ROOM_SECONDS
    ]
    problems += [
        f"{case.name}: expected {case.expected}, got {answer.short()}"
        for case, answer in answered
        if not case.check(answer) and not (case.may_close and answer.closed)
    ]
    if result.reader_failures:
        problems.append(f"{result.reader_failures} of the reader's calls failed")
    if result.reader_worst >= READER_WORST_SECONDS:
        slowest = sorted(answered, key=lambda pair: -pair[1].seconds)[:4]
        problems.append(
            f"the reader waited {result.reader_worst:.1f} s (worst of {result.reader_calls} "
            f"calls) with {IN_FLIGHT} hostile requests in flight; the slowest of those: "
            + ", ".join(f"{case.name}: {answer.short()}" for case, answer in slowest)
        )
    assert problems == [], "\n".join(problems)
