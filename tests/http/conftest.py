"""Collects the graphql-http audit summaries and prints them at the end of the run.

``test_graphql_http_audit.py`` records one summary line per store through the
``audit_summaries`` fixture; ``pytest_terminal_summary`` prints them after the test
results, so the audit's counts are visible in every run of the suite.
"""

import pytest

AUDIT_SUMMARIES = pytest.StashKey[list[str]]()


def _summaries(config: pytest.Config) -> list[str]:
    return config.stash.setdefault(AUDIT_SUMMARIES, [])


@pytest.fixture
def audit_summaries(request: pytest.FixtureRequest) -> list[str]:
    """The summary lines of this run's audits: append one per audited server."""
    return _summaries(request.config)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    summaries = _summaries(terminalreporter.config)
    if summaries:
        terminalreporter.write_sep("-", "graphql-http audit (GraphQL over HTTP spec)")
        for line in summaries:
            terminalreporter.write_line(line)
