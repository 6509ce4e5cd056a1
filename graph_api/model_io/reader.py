"""Reading a model file (docs/model-format.md) into store writes, with every error located.

The reader only looks at the document: it validates properties, keys, relationship
fields, in-file references and hierarchies. References to nodes outside the file are
returned for the loader to check against the store.

It reads on past every error, so that one reading reports them all: a node whose key is
missing or invalid still has its properties and links checked (under a stand-in for
its key, which no reference can name). The errors come in document order: a node's key,
its properties, then its links, node after node.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from graph_api.errors import MAX_LISTED_ERRORS, FieldError
from graph_api.metamodel import (
    NODE_KINDS,
    RelationshipField,
    find_relationship,
    relationship_fields,
    slugify,
)
from graph_api.metamodel.text import (
    character_name,
    located_unrepresentable,
    unrepresentable_problem,
)
from graph_api.metamodel.validation import (
    derive_key,
    join_path,
    key_error,
    label_failed,
    property_errors,
)
from graph_api.model_io.hierarchy import cycle_errors
from graph_api.plural import counted
from graph_api.store.base import AddLink, NodeRef, UpsertNode, WriteOp
from graph_api.store.rules import link_identifier_problem

FORMAT = "graph-api/v1"
SECTIONS: dict[str, str] = {spec.plural: spec.name for spec in NODE_KINDS.values()}
MAX_LISTED_CHARACTERS = MAX_LISTED_ERRORS - 2
"""How many refused characters of a document's text one error lists, each located: with
the line saying there are more and a syntax error, the list fits in one VALIDATION answer."""


def character_errors(text: str) -> list[FieldError]:
    """Each character of a document's text that no text may hold (a control character,
    say), located by line and column: why YAML or JSON refused to parse it, told for all
    of them at once and in Unicode's terms."""
    found = located_unrepresentable(text)
    errors = [
        FieldError(f"line {line}, column {column}", f"{character_name(char)}: no text may hold it")
        for line, column, char in islice(found, MAX_LISTED_CHARACTERS)
    ]
    if more := sum(1 for _ in found):
        errors.append(FieldError("", f"... and {counted(more, 'more such character')}"))
    return errors


def _shown(name: object) -> str:
    """A name of the document for an error path: as given unless it holds a character no
    text may (then escaped, so the path itself can be shown anywhere)."""
    text = str(name)
    return text.encode("unicode_escape").decode("ascii") if unrepresentable_problem(text) else text


@dataclass(slots=True)
class ModelDraft:
    """What a model file asks for, before it is written."""

    nodes: dict[NodeRef, UpsertNode] = field(default_factory=dict)
    links: dict[AddLink, str] = field(default_factory=dict)
    """Each link (without identifier) with the path where the file states it."""
    link_identifiers: dict[AddLink, str] = field(default_factory=dict)
    """The identifier the file gives a link of ``links`` (``{key: .., identifier: ..}``)."""
    errors: list[FieldError] = field(default_factory=list)
    external: dict[NodeRef, str] = field(default_factory=dict)
    """References to nodes the file does not define, with the path of the first one."""
    _defined_at: dict[NodeRef, str] = field(default_factory=dict)
    _unkeyed: set[NodeRef] = field(default_factory=set)
    """Nodes without a valid key, read under a stand-in: nothing refers to them."""
    _positions: dict[str, int] = field(default_factory=dict)
    """Each section, node and link path, numbered in the order the document gives them."""

    def visit(self, path: str) -> None:
        """Note ``path`` as the next place of the document (errors there sort after those
        of earlier places)."""
        self._positions.setdefault(path, len(self._positions))

    def position(self, path: str) -> int:
        """Where ``path`` is in the document: the place of the nearest visited path it is
        under (``personas[2].name`` is under ``personas[2]``); -1 for the document."""
        while path:
            if (at := self._positions.get(path)) is not None:
                return at
            path = path[: max(path.rfind("."), path.rfind("["), 0)]
        return -1

    def in_document_order(self, errors: Iterable[FieldError]) -> list[FieldError]:
        """``errors`` by their place in the document; those of one place as they came."""
        return sorted(errors, key=lambda error: self.position(error.path))

    def ops(self) -> list[WriteOp]:
        """Upserts first, then links (with the identifiers the file gives them), each
        grouped by kind so stores can batch them."""
        nodes = sorted(self.nodes.values(), key=lambda op: op.kind)
        links = sorted(self.links, key=lambda op: (op.source.kind, op.type, op.target.kind))
        identifiers = self.link_identifiers
        return [*nodes, *(_identified(op, identifiers.get(op)) for op in links)]


