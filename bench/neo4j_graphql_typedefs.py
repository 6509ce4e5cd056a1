"""Write the @neo4j/graphql type definitions from graph-api's metamodel.

The reference server (``bench/neo4j-graphql/server.mjs``) reads the
``typeDefs.graphql`` of the version it runs (``bench/neo4j-graphql/v6/``, ``v7/``), which
this script generates for each, so that they never drift from the metamodel:

- one ``type <Kind> @node`` per node kind, with its properties as Neo4j stores them
  (camelCase names; enums as their lower-case values and dates as ISO text, so both are
  ``String``), the audit fields (``key``, ``createdAt``, ``updatedAt``, ``version``,
  ``createdBy``, ``updatedBy``; the timestamps as the custom scalar ``Instant``, because
  @neo4j/graphql reads its own ``DateTime`` through APOC, which our Neo4j need not
  have), ``@plural`` so that the list fields carry our names
  (``journeys``, ``evidence``, ``kpis``), and ``@fulltext`` on the full-text index our
  ``search`` uses (``node_text_search``, one query per kind);
- one ``@relationship`` field per relationship field of ours, same name, same direction;
- ``@cypher`` fields for what our traversals compute and @neo4j/graphql cannot express:
  ``Query.painfulSteps`` (our Cypher, returning the steps), ``Query.impact`` (our
  breadth-first walk at depth 6, returning one row per node hit), and on ``Step`` the
  pain and the pain points, processes and backlog items it gathers through its
  touchpoints; ``Query.pagedImpact`` (the floor's paged impact statement,
  ``bench/operations/paged_impact_cypher.py``, answering one map).

The @cypher fields that answer maps read them through plain object types. 6.x takes
every object type for a node type (and warns where ``@node`` is missing), so there they
carry ``@query(read: false, aggregate: false)`` to keep them off the root; 7.x takes
only ``@node`` types for nodes and knows no ``@query`` on any other. That is the only
difference between the two versions' files.

The server is read-only: mutations, subscriptions, nested write inputs and aggregations
are switched off, which also keeps the generated schema small.

Run from the repository root: ``.venv/bin/python -m bench.neo4j_graphql_typedefs``
(``--check`` fails when a file on disk is stale).
"""

import argparse
import sys
import types
import typing
from datetime import date
from enum import Enum
from pathlib import Path

from bench.operations.paged_impact_cypher import paged_impact_cypher
from graph_api.metamodel import NODE_KINDS, NodeSpec, relationship_fields
from graph_api.store.search_terms import DESCRIPTION_FIELD, FULLTEXT_INDEX, LABEL_FIELDS
from graph_api.traversals.impact.cypher import impact_query
from graph_api.traversals.painful_steps.cypher import PAINFUL_STEPS

REFERENCE_DIR = Path(__file__).resolve().parent / "neo4j-graphql"
MAJORS = (6, 7)
"""The major versions of @neo4j/graphql the benchmark runs, one directory each."""
OUTPUTS = {major: REFERENCE_DIR / f"v{major}" / "typeDefs.graphql" for major in MAJORS}

IMPACT_DEPTH = 6
"""The depth of ``Query.impact``: the Cypher text unrolls one level per step of depth."""

MAX_INT = 2**31 - 1
"""GraphQL's Int is 32-bit: the "no limit" of ``painfulSteps``."""

AUDIT_FIELDS = (
    ("key", "String!"),
    ("createdAt", "Instant"),
    ("updatedAt", "Instant"),
    ("version", "Int"),
    ("createdBy", "String"),
    ("updatedBy", "String"),
)


def graphql_scalar(annotation: object) -> tuple[str, bool]:
    """The GraphQL scalar a property of this Python type is read as, and if it may be null."""
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        if len(inner) != 1:
            raise TypeError(f"unsupported union {annotation!r}")
        return graphql_scalar(inner[0])[0], True
    if origin is typing.Annotated:
        return graphql_scalar(args[0])
    if isinstance(annotation, type):
        # Enums first: a StrEnum is a str. Stored as their lower-case values.
        if issubclass(annotation, Enum):
            return "String", False
        if annotation is bool:
            return "Boolean", False
        if issubclass(annotation, int):
            return "Int", False
        if issubclass(annotation, float):
            return "Float", False
        if issubclass(annotation, str | date):
            return "String", False  # dates are stored as ISO text
    raise TypeError(f"no GraphQL scalar for {annotation!r}")


