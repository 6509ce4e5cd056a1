"""A concurrent write load over HTTP, and the checks of what it left in the store.

Shared by the crash and outage tests (``tests/embedded/test_sigkill.py``,
``tests/neo4j/test_outage_under_load.py``). Several async clients send writes to a real
server, each with keys no other write uses, and record every answer:

- ``createPersona`` (one node);
- ``importModel`` of a small JSON document: a persona, a journey for it with one stage
  and two ordered steps, 5 nodes and 5 links in one atomic write, so a write half
  applied by a crash or an outage shows as some of them present without the others.

Afterwards :func:`check_writes` compares the answers with what the store holds (read
by the test from the database itself or through the API, as :class:`Stored`): every
acknowledged write is there in full, and no import is there in part.
"""

import asyncio
import json
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import httpx

PERSONA = (
    "mutation Load($key: String!, $name: String!) "
    "{ createPersona(key: $key, input: {name: $name}) { key } }"
)
IMPORT = (
    "mutation LoadImport($document: String!) "
    "{ importModel(document: $document, format: JSON) { created linked } }"
)
UNEXPECTED = "Unexpected error."

# (label, key): a node, named as Neo4j names it (the kind).
Node = tuple[str, str]
# (source label, source key, relationship type, target label, target key).
Link = tuple[str, str, str, str, str]

# The model-file sections and relationship fields the import documents use, by the
# labels and relationship types they stand for (graph_api/metamodel/relationships.py).
SECTION_LABELS = {"personas": "Persona", "journeys": "Journey", "stages": "Stage", "steps": "Step"}
FIELD_TYPES = {
    ("Journey", "persona"): ("FOR_PERSONA", "Persona"),
    ("Journey", "stages"): ("HAS_STAGE", "Stage"),
    ("Stage", "steps"): ("HAS_STEP", "Step"),
    ("Step", "next"): ("NEXT", "Step"),
}


@dataclass(frozen=True)
class Write:
    """One mutation of the load and the nodes and links it creates when it succeeds."""

    name: str
    query: str
    variables: dict[str, Any]
    nodes: tuple[Node, ...]
    links: tuple[Link, ...] = ()

    @property
    def is_import(self) -> bool:
        return bool(self.links)


def persona_write(key: str) -> Write:
    """``createPersona`` with ``key``."""
    return Write(
        f"createPersona {key}",
        PERSONA,
        {"key": key, "name": f"Load persona {key}"},
        (("Persona", key),),
    )


def import_write(prefix: str) -> Write:
    """``importModel`` of 5 nodes and 5 links whose keys all start with ``prefix``."""
    persona, journey, stage = f"{prefix}-p", f"{prefix}-j", f"{prefix}-s"
    first, second = f"{prefix}-s1", f"{prefix}-s2"
    document = {
        "format": "graph-api/v1",
        "personas": [{"key": persona, "name": f"Import persona {prefix}"}],
        "journeys": [
            {
                "key": journey,
                "name": f"Import journey {prefix}",
                "persona": persona,
                "stages": [
                    {
                        "key": stage,
                        "name": "Only stage",
                        "order": 1,
                        "steps": [
                            {"key": first, "name": "First", "order": 1, "next": [second]},
                            {"key": second, "name": "Second", "order": 2},
                        ],
                    }
                ],
            }
        ],
    }
    return Write(
        f"importModel {prefix}",
        IMPORT,
        {"document": json.dumps(document)},
        (
            ("Persona", persona),
            ("Journey", journey),
            ("Stage", stage),
            ("Step", first),
            ("Step", second),
        ),
        (
            ("Journey", journey, "FOR_PERSONA", "Persona", persona),
            ("Journey", journey, "HAS_STAGE", "Stage", stage),
            ("Stage", stage, "HAS_STEP", "Step", first),
            ("Stage", stage, "HAS_STEP", "Step", second),
            ("Step", first, "NEXT", "Step", second),
        ),
    )


@dataclass
class Outcome:
    """The answer to one write (or the transport error instead of one)."""

    write: Write
    sent_at: float
    received_at: float
    status: int | None = None
    body: Any = None
    transport_error: str | None = None

    @property
    def errors(self) -> list[dict[str, Any]]:
        if not isinstance(self.body, dict):
            return []
        errors = self.body.get("errors") or []
        return [e for e in errors if isinstance(e, dict)]

    @property
    def acknowledged(self) -> bool:
        """The API said the write happened: data and no errors."""
        return (
            self.status == 200
            and isinstance(self.body, dict)
            and self.body.get("data") is not None
            and not self.errors
        )

    @property
    def codes(self) -> list[str]:
        return [str(e.get("extensions", {}).get("code", "")) for e in self.errors]

    @property
    def server_failure(self) -> bool:
        """A 5xx, a body that is not a GraphQL answer, or an error masked as unexpected."""
        if self.transport_error is not None:
            return False
        if self.status is None or self.status >= 500 or not isinstance(self.body, dict):
            return True
        return any(e.get("message") == UNEXPECTED for e in self.errors)

    def describe(self) -> str:
        answer = self.transport_error or f"{self.status} {json.dumps(self.body)[:600]}"
        return f"{self.write.name} (sent at {self.sent_at:.2f} s): {answer}"


