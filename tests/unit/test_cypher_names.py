"""Every label and relationship type the code's Cypher names is one the metamodel has.

A Cypher text names labels and types as plain words: a kind renamed in the metamodel, or
a typo (``AFFECT``), leaves a query that runs and finds nothing. This reads every Cypher
text in graph_api/ (tests/unit/cypher_names.py finds them by walking the modules) and
checks each name against the metamodel's node kinds and relationship types, and the few
labels the Neo4j store keeps for itself.
"""

from functools import cache
from pathlib import Path

import pytest

from graph_api.metamodel import NODE_KINDS, RELATIONSHIP_TYPES
from tests.unit.cypher_names import (
    DYNAMIC,
    CypherText,
    Name,
    cypher_texts,
    is_cypher,
    located_names,
    names_in,
)

PACKAGE = Path(__file__).resolve().parents[2] / "graph_api"

# The Neo4j store's own nodes, besides the model's: no relationship type of its own.
BOOKKEEPING_LABELS = {
    # One node per change, and the one node numbering them
    # (graph_api/store/neo4j/change_log.py: ENTRY, SEQUENCE).
    "ChangeLogEntry",
    "ChangeLogSequence",
    # The version of the store's data (graph_api/store/neo4j/upgrades.py: VERSION_LABEL).
    "StoreVersion",
}
LABELS = set(NODE_KINDS) | BOOKKEEPING_LABELS
TYPES = set(RELATIONSHIP_TYPES)


@cache
def found_in_code() -> list[tuple[CypherText, Name, int]]:
    found: list[tuple[CypherText, Name, int]] = []
    for text in cypher_texts(PACKAGE):
        lines = text.path.read_text(encoding="utf-8").splitlines()
        found += [(text, name, line) for name, line in located_names(text, lines)]
    return found


def is_known(name: Name) -> bool:
    if name.kind == "label":
        return name.name in LABELS
    if name.kind == "type":
        return name.name in TYPES
    return name.name in LABELS or name.name in TYPES


def test_every_label_and_type_in_the_code_is_in_the_metamodel() -> None:
    unknown = [
        f"{text.path.relative_to(PACKAGE.parent)}:{line}: unknown {name.kind} {name.name!r}"
        for text, name, line in found_in_code()
        if not is_known(name)
    ]
    assert not unknown, (
        "Cypher names what the metamodel (graph_api/metamodel) does not have:\n"
        + "\n".join(unknown)
    )


def test_the_traversal_queries_are_among_the_texts_read() -> None:
    seen = {(name.kind, name.name) for _, name, _ in found_in_code()}
    # painfulSteps and impact's Cypher name both; a walk that missed them would see neither.
    assert ("label", "PainPoint") in seen
    assert ("type", "AFFECTS") in seen


def test_every_bookkeeping_label_is_still_used() -> None:
    # A label the store no longer writes would widen the check for nothing.
    labels = {name.name for _, name, _ in found_in_code() if name.kind != "type"}
    assert labels >= BOOKKEEPING_LABELS, BOOKKEEPING_LABELS - labels


def test_an_unknown_name_is_reported_with_its_file_and_line(tmp_path: Path) -> None:
    package = tmp_path / "made_up"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "queries.py").write_text(
        '"""MATCH (x:NotInDocstrings)."""\n'
        "\n"
        "PAIN = (\n"
        '    "MATCH (s:Step)<-[:AFFECTS]-(p:PainPoint) "\n'
        '    "MATCH (p)-[:AFFECT]->(:Stepp) RETURN s"\n'
        ")\n"
        'SQL = "UPDATE nodes SET x = :Label WHERE key = ?"\n'
    )
    texts = list(cypher_texts(package))
    assert [text.line for text in texts] == [4]
    lines = (package / "queries.py").read_text().splitlines()
    named = [(name.kind, name.name, line) for name, line in located_names(texts[0], lines)]
    assert named == [
        ("label", "Step", 4),
        ("type", "AFFECTS", 4),
        ("label", "PainPoint", 4),
        ("type", "AFFECT", 5),
        ("label", "Stepp", 5),
    ]
    assert [is_known(Name(kind, name, 0)) for kind, name, _ in named] == [
        True,
        True,
        True,
        False,
        False,
    ]