def _block(text: str) -> str:
    """``text`` as a GraphQL block string (Cypher holds no triple quotes)."""
    if '"""' in text:
        raise ValueError("Cypher text must not contain triple quotes")
    body = "\n".join(f"      {line}" if line else "" for line in text.strip().splitlines())
    return f'"""\n{body}\n      """'


def _cypher(statement: str, column: str) -> str:
    return f'@cypher(\n      statement: {_block(statement)}\n      columnName: "{column}"\n    )'


def _description(text: str, indent: str = "  ") -> str:
    return f'{indent}"""{text}"""\n'


def _fulltext(spec: NodeSpec) -> str:
    names = set(spec.property_names())
    fields = [f for f in (*LABEL_FIELDS, DESCRIPTION_FIELD) if f in names]
    listed = ", ".join(f'"{f}"' for f in fields)
    return (
        f'@fulltext(indexes: [{{indexName: "{FULLTEXT_INDEX}", '
        f'queryName: "{spec.plural}Fulltext", fields: [{listed}]}}])'
    )


# Places of a step: the step and its touchpoints. Each statement is a UNION of the two,
# so it walks from the step only (no scan), and UNION keeps each node once.
def _through_touchpoints(pattern: str, variable: str) -> str:
    return (
        "CALL (this) {\n"
        f"  MATCH {pattern.format(place='(this)')} RETURN {variable}\n"
        "  UNION\n"
        f"  MATCH {pattern.format(place='(:Touchpoint)<-[:HAS_TOUCHPOINT]-(this)')} "
        f"RETURN {variable}\n"
        "}\n"
    )


PAINS = _through_touchpoints("(p:PainPoint)-[:AFFECTS]->{place}", "p")

STEP_CYPHER_FIELDS = {
    "pain": (
        "Int",
        "The highest severity among the pain points on the step or its touchpoints "
        "(null without any): what painfulSteps ranks by.",
        PAINS + "RETURN max(p.severity) AS pain",
        "pain",
    ),
    "painPointsWithTouchpoints": (
        "[PainPoint!]!",
        "The pain points on the step or on any of its touchpoints.",
        PAINS + "RETURN p",
        "p",
    ),
    "processesWithTouchpoints": (
        "[Process!]!",
        "The processes serving the step directly or through its touchpoints.",
        _through_touchpoints("(pr:Process)-[:SERVES]->{place}", "pr") + "RETURN pr",
        "pr",
    ),
    "backlogItemsWithPainPoints": (
        "[BacklogItem!]!",
        "The backlog items addressing the step or any of its pain points (those on the "
        "step or its touchpoints), by priority (none last), then key.",
        "CALL (this) {\n"
        "  MATCH (b:BacklogItem)-[:ADDRESSES]->(this) RETURN b\n"
        "  UNION\n"
        "  MATCH (b:BacklogItem)-[:ADDRESSES]->(:PainPoint)-[:AFFECTS]->(this) RETURN b\n"
        "  UNION\n"
        "  MATCH (b:BacklogItem)-[:ADDRESSES]->(:PainPoint)-[:AFFECTS]->(:Touchpoint)\n"
        "        <-[:HAS_TOUCHPOINT]-(this) RETURN b\n"
        "}\n"
        "WITH b ORDER BY b.priority IS NULL, b.priority, b.key\n"
        "RETURN b",
        "b",
    ),
}


def painful_steps_statement() -> str:
    """Our ``painfulSteps`` Cypher up to its LIMIT, returning the steps in its order."""
    head, found, _ = PAINFUL_STEPS.partition("LIMIT $limit\n")
    if not found or "$min_severity" not in head:
        raise ValueError("PAINFUL_STEPS changed shape: update painful_steps_statement()")
    return (
        head.replace("$min_severity", "$minSeverity")
        + f"LIMIT coalesce($first, {MAX_INT})\nRETURN s AS step\n"
    )


