"""What an ArchiMate import did, and what it could not map or store."""

from dataclasses import dataclass, field

from graph_api.plural import counted


@dataclass(frozen=True, slots=True)
class NotStored:
    """A value of the file the import could not keep (kept in the report only): a text
    without a language beside the main one, a second text in one language, a property
    value in another language, an entry beyond the metamodel's limits, or a name,
    documentation or property of a relationship (links carry none)."""

    identifier: str
    """The ArchiMate identifier of the element or relationship it belongs to."""
    kind: str
    """The node kind, or for a relationship the stored triple (``Process USES System``)."""
    key: str
    """The node's key, or for a relationship ``<source key> -> <target key>``."""
    field: str
    """``name@?``, ``documentation@fr``, ``property:Owner`` or ``property:Owner@de``."""
    value: str
    """The value, as the file gives it (for an ``accessType``, what became of it)."""


@dataclass(slots=True)
class ImportReport:
    """Counts per node kind and relationship, what was left out, and what the load did."""

    nodes: dict[str, int] = field(default_factory=dict)
    """Mapped elements per node kind."""
    links: dict[str, int] = field(default_factory=dict)
    """Mapped relationships per stored triple, e.g. ``Process REALIZES Capability``."""
    unmapped_elements: dict[str, int] = field(default_factory=dict)
    """Elements per ArchiMate type that map to no node kind (not imported)."""
    unmapped_relationships: dict[str, int] = field(default_factory=dict)
    """Relationships not imported, per ``Type (SourceType -> TargetType)``."""
    reasons: dict[str, str] = field(default_factory=dict)
    """Why, for each entry of :attr:`unmapped_elements` and
    :attr:`unmapped_relationships`."""
    elements: int = 0
    """Elements in the file (junctions included)."""
    relationships: int = 0
    """Relationships in the file."""
    relationships_imported: int = 0
    """Relationships of the file that are part of a stored link (one through a junction
    is, when a link it stands for is stored)."""
    not_stored: list[NotStored] = field(default_factory=list)
    """Values of the file the import could not keep (see :class:`NotStored`)."""
    views: int = 0
    """Views (diagrams) in the file, each imported as a View node."""
    boxes_without_node: int = 0
    """Boxes of views drawing an element that is not imported: kept as plain boxes."""
    lines_without_link: int = 0
    """Lines of views drawing a relationship that is not stored as a link of its own:
    kept as plain lines."""
    folders: int = 0
    """Folders of the file's organizations: not imported (a node's place is its links)."""
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    linked: int = 0

    def lines(self) -> list[str]:
        """The report as plain text lines (what the CLI prints)."""
        imported = sum(self.nodes.values())
        out = [
            f"elements: {self.elements} in the file, {imported} imported",
            f"relationships: {self.relationships} in the file, "
            f"{self.relationships_imported} imported",
            "mapped elements:",
        ]
        out += [f"  {kind}: {n}" for kind, n in sorted(self.nodes.items())] or ["  none"]
        out.append("mapped relationships:")
        out += [f"  {t}: {n}" for t, n in sorted(self.links.items())] or ["  none"]
        out.append("unmapped element types (not imported):")
        out += self._with_reasons(self.unmapped_elements)
        out.append("unmapped relationships (not imported):")
        out += self._with_reasons(self.unmapped_relationships)
        out.append(f"values not stored: {len(self.not_stored)}")
        out += [f"  {v.kind} {v.key!r} {v.field}: {v.value}" for v in self.not_stored]
        out.append(
            f"views (diagrams): {self.views} imported; kept as plain boxes and lines: "
            f"{counted(self.boxes_without_node, 'box', 'boxes')} of elements not imported, "
            f"{counted(self.lines_without_link, 'line')} of relationships not stored as links"
        )
        out.append(f"folders (organizations) not imported: {self.folders}")
        out.append(
            f"store: {self.created} created, {self.updated} updated, "
            f"{self.unchanged} unchanged, {counted(self.linked, 'link')} added"
        )
        return out

    def _with_reasons(self, counts: dict[str, int]) -> list[str]:
        lines = [
            f"  {t}: {n} ({self.reasons.get(t, 'no reason given')})" for t, n in counts.items()
        ]
        return sorted(lines) or ["  none"]
