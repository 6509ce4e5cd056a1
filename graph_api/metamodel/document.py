"""The metamodel as a document: a diagram and two tables, written from the code.

docs/metamodel.md holds the output of :func:`markdown` between two marker lines, and a
test checks that it is the current one; ``python -m graph_api.metamodel.document`` (run
by ``make schema``) rewrites that part of the file after a change to the metamodel. The
text around it, which says why the metamodel has the shape it has, is written by hand.
"""

import sys
import types
import typing
from datetime import date
from enum import Enum
from pathlib import Path

from annotated_types import Ge, Le
from pydantic import StringConstraints
from pydantic.fields import FieldInfo

from graph_api.metamodel.registry import NODE_KINDS, NodeSpec
from graph_api.metamodel.relationships import RELATIONSHIPS, Propagation, RelationshipSpec

BEGIN = "<!-- generated from graph_api/metamodel: python -m graph_api.metamodel.document -->"
END = "<!-- end of the generated part -->"

CUSTOMER_SIDE = frozenset(
    {
        *("Persona", "Job", "Outcome", "Journey", "Stage", "Step", "Channel", "Touchpoint"),
        *("PainPoint", "Evidence", "KPI", "Measurement", "BacklogItem", "Opportunity"),
    }
)
"""The kinds drawn in the customer half of the diagram; the others are the enterprise's."""

_IMPACT = {
    Propagation.TO_TARGET: "source → target",
    Propagation.TO_SOURCE: "target → source",
    Propagation.NONE: "none",
}


def _unwrapped(annotation: object) -> tuple[object, tuple[object, ...]]:
    """The annotation without ``None`` and ``Annotated``, and the metadata found on the way."""
    metadata: tuple[object, ...] = ()
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        annotation = next(a for a in typing.get_args(annotation) if a is not type(None))
    if typing.get_origin(annotation) is typing.Annotated:
        annotation, *extra = typing.get_args(annotation)
        metadata = tuple(extra)
    return annotation, metadata


def property_type(field: FieldInfo) -> str:
    """How a property reads in the table: its type, its bounds, its values."""
    annotation, metadata = _unwrapped(field.annotation)
    metadata += tuple(field.metadata)
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return "one of " + ", ".join(f"`{member.value}`" for member in annotation)
    if annotation is str:
        longest = next((m.max_length for m in metadata if isinstance(m, StringConstraints)), None)
        return "text" if longest is not None and longest <= 500 else "long text"
    if typing.get_origin(annotation) is tuple:
        item: type = typing.get_args(annotation)[0]
        return f"list of {item.__name__.lower()}s"
    names: dict[object, str] = {int: "integer", float: "number", bool: "true/false", date: "date"}
    shown = names.get(annotation, str(annotation))
    low = next((m.ge for m in metadata if isinstance(m, Ge)), None)
    high = next((m.le for m in metadata if isinstance(m, Le)), None)
    if low is not None and isinstance(high, int | float) and high < 2**31 - 1:
        return f"{shown}, {low} to {high}"
    if low is not None:
        return f"{shown}, at least {low}"
    return shown


def _properties(spec: NodeSpec) -> str:
    shown = []
    for attribute, field in spec.scalar_fields().items():
        if attribute == "description":
            continue
        name = field.alias or attribute
        required = "" if not field.is_required() else " (required)"
        shown.append(f"`{name}`{required}: {property_type(field)}")
    return "; ".join(shown)


def _cardinality(rel: RelationshipSpec) -> str:
    many_sources = "one" if rel.single_source else "many"
    many_targets = "one" if rel.single_target else "many"
    return f"{many_sources} to {many_targets}"


def diagram() -> str:
    """Every kind and every triple as a Mermaid flowchart, customer side and enterprise
    side in two boxes."""
    lines = ["flowchart LR"]
    for title, kinds in (
        ("Customer experience", [k for k in NODE_KINDS if k in CUSTOMER_SIDE]),
        ("Enterprise", [k for k in NODE_KINDS if k not in CUSTOMER_SIDE]),
    ):
        box = title.split()[0].lower()
        lines.append(f'  subgraph {box}["{title}"]')
        lines += [f"    {kind}" for kind in kinds]
        lines.append("  end")
    lines += [f"  {r.source} -- {r.type} --> {r.target}" for r in RELATIONSHIPS]
    return "\n".join(lines)


def markdown() -> str:
    """The generated part of docs/metamodel.md."""
    out = [BEGIN, "", "```mermaid", diagram(), "```", ""]
    out += [
        f"### Node kinds ({len(NODE_KINDS)})",
        "",
        "Every kind also has `key`, `description`, `translations`, `attributes` and the "
        "audit fields (`createdAt`, `updatedAt`, `version`).",
        "",
        "| kind | GraphQL list | what it is | properties |",
        "|---|---|---|---|",
    ]
    for spec in NODE_KINDS.values():
        summary = spec.description.split("\n\n")[0].replace("\n", " ")
        out.append(f"| {spec.name} | `{spec.plural}` | {summary} | {_properties(spec)} |")
    out += [
        "",
        f"### Relationships ({len(RELATIONSHIPS)} triples)",
        "",
        "| from | relationship | to | field on each end | ends | impact travels |",
        "|---|---|---|---|---|---|",
    ]
    for rel in RELATIONSHIPS:
        hierarchy = ", no cycles" if rel.acyclic else ""
        out.append(
            f"| {rel.source} | `{rel.type}` | {rel.target} | `{rel.out_field}` / "
            f"`{rel.in_field}` | {_cardinality(rel)}{hierarchy} | {_IMPACT[rel.propagation]} |"
        )
    out += ["", END]
    return "\n".join(out) + "\n"


def rewritten(document: str) -> str:
    """``document`` with its generated part replaced by the current one."""
    start, end = document.index(BEGIN), document.index(END) + len(END) + 1
    return document[:start] + markdown() + document[end:]


def main(argv: list[str]) -> None:
    path = Path(argv[0] if argv else "docs/metamodel.md")
    path.write_text(rewritten(path.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"wrote the generated part of {path}")


if __name__ == "__main__":
    main(sys.argv[1:])
