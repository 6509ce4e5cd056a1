"""Model files: the YAML/JSON format that seeds, imports and exports use."""

from graph_api.model_io.loader import LoadSummary, load_model, load_model_file, parse_document
from graph_api.model_io.reader import FORMAT, ModelDraft, read_model

__all__ = [
    "FORMAT",
    "LoadSummary",
    "ModelDraft",
    "load_model",
    "load_model_file",
    "parse_document",
    "read_model",
]
