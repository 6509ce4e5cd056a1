"""Counts in messages: ``counted(1, "error")`` is "1 error", ``counted(2, "error")`` "2 errors".

Every message that puts a number before a noun (the command line's summaries, the API's
refusals) goes through :func:`counted`, so that none reads "1 errors" whatever the count.
"""


def counted(count: int, singular: str, plural: str | None = None, *, grouped: bool = False) -> str:
    """``count`` and the noun in the number it takes.

    ``plural`` is for nouns not made plural by adding "s" ("entry", "entries");
    ``grouped`` writes thousands with commas ("2,821 links").
    """
    number = f"{count:,}" if grouped else str(count)
    noun = singular if count == 1 else (plural or f"{singular}s")
    return f"{number} {noun}"
