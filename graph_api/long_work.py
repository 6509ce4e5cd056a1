"""Long CPU-bound work (parsing, checking, staging a large write) off the event loop,
one piece at a time.

A worker thread keeps long work from blocking the event loop, but Python runs one
thread's bytecode at a time (the GIL). With several long pieces in threads at once (four
large imports sent together), the loop thread gets the interpreter one turn in several,
and every short request waits for its turns each time it does I/O: a one-line read took
seconds. Running the long pieces one after another on one shared thread costs no
throughput, since the threads could not run in parallel anyway, and leaves the loop
every other turn whatever arrives.

Short blocking calls (a file check, a key check) keep using :func:`asyncio.to_thread`:
queued behind an import they would wait for seconds for nothing.
"""

import asyncio
import contextvars
import functools
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

_LONG_WORK = ThreadPoolExecutor(max_workers=1, thread_name_prefix="long-work")


async def off_the_loop(function: Callable[P, R], /, *args: P.args, **kwargs: P.kwargs) -> R:
    """Run ``function`` on the shared long-work thread, after the pieces queued before it.

    Like :func:`asyncio.to_thread`, it runs in the caller's context variables, and a
    cancelled caller stops waiting while the piece still runs to its end."""
    context = contextvars.copy_context()
    call = functools.partial(context.run, function, *args, **kwargs)
    return await asyncio.get_running_loop().run_in_executor(_LONG_WORK, call)
