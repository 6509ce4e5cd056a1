"""The test suite (run by scripts/run-tests; see tests/conftest.py).

pytest-xdist's workers start with ``COLUMNS=80`` in their environment. Rich fixes a
console's width from ``COLUMNS`` when the console is made, and the command line's
consoles are made when :mod:`graph_api.cli.console` is imported: every command a test
runs would then print 80 columns wide, whatever ``COLUMNS`` the test gives it. Without
the variable at import, Rich reads ``COLUMNS`` each time it prints, as in a terminal.
"""

import os

os.environ.pop("COLUMNS", None)