IMPACT_RETURN = """
UNWIND found AS chain
WITH last(chain.nodes) AS n, chain
RETURN {
  kind: labels(n)[0], key: n.key, distance: size(chain.rels),
  path: [r IN chain.rels | type(r) + ' ' + labels(startNode(r))[0] + ':' + startNode(r).key
                           + ' ' + labels(endNode(r))[0] + ':' + endNode(r).key]
} AS hit
ORDER BY hit.distance, hit.kind, hit.key
"""


def impact_statement() -> str:
    """Our ``impact`` walk at :data:`IMPACT_DEPTH`, from a start of any kind.

    Our text starts from one label (``MATCH (s:System {key: $key})``); a @cypher
    statement is fixed, so the start is a UNION over the kinds, each branch on its own
    label (and key constraint), kept only for ``$kind``.
    """
    first = next(iter(NODE_KINDS))
    text = impact_query(first, IMPACT_DEPTH)
    start, _, rest = text.partition("\n")
    levels, found, _ = rest.partition("UNWIND found AS chain")
    if start != f"MATCH (s:{first} {{key: $key}})" or not found:
        raise ValueError("impact_query changed shape: update impact_statement()")
    return f"{_any_start(NODE_KINDS)}\n{levels.strip()}\n{IMPACT_RETURN}"


def _any_start(kinds: typing.Iterable[str]) -> str:
    """Cypher binding ``s`` to the node of ``$kind`` and ``$key``: a UNION over
    ``kinds``, each branch on its own label (and key constraint), kept only for ``$kind``."""
    branches = "\n  UNION ALL\n".join(
        f"  MATCH (s:{kind} {{key: $key}}) WHERE $kind = '{kind}' RETURN s" for kind in kinds
    )
    return f"CALL () {{\n{branches}\n}}"


def paged_impact_statement() -> str:
    """The floor's paged impact from a start of any kind but View (a view's impact starts
    from every node it shows, which the statement does not do)."""
    return paged_impact_cypher(_any_start(k for k in NODE_KINDS if k != "View"))


def node_type(spec: NodeSpec) -> str:
    lines = [
        _description(spec.description.splitlines()[0], ""),
        f"type {spec.name}\n"
        f'  @node @plural(value: "{spec.plural}") @query(read: true, aggregate: false)\n'
        f"  {_fulltext(spec)} {{\n",
    ]
    lines += [f"  {name}: {type_}\n" for name, type_ in AUDIT_FIELDS]
    for attr, info in spec.scalar_fields().items():
        scalar, nullable = graphql_scalar(info.annotation)
        lines.append(f"  {info.alias or attr}: {scalar}{'' if nullable else '!'}\n")
    for name, field in relationship_fields(spec.name).items():
        rel = field.relationship
        other = field.other_kind
        # @neo4j/graphql 6 deprecates non-list relationship fields: a single end is a
        # list of at most one.
        type_ = f"[{other}!]!"
        direction = "OUT" if field.direction == "out" else "IN"
        walk = f"({rel.source})-[:{rel.type}]->({rel.target})"
        lines.append(_description(f"{rel.description} Walks {walk}."))
        lines.append(
            f"  {name}: {type_}\n"
            f'    @relationship(type: "{rel.type}", direction: {direction}, '
            "nestedOperations: [], aggregate: false)\n"
        )
    if spec.name == "Step":
        for name, (type_, doc, statement, column) in STEP_CYPHER_FIELDS.items():
            lines.append(_description(doc))
            lines.append(f"  {name}: {type_}\n    {_cypher(statement, column)}\n")
    lines.append("}\n")
    return "".join(lines)


def _plain(major: int) -> str:
    """The directives of a type that is not a node (see the module's docstring)."""
    return " @query(read: false, aggregate: false)" if major == 6 else ""