@dataclass
class WriteLoad:
    """``clients`` concurrent clients writing to ``base_url`` until :meth:`stop`.

    Two of every three writes are ``createPersona``, the third an ``importModel``. Keys
    are ``{tag}-{client}-{n}``, unique across the load (and across loads with other tags).
    Times are seconds since :meth:`start`.
    """

    base_url: str
    headers: dict[str, str]
    tag: str
    clients: int = 4
    timeout: float = 30.0
    outcomes: list[Outcome] = field(default_factory=list)
    _stopping: asyncio.Event = field(default_factory=asyncio.Event)
    _tasks: list[asyncio.Task[None]] = field(default_factory=list)
    _started: float = 0.0

    def now(self) -> float:
        return time.monotonic() - self._started

    def start(self) -> None:
        self._started = time.monotonic()
        self._tasks = [
            asyncio.create_task(self._client(number), name=f"load-{self.tag}-{number}")
            for number in range(self.clients)
        ]

    async def stop(self) -> None:
        """Lets each client finish the write it is sending, then returns."""
        self._stopping.set()
        await asyncio.gather(*self._tasks)

    async def _client(self, number: int) -> None:
        async with httpx.AsyncClient(
            base_url=self.base_url, headers=self.headers, timeout=self.timeout
        ) as http:
            count = 0
            while not self._stopping.is_set():
                count += 1
                prefix = f"{self.tag}-{number}-{count}"
                write = import_write(prefix) if count % 3 == 0 else persona_write(prefix)
                outcome = await self._send(http, write)
                self.outcomes.append(outcome)
                if outcome.transport_error is not None:
                    await asyncio.sleep(0.05)  # the server is gone: do not spin

    async def _send(self, http: httpx.AsyncClient, write: Write) -> Outcome:
        sent = self.now()
        try:
            response = await http.post(
                "/graphql", json={"query": write.query, "variables": write.variables}
            )
        except httpx.HTTPError as exc:
            return Outcome(write, sent, self.now(), transport_error=f"{type(exc).__name__}")
        try:
            body: Any = response.json()
        except ValueError:
            body = response.text
        return Outcome(write, sent, self.now(), response.status_code, body)

    def acknowledged(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.acknowledged]

    def summary(self) -> str:
        acked = self.acknowledged()
        codes: dict[str, int] = {}
        for outcome in self.outcomes:
            for code in outcome.codes or (
                [outcome.transport_error] if outcome.transport_error else []
            ):
                codes[code] = codes.get(code, 0) + 1
        imports = sum(1 for o in acked if o.write.is_import)
        return (
            f"{len(self.outcomes)} writes, {len(acked)} acknowledged ({imports} imports), "
            f"errors by code {dict(sorted(codes.items()))}"
        )


@dataclass(frozen=True)
class Stored:
    """The nodes and links a store holds (at least those the load may have written)."""

    nodes: frozenset[Node]
    links: frozenset[Link]

    @classmethod
    def from_export(cls, document: dict[str, Any]) -> "Stored":
        """From an ``exportModel`` document (JSON, sections of nodes with outgoing links)."""
        nodes: set[Node] = set()
        links: set[Link] = set()
        for section, label in SECTION_LABELS.items():
            for entry in document.get(section, []):
                nodes.add((label, entry["key"]))
                for (source_label, name), (rel_type, target_label) in FIELD_TYPES.items():
                    if source_label != label or name not in entry:
                        continue
                    targets = entry[name] if isinstance(entry[name], list) else [entry[name]]
                    for target in targets:
                        links.add((label, entry["key"], rel_type, target_label, target))
        return cls(frozenset(nodes), frozenset(links))


def check_writes(outcomes: Iterable[Outcome], stored: Stored) -> list[str]:
    """What is wrong: acknowledged writes missing in part or whole, imports half there."""
    problems = []
    for outcome in outcomes:
        write = outcome.write
        wanted = [(n in stored.nodes, str(n)) for n in write.nodes]
        wanted += [(link in stored.links, str(link)) for link in write.links]
        missing = [name for present, name in wanted if not present]
        if outcome.acknowledged and missing:
            problems.append(f"acknowledged but missing {missing}: {outcome.describe()}")
        elif write.is_import and 0 < len(missing) < len(wanted):
            problems.append(f"half applied, missing {missing}: {outcome.describe()}")
    return problems
