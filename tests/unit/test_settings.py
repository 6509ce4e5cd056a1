"""Settings are checked when they are made, whoever makes them: ``get_settings()`` from
the environment, the CLI, a test or an embedding program handing ``Settings(...)`` to
``create_app``. A refusal names the setting and says what is wrong, and shows no secret."""

from collections.abc import Iterator
from typing import Any

import pytest
from pydantic import ValidationError

from graph_api.app import create_app
from graph_api.config import Settings, get_settings

# Each bad value (as keyword arguments), and what its refusal must say.
REFUSED: dict[str, tuple[dict[str, Any], str]] = {
    "default page above the maximum": (
        {"default_page_size": 101, "max_page_size": 100},
        "GRAPH_API_DEFAULT_PAGE_SIZE must not exceed GRAPH_API_MAX_PAGE_SIZE (101 > 100)",
    ),
    "import timeout below the request's": (
        {"request_timeout_seconds": 30, "import_timeout_seconds": 2.5},
        "GRAPH_API_IMPORT_TIMEOUT_SECONDS must not be below GRAPH_API_REQUEST_TIMEOUT_SECONDS "
        "(2.5 < 30)",
    ),
    "import body below the request's": (
        {"max_request_bytes": 50_000, "max_import_bytes": 49_999},
        "GRAPH_API_MAX_IMPORT_BYTES must not be below GRAPH_API_MAX_REQUEST_BYTES (49999 < 50000)",
    ),
    "port out of range": ({"port": 70_000}, "less than or equal to 65535"),
    "no page at all": ({"max_page_size": 0}, "greater than or equal to 1"),
    "timeout of zero": ({"request_timeout_seconds": 0}, "greater than 0"),
    "unknown store": ({"store": "mongo"}, "'embedded' or 'neo4j'"),
    "unknown environment": ({"environment": "staging"}, "'development' or 'production'"),
}
SECRETS = {"jwt_secret": "hs256-secret-value", "neo4j_password": "neo4j-secret-value"}


@pytest.fixture
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    """No GRAPH_API_ variable or .env file of the machine's leaks into the settings read."""
    for name in Settings.model_fields:
        monkeypatch.delenv(f"GRAPH_API_{name.upper()}", raising=False)
    monkeypatch.setitem(Settings.model_config, "env_file", None)
    get_settings.cache_clear()
    yield monkeypatch
    get_settings.cache_clear()


def _messages(refusal: ValidationError) -> list[str]:
    return [f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in refusal.errors()]


@pytest.mark.parametrize(("bad", "says"), REFUSED.values(), ids=REFUSED.keys())
def test_settings_made_directly_are_refused_with_a_clear_message(
    clean_environment: pytest.MonkeyPatch, bad: dict[str, Any], says: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        Settings(**bad)
    assert any(says in message for message in _messages(refused.value)), refused.value
    if len(bad) == 1:  # a field's own bound: the refusal names the field
        (field,) = bad
        assert [e["loc"] for e in refused.value.errors()] == [(field,)]


@pytest.mark.parametrize(("bad", "says"), REFUSED.values(), ids=REFUSED.keys())
def test_the_environment_and_direct_construction_get_the_same_refusal(
    clean_environment: pytest.MonkeyPatch, bad: dict[str, Any], says: str
) -> None:
    with pytest.raises(ValidationError) as direct:
        Settings(**bad)
    for name, value in bad.items():
        clean_environment.setenv(f"GRAPH_API_{name.upper()}", str(value))
    with pytest.raises(ValidationError) as read:
        get_settings()
    assert _messages(read.value) == _messages(direct.value)
    assert says in str(read.value)


@pytest.mark.parametrize(("bad", "says"), REFUSED.values(), ids=REFUSED.keys())
def test_no_app_is_made_with_refused_settings(
    clean_environment: pytest.MonkeyPatch, bad: dict[str, Any], says: str
) -> None:
    made: list[object] = []
    with pytest.raises(ValidationError, match=says.replace("(", r"\(").replace(")", r"\)")):
        made.append(create_app(Settings(demo_if_empty=False, **bad)))
    assert made == []


@pytest.mark.parametrize(("bad", "says"), REFUSED.values(), ids=REFUSED.keys())
def test_a_refusal_shows_no_secret(
    clean_environment: pytest.MonkeyPatch, bad: dict[str, Any], says: str
) -> None:
    clean_environment.setenv("NEO4J_PASSWORD", SECRETS["neo4j_password"])
    with pytest.raises(ValidationError) as refused:
        Settings(jwt_secret=SECRETS["jwt_secret"], **bad)
    shown = f"{refused.value}\n{refused.value!r}"  # what a traceback or a log shows
    assert says in shown
    for secret in SECRETS.values():
        assert secret not in shown


def test_a_copy_with_changes_is_checked_again_by_check(clean_environment: None) -> None:
    """``model_copy(update=...)`` validates nothing (pydantic's rule): ``check()`` does."""
    copy = Settings().model_copy(update={"default_page_size": 500})
    with pytest.raises(ValueError, match="GRAPH_API_DEFAULT_PAGE_SIZE must not exceed"):
        copy.check()


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ({}, (False, False)),
        ({"environment": "development"}, (True, True)),
        ({"environment": "development", "graphiql": False}, (False, True)),
        ({"environment": "production", "anonymous_read": True}, (False, True)),
    ],
)
def test_graphiql_and_anonymous_reading_follow_the_environment_unless_set(
    clean_environment: None, given: dict[str, Any], expected: tuple[bool, bool]
) -> None:
    made = Settings(**given)
    assert (made.graphiql, made.anonymous_read) == expected


