"""Settings, read from environment variables (and an optional ``.env`` file).

Variables of the API itself take the ``GRAPH_API_`` prefix; the Neo4j connection uses
the names Neo4j users already know (``NEO4J_URI``, ``NEO4J_USER``, ...).
"""

from functools import lru_cache
from pathlib import Path
from typing import Literal, Self

from pydantic import (
    AliasChoices,
    Field,
    SecretStr,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, SettingsConfigDict

from graph_api.metamodel.carried import LanguageTag
from graph_api.metamodel.kinds import INT_MAX

REPO_DEMO_MODEL = Path(__file__).resolve().parents[1] / "seeds" / "demo.yaml"


NEO4J_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
"""The schemes the driver connects through: ``bolt`` to the one server named, ``neo4j``
routing in a cluster (reads to the members that serve reads); ``+s`` with TLS checked
against the system's certificate authorities, ``+ssc`` accepting a self-signed one."""


def _neo4j(name: str) -> AliasChoices:
    return AliasChoices(f"NEO4J_{name}", f"GRAPH_API_NEO4J_{name}")


class Settings(BaseSettings):
    """Everything the API can be configured with."""

    # hide_input_in_errors: a refusal would otherwise print every value read, the
    # secrets among them (a cross-field check's input is the whole set).
    model_config = SettingsConfigDict(
        env_prefix="GRAPH_API_", env_file=".env", extra="ignore", hide_input_in_errors=True
    )

    # First: the defaults of graphiql and anonymous_read depend on it, and a field
    # validator sees only the fields declared before its own.
    environment: Literal["development", "production"] = Field(
        "production", description="development relaxes defaults: anonymous reading is on."
    )
    store: Literal["embedded", "neo4j"] = Field(
        "embedded", description="Which store keeps the graph."
    )
    sqlite_path: str = Field(
        "data/graph.db", description="The embedded store's SQLite file (':memory:' for none)."
    )
    host: str = Field("127.0.0.1", description="Address `graph-api serve` listens on.")
    port: int = Field(8000, ge=1, le=65535, description="Port `graph-api serve` listens on.")
    workers: int | None = Field(
        None,
        ge=1,
        le=1024,
        description="Processes `graph-api serve` serves from; default: the number of cores "
        "the process may use (its CPU set, within a container's CPU quota) with Neo4j, 1 "
        "with the embedded store (which serves from one process only).",
    )
    changes_poll_seconds: float = Field(
        0.5,
        gt=0,
        le=60,
        description="How often a process with `changes` subscribers reads the change log "
        "for the changes other processes made.",
    )
    demo_if_empty: bool = Field(
        True, description="Load the demo model at start-up when the store is empty."
    )
    demo_model: Path = Field(
        REPO_DEMO_MODEL, description="The model file loaded into an empty store at start-up."
    )
    graphiql: bool | None = Field(
        None,
        validate_default=True,
        description="Serve the GraphiQL IDE at /graphql; default: on in development, off in "
        "production.",
    )
    model_language: LanguageTag = Field(
        "en",
        description="The language of the nodes' own labels and descriptions (a BCP 47 tag): "
        "an ArchiMate import takes the names in it as labels, the export writes labels in it; "
        "other languages are translations.",
    )
    max_page_size: int = Field(100, ge=1, description="Largest `first` a list accepts.")
    default_page_size: int = Field(20, ge=1, description="`first` when a client gives none.")

    # Limits against abusive queries (graph_api/api/limits): refused before the store with
    # LIMIT_EXCEEDED, or stopped with TIMEOUT.
    max_query_depth: int = Field(
        12, ge=1, description="Deepest nesting of selections an operation may have."
    )
    max_aliases: int = Field(30, ge=0, description="Most aliased fields a document may have.")
    max_tokens: int = Field(
        5000, ge=1, description="Most lexical tokens (comments included) a document may have."
    )
    max_selections: int = Field(
        2_000,
        ge=1,
        description="Most selections a document may have once its fragments are expanded "
        "(every definition counted); checked before validation.",
    )
    max_repeated_fields: int = Field(
        20,
        ge=1,
        description="Most fields a document may select at one place under one name or alias "
        "(fragments included); checked before validation.",
    )
    max_selection_nesting: int = Field(
        50,
        ge=1,
        description="Deepest nesting of selections through fragments and inline fragments; "
        "checked before validation.",
    )
    max_query_cost: int = Field(
        100_000,
        ge=1,
        description="Highest estimated cost (objects an operation can touch) accepted.",
    )
    assumed_fan_out: int = Field(
        5, ge=1, description="Items the cost estimate assumes for a list without pages."
    )
    assumed_kind_size: int = Field(
        100,
        ge=1,
        description="Nodes the cost estimate assumes a filtered or ordered listing of one "
        "kind tests, per term of its `where` and key of its `orderBy`.",
    )
    max_filter_depth: int = Field(
        16,
        ge=1,
        description="Deepest nesting of input objects in a `where` or `orderBy` value.",
    )
    max_filter_terms: int = Field(
        64,
        ge=1,
        description="Most terms (fields and list elements) in a `where` or `orderBy` value.",
    )
    request_timeout_seconds: float = Field(
        10.0,
        gt=0,
        description="Longest a GraphQL operation (parse, validation and execution), and "
        "each Neo4j transaction, may run.",
    )
    import_timeout_seconds: float = Field(
        600.0,
        gt=0,
        description="Longest a whole-model or ArchiMate import through GraphQL (importModel, "
        "importArchimate), and each of its Neo4j transactions, may run.",
    )
    introspection: bool = Field(
        True, description="Answer introspection queries (GraphiQL needs them)."
    )

    # Whether a request's nested node fields are read by one plan per root field, in one
    # store round trip (docs/reads.md). Off, every relationship field is read level by
    # level through the request's loaders: the reference the plans are tested against.
    read_plans: bool = Field(
        True,
        description="Read each root field's nested selection in one store round trip.",
    )

    # How often `graph-api serve` collects garbage (graph_api/api/gc_tuning.py).
    gc_threshold: int = Field(
        50_000,
        ge=0,
        le=INT_MAX,
        description=(
            "Allocations between first-generation garbage collections when serving "
            "(0: Python's default, 700)."
        ),
    )

    # How old evidence may be before coverage and serviceBlueprint call it stale
    # (docs/queries/coverage.md); each query may say otherwise.
    evidence_max_age_days: int = Field(
        365,
        ge=0,
        le=INT_MAX,
        description="Days after which a piece of evidence no longer counts as fresh.",
    )
    min_channel_evidence: int = Field(
        3,
        ge=0,
        le=INT_MAX,
        description="Fresh pieces of evidence a channel needs for coverage not to call it "
        "thin: with fewer than three, one study or log speaks for the whole channel.",
    )

    # Bounds on what the server reads before any other work (docs/security.md).
    max_request_bytes: int = Field(
        2_000_000,
        ge=1_000,
        description="Largest GraphQL request body (or GET query string) read, in bytes; "
        "larger ones are refused with 413 while reading.",
    )
    max_import_bytes: int = Field(
        32_000_000,
        ge=1_000,
        description="Largest request body an admin may send (whole-model and ArchiMate "
        "imports), and a caller who may ingest to POST /ingest, in bytes.",
    )

    # Authentication and roles (docs/security.md).
    anonymous_read: bool | None = Field(
        None,
        validate_default=True,
        description="Let callers without a token read (never write); "
        "default: on in development, off in production.",
    )
    api_keys_path: str = Field(
        "data/api-keys.db", description="The SQLite file of API keys (stored hashed)."
    )
    jwt_secret: SecretStr = Field(
        SecretStr(""), description="HS256 secret for JWTs; empty: no HS256 tokens."
    )
    jwt_public_key: str = Field(
        "", description="RS256 public key for JWTs (PEM text or a file path); empty: none."
    )
    jwt_audience: str = Field("", description="Required `aud` claim of JWTs, if set.")
    jwt_issuer: str = Field("", description="Required `iss` claim of JWTs, if set.")

    neo4j_uri: str = Field(
        "bolt://127.0.0.1:7687",
        validation_alias=_neo4j("URI"),
        description="Where Neo4j is: bolt://HOST:PORT for one server, neo4j://HOST:PORT to "
        "route through a cluster (or Aura, neo4j+s://); +s and +ssc add TLS.",
    )
    neo4j_user: str = Field("neo4j", validation_alias=_neo4j("USER"))
    neo4j_password: SecretStr = Field(SecretStr(""), validation_alias=_neo4j("PASSWORD"))
    neo4j_database: str = Field("neo4j", validation_alias=_neo4j("DATABASE"))

    @field_validator("graphiql", "anonymous_read")
    @classmethod
    def _on_in_development(cls, value: bool | None, info: ValidationInfo) -> bool | None:
        """Unset: on in development, off in production."""
        environment = info.data.get("environment")  # absent when it was refused itself
        if value is not None or environment is None:
            return value
        return bool(environment == "development")

    @field_validator("neo4j_uri")
    @classmethod
    def _a_driver_scheme(cls, value: str) -> str:
        """A URI the driver can open; anything else would fail only at the first query."""
        scheme, separator, rest = value.partition("://")
        if not separator or scheme.lower() not in NEO4J_SCHEMES:
            # Only the scheme is shown: the rest of a URI may carry credentials.
            shown = f"scheme {scheme!r}" if separator else "no scheme"
            raise ValueError(
                f"NEO4J_URI must start with one of {', '.join(s + '://' for s in NEO4J_SCHEMES)}"
                f" (it has {shown})"
            )
        host = rest.split("/", 1)[0].rpartition("@")[2]
        if not host or host.startswith(":"):
            raise ValueError(f"NEO4J_URI names no host after {scheme}://")
        return value

    @model_validator(mode="after")
    def _refuse_impossible_combinations(self) -> Self:
        self.check()
        return self

    def check(self) -> None:
        """Refuse combinations that cannot work, with a message naming the setting.

        Runs on construction; call it again after ``model_copy(update=...)``, which
        validates nothing.
        """
        if self.default_page_size > self.max_page_size:
            raise ValueError(
                "GRAPH_API_DEFAULT_PAGE_SIZE must not exceed GRAPH_API_MAX_PAGE_SIZE "
                f"({self.default_page_size} > {self.max_page_size})"
            )
        if self.import_timeout_seconds < self.request_timeout_seconds:
            raise ValueError(
                "GRAPH_API_IMPORT_TIMEOUT_SECONDS must not be below "
                "GRAPH_API_REQUEST_TIMEOUT_SECONDS "
                f"({self.import_timeout_seconds:g} < {self.request_timeout_seconds:g})"
            )
        if self.max_import_bytes < self.max_request_bytes:
            raise ValueError(
                "GRAPH_API_MAX_IMPORT_BYTES must not be below GRAPH_API_MAX_REQUEST_BYTES "
                f"({self.max_import_bytes} < {self.max_request_bytes})"
            )


@lru_cache
def get_settings() -> Settings:
    """The process's settings, read once (and checked, as every Settings is)."""
    return Settings()
