"""The ``graph-api`` command line, one module per command group.

:mod:`graph_api.cli.app` assembles the Typer app (the console script's entry point) from
the groups; each group imports only the shared helpers (:mod:`~graph_api.cli.console`,
:mod:`~graph_api.cli.settings`, :mod:`~graph_api.cli.on_store`), never the app.
"""
