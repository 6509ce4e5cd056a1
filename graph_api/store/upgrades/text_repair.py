"""Step 3, shared by both stores: a node's text without the characters exports cannot carry.

Earlier releases accepted any character in text; this one refuses those of
:data:`~graph_api.metamodel.text.UNREPRESENTABLE`. Every text a node's properties hold
is repaired by removing them: its kind's text properties, its translations' labels and
descriptions, its attributes' names and values. Keys and language tags never held one
(their patterns allow letters, digits and a few separators only).

Removing characters can leave nothing, or make two attributes one. Then:

- a required text left blank becomes the node's key (a name is needed; the key is one);
- an optional text, a translation's label or description left blank is removed, and a
  translation left with neither, as is an attribute whose name is left blank;
- an attribute whose repaired name an earlier attribute or a property of the kind
  already has is removed (the first one keeps the name).

Each of these is listed in the upgrade's report. The result is validated as any write
is; text that still cannot be stored stops the upgrade (:class:`UpgradeFailed`).
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from graph_api.metamodel import node_spec
from graph_api.metamodel.text import without_unrepresentable
from graph_api.metamodel.validation import property_errors
from graph_api.store.upgrades.number_repair import set_aside
from graph_api.store.upgrades.versions import UpgradeFailed


@dataclass(slots=True)
class TextRepair:
    """A node's repaired properties, and what the repair did to them."""

    props: dict[str, Any] = field(default_factory=dict)
    repaired: list[str] = field(default_factory=list)
    """The paths of the texts that lost characters (``name``, ``attributes[0].value``)."""
    notes: list[str] = field(default_factory=list)
    """What was removed or replaced because nothing, or a taken name, was left."""

    def describe(self, node: object) -> str:
        """One line for the report: the node, the texts repaired, then the notes."""
        return "; ".join([f"{node}: {', '.join(self.repaired)}", *self.notes])

    def clean(self, path: str, text: str) -> str:
        cleaned = without_unrepresentable(text)
        if cleaned != text:
            self.repaired.append(path)
        return cleaned


def _blank(text: str) -> bool:
    return not text.strip()


def _translations(repair: TextRepair, entries: list[Any]) -> list[Any]:
    kept: list[Any] = []
    for n, entry in enumerate(entries):
        if not isinstance(entry, dict):
            kept.append(entry)
            continue
        entry = dict(entry)
        for part in ("label", "description"):
            path = f"translations[{n}].{part}"
            if isinstance(entry.get(part), str):
                entry[part] = repair.clean(path, entry[part])
                if _blank(entry[part]) and path in repair.repaired:
                    del entry[part]
                    repair.notes.append(f"{path}: nothing left, removed")
        if entry.get("label") is None and entry.get("description") is None:
            repair.notes.append(f"translations[{n}]: neither label nor description left, removed")
            continue
        kept.append(entry)
    return kept


def _attributes(repair: TextRepair, entries: list[Any], own: set[str]) -> list[Any]:
    kept: list[Any] = []
    taken = set(own)
    for n, entry in enumerate(entries):
        if not isinstance(entry, dict):
            kept.append(entry)
            continue
        entry = dict(entry)
        for part in ("name", "value"):
            if isinstance(entry.get(part), str):
                entry[part] = repair.clean(f"attributes[{n}].{part}", entry[part])
        name = entry.get("name")
        if isinstance(name, str) and f"attributes[{n}].name" in repair.repaired:
            if _blank(name):
                repair.notes.append(f"attributes[{n}]: no name left, removed")
                continue
            if name.strip() in taken:
                repair.notes.append(f"attributes[{n}]: its name {name.strip()!r} is taken, removed")
                continue
        if isinstance(name, str):
            taken.add(name.strip())
        kept.append(entry)
    return kept


def repair_properties(kind: str, key: str, props: Mapping[str, Any]) -> TextRepair | None:
    """``props`` of the node ``kind`` ``key`` with its text repaired; None if no text
    holds a character to remove. :class:`UpgradeFailed` when the result is not valid."""
    model = node_spec(kind).properties
    names = {(info.alias or name): info for name, info in model.model_fields.items()}
    repair = TextRepair()
    for name, value in props.items():
        if name == "translations" and isinstance(value, list):
            value = _translations(repair, value)
        elif name == "attributes" and isinstance(value, list):
            value = _attributes(repair, value, set(names))
        elif isinstance(value, str):
            value = repair.clean(name, value)
            if _blank(value) and name in repair.repaired:
                info = names.get(name)
                if info is not None and info.is_required():
                    value = key
                    repair.notes.append(f"{name}: nothing left, the node's key put in its place")
                else:
                    repair.notes.append(f"{name}: nothing left, removed")
                    continue
        if value != []:
            repair.props[name] = value
    if not repair.repaired:
        return None
    # Numbers the next step repairs (NaN, an order beyond GraphQL's Int) are no concern
    # of this one: validated as a value the property takes, then kept as they were.
    standing_in, numbers = set_aside(kind, repair.props)
    stored, errors = property_errors(kind, standing_in)
    if errors:
        problems = "; ".join(str(e) for e in errors)
        raise UpgradeFailed(f"{kind} {key!r}: its text cannot be repaired: {problems}")
    repair.props = {**stored, **numbers}
    return repair
