"""Long work runs off the event loop, one piece at a time, in the caller's context."""

import asyncio
import contextvars
import threading
import time

from graph_api.long_work import off_the_loop

REQUEST = contextvars.ContextVar("REQUEST", default="none")


async def test_long_pieces_sent_together_run_one_after_another() -> None:
    running: list[int] = []
    most_at_once = 0
    guard = threading.Lock()

    def piece(number: int) -> int:
        nonlocal most_at_once
        with guard:
            running.append(number)
            most_at_once = max(most_at_once, len(running))
        time.sleep(0.02)
        with guard:
            running.remove(number)
        return number * 10

    answers = await asyncio.gather(*(off_the_loop(piece, n) for n in range(5)))
    assert answers == [0, 10, 20, 30, 40]
    assert most_at_once == 1


async def test_the_loop_stays_free_while_a_piece_runs() -> None:
    loop_ticks = 0

    async def tick() -> None:
        nonlocal loop_ticks
        while True:
            loop_ticks += 1
            await asyncio.sleep(0.005)

    ticker = asyncio.ensure_future(tick())
    await off_the_loop(time.sleep, 0.1)
    ticker.cancel()
    assert loop_ticks >= 5


async def test_a_piece_sees_the_callers_context_variables_and_raises_its_errors() -> None:
    REQUEST.set("caller's")
    assert await off_the_loop(REQUEST.get) == "caller's"

    def fails() -> None:
        raise ValueError("bad document")

    try:
        await off_the_loop(fails)
    except ValueError as error:
        assert str(error) == "bad document"
    else:
        raise AssertionError("the piece's error was not raised")