def test_f_string_placeholders_are_filled_from_module_constants() -> None:
    # ENTRY is a constant of graph_api.store.neo4j.change_log: its queries splice it in
    # (f"MATCH (e:{ENTRY})"); a call such as {label(kind)} stays dynamic.
    texts = list(cypher_texts(PACKAGE / "store" / "neo4j"))
    change_log = [t for t in texts if t.path.name == "change_log.py"]
    assert "ENTRY" in {expression for t in change_log for _, _, expression in t.filled}
    assert any(name.name == "ChangeLogEntry" for t in change_log for name in names_in(t.text))
    assert any(t.text.startswith(f"MATCH (n:{DYNAMIC}) WHERE n.key IN $keys") for t in texts)


@pytest.mark.parametrize(
    ("cypher", "expected"),
    [
        # Labels and types in strings and comments are not names.
        (
            "MATCH (n:Step) WHERE n.name = '(x:Fake)-[:FAKE]->' // (y:Comment)\n"
            '/* -[:BLOCK]-> */ RETURN "(:Quoted)"',
            [("label", "Step")],
        ),
        # Map keys and properties are not labels.
        (
            "MATCH (n:Step {key: $key, order: 1}) RETURN n { .*, createdAt: toString(n.at) },"
            " {a: 1, `b c`: n.key} AS m",
            [("label", "Step")],
        ),
        # Several types, a variable, a variable length, properties, WHERE inside.
        (
            "MATCH (a)-[r:SERVES|SUPPORTS*1..3 {w: 1}]->(b)<-[:AFFECTS|:OWNS]-(c)"
            "-[:PART_OF*]->(d)-[x:USES WHERE x.w > 1]-(e)",
            [
                ("type", "SERVES"),
                ("type", "SUPPORTS"),
                ("type", "AFFECTS"),
                ("type", "OWNS"),
                ("type", "PART_OF"),
                ("type", "USES"),
            ],
        ),
        # Label expressions: alternatives, conjunction, negation, grouping, old A:B.
        (
            "MATCH (n:Step|Stage), (m:Process&!System), (o:(Team|Journey)&Channel), (p:KPI:Job)",
            [
                ("label", "Step"),
                ("label", "Stage"),
                ("label", "Process"),
                ("label", "System"),
                ("label", "Team"),
                ("label", "Journey"),
                ("label", "Channel"),
                ("label", "KPI"),
                ("label", "Job"),
            ],
        ),
        # Predicates outside patterns: in WHERE, SET, inside a map's value, a subquery.
        (
            "MATCH (n) WHERE n:Step OR (n:Stage AND NOT n:Journey) SET n:Team "
            "RETURN {kind: CASE WHEN n:Channel THEN 1 END, "
            "c: COUNT { (n)<-[:AFFECTS]-(:PainPoint) }} AS x",
            [
                ("label or type", "Step"),
                ("label", "Stage"),
                ("label", "Journey"),
                ("label or type", "Team"),
                ("label or type", "Channel"),
                ("type", "AFFECTS"),
                ("label", "PainPoint"),
            ],
        ),
        # A list comprehension's bar ends the labels; :: is a type, not a label.
        (
            "RETURN [x IN xs WHERE x:Step | x.key] AS keys, y IS :: INTEGER, [l IN labels(n)]",
            [("label or type", "Step")],
        ),
        # Dynamic parts: an f-string's placeholder, a parameter, a format field.
        (
            f"MATCH (n:{DYNAMIC})-[:{DYNAMIC}]->(m:Step{DYNAMIC}) "
            f"MATCH ({DYNAMIC}:Journey {{key: {DYNAMIC}}}) MATCH (o:$($label)) "
            "MATCH (p:{label}) WHERE p.key IN $keys",
            [("label", "Journey")],
        ),
        # Schema statements: the index's property list and its options are not labels.
        (
            "CREATE FULLTEXT INDEX search IF NOT EXISTS FOR (n:Step|Stage) ON EACH [n.name] "
            "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard'}}",
            [("label", "Step"), ("label", "Stage")],
        ),
    ],
)
def test_the_names_a_text_spells(cypher: str, expected: list[tuple[str, str]]) -> None:
    assert [(name.kind, name.name) for name in names_in(cypher)] == expected


@pytest.mark.parametrize(
    ("text", "cypher"),
    [
        ("MATCH (n) RETURN n", True),
        (")-[:HAS_STEP]->(", True),
        ("Match the words as typed", False),
        ("DELETE FROM nodes WHERE kind = ?", False),
        (f"UPDATE {DYNAMIC} SET {DYNAMIC} = 1", False),
        ("CREATE TABLE IF NOT EXISTS keys (id TEXT)", False),
    ],
)
def test_what_reads_as_cypher(text: str, cypher: bool) -> None:
    assert is_cypher(text) is cypher
