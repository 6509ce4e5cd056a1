"""Diagrams as Mermaid text, for the tools users already render Mermaid in.

Pure functions from the plain results of the traversals (and the nodes' labels) to
Mermaid text, one module per diagram kind:

- :mod:`~graph_api.diagrams.journey`: a journey as a Mermaid ``journey`` diagram;
- :mod:`~graph_api.diagrams.blueprint`: a service blueprint as a ``flowchart LR``, one
  subgraph per lane, gaps marked (:mod:`~graph_api.diagrams.support_lane` words the
  services and data of its support lane, for the journey page too);
- :mod:`~graph_api.diagrams.impact`: the explaining chains of an impact answer as a
  ``flowchart LR``.

:mod:`~graph_api.diagrams.mermaid` holds what they share (safe ids, escaping) and
:mod:`~graph_api.diagrams.labels` the names they show. Each diagram module also says
which nodes' labels it needs (``*_refs``), so that a caller reads them in one batch.
"""

from graph_api.diagrams.blueprint import blueprint_diagram, blueprint_refs
from graph_api.diagrams.impact import impact_diagram, impact_refs
from graph_api.diagrams.journey import journey_diagram, journey_refs
from graph_api.diagrams.labels import Labels, label_of, read_labels

__all__ = [
    "Labels",
    "blueprint_diagram",
    "blueprint_refs",
    "impact_diagram",
    "impact_refs",
    "journey_diagram",
    "journey_refs",
    "label_of",
    "read_labels",
]
