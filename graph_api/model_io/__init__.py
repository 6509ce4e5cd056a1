"""Model files: the YAML/JSON format that seeds, imports and exports use."""

from graph_api.model_io.loader import LoadSummary, load_model, load_model_file, parse_document
from graph_api.model_io.reader import FORMAT, ModelDraft, read_model
from graph_api.model_io.writer import ModelFormat, dump_document, export_model, parse_text

__all__ = [
    "FORMAT",
    "LoadSummary",
    "ModelDraft",
    "ModelFormat",
    "dump_document",
    "export_model",
    "load_model",
    "load_model_file",
    "parse_document",
    "parse_text",
    "read_model",
]