def read_model(document: Any) -> ModelDraft:
    """Read a parsed model document (YAML or JSON, already parsed)."""
    draft = ModelDraft()
    if not isinstance(document, Mapping):
        draft.errors.append(FieldError("", "a model file is a mapping of sections"))
        return draft
    if document.get("format") != FORMAT:
        draft.errors.append(
            FieldError("format", f"expected 'format: {FORMAT}', got {document.get('format')!r}")
        )
    for section, items in document.items():
        draft.visit(_shown(section))
        if section == "format":
            continue
        kind = SECTIONS.get(str(section))
        if kind is None:
            known = ", ".join(sorted(SECTIONS))
            draft.errors.append(FieldError(_shown(section), f"unknown section; known: {known}"))
            continue
        if not isinstance(items, list):
            draft.errors.append(FieldError(str(section), "a section is a list of nodes"))
            continue
        for index, item in enumerate(items):
            _read_node(draft, kind, item, join_path(str(section), index), parent=None)
    _check_references(draft)
    _check_single_ends(draft)
    draft.errors.extend(cycle_errors(draft.links, draft.position))
    draft.errors = draft.in_document_order(draft.errors)
    return draft


def _read_node(
    draft: ModelDraft, kind: str, item: Any, path: str, parent: NodeRef | None
) -> NodeRef | None:
    draft.visit(path)
    if not isinstance(item, Mapping):
        draft.errors.append(FieldError(path, f"a {kind} is a mapping of its properties"))
        return None
    fields = relationship_fields(kind)
    values = {k: v for k, v in item.items() if k != "key" and k not in fields}
    errors = _name_errors(values, path)
    props, value_errors = property_errors(kind, values, path)
    errors += value_errors
    ref = _node_ref(draft, kind, item.get("key"), (values, props, errors), path, parent)
    draft.errors.extend(errors)
    if ref in draft._defined_at:
        draft.errors.append(
            FieldError(path, f"{ref} is defined twice (first at {draft._defined_at[ref]})")
        )
    else:
        draft._defined_at[ref] = path
        if not errors and ref not in draft._unkeyed:
            draft.nodes[ref] = UpsertNode(kind, ref.key, props)
    for name, value in item.items():
        if name in fields:
            _read_links(draft, ref, fields[name], value, join_path(path, name))
    return ref


def _node_ref(
    draft: ModelDraft,
    kind: str,
    given: object,
    read: tuple[dict[Any, Any], dict[str, Any], list[FieldError]],
    path: str,
    parent: NodeRef | None,
) -> NodeRef:
    """The node's ref, by its key or the one derived from its label; a node without a
    valid key gets a stand-in (its error noted), so that the rest of it is still read.

    ``read`` is the node's property values, the properties they make and their errors."""
    values, props, errors = read
    key = given if given is not None else _default_key(kind, values, props, parent)
    key_path = join_path(path, "key")
    if key is None:
        if not label_failed(kind, errors, path):  # else its label's error says why
            draft.errors.append(FieldError(key_path, "no key given and none derivable"))
    elif given is None and parent in draft._unkeyed and _keyed_under_parent(kind):
        pass  # derived from a key already refused: its error says why
    elif err := key_error(key, key_path):
        draft.errors.append(err)
    else:
        return NodeRef(kind, str(key))
    ref = NodeRef(kind, key if isinstance(key, str) else f"<{path}>")  # never a valid key
    draft._unkeyed.add(ref)
    return ref


def _name_errors(values: dict[Any, Any], path: str) -> list[FieldError]:
    """Property names holding a character no text may, each taken out of ``values`` (so
    the metamodel's "unknown property" does not repeat them with the character raw)."""
    errors: list[FieldError] = []
    for name in [n for n in values if unrepresentable_problem(str(n))]:
        del values[name]
        problem = unrepresentable_problem(str(name))
        errors.append(FieldError(join_path(path, _shown(name)), f"the property name {problem}"))
    return errors


def _default_key(
    kind: str, values: Mapping[str, Any], props: Mapping[str, Any], parent: NodeRef | None
) -> str | None:
    derived = derive_key(kind, props or values)
    if derived is None:
        return None
    if not parent or not _keyed_under_parent(kind):
        return derived
    return f"{parent.key}-{slugify(derived)}"


def _keyed_under_parent(kind: str) -> bool:
    """Whether an inline node of ``kind`` without a key takes its parent's key before its
    own label's (a measurement, keyed by its date: ``nps-2026-03-31``)."""
    return NODE_KINDS[kind].label_field not in ("name", "statement", "title", "summary")


