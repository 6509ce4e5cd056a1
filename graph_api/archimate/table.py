"""The mapping as Markdown tables: every ArchiMate 3.2 element type and relationship type
with what it becomes, or why it is not imported (docs/archimate.md holds a copy that
``tests/archimate/test_docs.py`` checks)."""

from graph_api.archimate.mapping import (
    ELEMENT_KINDS,
    MAPPED_KINDS,
    RELATIONSHIPS,
    STAGE_KIND,
    RelationshipRule,
    map_relationship,
)
from graph_api.archimate.standard import (
    ELEMENT_TYPES,
    NOT_IMPORTED,
    RELATIONSHIP_REASONS,
    RELATIONSHIP_TYPES,
)


def _element_row(archimate: str) -> str:
    rule = ELEMENT_KINDS.get(archimate)
    if rule is None:
        return f"| `{archimate}` | not imported: {NOT_IMPORTED[archimate]} |"
    said = ", ".join(f"`{name}: {value}`" for name, value in rule.fixed)
    unless = ", ".join(f"`{name}: {value}` unless set" for name, value in rule.defaults)
    extra = "; ".join(part for part in (said, unless) if part)
    becomes = f"{rule.kind} ({extra})" if extra else rule.kind
    if archimate == "ValueStream":
        becomes += f"; a {STAGE_KIND} when part of another `ValueStream`"
    return f"| `{archimate}` | {becomes} |"


def _triples(rule: RelationshipRule) -> list[str]:
    triples: list[str] = []
    for source in MAPPED_KINDS:
        for target in MAPPED_KINDS:
            ends = rule.stored(source, target)
            access = rule.access[0] if rule.access else None
            if ends and (ends[0], rule.type, ends[1]) in map_relationship(
                rule.archimate, source, target, access
            ):
                triples.append(f"{ends[0]} {rule.type} {ends[1]}")
    return sorted(triples)


def markdown_table() -> str:
    """The element table (by the standard's layers) and the relationship table."""
    lines = ["| ArchiMate element | becomes |", "|---|---|"]
    for layer, types in ELEMENT_TYPES.items():
        lines.append(f"| **{layer}** | |")
        lines += [_element_row(t) for t in types]
    lines += [
        "",
        "| ArchiMate relationship | stored as | read | triples the metamodel allows |",
        "|---|---|---|---|",
    ]
    for archimate in RELATIONSHIP_TYPES:
        rules = [r for r in RELATIONSHIPS if r.archimate == archimate]
        if not rules:
            lines.append(f"| `{archimate}` | not imported | | {RELATIONSHIP_REASONS[archimate]} |")
        for rule in rules:
            triples = _triples(rule)
            read = "target to source" if rule.reversed else "source to target"
            if rule.access:
                read += f", `accessType` {' or '.join(rule.access)}"
            shown = ", ".join(triples) if triples else "none between mapped kinds"
            lines.append(f"| `{rule.archimate}` | `{rule.type}` | {read} | {shown} |")
    return "\n".join(lines) + "\n"
