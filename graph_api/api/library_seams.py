"""Every use of a Strawberry or graphql-core name that is not part of their public API.

Each use below exists because no public name does the job (said at each); the rest of
the code goes through these functions only (the read path's own are in
:mod:`graph_api.graphql.library_seams`, below the API's layer).
``tests/unit/test_library_seams.py`` checks each one against the installed versions
and names the private attribute when an upgrade removes or changes it: raising a
dependency's bound (README, "Dependencies") starts there.
"""

from graphql import ASTValidationRule, DocumentNode, GraphQLError, GraphQLSchema
from strawberry import Schema
from strawberry.schema.schema import validate_document as _strawberry_validate

PRIVATE_NAMES = (
    "strawberry.Schema._schema",
    "strawberry.schema.schema.validate_document",
    "graphql-core parser message: 'Document contains more than {n} tokens. Parsing aborted.'",
    "graphql-core parser message: 'Document is nested too deeply. Parsing aborted.'",
)
"""What this module relies on, for the test and for whoever upgrades."""


def graphql_schema(schema: Schema) -> GraphQLSchema:
    """The graphql-core schema Strawberry built and validates against.

    Private: ``Schema._schema``. Strawberry has no public accessor (its own validation,
    ``ValidationCache`` extension and printer read ``_schema`` too); validating a document
    off the event loop (graph_api/api/document_cache.py) needs that very schema, not one
    rebuilt from introspection, whose scalars would accept anything.
    """
    built: GraphQLSchema = schema._schema
    return built


def validate_document(
    schema: GraphQLSchema, document: DocumentNode, rules: tuple[type[ASTValidationRule], ...]
) -> list[GraphQLError]:
    """``rules`` run on ``document``, plus the rules Strawberry adds to every validation
    (``@oneOf`` inputs, ``Maybe`` arguments): the errors Strawberry's own validation gives.

    Private: ``strawberry.schema.schema.validate_document``, the function Strawberry's
    validation step calls; it is not exported (``strawberry.schema`` exports ``Schema``
    only), and the rules it adds live in private modules too. Validating a text once,
    in a worker thread, must give exactly Strawberry's errors.
    """
    return _strawberry_validate(schema, document, rules)


# graphql-core raises its parser's refusals as plain GraphQLSyntaxErrors: no subclass, no
# code, only the message tells them apart (graphql/language/lexer.py and parser.py).


def is_token_limit_error(error: GraphQLError, max_tokens: int) -> bool:
    """Whether ``error`` is the parser's refusal of a document over ``max_tokens`` tokens
    (the ``max_tokens`` parse option, which Strawberry's MaxTokensLimiter sets).

    Private: the message text ``Document contains more than {n} tokens. Parsing
    aborted.``; graphql-core has no public way to tell this error from a syntax error.
    """
    return error.message.endswith(f"more than {max_tokens} tokens. Parsing aborted.")


def is_nesting_limit_error(error: GraphQLError) -> bool:
    """Whether ``error`` is the parser's refusal of a document nested too deeply for its
    recursion (it catches its RecursionError and raises this instead).

    Private: the message text ``Document is nested too deeply. Parsing aborted.``
    (graphql-core's ``nested_too_deeply_error``, marked private itself).
    """
    return error.message.endswith("Document is nested too deeply. Parsing aborted.")


__all__ = [
    "PRIVATE_NAMES",
    "graphql_schema",
    "is_nesting_limit_error",
    "is_token_limit_error",
    "validate_document",
]
