"""The cycles a model file's hierarchy links make among themselves (a process part of
itself, or of one of its parts), each reported once where the file closes it.

Cycles through links already stored are the store's to refuse when the file is written
(:class:`graph_api.store.rules.CycleRefused`); this finds those of the file alone, with
every other error of the file, before anything is written.
"""

from collections.abc import Callable, Iterator, Mapping
from itertools import pairwise

from graph_api.errors import FieldError
from graph_api.metamodel import RELATIONSHIPS
from graph_api.store.base import AddLink, NodeRef
from graph_api.store.rules import cycle_message

_HIERARCHIES = frozenset(spec.triple for spec in RELATIONSHIPS if spec.acyclic)


def cycle_errors(links: Mapping[AddLink, str], position: Callable[[str], int]) -> list[FieldError]:
    """One error per cycle of the acyclic relationships among ``links`` (each with the
    path where the file states it), at the link of the cycle the file states last, the
    cycle named from that link's source: ``p3 → p1 → p3``."""
    by_type: dict[str, dict[NodeRef, list[NodeRef]]] = {}
    for link in links:
        if (link.source.kind, link.type, link.target.kind) in _HIERARCHIES:
            by_type.setdefault(link.type, {}).setdefault(link.source, []).append(link.target)
    errors: list[FieldError] = []
    for type_, edges in by_type.items():
        for cycle in _cycles(edges):
            steps = list(pairwise(cycle))
            paths = [links[AddLink(type_, source, target)] for source, target in steps]
            last = max(range(len(steps)), key=lambda i: position(paths[i]))
            named = [*cycle[last:-1], *cycle[:last], cycle[last]]
            errors.append(FieldError(paths[last], cycle_message(type_, named)))
    return errors


def _cycles(edges: Mapping[NodeRef, list[NodeRef]]) -> Iterator[list[NodeRef]]:
    """Each cycle a depth-first walk closes (``[a, b, a]``), walking nodes and their
    links in the order given. Without recursion: a chain may be as long as the file."""
    done: set[NodeRef] = set()
    for root in edges:
        if root in done:
            continue
        path: list[NodeRef] = [root]
        on_path = {root: 0}
        pending = [iter(edges.get(root, ()))]
        while pending:
            following = next(pending[-1], None)
            if following is None:
                pending.pop()
                finished = path.pop()
                del on_path[finished]
                done.add(finished)
                continue
            if following in on_path:
                yield [*path[on_path[following] :], following]
            elif following not in done:
                on_path[following] = len(path)
                path.append(following)
                pending.append(iter(edges.get(following, ())))
