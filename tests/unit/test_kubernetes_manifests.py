"""deploy/kubernetes/*.yaml: valid Kubernetes objects, and agreeing with the code and with
each other.

Each object is validated against its kind's strict JSON schema (``kubernetes_schema.py``,
vendored for one Kubernetes version); broken copies show the check refuses what the API
server would. The rest checks what no schema knows: the variables are settings the API
reads, the probes reach real routes on the port the image serves, the Service, Ingress,
autoscaler and disruption budget find the Deployment's pods, and the Secret they name is
the one docs/deploy.md makes.
"""

import copy
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from graph_api.config import Settings
from tests.conftest import ROOT
from tests.unit.deployment_facts import image_port, served_paths, setting_variables
from tests.unit.kubernetes_schema import SCHEMA_DIR, problems, schema_name, source

MANIFESTS = sorted((ROOT / "deploy" / "kubernetes").glob("*.yaml"))


def _objects(path: Path) -> list[dict[str, Any]]:
    return [doc for doc in yaml.safe_load_all(path.read_text(encoding="utf-8")) if doc]


def _by_kind() -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for path in MANIFESTS:
        for document in _objects(path):
            assert document["kind"] not in found, f"two {document['kind']}s"
            found[document["kind"]] = document
    return found


def _container() -> dict[str, Any]:
    (container,) = _by_kind()["Deployment"]["spec"]["template"]["spec"]["containers"]
    assert isinstance(container, dict)
    return container


@pytest.mark.parametrize("path", MANIFESTS, ids=[path.name for path in MANIFESTS])
def test_each_object_is_valid_for_its_kind(path: Path) -> None:
    objects = _objects(path)
    assert objects, f"{path.name} holds no object"
    for document in objects:
        assert problems(document) == [], (path.name, document.get("kind"))


def test_the_manifests_are_the_objects_docs_deploy_names() -> None:
    assert set(_by_kind()) == {
        "ConfigMap",
        "Deployment",
        "HorizontalPodAutoscaler",
        "Ingress",
        "PodDisruptionBudget",
        "Service",
    }
    doc = (ROOT / "docs" / "deploy.md").read_text(encoding="utf-8")
    for path in MANIFESTS:
        assert f"deploy/kubernetes/{path.name}" in doc, path.name


def test_the_schemas_are_the_pinned_ones_with_their_licence() -> None:
    pinned = source()
    assert re.fullmatch(r"kubernetes-validate==\d+\.\d+\.\d+", pinned["package"]), pinned
    assert re.fullmatch(r"\d+\.\d+\.0", pinned["kubernetes"]), pinned
    licence = (SCHEMA_DIR / "LICENSE").read_text()
    assert "Apache License" in licence and "Version 2.0" in licence
    assert "The Kubernetes Authors" in (SCHEMA_DIR / "NOTICE").read_text()
    readme = (SCHEMA_DIR / "README.md").read_text()
    assert pinned["package"] in readme and f"Kubernetes {pinned['kubernetes']}" in readme
    # problems() refuses a schema whose digest is not SOURCE's; here each is read.
    names = {schema_name(document) for path in MANIFESTS for document in _objects(path)}
    vendored = {key.removeprefix("sha256 ").removesuffix(".json") for key in pinned}
    assert names <= vendored, names - vendored


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    """A mutation setting the value at ``path`` (dotted; a number indexes a list)."""

    def mutate(document: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = document
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]
        if isinstance(node, list):
            node[int(last)] = value
        else:
            node[last] = value

    return mutate


def _delete(path: str) -> Callable[[dict[str, Any]], None]:
    def mutate(document: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = document
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]
        del node[last]

    return mutate


CONTAINER = "spec.template.spec.containers.0"
# Each broken copy: the kind it breaks, the mutation, the words its first problem holds.
BROKEN = {
    "misspelt probe": (
        "Deployment",
        _set(f"{CONTAINER}.readinessProbes", {"httpGet": {"path": "/readyz", "port": 8000}}),
        f"{CONTAINER}: Additional properties are not allowed ('readinessProbes' was unexpected)",
    ),
    "replicas in words": (
        "Deployment",
        _set("spec.replicas", "three"),
        "spec.replicas: 'three' is not of type 'integer'",
    ),
    "no selector": ("Deployment", _delete("spec.selector"), "spec: 'selector' is a required"),
    "env value a number": (
        "Deployment",
        _set(f"{CONTAINER}.env.0.value", 3),
        f"{CONTAINER}.env.0.value: 3 is not of type 'string'",
    ),
    "probe port a list": (
        "Deployment",
        _set(f"{CONTAINER}.livenessProbe.httpGet.port", [8000]),
        f"{CONTAINER}.livenessProbe.httpGet.port: [8000] is not of type",
    ),
    "ConfigMap value a number": (
        "ConfigMap",
        _set("data.GRAPH_API_DEMO_IF_EMPTY", False),
        "data.GRAPH_API_DEMO_IF_EMPTY: False is not of type 'string'",
    ),
    "Service port out of range": (
        "Service",
        _set("spec.ports.0.port", "eighty"),
        "spec.ports.0.port: 'eighty' is not of type 'integer'",
    ),
    "Ingress without a path type": (
        "Ingress",
        _delete("spec.rules.0.http.paths.0.pathType"),
        "spec.rules.0.http.paths.0: 'pathType' is a required property",
    ),
    "autoscaler of an unknown metric field": (
        "HorizontalPodAutoscaler",
        _set("spec.metrics.0.resource.targetAverageUtilization", 70),
        "spec.metrics.0.resource: Additional properties are not allowed",
    ),
    "a kind with no schema": (
        "PodDisruptionBudget",
        _set("apiVersion", "policy/v1beta1"),
        "(top level): no schema for policy/v1beta1 PodDisruptionBudget",
    ),
}


