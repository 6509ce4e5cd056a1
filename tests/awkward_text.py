"""A small model whose every text is awkward but allowed, for the export round trips.

Each text is one every format must carry exactly: tab, line feed, carriage return and
CRLF inside, XML's specials and ``]]>``, ``--``, emoji beyond the BMP (one with a
zero-width joiner), right-to-left text, combining marks, U+2028 and U+2029, backslashes,
``{{``, text YAML would read as something else (``- x``, ``: ``, ``#``, ``null``,
``yes``, quotes), a no-break space and long lines. The texts go into names,
descriptions, the other free properties, translations and attributes of every kind the
diagrams, the pages and the ArchiMate export show.
"""

from typing import Any

from graph_api.model_io import FORMAT

AWKWARD = [
    "tab\there",
    "two\nlines",
    "carriage\rreturn",
    "windows\r\nline end",
    "<b>&amp; 'quotes' \"double\"</b>",
    "]]> -- <!-- not a comment -->",
    "emoji \U0001f600 and \U0001f469\u200d\U0001f4bb joined",
    "\u0645\u0631\u062d\u0628\u0627 right to left \u05e9\u05dc\u05d5\u05dd",
    "e\u0301 combining a\u0308\u0304 marks",
    "line \u2028 separator\u2029paragraph",
    "back\\slash \\n {{ braces }} ${x}",
    "- x",
    "key: value # not a comment",
    "null",
    "yes",
    "'single' and \"double\"",
    "no-break\u00a0space inside",
    "%%{init} %% `tick` |pipe| [x](y)",
    "\U0010fffd last plane, \ufdd0 non-character",
    "x" * 500,
]
"""Allowed text every export must give back exactly (no white space at either end: text
is trimmed)."""

LONG = " ".join(["word"] * 999) + "\n" + "y" * 2  # 4,998 characters, one line of 4,995
LANGUAGES = ["de", "fr", "ar", "he", "ja", "zh-Hant", "pt-BR", "es", "it", "nl"]


def text(n: int) -> str:
    return AWKWARD[n % len(AWKWARD)]


def carried(start: int) -> dict[str, Any]:
    """Translations in every language of :data:`LANGUAGES` and one attribute per awkward
    text, each from the ``start``-th text on."""
    return {
        "translations": [
            {"language": tag, "label": text(start + i), "description": text(start + i + 1)}
            for i, tag in enumerate(LANGUAGES)
        ],
        "attributes": [
            {"name": text(start + i), "value": text(start + i + 3)} for i in range(len(AWKWARD))
        ],
    }


def awkward_document() -> dict[str, Any]:
    """A model document of every kind, its texts from :data:`AWKWARD`."""
    return {
        "format": FORMAT,
        "personas": [{"key": "persona", "name": text(0), "segment": text(1), **carried(2)}],
        "jobs": [
            {
                "key": "job",
                "statement": text(3),
                "outcomes": [
                    {"key": "outcome", "statement": text(4), "importance": 9, "satisfaction": 3}
                ],
            }
        ],
        "channels": [
            {"key": "web", "name": text(4), "kind": "digital", "description": text(5)},
            {"key": "shop", "name": text(6), "kind": "physical"},
        ],
        "systems": [
            {
                "key": "crm",
                "name": text(7),
                "kind": text(8),
                "description": LONG,
                "criticality": 5,
                **carried(9),
            }
        ],
        "teams": [
            {
                "key": "team",
                "name": text(10),
                "kind": text(11),
                "description": text(12),
                "journeys": ["journey"],
                "systems": ["crm"],
                "processes": ["process"],
                **carried(13),
            }
        ],
        "capabilities": [{"key": "capability", "name": text(14), "level": 1, **carried(15)}],
        "processes": [
            {
                "key": "process",
                "name": text(16),
                "description": text(17),
                "systems": ["crm"],
                "capabilities": ["capability"],
                "steps": ["step-1", "step-2"],
                "touchpoints": ["touchpoint-1"],
                **carried(18),
            }
        ],
        "valueStreams": [
            {
                "key": "stream",
                "name": text(19),
                "stages": [{"key": "stream-stage", "name": text(0), "order": 1, **carried(1)}],
            }
        ],
        "journeys": [
            {
                "key": "journey",
                "name": text(5),
                "description": text(6),
                "persona": "persona",
                "jobs": ["job"],
                **carried(7),
                "stages": [
                    {
                        "key": "stage-1",
                        "name": text(8),
                        "order": 1,
                        "steps": [
                            {
                                "key": "step-1",
                                "name": text(9),
                                "order": 1,
                                "emotion": 2,
                                "customerAction": text(10),
                                "next": ["step-2"],
                                "touchpoints": [
                                    {"key": "touchpoint-1", "name": text(11), "channel": "web"},
                                    {"key": "touchpoint-2", "name": text(12), "channel": "shop"},
                                ],
                            },
                            {
                                "key": "step-2",
                                "name": text(13),
                                "order": 2,
                                "emotion": 5,
                                "customerAction": LONG,
                            },
                        ],
                    },
                    {
                        "key": "stage-2",
                        "name": text(14),
                        "order": 2,
                        "steps": [{"key": "step-3", "name": text(15), "order": 1}],
                    },
                ],
            }
        ],
        "painPoints": [
            {
                "key": "pain",
                "name": text(16),
                "severity": 5,
                "rootCause": text(17),
                "description": text(18),
                "steps": ["step-1"],
                "touchpoints": ["touchpoint-2"],
            }
        ],
        "evidence": [
            {
                "key": "evidence",
                "kind": "survey",
                "summary": text(19),
                "source": text(0),
                "steps": ["step-1"],
            }
        ],
        "kpis": [
            {
                "key": "kpi",
                "name": text(1),
                "unit": text(2),
                "target": 7,
                "processes": ["process"],
                "measurements": [{"key": "kpi-m1", "value": 6.5, "at": "2024-05-01"}],
            }
        ],
        "backlogItems": [{"key": "backlog", "title": text(3), "steps": ["step-1"], **carried(4)}],
        "opportunities": [{"key": "opportunity", "statement": text(5), "description": text(6)}],
    }


def one_line(value: str) -> str:
    """A text as a page or a diagram shows it: white space runs (line breaks too) as one
    space."""
    return " ".join(value.split())
