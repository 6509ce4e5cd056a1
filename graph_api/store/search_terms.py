"""What ``search`` matches, shared by both stores: the searched fields and the words.

A node is searched through its label (``name``, ``statement``, ``title`` or ``summary``:
the label fields that hold text) and its ``description``. Text is cut into words the way
Lucene's standard tokenizer (Neo4j's full-text analyzer ``standard-no-stop-words``) does
for ordinary text: runs of letters, digits and underscores, kept together across a single
inner ``.`` or apostrophe, lower-cased. A node matches when every word of the query occurs
as a whole word in its label or description; label matches weigh :data:`LABEL_BOOST` times
as much as description matches.
"""

import re
from collections import Counter

from graph_api.metamodel import NODE_KINDS

DESCRIPTION_FIELD = "description"
LABEL_BOOST = 2.0
"""How much more a word in the label counts than the same word in the description."""

FULLTEXT_INDEX = "node_text_search"
"""The Neo4j full-text index over every kind's label field and description."""


def _text_label_fields() -> tuple[str, ...]:
    fields = set()
    for spec in NODE_KINDS.values():
        for attr, info in spec.scalar_fields().items():
            if (info.alias or attr) == spec.label_field and info.annotation is str:
                fields.add(spec.label_field)
    return tuple(sorted(fields))


LABEL_FIELDS: tuple[str, ...] = _text_label_fields()
"""The label fields that hold text (a Measurement's label is its date: not searched)."""

_WORD = re.compile(r"\w+(?:['\u2019.]\w+)*")
_LUCENE_SPECIAL = re.compile(r'([+\-&|!(){}\[\]^"~*?:\\/])')
MAX_QUERY_WORDS = 20
"""Words beyond this many are ignored (each costs a clause in the Lucene query)."""


def words(text: str) -> list[str]:
    """The distinct lower-cased words of ``text``, in order of first appearance."""
    return list(dict.fromkeys(m.group(0).lower() for m in _WORD.finditer(text)))


def word_counts(text: str) -> Counter[str]:
    """How often each lower-cased word occurs in ``text``."""
    return Counter(m.group(0).lower() for m in _WORD.finditer(text))


def query_words(text: str) -> list[str]:
    """The words of a client's query that are searched for."""
    return words(text)[:MAX_QUERY_WORDS]


def _escape(word: str) -> str:
    # Words hold no Lucene operator characters, but escaping keeps that a non-issue.
    return _LUCENE_SPECIAL.sub(r"\\\1", word)


def lucene_query(query: list[str]) -> str:
    """A Lucene query that requires every word, in any searched field, labels boosted.

    ``["fault", "repair"]`` -> ``+(name:fault^2.0 ... description:fault) +(...)``. The
    words come from :func:`query_words`, lower-case, so ``and``/``or``/``not`` stay words.
    """
    clauses = []
    for word in query:
        term = _escape(word)
        fields = [f"{f}:{term}^{LABEL_BOOST}" for f in LABEL_FIELDS]
        fields.append(f"{DESCRIPTION_FIELD}:{term}")
        clauses.append(f"+({' '.join(fields)})")
    return " ".join(clauses)
