"""What a client's ``search`` text asks for, shared by both stores: whole words, the word
being typed, the words a typo may be corrected in, and the Lucene queries saying so.

A search box sends its text after every key, so the text's **last word**, when nothing
follows it (no space, no punctuation), is taken as typed so far: it matches every word
that starts with it (``tick`` finds ``ticket``), provided it has :data:`MIN_PREFIX`
characters (one letter would match nearly every node). Every other word is whole. Where
the words as typed find fewer hits than asked for, the words of :data:`MIN_TYPO_LENGTH`
characters or more may differ by one edit from a word of the node (a letter more, less
or replaced, or two neighbours swapped: ``ticet`` finds ``ticket``); the nodes found
only so come after all the others (:attr:`SearchQuery.correctable`).

Scores (both stores, see :func:`lucene_queries`): a whole word scores BM25 per field,
labels boosted. The word being typed scores its BM25 where it is a whole word of the
node, plus a small constant per field it starts a word of (:data:`PREFIX_BOOST` times
the field's boost: Lucene's prefix queries score constantly): small, so that the BM25
of the very word typed, where a node holds it, mostly decides the order, as in a search
for the whole word. A corrected word scores nothing (its clause is boosted 0): a node
found with a correction ranks by the words it holds as typed.
"""

import re
from dataclasses import dataclass

from graph_api.store.search_terms import (
    BOOSTED_FIELDS,
    LABEL_BOOST,
    PLAIN_FIELDS,
    WORD_PATTERN,
    words,
)

MAX_QUERY_WORDS = 20
"""Words beyond this many are ignored (each costs clauses in the Lucene query)."""
MIN_PREFIX = 2
"""The shortest last word matched as the start of longer words; a shorter one is whole."""
MIN_TYPO_LENGTH = 5
"""The shortest word a typo is corrected in (one edit in a shorter word finds too much)."""
PREFIX_BOOST = 0.125
"""What a word starting with the word being typed scores per field, times the field's
boost: well below a whole word's BM25 (so that a node holding the very word typed ranks
as a whole-word search ranks it, above nodes holding longer words), and a power of two,
so that sums of these constants are exact in Lucene's 32-bit floats as in Python's."""
MAX_SPELLINGS = 50
"""At most this many words of a field stand for one corrected word, the nearest first,
then in code-point order: Lucene's fuzzy query's default (``maxExpansions``)."""

_LUCENE_SPECIAL = re.compile(r'([+\-&|!(){}\[\]^"~*?:\\/])')


@dataclass(frozen=True, slots=True)
class SearchQuery:
    """The words a ``search`` text asks for."""

    whole: tuple[str, ...]
    """Words every hit holds as they are (distinct, lower-cased, in order)."""
    prefix: str | None = None
    """The last word, typed so far: every hit holds a word starting with it."""

    @property
    def empty(self) -> bool:
        return not self.whole and self.prefix is None

    @property
    def correctable(self) -> tuple[str, ...]:
        """The words (the prefix too) a typo may be corrected in, one edit each."""
        every = (*self.whole, *((self.prefix,) if self.prefix else ()))
        return tuple(w for w in every if len(w) >= MIN_TYPO_LENGTH)


def parse_query(text: str) -> SearchQuery:
    """The words of ``text``: the first :data:`MAX_QUERY_WORDS` distinct ones, the last
    one a prefix when the text ends with it and it is long enough and not also whole."""
    found = list(WORD_PATTERN.finditer(text))
    if not found:
        return SearchQuery(())
    last = found[-1]
    typed = last.group(0).lower()
    before = words(text[: last.start()])
    if (
        last.end() == len(text)
        and len(typed) >= MIN_PREFIX
        and typed not in before
        and len(before) < MAX_QUERY_WORDS
    ):
        return SearchQuery(tuple(before), typed)
    return SearchQuery(tuple(words(text)[:MAX_QUERY_WORDS]))


def _escape(word: str) -> str:
    # Words hold no Lucene operator characters, but escaping keeps that a non-issue.
    return _LUCENE_SPECIAL.sub(r"\\\1", word)


def _clauses(term: str, boosted: str, plain: str = "") -> list[str]:
    """``term`` in every searched field, label fields with ``boosted`` appended."""
    return [f"{f}:{term}{boosted}" for f in BOOSTED_FIELDS] + [
        f"{f}:{term}{plain}" for f in PLAIN_FIELDS
    ]


def _group(word: str, *, prefix: bool, corrected: bool) -> str:
    term = _escape(word)
    clauses = _clauses(term, f"^{LABEL_BOOST}")
    if prefix:
        clauses += _clauses(f"{term}*", f"^{LABEL_BOOST * PREFIX_BOOST}", f"^{PREFIX_BOOST}")
    if corrected and len(word) >= MIN_TYPO_LENGTH:
        clauses += _clauses(f"{term}~1", "^0", "^0")
    return f"+({' '.join(clauses)})"


def lucene_query(query: SearchQuery, *, corrected: bool = False) -> str:
    """A Lucene query requiring every word of ``query`` in some searched field.

    ``fault rep`` -> ``+(name:fault^2.0 ... description:fault) +(name:rep^2.0 ...
    description:rep name:rep*^2.0 ... description:rep*)``; with ``corrected``, each
    correctable word also matches one edit away, scoring nothing (``name:fault~1^0``).
    The words are lower-case, so ``and``/``or``/``not`` stay words.
    """
    groups = [_group(w, prefix=False, corrected=corrected) for w in query.whole]
    if query.prefix is not None:
        groups.append(_group(query.prefix, prefix=True, corrected=corrected))
    return " ".join(groups)


def lucene_queries(query: SearchQuery) -> tuple[str, str | None]:
    """The query for the words as typed, and the one with typos corrected (``None``
    when no word is long enough to correct)."""
    return lucene_query(query), lucene_query(query, corrected=True) if query.correctable else None
