"""Writes the GraphQL types and fields the metamodel implies, as Python source.

Every node kind has an object type, ``where``/``orderBy`` inputs, create and patch
inputs, a listing and a lookup on Query, and create/update/delete mutations. They are
written out as plain classes, a line or a method per field, so that a search, an editor
or ``strawberry locate-definition`` finds where ``Step.painPoints`` is resolved: the
method ``Step.pain_points`` in ``node_types.py``, which calls
:func:`graph_api.graphql.types.related.related_list`.

The files are committed. After changing the metamodel, regenerate them with
``make generated`` (``python -m graph_api.graphql.types.generate``);
``tests/unit/test_generated_code.py`` fails while a committed file differs from what
this writes. The code every kind shares stays hand-written, and the generated methods
call it by name. This module reads the metamodel only, never the files it writes, so it
runs whatever state they are in.
"""

from collections.abc import Callable
from pathlib import Path

from graph_api.graphql.types.codegen import module
from graph_api.graphql.types.generate_inputs import (
    carried_types,
    node_filters,
    node_inputs,
    node_kind_enum,
)
from graph_api.graphql.types.generate_objects import node_fields, node_types

REPO_ROOT = Path(__file__).resolve().parents[3]
COMMAND = "make generated"

GENERATED: dict[str, tuple[str, Callable[[], str]]] = {
    "graph_api/graphql/types/node_kind_enum.py": (
        "``NodeKind``: the metamodel's node kinds as a GraphQL enum.",
        node_kind_enum,
    ),
    "graph_api/graphql/types/carried_types.py": (
        "GraphQL types of the lists of objects nodes hold: what every node carries "
        "(translations, attributes) and a view's drawing.",
        carried_types,
    ),
    "graph_api/graphql/types/node_filters.py": (
        "The ``where`` (``<Kind>Where``, ``<Kind>RelationFilter``, ``<Type>Filter``) and "
        "``orderBy`` (``<Kind>OrderBy``) inputs of every node kind.",
        node_filters,
    ),
    "graph_api/graphql/types/node_inputs.py": (
        "The create (``<Kind>Input``) and update (``<Kind>Patch``) inputs of every node kind.",
        node_inputs,
    ),
    "graph_api/graphql/types/node_types.py": (
        "One GraphQL object type per node kind: a field per property and per relationship.",
        node_types,
    ),
    "graph_api/api/node_fields.py": (
        "The Query fields (listing, lookup) and Mutation fields (create, update, delete) "
        "of every node kind.",
        node_fields,
    ),
}
"""Each generated file (path from the repository's root): its title and its writer."""


def generated_sources() -> dict[str, str]:
    """The text each generated file should have, by path from the repository's root."""
    return {path: module(title, write(), path) for path, (title, write) in GENERATED.items()}


def main() -> None:
    """Rewrites every generated file that differs from what the metamodel implies."""
    for path, source in generated_sources().items():
        target = REPO_ROOT / path
        if not target.exists() or target.read_text() != source:
            target.write_text(source)
            print(f"wrote {path}")


if __name__ == "__main__":
    main()
