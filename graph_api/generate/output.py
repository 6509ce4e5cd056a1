"""Writing and reading large model documents quickly.

JSON is written one node per line (readable, diffable, and dumped by the C encoder entry
by entry); YAML through libyaml when PyYAML has it. Both are model files `graph-api
seed` and `graph-api load` read.
"""

import json
from pathlib import Path
from typing import Any, TextIO

import yaml

from graph_api.model_io import ModelFormat
from graph_api.model_io.loader import parse_document, parse_json_document

_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def format_of(path: Path | None, default: ModelFormat = ModelFormat.JSON) -> ModelFormat:
    """The format a file name asks for: ``.yaml``/``.yml`` YAML, ``.json`` JSON."""
    suffix = path.suffix.lower() if path is not None else ""
    if suffix in (".yaml", ".yml"):
        return ModelFormat.YAML
    if suffix == ".json":
        return ModelFormat.JSON
    return default


def write_document(document: dict[str, Any], out: TextIO, fmt: ModelFormat) -> None:
    """Write ``document`` to ``out`` as JSON (one node per line) or YAML."""
    if fmt is ModelFormat.YAML:
        yaml.dump(document, out, Dumper=_DUMPER, sort_keys=False, allow_unicode=True, width=100)
        return
    out.write("{")
    for n, (name, value) in enumerate(document.items()):
        out.write(",\n" if n else "\n")
        out.write(f"  {json.dumps(name)}: ")
        if isinstance(value, list) and value:
            out.write("[\n    ")
            out.write(",\n    ".join(json.dumps(item, ensure_ascii=False) for item in value))
            out.write("\n  ]")
        else:
            out.write(json.dumps(value, ensure_ascii=False))
    out.write("\n}\n")


def read_document(path: Path) -> Any:
    """Parse the model file at ``path`` (JSON by its ``.json`` name, else YAML).

    A syntax error is a VALIDATION error with its line, as for ``graph-api seed``.
    """
    text = path.read_text(encoding="utf-8-sig")
    if format_of(path, ModelFormat.YAML) is ModelFormat.JSON:
        return parse_json_document(text, str(path))
    return parse_document(text, str(path), loader=_LOADER)
