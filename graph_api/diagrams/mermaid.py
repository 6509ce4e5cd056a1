"""What the Mermaid diagrams share: safe node ids and escaped text.

Mermaid's grammars give meaning to many characters, and a name in the graph may hold
any of them. Nothing of a name is ever written raw:

- **node ids** are derived from a node's kind and key (:func:`node_id`), never from its
  name: letters and digits are kept, and the key's separators are spelled out so that
  distinct keys give distinct ids;
- **flowchart labels** are quoted (``"..."``), with the characters Mermaid would read
  written as its entity codes (:func:`flowchart_label`);
- **journey text** cannot hold entity codes (``#`` starts a comment there), so the
  characters the journey grammar reads are replaced by their full-width look-alikes
  (:func:`journey_text`).
"""

import re

_KEY_SEPARATORS = {"-": "_", "_": "__", ".": "___"}
"""How a key's separators appear in an id. A key is a slug (``a-z``, ``0-9``, single
``-``, ``_`` or ``.`` between them), so these runs cannot be confused with each other."""

_FLOWCHART_ENTITIES = {
    "#": "#35;",  # first: the entity codes below start with it
    '"': "#quot;",
    "<": "#lt;",
    ">": "#gt;",
    "&": "#amp;",
    "`": "#96;",  # a label opening with a backtick would be read as Markdown
    "%": "#37;",  # Mermaid strips a %%{...} directive from anywhere in the text, labels too
}

_JOURNEY_LOOKALIKES = {
    ":": "\uff1a",  # FULLWIDTH COLON: separates a task's name, score and actors
    ";": "\uff1b",  # FULLWIDTH SEMICOLON: ends a statement
    "#": "\uff03",  # FULLWIDTH NUMBER SIGN: starts a comment
    "%": "\uff05",  # FULLWIDTH PERCENT SIGN: %% starts a comment or a directive
}
_ACTOR_LOOKALIKES = {**_JOURNEY_LOOKALIKES, ",": "\uff0c"}  # FULLWIDTH COMMA: separates actors

_JOURNEY_KEYWORDS = ("journey", "title", "section", "acctitle", "accdescr")
"""Words the journey grammar reads at the start of a line, whatever follows them."""

ZERO_WIDTH_SPACE = "\u200b"


def node_id(kind: str, key: str, prefix: str = "") -> str:
    """A Mermaid identifier for the node ``kind``/``key``, e.g. ``Step_fr_call_support``.

    ``prefix`` (letters, digits and ``_``) tells apart several ids drawn for one node.
    """
    spelled = "".join(
        ch if ch.isascii() and ch.isalnum() else _KEY_SEPARATORS.get(ch, f"_u{ord(ch):x}_")
        for ch in key
    )
    kind_part = re.sub(r"[^A-Za-z0-9]", "", kind) or "Node"
    return f"{prefix}{kind_part}_{spelled}"


def one_line(text: str) -> str:
    """``text`` on one line: line breaks and runs of white space become one space."""
    return " ".join(text.split())


def flowchart_text(text: str) -> str:
    """``text`` for inside a quoted flowchart label or edge label, shown as given."""
    return "".join(_FLOWCHART_ENTITIES.get(ch, ch) for ch in one_line(text))


def flowchart_label(*lines: str) -> str:
    """A quoted flowchart label of ``lines`` (each escaped, joined by line breaks)."""
    return '"' + "<br/>".join(flowchart_text(line) for line in lines) + '"'


def journey_text(text: str) -> str:
    """``text`` for a journey's title, a section or a task name: on one line, with
    ``:`` ``;`` ``#`` ``%`` replaced by their full-width forms (U+FF1A, U+FF1B, U+FF03, U+FF05)."""
    return "".join(_JOURNEY_LOOKALIKES.get(ch, ch) for ch in one_line(text))


def journey_task_name(text: str) -> str:
    """:func:`journey_text` for a task name; a name opening with a word the grammar
    reads as a keyword (``Title deeds``) gets a zero-width space in front."""
    escaped = journey_text(text)
    if escaped.lower().startswith(_JOURNEY_KEYWORDS):
        return ZERO_WIDTH_SPACE + escaped
    return escaped


def journey_actor(text: str) -> str:
    """:func:`journey_text` for an actor, with ``,`` replaced by its full-width form
    (U+FF0C) too."""
    return "".join(_ACTOR_LOOKALIKES.get(ch, ch) for ch in one_line(text))
