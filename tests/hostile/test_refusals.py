"""Each hostile request alone gets its own answer: 413 for a body over the limit, 401
for a caller without a valid token, 400 for a body that is not a request, an import
within the import limit goes through; none a 500, none slow.

The costly kinds (validation, filters) are only refused or answered within bounds,
whichever the server chooses: ``test_load.py`` sends them.
"""

import pytest

from bench.hostile.load import send
from bench.hostile.server import Checkout, RunningServer
from tests.hostile.cases import Case, cases, refused_or_answered
from tests.hostile.raw_http import post_expecting_continue

SECONDS = 15.0
"""Imports (1,000 ArchiMate elements, 500 model nodes) included, on a busy machine."""
REFUSAL_SECONDS = 2.0
"""A refusal is decided before any costly work."""

OVERSIZED = ["oversized body, anonymous", "oversized body, viewer"]
STREAMED = "oversized body streamed, viewer"
OTHERS = [
    "repeated fields, anonymous",
    "invalid UTF-8",
    "5,001-digit number",
    "5,001-digit number in GET variables",
    "deep JSON",
    "invalid UTF-8, anonymous",
    "anonymous",
    "bad token",
    "ArchiMate import, admin",
    "model import, admin",
]


@pytest.fixture(scope="package")
def specific_cases(checkout: Checkout) -> dict[str, Case]:
    """The cases with an answer of their own (not just "refused or answered")."""
    return {case.name: case for case in cases(checkout) if case.check is not refused_or_answered}


def test_every_specific_case_is_tested(specific_cases: dict[str, Case]) -> None:
    assert sorted(specific_cases) == sorted([*OVERSIZED, STREAMED, *OTHERS])


@pytest.mark.parametrize("name", OTHERS)
async def test_hostile_request_alone(
    server: RunningServer, specific_cases: dict[str, Case], name: str
) -> None:
    case = specific_cases[name]
    answer = await send(server.graphql, case.request, bound=SECONDS * 2)
    assert case.check(answer), f"{name}: expected {case.expected}, got {answer.short()}"
    bound = SECONDS if case.expected == "imported" else REFUSAL_SECONDS
    assert answer.seconds < bound, f"{name}: {answer.short()}"
    assert "Traceback" not in str(answer.body)


@pytest.mark.parametrize("name", OVERSIZED)
async def test_a_body_over_the_limit_is_refused_on_its_headers(
    server: RunningServer, specific_cases: dict[str, Case], name: str
) -> None:
    """A client that waits for ``100 Continue`` is told 413 before it sends the body."""
    case = specific_cases[name]
    answer = await post_expecting_continue(server.graphql, case.request, bound=SECONDS)
    assert case.check(answer), f"{name}: expected {case.expected}, got {answer.short()}"
    assert answer.seconds < REFUSAL_SECONDS
    assert "max_request_bytes" in answer.message


@pytest.mark.parametrize("name", OVERSIZED)
async def test_a_client_writing_its_whole_body_reads_the_413(
    server: RunningServer, specific_cases: dict[str, Case], name: str
) -> None:
    """httpx (like most libraries) writes the whole body before it reads the answer: the
    server has to let it finish (discarding what it does not keep) for the 413 to arrive,
    instead of closing the connection under it."""
    case = specific_cases[name]
    answer = await send(server.graphql, case.request, bound=SECONDS)
    assert case.check(answer), f"{name}: expected {case.expected}, got {answer.short()}"
    assert answer.seconds < REFUSAL_SECONDS


async def test_a_streamed_body_is_stopped_at_the_limit(
    server: RunningServer, specific_cases: dict[str, Case]
) -> None:
    """Without a Content-Length the body is counted as it comes and refused when it passes
    the limit: a 413, or the connection closed under the still-writing client."""
    case = specific_cases[STREAMED]
    answer = await send(server.graphql, case.request, bound=SECONDS)
    assert case.check(answer) or answer.closed, f"{STREAMED}: got {answer.short()}"
    assert answer.seconds < REFUSAL_SECONDS
