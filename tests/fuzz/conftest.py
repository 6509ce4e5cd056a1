"""Collects the fuzzing summaries and prints them at the end of the run.

``test_graphql_fuzz.py`` records one summary line per store through the
``fuzz_summaries`` fixture (and writes the full summary to
``test-artifacts/fuzz-<store>.json``); ``pytest_terminal_summary`` prints the lines after
the test results, so what the fuzzer ran is visible in every run of the suite.
"""

import pytest

FUZZ_SUMMARIES = pytest.StashKey[list[str]]()


def _summaries(config: pytest.Config) -> list[str]:
    return config.stash.setdefault(FUZZ_SUMMARIES, [])


@pytest.fixture
def fuzz_summaries(request: pytest.FixtureRequest) -> list[str]:
    """The summary lines of this run's fuzzing: append one per fuzzed server."""
    return _summaries(request.config)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    summaries = _summaries(terminalreporter.config)
    if summaries:
        terminalreporter.write_sep("-", "GraphQL fuzzing (schemathesis) and hostile inputs")
        for line in summaries:
            terminalreporter.write_line(line)
