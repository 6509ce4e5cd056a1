"""Checks a Compose file as `docker compose config` would, without Docker.

Three steps, in Compose's order: the variables of every value are interpolated
(``${NAME:-default}`` and friends), the result is validated against the Compose
specification's JSON schema (vendored in ``tools/compose-spec/``, pinned by digest), and
what the schema leaves as free text is parsed as Compose parses it: port mappings and
durations. Each step answers a list of problems, each naming where it is.
"""

import hashlib
import json
import re
from collections.abc import Mapping
from functools import cache
from typing import Any

from jsonschema import Draft7Validator

from tests.conftest import ROOT

SCHEMA_DIR = ROOT / "tools" / "compose-spec"

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# ${NAME}, ${NAME:-default}, ${NAME-default}, ${NAME:?error}, ${NAME?error},
# ${NAME:+replacement}, ${NAME+replacement}.
_BRACED = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])(.*))?", re.DOTALL)


class InterpolationError(ValueError):
    """A value whose ``$`` Compose cannot read, or a required variable that is unset."""


def source() -> dict[str, str]:
    """``tools/compose-spec/SOURCE``: the package the schema came from, and its digest."""
    text = (SCHEMA_DIR / "SOURCE").read_text(encoding="utf-8")
    return dict(line.split(": ", 1) for line in text.splitlines() if line)


@cache
def _validator() -> Draft7Validator:
    raw = (SCHEMA_DIR / "compose-spec.json").read_bytes()
    expected = source()["sha256"]
    actual = hashlib.sha256(raw).hexdigest()
    if actual != expected:
        raise AssertionError(
            f"tools/compose-spec/compose-spec.json has SHA-256 {actual}, not the {expected} "
            "recorded in SOURCE: run tools/compose-spec/refresh instead of editing it"
        )
    schema = json.loads(raw)
    Draft7Validator.check_schema(schema)
    return Draft7Validator(schema)


def schema_problems(document: Any) -> list[str]:
    """Every place where ``document`` breaks the Compose specification's schema."""
    problems = []
    for error in sorted(_validator().iter_errors(document), key=lambda e: list(e.path)):
        cause = _most_specific(error)
        where = ".".join(str(part) for part in cause.absolute_path) or "(top level)"
        problems.append(f"{where}: {cause.message}")
    return problems


def _most_specific(error: Any) -> Any:
    """The deepest cause of a ``oneOf``/``anyOf`` failure, as Compose reports it."""
    causes = list(error.context or [])
    if not causes:
        return error
    deepest = (_most_specific(cause) for cause in causes)
    return max(deepest, key=lambda e: len(e.absolute_path))


def interpolate(document: Any, env: Mapping[str, str], where: str = "") -> Any:
    """``document`` with the variables of every string value replaced, as Compose does
    (keys are left alone); raises :class:`InterpolationError` naming the value's place."""
    if isinstance(document, dict):
        return {
            key: interpolate(value, env, f"{where}.{key}" if where else str(key))
            for key, value in document.items()
        }
    if isinstance(document, list):
        return [interpolate(item, env, f"{where}[{i}]") for i, item in enumerate(document)]
    if isinstance(document, str):
        try:
            return interpolate_text(document, env)
        except InterpolationError as error:
            raise InterpolationError(f"{where}: {error}") from None
    return document


def interpolate_text(text: str, env: Mapping[str, str]) -> str:
    """One string with ``$$``, ``$NAME`` and ``${...}`` replaced."""
    out: list[str] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char != "$":
            out.append(char)
            i += 1
            continue
        following = text[i + 1 : i + 2]
        if following == "$":
            out.append("$")
            i += 2
        elif following == "{":
            end = _closing_brace(text, i + 2)
            out.append(_braced(text[i + 2 : end], env, text))
            i = end + 1
        elif name := _NAME.match(text, i + 1):
            out.append(env.get(name.group(), ""))
            i = name.end()
        else:
            raise InterpolationError(f"invalid interpolation format in {text!r}: a lone '$'")
    return "".join(out)


def _closing_brace(text: str, start: int) -> int:
    depth = 1
    for i in range(start, len(text)):
        if text[i] == "{" and text[i - 1] == "$":
            depth += 1
        elif text[i] == "}":
            depth -= 1
            if depth == 0:
                return i
    raise InterpolationError(f"invalid interpolation format in {text!r}: '${{' is never closed")


