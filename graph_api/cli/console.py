"""Where the command line writes: ``console`` (stdout) and ``errors`` (stderr).

Both soft-wrap: a message stays one line however long, and the terminal wraps it at its
own width. Without it Rich breaks lines at the width it finds, which is 80 columns
whenever it cannot ask a terminal (output piped, redirected or captured), however wide
the window: a summary naming a long path came out as three lines. Tables still fit the
width Rich finds (the terminal's, or ``COLUMNS``).
"""

from rich.console import Console

console = Console(soft_wrap=True)
errors = Console(stderr=True, soft_wrap=True)