def query_type(major: int) -> str:
    """The types the @cypher fields answer, and the Query type."""
    plain = _plain(major)
    return f'''
"""One node reached by Query.impact: our impact rows, as maps (not nodes)."""
type ImpactedNode{plain} {{
  kind: String!
  key: String!
  """Relationships from the changed node."""
  distance: Int!
  """One shortest chain, each hop as "TYPE SourceKind:key TargetKind:key"."""
  path: [String!]!
}}

"""Query.pagedImpact's answer: the summary, and the first page of each kind asked for."""
type PagedImpact{plain} {{
  total: Int!
  byKind: [ImpactKindCount!]!
  byDistance: [ImpactDistanceCount!]!
  pages: [ImpactPage!]!
}}

type ImpactKindCount{plain} {{
  kind: String!
  count: Int!
  """The distance of the nearest hit of the kind."""
  nearest: Int!
}}

type ImpactDistanceCount{plain} {{
  distance: Int!
  count: Int!
}}

"""The first hits of one kind, nearest first, then key."""
type ImpactPage{plain} {{
  kind: String!
  """Hits of the kind in all."""
  count: Int!
  hasNextPage: Boolean!
  items: [ImpactHit!]!
}}

type ImpactHit{plain} {{
  kind: String!
  key: String!
  label: String
  distance: Int!
  """One shortest chain, each hop as [type, source kind, source key, target kind, target key]."""
  path: [[String!]!]!
}}

type Query {{
  """
  graph-api's painfulSteps: steps whose pain reaches minSeverity, most painful first,
  ties by key (our Cypher; the rest of a row comes from the Step's @cypher fields).
  """
  painfulSteps(
    journey: String = null
    persona: String = null
    channel: String = null
    minSeverity: Int! = 4
    first: Int = null
  ): [Step!]!
    {_cypher(painful_steps_statement(), "step")}

  """
  graph-api's impact at depth {IMPACT_DEPTH}: every node a change to (kind, key) hits, with
  its distance and one shortest chain (our Cypher), nearest first, then kind and key.
  """
  impact(kind: String!, key: String!): [ImpactedNode!]!
    {_cypher(impact_statement(), "hit")}

  """
  The benchmark's paged impact at depth {IMPACT_DEPTH} from (kind, key), any kind but View:
  counts by kind and by distance, and the first `first` hits of each of `kinds`,
  nearest first, each with one shortest chain (graph-api's), computed for those only.
  """
  pagedImpact(kind: String!, key: String!, kinds: [String!]!, first: Int!): PagedImpact!
    {_cypher(paged_impact_statement(), "pagedImpact")}
}}
'''


HEADER = '''\
# @neo4j/graphql type definitions of graph-api's metamodel, for the benchmark.
# GENERATED by bench/neo4j_graphql_typedefs.py from graph_api/metamodel: do not edit.

# Read-only: no mutations or subscriptions (and no aggregate queries, on each type).
extend schema @mutation(operations: []) @subscription(events: [])

"""
A Neo4j DATETIME (createdAt, updatedAt) as ISO-8601 text, serialised by server.mjs.
@neo4j/graphql's own DateTime reads through APOC (apoc.date.convertFormat), which the
Neo4j graph-api runs on need not have.
"""
scalar Instant
'''


def type_defs(major: int) -> str:
    """The whole type definitions document for @neo4j/graphql ``major``.x."""
    if major not in MAJORS:
        raise ValueError(f"no type definitions for @neo4j/graphql {major}.x, only {MAJORS}")
    parts = [HEADER, *(node_type(spec) for spec in NODE_KINDS.values()), query_type(major)]
    return "\n".join(p.strip() + "\n" for p in parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="fail if a file is stale")
    args = parser.parse_args(argv)
    stale = 0
    for major, output in OUTPUTS.items():
        text = type_defs(major)
        if args.check:
            if not output.exists() or output.read_text(encoding="utf-8") != text:
                print(
                    f"{output} is stale: run python -m bench.neo4j_graphql_typedefs",
                    file=sys.stderr,
                )
                stale += 1
            else:
                print(f"{output} is up to date")
            continue
        output.write_text(text, encoding="utf-8")
        print(f"wrote {output} ({len(text.splitlines())} lines)")
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