def _braced(inner: str, env: Mapping[str, str], text: str) -> str:
    match = _BRACED.fullmatch(inner)
    if match is None:
        raise InterpolationError(
            f"invalid interpolation format in {text!r}: '${{{inner}}}' names no variable"
        )
    name, operator, argument = match.groups()
    value = env.get(name)
    if operator is None:
        return value or ""
    argument = interpolate_text(argument, env)
    # With a colon, an empty value counts as unset.
    is_set = value is not None and not (value == "" and operator.startswith(":"))
    if operator.endswith("-"):
        return value if is_set and value is not None else argument
    if operator.endswith("?"):
        if not is_set or value is None:
            raise InterpolationError(f"required variable {name} is missing a value: {argument}")
        return value
    return argument if is_set else ""


# Go's time.ParseDuration, which Compose applies to healthcheck times: "5s", "1m30s", "0".
_DURATION = re.compile(r"[-+]?(0|((\d+(\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h))+)")
_HEALTHCHECK_TIMES = ("interval", "timeout", "start_period", "start_interval")
# [[IP:][HOST[-HOST]]:]CONTAINER[-CONTAINER][/PROTOCOL]; an IPv6 address in brackets.
_PORT_SPEC = re.compile(
    r"(?:(?:(?P<ip>\[[0-9A-Fa-f:.]+\]|[0-9.]+):)?(?P<host>[0-9-]*):)?"
    r"(?P<container>[0-9-]+)(?:/(?P<protocol>[a-z]+))?"
)


def duration_problems(services: Mapping[str, Any]) -> list[str]:
    """Healthcheck times that are not Go durations, which Compose refuses."""
    problems = []
    for name, service in services.items():
        check = service.get("healthcheck") or {}
        for field in _HEALTHCHECK_TIMES:
            value = check.get(field)
            if value is not None and not _DURATION.fullmatch(str(value)):
                problems.append(
                    f"services.{name}.healthcheck.{field}: {value!r} is not a duration "
                    "such as '5s' or '1m30s'"
                )
    return problems


def port_problems(services: Mapping[str, Any]) -> list[str]:
    """Port mappings that Compose cannot parse, or ports outside 1-65535."""
    problems = []
    for name, service in services.items():
        for i, port in enumerate(service.get("ports") or []):
            where = f"services.{name}.ports[{i}]"
            problems += [f"{where}: {problem}" for problem in _port_problems(port)]
    return problems


def _port_problems(port: Any) -> list[str]:
    if isinstance(port, dict):
        ranges = [str(port.get("target", ""))]
        if port.get("published") is not None:
            ranges.append(str(port["published"]))
        protocol = port.get("protocol")
    else:
        match = _PORT_SPEC.fullmatch(str(port))
        if match is None:
            return [f"{port!r} is not [[IP:]HOST:]CONTAINER[/PROTOCOL]"]
        ranges = [match["container"]] + ([match["host"]] if match["host"] else [])
        protocol = match["protocol"]
    problems = [problem for text in ranges for problem in _range_problems(text)]
    if protocol is not None and protocol not in ("tcp", "udp", "sctp"):
        problems.append(f"protocol {protocol!r} is not tcp, udp or sctp")
    return problems


def _range_problems(text: str) -> list[str]:
    bounds = text.split("-")
    if len(bounds) > 2 or not all(bound.isdigit() for bound in bounds):
        return [f"{text!r} is not a port or a range of ports"]
    numbers = [int(bound) for bound in bounds]
    if not all(1 <= number <= 65535 for number in numbers):
        return [f"port {text} is outside 1-65535"]
    if numbers != sorted(numbers):
        return [f"the range {text} ends before it starts"]
    return []


def published(port: Any) -> tuple[str | None, int | None, int]:
    """A valid port mapping's host address, host port and container port."""
    if isinstance(port, dict):
        host = port.get("published")
        return port.get("host_ip"), int(host) if host is not None else None, int(port["target"])
    match = _PORT_SPEC.fullmatch(str(port))
    assert match is not None, port
    host_port = int(match["host"]) if match["host"] else None
    return match["ip"], host_port, int(match["container"])


def problems(document: Any, env: Mapping[str, str]) -> list[str]:
    """Everything `docker compose config` would refuse in ``document`` under ``env``."""
    try:
        resolved = interpolate(document, env)
    except InterpolationError as error:
        return [str(error)]
    found = schema_problems(resolved)
    if found:
        return found
    services = resolved.get("services") or {}
    return duration_problems(services) + port_problems(services)