@pytest.mark.parametrize("broken", BROKEN, ids=list(BROKEN))
def test_a_broken_copy_is_refused_naming_the_place(broken: str) -> None:
    kind, mutate, expected = BROKEN[broken]
    document = copy.deepcopy(_by_kind()[kind])
    assert problems(document) == []
    mutate(document)
    found = problems(document)
    assert found, f"{broken}: accepted"
    assert expected in found[0], found


def _variables() -> dict[str, str | None]:
    """The API container's environment: the ConfigMap it loads, then its own entries
    (a secret's value as None)."""
    kinds = _by_kind()
    container = _container()
    (source_ref,) = container["envFrom"]
    assert source_ref["configMapRef"]["name"] == kinds["ConfigMap"]["metadata"]["name"]
    variables: dict[str, str | None] = dict(kinds["ConfigMap"]["data"])
    for entry in container["env"]:
        assert entry["name"] not in variables, f"{entry['name']} is set twice"
        variables[entry["name"]] = entry.get("value")
    return variables


def test_every_variable_is_a_setting_of_the_api() -> None:
    unknown = set(_variables()) - setting_variables()
    assert not unknown, f"not settings of graph_api/config.py (ignored by the API): {unknown}"


def test_the_settings_they_make_are_valid_and_route_through_the_neo4j_cluster(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in setting_variables():
        monkeypatch.delenv(name, raising=False)
    for name, value in _variables().items():
        # Secrets as a deployment would give them.
        monkeypatch.setenv(name, value if value is not None else "s" * 40)
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.store == "neo4j"
    assert settings.environment == "production"
    assert not settings.demo_if_empty  # several pods start at once
    assert settings.neo4j_uri.startswith("neo4j://")
    assert settings.neo4j_password.get_secret_value()
    assert settings.jwt_secret.get_secret_value()


def test_the_secrets_come_from_the_secret_docs_deploy_makes() -> None:
    doc = (ROOT / "docs" / "deploy.md").read_text(encoding="utf-8")
    # The command and its continuation lines.
    made = re.search(r"kubectl create secret generic (\S+)((?:[^\n]*\\\n)*[^\n]*)", doc)
    assert made, "docs/deploy.md shows no `kubectl create secret generic`"
    keys = set(re.findall(r"--from-literal=([\w.-]+)=", made.group(2)))
    references = [
        entry["valueFrom"]["secretKeyRef"] for entry in _container()["env"] if "valueFrom" in entry
    ]
    assert references
    for reference in references:
        assert reference["name"] == made.group(1)
        assert reference["key"] in keys, reference


def test_the_probes_reach_real_routes_on_the_port_the_image_serves() -> None:
    container = _container()
    (port,) = container["ports"]
    assert port["containerPort"] == image_port()
    probes = {name: container[name]["httpGet"] for name in ("readinessProbe", "livenessProbe")}
    for probe in probes.values():
        assert probe["path"] in served_paths(), probe
        assert probe["port"] in (port["name"], port["containerPort"]), probe
    # Ready only while the store answers; alive while the process does.
    assert probes["readinessProbe"]["path"] == "/readyz"
    assert probes["livenessProbe"]["path"] == "/healthz"


def test_the_service_ingress_autoscaler_and_budget_find_the_pods() -> None:
    kinds = _by_kind()
    deployment = kinds["Deployment"]
    labels = deployment["spec"]["template"]["metadata"]["labels"]
    assert deployment["spec"]["selector"]["matchLabels"].items() <= labels.items()
    service = kinds["Service"]
    assert service["spec"]["selector"].items() <= labels.items()
    (service_port,) = service["spec"]["ports"]
    assert service_port["targetPort"] in {port["name"] for port in _container()["ports"]}
    (rule,) = kinds["Ingress"]["spec"]["rules"]
    (path,) = rule["http"]["paths"]
    assert path["backend"]["service"]["name"] == service["metadata"]["name"]
    assert path["backend"]["service"]["port"]["name"] == service_port["name"]
    autoscaler = kinds["HorizontalPodAutoscaler"]["spec"]
    target = autoscaler["scaleTargetRef"]
    assert (target["kind"], target["name"]) == ("Deployment", deployment["metadata"]["name"])
    assert autoscaler["minReplicas"] == deployment["spec"]["replicas"] >= 2
    assert autoscaler["maxReplicas"] > autoscaler["minReplicas"]
    budget = kinds["PodDisruptionBudget"]["spec"]
    assert budget["selector"]["matchLabels"].items() <= labels.items()
    assert budget["maxUnavailable"] < deployment["spec"]["replicas"]
