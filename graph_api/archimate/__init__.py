"""ArchiMate Model Exchange File Format (The Open Group, ArchiMate 3.x): import and export.

See docs/archimate.md: the mapping onto the metamodel is one table, in
:mod:`graph_api.archimate.mapping`.
"""

from graph_api.archimate.export import export_archimate
from graph_api.archimate.importer import import_archimate, map_model
from graph_api.archimate.parse import parse_exchange
from graph_api.archimate.parse_common import NS
from graph_api.archimate.report import ImportReport, NotStored

__all__ = [
    "NS",
    "ImportReport",
    "NotStored",
    "export_archimate",
    "import_archimate",
    "map_model",
    "parse_exchange",
]
