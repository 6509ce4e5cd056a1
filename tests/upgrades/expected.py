"""What the upgrade of the release's stores should give, written out by hand: the tests
compare the stores with it, not with what the upgrade's own code computes."""

import copy
from datetime import datetime

from graph_api.store.base import SYSTEM
from tests.upgrades.release import StoreView

JWT_SUBJECTS = {"ed@example.org": "jwt:ed@example.org", "key:5": "jwt:key:5"}
"""Every JWT subject the fixtures recorded, and what it becomes."""
REPAIRED = {
    ("Persona", "blank-name"): {"name": "blank-name"},
    ("System", "bad-text"): {
        "name": "Badnamectl",
        "kind": "Legacy",
        "description": "first line\nsecondline\ttab",
        "lifecycle": "active",
        "translations": [
            {"language": "de", "label": "SchlechterName", "description": "Beschreibung"}
        ],
        "attributes": [{"name": "Owner", "value": "Opsteam"}],
    },
}
"""The two nodes holding control characters, as the repair leaves them: tab and newline
kept, U+FFFF gone, the translation left with nothing removed, a blank name the key."""


def _subject(recorded: str) -> str:
    return JWT_SUBJECTS.get(recorded, recorded)


def with_subjects_namespaced(before: StoreView) -> StoreView:
    """``before`` after step 2: the JWT subjects renamed, nothing else."""
    expected = copy.deepcopy(before)
    for node in expected.nodes.values():
        node["createdBy"] = _subject(node["createdBy"])
        node["updatedBy"] = _subject(node["updatedBy"])
    for entry in expected.log:
        entry["actor"] = _subject(entry["actor"])
    return expected


def expected_after(before: StoreView, after: StoreView) -> StoreView:
    """``before`` as the upgrade should leave it: the JWT subjects renamed, the two nodes
    repaired with a new version by ``system``, and one UPDATED entry each at the end of
    the log. The repair's time is taken from ``after``."""
    expected = with_subjects_namespaced(before)
    seq = max(e["seq"] for e in before.log)
    # The store repairs its nodes in the order of kind and key.
    for kind, key in sorted(REPAIRED):
        node = expected.nodes[(kind, key)]
        repaired_at = after.nodes[(kind, key)]["updatedAt"]
        assert datetime.fromisoformat(repaired_at) > datetime.fromisoformat(node["updatedAt"])
        node.update(
            props=REPAIRED[(kind, key)],
            version=node["version"] + 1,
            updatedBy=SYSTEM,
            updatedAt=repaired_at,
        )
        seq += 1
        expected.log.append(
            {
                "seq": seq,
                "at": repaired_at,
                "actor": SYSTEM,
                "change": "UPDATED",
                "kind": kind,
                "key": key,
                "version": node["version"],
                "relationship": None,
                "source": None,
                "target": None,
                "refs": [f"{kind}:{key}"],
            }
        )
    return expected