def _identified(op: AddLink, identifier: str | None) -> AddLink:
    return op if identifier is None else AddLink(op.type, op.source, op.target, identifier)


def _read_links(
    draft: ModelDraft, ref: NodeRef, spec: RelationshipField, value: Any, path: str
) -> None:
    entries = value if isinstance(value, list) else [value]
    for index, entry in enumerate(entries):
        entry_path = join_path(path, index) if isinstance(value, list) else path
        draft.visit(entry_path)
        identified = isinstance(entry, Mapping) and LINK_IDENTIFIER in entry
        identifier: object = entry[LINK_IDENTIFIER] if identified else None
        if identified:
            entry = _identified_key(draft, entry, entry_path)
            if entry is None:
                continue
        if isinstance(entry, str):
            other: NodeRef | None = NodeRef(spec.other_kind, entry)
            if err := key_error(entry, entry_path):
                draft.errors.append(err)
                continue
        elif isinstance(entry, Mapping):
            other = _read_node(draft, spec.other_kind, entry, entry_path, parent=ref)
        else:
            draft.errors.append(
                FieldError(
                    entry_path,
                    f"expected a {spec.other_kind} key, an inline node or "
                    "{key: <key>, identifier: <text>}",
                )
            )
            continue
        if other is None:
            continue
        rel = spec.relationship
        source, target = (ref, other) if spec.direction == "out" else (other, ref)
        link = AddLink(rel.type, source, target)
        draft.links.setdefault(link, entry_path)
        if identified:  # a null identifier too: checked, and refused
            _read_identifier(draft, link, identifier, entry_path)


LINK_IDENTIFIER = "identifier"
"""The field that makes a mapping under a relationship field a link to a key with an
identifier (``{key: crm, identifier: rel-17}``) rather than an inline node."""


def _identified_key(draft: ModelDraft, entry: Mapping[Any, Any], path: str) -> str | None:
    """The key a ``{key, identifier}`` mapping names (None, its errors noted, when it
    names none or holds anything else)."""
    others = [name for name in entry if name not in ("key", LINK_IDENTIFIER)]
    for name in others:
        draft.errors.append(
            FieldError(
                join_path(path, _shown(name)),
                "a link with an identifier is {key: <key>, identifier: <text>}: no other "
                "field (a node with properties is written in its own section)",
            )
        )
    key = entry.get("key")
    if key is None:
        draft.errors.append(
            FieldError(join_path(path, "key"), "a link with an identifier names its node by key")
        )
        return None
    if err := key_error(key, join_path(path, "key")):
        draft.errors.append(err)
        return None
    return None if others else str(key)


def _read_identifier(draft: ModelDraft, link: AddLink, identifier: object, path: str) -> None:
    """Note ``identifier`` for ``link``, or why it cannot be kept."""
    id_path = join_path(path, LINK_IDENTIFIER)
    named = f"the identifier of {link.source} {link.type} {link.target}"
    if problem := link_identifier_problem(identifier):
        draft.errors.append(FieldError(id_path, f"{named} {problem}"))
        return
    assert isinstance(identifier, str)  # what link_identifier_problem checked
    first = draft.link_identifiers.setdefault(link, identifier)
    if first != identifier:  # the link stated again (from its other end, say)
        draft.errors.append(
            FieldError(id_path, f"{named} is given twice, {first!r} and {identifier!r}")
        )


def _check_references(draft: ModelDraft) -> None:
    for link, path in draft.links.items():
        for end in (link.source, link.target):
            if end not in draft._defined_at and end not in draft._unkeyed:
                draft.external.setdefault(end, path)


def _check_single_ends(draft: ModelDraft) -> None:
    """A step in two stages, a touchpoint on two channels, ...: errors in the file itself."""
    seen: dict[tuple[str, NodeRef, str], NodeRef] = {}
    for link, path in draft.links.items():
        rel = find_relationship(link.source.kind, link.type, link.target.kind)
        if rel is None:  # cannot happen: links come from relationship fields
            continue
        checks: list[tuple[str, NodeRef, NodeRef]] = []
        if rel.single_target:
            checks.append(("target", link.source, link.target))
        if rel.single_source:
            checks.append(("source", link.target, link.source))
        for end, node, other in checks:
            first = seen.setdefault((f"{link.type} {end}", node, other.kind), other)
            if first != other:
                draft.errors.append(
                    FieldError(
                        path,
                        f"{node} may have one {link.type} {end} of kind {other.kind}; "
                        f"the file gives {first.key!r} and {other.key!r}",
                    )
                )
