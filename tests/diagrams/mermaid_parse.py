"""Small parsers of the Mermaid text the diagrams give, strict enough to fail.

:func:`parse_journey` tokenises like Mermaid's journey lexer (its rules in its order,
first match wins, ignoring case) and refuses any comment, directive or token the
diagrams never mean to write; :func:`parse_flowchart` accepts only the statements the
flowcharts are made of. Both decode the text back to the names it shows.
"""

import re
from dataclasses import dataclass, field

# Mermaid's journey lexer (journey.jison), in order; the first rule that matches wins.
_JOURNEY_RULES = [
    ("comment", r"%%(?!\{)*[^\n]*"),
    ("comment", r"[^}]%%*[^\n]*"),
    ("newline", r"\n+"),
    ("space", r"\s+"),
    ("comment", r"#[^\n]*"),
    ("journey", r"journey"),
    ("title", r"title\s[^#\n;]+"),
    ("acc", r"accTitle\s*:\s*|accDescr\s*:\s*|accDescr\s*\{\s*"),
    ("section", r"section\s[^#:\n;]+"),
    ("task_name", r"[^#:\n;]+"),
    ("task_data", r":[^#\n;]+"),
    ("colon", r":"),
    ("invalid", r"."),
]

_FULL_WIDTH = {"\uff1a": ":", "\uff1b": ";", "\uff03": "#", "\uff05": "%", "\uff0c": ","}


def journey_decoded(text: str) -> str:
    """A name as the journey text shows it, back in plain characters."""
    return "".join(_FULL_WIDTH.get(ch, ch) for ch in text).replace("\u200b", "")


@dataclass
class Task:
    name: str
    score: int
    actors: list[str]


@dataclass
class Section:
    name: str
    tasks: list[Task] = field(default_factory=list)


@dataclass
class JourneyChart:
    title: str
    sections: list[Section]


def _journey_tokens(text: str) -> list[tuple[str, str]]:
    tokens, at = [], 0
    while at < len(text):
        kind, found = next(
            (kind, m)
            for kind, pattern in _JOURNEY_RULES
            if (m := re.compile(pattern, re.IGNORECASE).match(text, at))
        )
        assert kind not in ("comment", "acc", "colon", "invalid"), (kind, found.group())
        if kind != "space":
            tokens.append((kind, found.group()))
        at = found.end()
    return tokens


def parse_journey(text: str) -> JourneyChart:
    """The journey diagram ``text`` as Mermaid would read it (names decoded)."""
    lines = text.split("\n")
    assert lines[0] == "journey" and lines[-1] == "", "journey first, a newline last"
    statements: list[list[tuple[str, str]]] = [[]]
    for kind, value in _journey_tokens(text):
        if kind == "newline":
            statements.append([])
        else:
            statements[-1].append((kind, value))
    statements = [s for s in statements if s]
    assert statements[0] == [("journey", "journey")]
    assert [k for k, _ in statements[1]] == ["title"], statements[1]
    chart = JourneyChart(journey_decoded(statements[1][0][1][6:]), [])
    for statement in statements[2:]:
        kinds = [k for k, _ in statement]
        if kinds == ["section"]:
            chart.sections.append(Section(journey_decoded(statement[0][1][8:])))
            continue
        assert kinds == ["task_name", "task_data"], statement
        assert chart.sections, "a task before any section"
        pieces = statement[1][1][1:].split(":")  # as Mermaid's addTask reads the data
        assert len(pieces) == 2, statement
        score = int(pieces[0])
        assert 1 <= score <= 5
        actors = [a.strip() for a in pieces[1].split(",")]
        assert all(actors), statement
        chart.sections[-1].tasks.append(
            Task(
                journey_decoded(statement[0][1].strip()),
                score,
                [journey_decoded(a) for a in actors],
            )
        )
    return chart


_ID = r"[A-Za-z][A-Za-z0-9_]*"
_LABEL = r'"([^"]*)"'
_RESERVED = {"end", "graph", "flowchart", "subgraph", "style", "class", "classdef", "click"}
_ENTITIES = {"quot": '"', "lt": "<", "gt": ">", "amp": "&"}


def flowchart_decoded(label: str) -> list[str]:
    """The lines of a quoted label as Mermaid shows them: entity codes decoded."""
    assert re.fullmatch(r"(?:[^#]|#(?:quot|lt|gt|amp|\d+);)*", label), label
    assert "<" not in label.replace("<br/>", ""), label

    def decode(found: re.Match[str]) -> str:
        name = found.group(1)
        return _ENTITIES[name] if name in _ENTITIES else chr(int(name))

    return [re.sub(r"#(\w+);", decode, line) for line in label.split("<br/>")]


@dataclass
class Node:
    lines: list[str]
    css_class: str | None
    subgraph: str | None


@dataclass
class Edge:
    source: str
    arrow: str
    label: str | None
    target: str


@dataclass
class Flowchart:
    nodes: dict[str, Node]
    edges: list[Edge]
    subgraphs: list[tuple[str, str]]
    class_defs: set[str]


def parse_flowchart(text: str) -> Flowchart:
    """The ``flowchart LR`` ``text``: every node declared once, every edge's ends declared."""
    # Mermaid strips a %%{...} directive from anywhere in the text, a label's inside too.
    assert "%%{" not in text, "a directive in the text"
    lines = text.split("\n")
    assert lines[0] == "flowchart LR" and lines[-1] == ""
    chart = Flowchart({}, [], [], set())
    inside: str | None = None
    for line in (raw.strip() for raw in lines[1:-1]):
        if found := re.fullmatch(rf"classDef ({_ID}) [^;\"]+", line):
            chart.class_defs.add(found.group(1))
        elif found := re.fullmatch(rf"subgraph ({_ID})\[{_LABEL}\]", line):
            assert inside is None, "nested subgraph"
            inside = found.group(1)
            chart.subgraphs.append((inside, " ".join(flowchart_decoded(found.group(2)))))
        elif line == "end":
            assert inside is not None
            inside = None
        elif line == "direction LR":
            assert inside is not None
        elif found := re.fullmatch(rf"({_ID})\[{_LABEL}\](?::::({_ID}))?", line):
            node, label, css = found.groups()
            assert node.lower() not in _RESERVED
            assert node not in chart.nodes, f"{node} declared twice"
            chart.nodes[node] = Node(flowchart_decoded(label), css, inside)
        elif found := re.fullmatch(rf"({_ID}) (-->|~~~|-\.->|-\.-)(?:\|{_LABEL}\|)? ({_ID})", line):
            source, arrow, label, target = found.groups()
            decoded = None if label is None else " ".join(flowchart_decoded(label))
            chart.edges.append(Edge(source, arrow, decoded, target))
        else:
            raise AssertionError(f"not a flowchart statement: {line!r}")
    assert inside is None, "subgraph not closed"
    for edge in chart.edges:
        assert edge.source in chart.nodes and edge.target in chart.nodes, edge
    for node in chart.nodes.values():
        assert node.css_class is None or node.css_class in chart.class_defs
    assert not set(chart.nodes) & {s for s, _ in chart.subgraphs}
    return chart


def expected_id(kind: str, key: str, prefix: str = "") -> str:
    """A node's id as docs/diagrams.md spells it out."""
    spelled = key.replace(".", "\0").replace("_", "__").replace("-", "_").replace("\0", "___")
    return f"{prefix}{kind}_{spelled}"
