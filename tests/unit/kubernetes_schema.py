"""Checks Kubernetes manifests against the API's JSON schemas, without a cluster.

The schemas are vendored in ``tools/kubernetes-schema/`` for one Kubernetes version, in
their strict form (an unknown field is an error, as `kubectl apply --validate=strict`
makes it), each file pinned by its SHA-256 in ``SOURCE``. A manifest's ``apiVersion`` and
``kind`` choose its schema, as kubeconform and kubernetes-validate name them.
"""

import hashlib
import json
import re
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from tests.conftest import ROOT

SCHEMA_DIR = ROOT / "tools" / "kubernetes-schema"
SCHEMAS = SCHEMA_DIR / "schemas"
DEFINITIONS = "_definitions.json"


def source() -> dict[str, str]:
    """``tools/kubernetes-schema/SOURCE``: where the schemas came from, and their digests."""
    text = (SCHEMA_DIR / "SOURCE").read_text(encoding="utf-8")
    return dict(line.split(": ", 1) for line in text.splitlines() if line)


def _pinned(name: str) -> bytes:
    raw = (SCHEMAS / name).read_bytes()
    expected = source().get(f"sha256 {name}")
    actual = hashlib.sha256(raw).hexdigest()
    if actual != expected:
        raise AssertionError(
            f"tools/kubernetes-schema/schemas/{name} has SHA-256 {actual}, not the {expected} "
            "recorded in SOURCE: run tools/kubernetes-schema/refresh instead of editing it"
        )
    return raw


@cache
def _registry() -> Registry[Any]:
    definitions = json.loads(_pinned(DEFINITIONS))
    return Registry().with_resource(definitions["$id"], Resource.from_contents(definitions))


def schema_name(document: dict[str, Any]) -> str:
    """The schema file of a manifest: ``deployment-apps-v1`` for apps/v1 Deployment,
    ``ingress-networking-v1`` for networking.k8s.io/v1 (the group's domain dropped)."""
    group_version = re.sub(r"^([^./]*)(?:\.[^/]*)?/", r"\1-", str(document.get("apiVersion")))
    return f"{str(document.get('kind')).lower()}-{group_version}"


@cache
def _validator(name: str) -> Draft202012Validator:
    schema = json.loads(_pinned(f"{name}.json"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, registry=_registry())


def problems(document: Any) -> list[str]:
    """Every place where ``document`` breaks its kind's schema, or why it has none."""
    if not isinstance(document, dict):
        return [f"(top level): {document!r} is not a Kubernetes object"]
    name = schema_name(document)
    if not (SCHEMAS / f"{name}.json").is_file():
        vendored = sorted(path.stem for path in SCHEMAS.glob("*-*.json"))
        return [
            f"(top level): no schema for {document.get('apiVersion')} {document.get('kind')} "
            f"({name}.json); tools/kubernetes-schema has {', '.join(vendored)}"
        ]
    found = []
    for error in sorted(_validator(name).iter_errors(document), key=lambda e: list(e.path)):
        cause = _most_specific(error)
        where = ".".join(str(part) for part in cause.absolute_path) or "(top level)"
        found.append(f"{where}: {cause.message}")
    return found


def _most_specific(error: Any) -> Any:
    """The deepest cause of a ``oneOf``/``anyOf`` failure."""
    causes = list(error.context or [])
    if not causes:
        return error
    return max((_most_specific(cause) for cause in causes), key=lambda e: len(e.absolute_path))
