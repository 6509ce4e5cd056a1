"""The node labels and relationship types a Cypher text names, and where the code has one.

:func:`cypher_texts` walks a package's modules (their syntax trees, never importing them
for the walk) for string constants and f-strings that read as Cypher: a clause keyword
such as ``MATCH`` or ``RETURN`` in capitals, or a ``-[:TYPE]`` fragment; SQL texts and
docstrings are left out. An f-string's placeholders are filled with the module's own
string constants where they name one (``{ENTRY}``, ``{change_log.ENTRY}``), and are
otherwise dynamic: what they spell is known only at run time.

:func:`names_in` reads one text with a small tokenizer that skips string literals,
comments and map keys, and returns each label (``(x:Label)``, ``(:A|B)``, ``x:Label``
in a WHERE) and relationship type (``[:TYPE]``, ``[r:A|B*1..3]``) with its offset.
"""

import ast
import importlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

# An f-string placeholder whose value is not known: one character no Cypher text holds.
DYNAMIC = "\ue000"

CLAUSE = re.compile(
    r"\b(MATCH|MERGE|CREATE|UNWIND|RETURN|DETACH|DELETE|SET|REMOVE|WITH|CALL|YIELD|FOREACH"
    r"|SHOW|DROP)\b"
)
RELATIONSHIP_FRAGMENT = re.compile(r"-\[\w*:")
SQL = re.compile(
    r"\b(SELECT|INSERT\s+INTO|DELETE\s+FROM|CREATE\s+(TEMP\s+)?TABLE|DROP\s+TABLE|PRAGMA)\b"
    r"|\bUPDATE\s+\S+\s+SET\b"
)