def test_values_read_from_the_environment_are_checked_too(
    clean_environment: pytest.MonkeyPatch,
) -> None:
    """A bad combination half from the environment, half from the caller, is refused."""
    clean_environment.setenv("GRAPH_API_MAX_PAGE_SIZE", "10")
    with pytest.raises(ValidationError, match=r"GRAPH_API_DEFAULT_PAGE_SIZE .* \(20 > 10\)"):
        Settings()
    assert Settings(default_page_size=10).default_page_size == 10


@pytest.mark.parametrize(
    "uri",
    [
        "bolt://127.0.0.1:7687",
        "bolt+s://db.example.com:7687",
        "bolt+ssc://db.example.com",
        "neo4j://core1.example.com:7687",
        "neo4j+s://0123abcd.databases.neo4j.io",
        "neo4j+ssc://cluster.example.com:7687?policy=europe",
    ],
)
def test_neo4j_uri_takes_every_scheme_of_the_driver(
    clean_environment: pytest.MonkeyPatch, uri: str
) -> None:
    assert Settings(neo4j_uri=uri).neo4j_uri == uri
    clean_environment.setenv("NEO4J_URI", uri)
    assert get_settings().neo4j_uri == uri


# A URI the driver cannot open, and the end of what its refusal says.
BAD_URIS = {
    "http://neo4j:7474": "(it has scheme 'http')",
    "neo4j+x://neo4j:7687": "(it has scheme 'neo4j+x')",
    "localhost:7687": "(it has no scheme)",
    "127.0.0.1": "(it has no scheme)",
    "bolt://": "NEO4J_URI names no host after bolt://",
    "neo4j://:7687": "NEO4J_URI names no host after neo4j://",
}


@pytest.mark.parametrize(("uri", "says"), BAD_URIS.items(), ids=BAD_URIS.keys())
@pytest.mark.parametrize("variable", ["NEO4J_URI", "GRAPH_API_NEO4J_URI"])
def test_neo4j_uri_of_another_scheme_is_refused_naming_the_variable(
    clean_environment: pytest.MonkeyPatch, uri: str, says: str, variable: str
) -> None:
    with pytest.raises(ValidationError) as direct:
        Settings(neo4j_uri=uri)
    clean_environment.setenv(variable, uri)
    with pytest.raises(ValidationError) as read:
        get_settings()
    for refusal in (direct.value, read.value):
        (error,) = refusal.errors()
        assert error["loc"] == ("NEO4J_URI",)
        assert error["msg"].startswith("Value error, NEO4J_URI ")
        assert error["msg"].endswith(says), error["msg"]
        schemes = "bolt://, bolt+s://, bolt+ssc://, neo4j://, neo4j+s://, neo4j+ssc://"
        if "scheme" in says:
            assert f"must start with one of {schemes} (" in error["msg"]


def test_a_refused_neo4j_uri_is_not_shown(clean_environment: pytest.MonkeyPatch) -> None:
    """Only its scheme: the rest of a URI may carry a user and password."""
    uri = f"https://neo4j:{SECRETS['neo4j_password']}@db.example.com"
    with pytest.raises(ValidationError) as refused:
        Settings(neo4j_uri=uri)
    shown = f"{refused.value}\n{refused.value!r}"
    assert "(it has scheme 'https')" in shown
    assert SECRETS["neo4j_password"] not in shown
    assert "db.example.com" not in shown
