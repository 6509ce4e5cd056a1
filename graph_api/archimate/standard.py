"""The ArchiMate 3.2 vocabulary: every element type and relationship type of the standard,
as the exchange format names them, and why the types that are not imported are not.

:mod:`graph_api.archimate.mapping` says what each imported type becomes; together they
account for every type (``tests/archimate/test_permitted_relationships.py`` checks this
list against the standard's table of permitted relationships).
"""

ELEMENT_TYPES: dict[str, tuple[str, ...]] = {
    "Strategy": ("Resource", "Capability", "ValueStream", "CourseOfAction"),
    "Business": (
        "BusinessActor",
        "BusinessRole",
        "BusinessCollaboration",
        "BusinessInterface",
        "BusinessProcess",
        "BusinessFunction",
        "BusinessInteraction",
        "BusinessEvent",
        "BusinessService",
        "BusinessObject",
        "Contract",
        "Representation",
        "Product",
    ),
    "Application": (
        "ApplicationComponent",
        "ApplicationCollaboration",
        "ApplicationInterface",
        "ApplicationFunction",
        "ApplicationInteraction",
        "ApplicationProcess",
        "ApplicationEvent",
        "ApplicationService",
        "DataObject",
    ),
    "Technology": (
        "Node",
        "Device",
        "SystemSoftware",
        "TechnologyCollaboration",
        "TechnologyInterface",
        "Path",
        "CommunicationNetwork",
        "TechnologyFunction",
        "TechnologyProcess",
        "TechnologyInteraction",
        "TechnologyEvent",
        "TechnologyService",
        "Artifact",
    ),
    "Physical": ("Equipment", "Facility", "DistributionNetwork", "Material"),
    "Motivation": (
        "Stakeholder",
        "Driver",
        "Assessment",
        "Goal",
        "Outcome",
        "Principle",
        "Requirement",
        "Constraint",
        "Meaning",
        "Value",
    ),
    "Implementation and migration": (
        "WorkPackage",
        "Deliverable",
        "ImplementationEvent",
        "Plateau",
        "Gap",
    ),
    "Other": ("Grouping", "Location", "AndJunction", "OrJunction"),
}
"""Every element type of ArchiMate 3.2, by the standard's layers and aspects."""

ALL_ELEMENT_TYPES: frozenset[str] = frozenset(t for ts in ELEMENT_TYPES.values() for t in ts)

RELATIONSHIP_TYPES: tuple[str, ...] = (
    "Composition",
    "Aggregation",
    "Assignment",
    "Realization",
    "Serving",
    "Access",
    "Influence",
    "Triggering",
    "Flow",
    "Specialization",
    "Association",
)
"""Every relationship type of ArchiMate 3.2."""

ACCESS_TYPES: tuple[str, ...] = ("Access", "Read", "Write", "ReadWrite")
"""The exchange format's access types of an ``Access`` relationship."""
UNSPECIFIED_ACCESS = "Access"
"""The access type that says no direction, the exchange format's default: imported as a
read (the accessor depends on the data), which the report notes since the export writes
it back as ``Read``."""

JUNCTIONS: frozenset[str] = frozenset({"AndJunction", "OrJunction"})
"""Junctions are no things of their own: the import resolves them into the relationships
they join (:mod:`graph_api.archimate.junctions`)."""

NAMELESS_ALLOWED: frozenset[str] = JUNCTIONS | {"Grouping", "Location"}
"""Element types the exchange format lets go without a name (relationship connectors
and composites); every other element needs one."""

_MOTIVATION = (
    "a motivation element, why the architecture is as it is; the graph holds what the "
    "organisation does and what depends on what"
)

NOT_IMPORTED: dict[str, str] = {
    "Resource": "an asset the organisation owns; the graph has no kind for assets, and "
    "what it can do with them is held as capabilities",
    "CourseOfAction": "a strategic choice of direction; the graph holds the resulting "
    "capabilities and backlog items, not the strategy",
    "Product": "a bundle of services and contracts offered together; the graph keeps "
    "the services and data objects themselves, which are what depends on what",
    "Stakeholder": _MOTIVATION,
    "Driver": _MOTIVATION,
    "Assessment": _MOTIVATION,
    "Goal": _MOTIVATION,
    "Outcome": _MOTIVATION + " (an end result, not a customer's desired outcome of a job)",
    "Principle": _MOTIVATION,
    "Requirement": _MOTIVATION,
    "Constraint": _MOTIVATION,
    "Meaning": _MOTIVATION,
    "Value": _MOTIVATION,
    "ImplementationEvent": "a milestone of a migration plan; the graph's events are the "
    "business, application and technology events that trigger behaviour",
    "Plateau": "a state of the architecture at a point in time; the graph holds one "
    "state, and what changes it is held as backlog items",
    "Gap": "the difference between two plateaus, which the graph does not hold "
    "(an opportunity is an experience gap at a customer's step, another thing)",
    "Grouping": "a set of elements drawn together for presentation; it says nothing of "
    "what depends on what, and its members are imported on their own",
    "Location": "where elements are; the graph has no kind for places, and its elements "
    "are imported on their own",
    "AndJunction": "resolved: each relationship into it and each out of it become one "
    "relationship of their type between the real ends",
    "OrJunction": "resolved: each relationship into it and each out of it become one "
    "relationship of their type between the real ends",
}
"""Why each element type that becomes no node is not imported."""

# A relationship's reasons are joined with "; " in the report: none holds one.
RELATIONSHIP_REASONS: dict[str, str] = {
    "Influence": "influence relates motivation elements (drivers, goals, requirements), "
    "which are not imported, to each other and to what realizes them",
    "Association": "an association states no dependency, and only one between an actor, "
    "role or collaboration and what a team can own is imported (as ownership): any "
    "other would let impact follow a link the model does not claim",
    "Specialization": "a specialization says one element is a kind of another, which is "
    "no dependency, and the graph has no type hierarchy",
}
"""Why the relationship types that become no link are not imported."""