TOKEN = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<comment>//[^\n]*|/\*.*?(?:\*/|\Z))
  | (?P<string>'(?:[^'\\]|\\.)*(?:'|\Z)|"(?:[^"\\]|\\.)*(?:"|\Z))
  | (?P<quoted>`(?:[^`]|``)*(?:`|\Z))
  | (?P<name>[A-Za-z_\ue000][A-Za-z0-9_\ue000]*)
  | (?P<number>\d+(?:\.\d+)?)
  | (?P<symbol>::|\.\.|[^\s])
    """,
    re.VERBOSE | re.DOTALL,
)

Kind = Literal["label", "type", "label or type"]


@dataclass(frozen=True)
class Token:
    kind: str  # "name", "symbol", "number"
    text: str
    offset: int

    @property
    def is_name(self) -> bool:
        return self.kind == "name"

    @property
    def value(self) -> str:
        """A name as Cypher reads it: backticks taken off."""
        if self.text.startswith("`"):
            return self.text[1:-1].replace("``", "`")
        return self.text


@dataclass(frozen=True)
class Name:
    """One label or relationship type a text names; ``kind`` says which it must be
    (a predicate ``x:N`` outside a pattern may test either)."""

    kind: Kind
    name: str
    offset: int


def tokens(text: str) -> list[Token]:
    """The text's tokens, without spaces, comments and string literals."""
    found: list[Token] = []
    for match in TOKEN.finditer(text):
        group = match.lastgroup
        if group in ("space", "comment", "string"):
            continue
        kind = "name" if group in ("name", "quoted") else str(group)
        found.append(Token(kind, match.group(), match.start()))
    return found


def names_in(text: str) -> list[Name]:
    """Every label and relationship type ``text`` spells out (dynamic ones left out)."""
    toks = tokens(text)
    found: list[Name] = []
    # One entry per open bracket: "node" for (, "rel" for [ after -, "list" for other [,
    # "map" for a { holding key: value pairs, "block" for a subquery's {.
    stack: list[str] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        if tok.text in ("(", "[", "{") and tok.kind == "symbol":
            stack.append(opened(toks, i))
        elif tok.text in (")", "]", "}") and tok.kind == "symbol":
            if stack:
                stack.pop()
        elif tok.text == ":" and starts_label_expression(toks, i, stack):
            context = stack[-1] if stack else ""
            i = read_label_expression(toks, i + 1, kind_in(context), context, found)
            continue
        i += 1
    return found


def kind_in(context: str) -> Kind:
    """What a name after a colon is: in a node pattern a label, in a relationship
    pattern a type; elsewhere (``WHERE x:N``) a predicate on either."""
    if context == "node":
        return "label"
    if context == "rel":
        return "type"
    return "label or type"


def opened(toks: list[Token], i: int) -> str:
    bracket = toks[i].text
    if bracket == "(":
        return "node"
    if bracket == "[":
        return "rel" if i > 0 and toks[i - 1].text == "-" else "list"
    after = toks[i + 1 : i + 3]
    if after and after[0].text in ("}", "."):
        return "map"  # {} or a map projection n { .*, key: ... }
    if len(after) == 2 and after[0].is_name and after[1].text == ":":
        return "map"
    return "block"


def starts_label_expression(toks: list[Token], i: int, stack: list[str]) -> bool:
    """Whether the colon at ``i`` starts labels or types (not a map key's colon)."""
    if i == 0:
        return False
    before = toks[i - 1]
    if before.text in ("(", "[") and before.kind == "symbol":
        return True  # (:Label), [:TYPE]
    if not before.is_name:
        return False
    ahead = toks[i - 2] if i >= 2 else None
    if ahead is not None and ahead.text in (".", "$"):
        return False  # n.prop or $param before a colon: not a variable
    in_map = bool(stack) and stack[-1] == "map"
    # In a map, the name right after { or , is a key.
    return not (in_map and ahead is not None and ahead.text in ("{", ","))


def read_label_expression(
    toks: list[Token], i: int, kind: Kind, context: str, found: list[Name]
) -> int:
    """Reads ``A|B``, ``A&!B``, ``A:B``, ``%`` from ``i``; returns the index after it."""
    # In a list comprehension ``[x IN xs WHERE x:A | x.key]`` a bar ends the labels.
    joiners = {"&", ":"} if context == "list" else {"|", "&", ":"}
    depth = 0
    expect_name = True
    while i < len(toks):
        tok = toks[i]
        if expect_name and tok.is_name:
            if DYNAMIC not in tok.text:
                found.append(Name(kind, tok.value, tok.offset))
            expect_name = False
        elif expect_name and tok.text in ("!", "%"):
            expect_name = tok.text == "!"
        elif expect_name and tok.text == "(":
            depth += 1
        elif not expect_name and tok.text in joiners:
            expect_name = True
        elif expect_name and tok.text == ":" and toks[i - 1].text == "|":
            pass  # the older [:A|:B]
        elif not expect_name and tok.text == ")" and depth > 0:
            depth -= 1
        else:
            break
        i += 1
    return i


@dataclass(frozen=True)
class CypherText:
    """A Cypher text found in a module, with where each part of it came from."""

    path: Path
    line: int
    end_line: int
    text: str
    # (start, end, source expression) of each placeholder filled with a constant.
    filled: tuple[tuple[int, int, str], ...] = ()

    def spelling_at(self, offset: int, name: str) -> str:
        """What the source shows for the name at ``offset``: the name, or the
        placeholder expression it was filled from."""
        for start, end, expression in self.filled:
            if start <= offset < end:
                return expression
        return name


def is_cypher(text: str) -> bool:
    return bool(CLAUSE.search(text) or RELATIONSHIP_FRAGMENT.search(text)) and not SQL.search(text)


def cypher_texts(package: Path) -> Iterator[CypherText]:
    """Every Cypher text in the modules under ``package``."""
    for path in sorted(package.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        tree = ast.parse(source, filename=str(path))
        constants = ModuleConstants(module_name(path))
        for node in string_nodes(tree):
            text = rendered(node, constants)
            if is_cypher(text.text):
                yield CypherText(
                    path, node.lineno, node.end_lineno or node.lineno, text.text, text.filled
                )


def module_name(path: Path) -> str:
    """The dotted name ``path`` is imported by: from the outermost package holding it."""
    root = path.parent
    while (root.parent / "__init__.py").exists():
        root = root.parent
    parts = path.relative_to(root.parent).with_suffix("").parts
    return ".".join(parts).removesuffix(".__init__")


@dataclass(frozen=True)
class Rendered:
    text: str
    filled: tuple[tuple[int, int, str], ...]


def string_nodes(tree: ast.AST) -> Iterator[ast.Constant | ast.JoinedStr]:
    """String constants and f-strings, not docstrings nor an f-string's own parts."""
    skipped = docstrings(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            skipped.update(id(part) for part in node.values)
        elif isinstance(node, ast.FormattedValue) and node.format_spec is not None:
            skipped.add(id(node.format_spec))
    for node in ast.walk(tree):
        not_text = isinstance(node, ast.Constant) and not isinstance(node.value, str)
        if (
            isinstance(node, ast.JoinedStr | ast.Constant)
            and not not_text
            and id(node) not in skipped
        ):
            yield node


def docstrings(tree: ast.AST) -> set[int]:
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def rendered(node: ast.Constant | ast.JoinedStr, constants: "ModuleConstants") -> Rendered:
    if isinstance(node, ast.Constant):
        return Rendered(str(node.value), ())
    text = ""
    filled: list[tuple[int, int, str]] = []
    for part in node.values:
        if isinstance(part, ast.Constant):
            text += str(part.value)
        elif isinstance(part, ast.FormattedValue):
            expression = ast.unparse(part.value)
            value = constants.value_of(part.value)
            if value is None or part.conversion != -1 or part.format_spec is not None:
                text += DYNAMIC
            else:
                filled.append((len(text), len(text) + len(value), expression))
                text += value
    return Rendered(text, tuple(filled))


class ModuleConstants:
    """A module's string constants, by the name or dotted path a placeholder uses.

    Only a plain name (``ENTRY``) or attribute chain (``change_log.ENTRY``) naming a
    ``str`` in the imported module counts; anything else (a call, a local) is dynamic.
    """

    def __init__(self, module: str) -> None:
        self._namespace: dict[str, object] | None = None
        self._module = module

    def value_of(self, expression: ast.expr) -> str | None:
        path = dotted(expression)
        namespace = self.namespace()
        if path is None or path[0] not in namespace:
            return None
        value = namespace[path[0]]
        for attribute in path[1:]:
            value = getattr(value, attribute, None)
        return value if isinstance(value, str) else None

    def namespace(self) -> dict[str, object]:
        if self._namespace is None:
            self._namespace = dict(vars(importlib.import_module(self._module)))
        return self._namespace


def dotted(expression: ast.expr) -> list[str] | None:
    if isinstance(expression, ast.Name):
        return [expression.id]
    if isinstance(expression, ast.Attribute):
        head = dotted(expression.value)
        return None if head is None else [*head, expression.attr]
    return None


def located_names(text: CypherText, source_lines: list[str]) -> list[tuple[Name, int]]:
    """Each name of ``text`` with its source line.

    The names come in the text's order, so each is looked for from the line of the one
    before: the first line showing it (or the placeholder it was filled from) as a word.
    """
    located: list[tuple[Name, int]] = []
    line = text.line
    for name in names_in(text.text):
        spelling = text.spelling_at(name.offset, name.name)
        word = re.compile(rf"(?<![\w.]){re.escape(spelling)}(?!\w)")
        line = next(
            (n for n in range(line, text.end_line + 1) if word.search(source_lines[n - 1])),
            line,
        )
        located.append((name, line))
    return located
