"""The services and data of a blueprint step's support lane, in words.

The blueprint diagram and the journey page both show, for each step, the services and
data objects of its support lane (``BlueprintStep.services`` and ``.data``), each with
how the step and its lanes touch it: "used at the step", "realized by CRM", "read by
Billing system". This module says it once, so that the two views cannot word it
differently.

Each entry names the step itself (``the step``) and its own touchpoints where they use,
need or capture it, and the back-stage processes and support systems (processes first,
then systems, each by key as the traversal lists them) where they use, realize, read or
write it.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from graph_api.diagrams.labels import Labels, label
from graph_api.store.base import NodeRef
from graph_api.traversals.service_blueprint.result import (
    BlueprintDataObject,
    BlueprintService,
    BlueprintStep,
)

THE_STEP = "the step"
"""How a link of the step itself is named among its touchpoints."""


@dataclass(frozen=True, slots=True)
class SupportEntry:
    """A service or data object of a step's support lane, and how it is linked."""

    ref: NodeRef
    """The service (kind ``Service``) or data object (kind ``DataObject``)."""
    name: str
    links: list[str]
    """One phrase per kind of link, in a fixed order: ``used at the step, Web chat``."""

    @property
    def kind_word(self) -> str:
        """``Service`` or ``Data``: what the entry is, as the views name it."""
        return "Service" if self.ref.kind == "Service" else "Data"

    @property
    def how(self) -> str:
        """The links in one text: ``used at the step; realized by CRM``."""
        return "; ".join(self.links)


def support_lane_refs(step: BlueprintStep) -> list[NodeRef]:
    """The services and data objects of ``step``'s support lane (the touchpoints,
    processes and systems they name are the step's own, listed by the blueprint)."""
    return [
        *(NodeRef("Service", s.service_key) for s in step.services),
        *(NodeRef("DataObject", d.data_object_key) for d in step.data),
    ]


def _phrases(parts: Sequence[tuple[str, list[str]]]) -> list[str]:
    """``verb names`` for each part that names something, in the order given."""
    return [f"{verb} {', '.join(names)}" for verb, names in parts if names]


def _at(labels: Labels, at_step: bool, touchpoints: list[str]) -> list[str]:
    """The step (when it holds the link itself) and the touchpoints that do, by label."""
    return [
        *([THE_STEP] if at_step else []),
        *(label(labels, NodeRef("Touchpoint", key)) for key in touchpoints),
    ]


def _by(labels: Labels, processes: list[str], systems: list[str]) -> list[str]:
    """The processes, then the systems, that hold the link, by label."""
    return [
        *(label(labels, NodeRef("Process", key)) for key in processes),
        *(label(labels, NodeRef("System", key)) for key in systems),
    ]


def service_entry(service: BlueprintService, labels: Labels) -> SupportEntry:
    """A service of the support lane, with how the step and its lanes touch it."""
    ref = NodeRef("Service", service.service_key)
    links = _phrases(
        [
            ("used at", _at(labels, service.used_at_step, service.used_at_touchpoints)),
            ("used by", _by(labels, service.used_by_processes, service.used_by_systems)),
            (
                "realized by",
                _by(labels, service.realized_by_processes, service.realized_by_systems),
            ),
        ],
    )
    return SupportEntry(ref, label(labels, ref), links)


def data_entry(data: BlueprintDataObject, labels: Labels) -> SupportEntry:
    """A data object of the support lane, with how the step and its lanes touch it."""
    ref = NodeRef("DataObject", data.data_object_key)
    links = _phrases(
        [
            ("needed at", _at(labels, data.needed_at_step, data.needed_at_touchpoints)),
            ("captured at", _at(labels, data.captured_at_step, data.captured_at_touchpoints)),
            ("read by", _by(labels, data.read_by_processes, data.read_by_systems)),
            ("written by", _by(labels, data.written_by_processes, data.written_by_systems)),
        ],
    )
    return SupportEntry(ref, label(labels, ref), links)


def support_entries(step: BlueprintStep, labels: Labels) -> list[SupportEntry]:
    """The services of ``step``'s support lane, then its data objects, each by key."""
    return [
        *(service_entry(s, labels) for s in step.services),
        *(data_entry(d, labels) for d in step.data),
    ]
