"""The command-line tests' store fixture, shared: the tracker's CLI runs on both stores."""

from tests.cli.conftest import store_name

__all__ = ["store_name"]
