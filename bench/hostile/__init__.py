"""Hostile requests against a production-mode server, measured (``python -m bench.hostile``).

- :mod:`bench.hostile.payloads`: the hostile bodies and documents, built to a size;
- :mod:`bench.hostile.server`: a checkout's server and CLI, run as production runs them;
- :mod:`bench.hostile.load`: a reader's worst wait while hostile requests are in flight;
- :mod:`bench.hostile.requests` and :mod:`bench.hostile.commands`: one function per
  finding, returning what was seen;
- ``__main__``: runs them and prints a table and a Markdown block.
"""
