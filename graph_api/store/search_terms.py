"""What ``search`` matches, shared by both stores: the searched fields and the words.

A node is searched through its label (``name``, ``statement``, ``title`` or ``summary``:
the label fields that hold text), its ``description``, and the labels and descriptions of
its ``translations`` (:data:`TRANSLATION_LABELS`, :data:`TRANSLATION_DESCRIPTIONS`: the
Neo4j store keeps them as text properties of their own for its index). Text is cut into
words the way Lucene's standard tokenizer (Neo4j's full-text analyzer
``standard-no-stop-words``) does for ordinary text: runs of letters, digits and
underscores, kept together across a single inner ``.`` or apostrophe, lower-cased. A node
matches when every word of the query occurs in one of these texts (whole, or as the
start of a word for the word being typed, see :mod:`graph_api.traversals.search.query`);
label matches (translated ones too) weigh :data:`LABEL_BOOST` times as much as
description matches.
"""

import re
from collections import Counter

from graph_api.metamodel import NODE_KINDS

DESCRIPTION_FIELD = "description"
LABEL_BOOST = 2.0
"""How much more a word in the label counts than the same word in the description."""

FULLTEXT_INDEX = "node_text_search"
"""The Neo4j full-text index over every kind's label field, description and translations."""

TRANSLATION_LABELS = "translationLabels"
TRANSLATION_DESCRIPTIONS = "translationDescriptions"
"""The searched texts of a node's translations: its labels, and its descriptions, one
per line. Derived from ``translations``; never a property of a kind."""


def _text_label_fields() -> tuple[str, ...]:
    fields = set()
    for spec in NODE_KINDS.values():
        for attr, info in spec.scalar_fields().items():
            if (info.alias or attr) == spec.label_field and info.annotation is str:
                fields.add(spec.label_field)
    return tuple(sorted(fields))


LABEL_FIELDS: tuple[str, ...] = _text_label_fields()
"""The label fields that hold text (a Measurement's label is its date: not searched)."""

BOOSTED_FIELDS: tuple[str, ...] = (*LABEL_FIELDS, TRANSLATION_LABELS)
"""The searched fields whose matches weigh :data:`LABEL_BOOST`."""
PLAIN_FIELDS: tuple[str, ...] = (DESCRIPTION_FIELD, TRANSLATION_DESCRIPTIONS)
"""The searched fields whose matches weigh 1."""
SEARCHED_FIELDS: tuple[str, ...] = (*BOOSTED_FIELDS, *PLAIN_FIELDS)


def translation_texts(translations: object) -> dict[str, str]:
    """The searched texts of a node's stored ``translations`` (none for no translations)."""
    texts: dict[str, str] = {}
    if not isinstance(translations, list):
        return texts
    for field, part in ((TRANSLATION_LABELS, "label"), (TRANSLATION_DESCRIPTIONS, "description")):
        found = [t[part] for t in translations if isinstance(t, dict) and t.get(part)]
        if found:
            texts[field] = "\n".join(found)
    return texts


WORD_PATTERN = re.compile(r"\w+(?:['\u2019.]\w+)*")
"""A word: a run of letters, digits and underscores, kept together across a single inner
``.`` or apostrophe (Lucene's standard tokenizer on ordinary text)."""


def words(text: str) -> list[str]:
    """The distinct lower-cased words of ``text``, in order of first appearance."""
    return list(dict.fromkeys(m.group(0).lower() for m in WORD_PATTERN.finditer(text)))


def word_counts(text: str) -> Counter[str]:
    """How often each lower-cased word occurs in ``text``."""
    return Counter(m.group(0).lower() for m in WORD_PATTERN.finditer(text))
