"""Requests /ui cannot serve get its HTML error page, never FastAPI's JSON: refused
parameters (400), paths no page has (404), methods other than GET and HEAD (405). The
rest of the app keeps its JSON answers.

A refused request never reaches the store (test_a_refused_parameter_is_answered_before_
the_store_is_read), so the many shapes run on one embedded app (``routing``); the pages
that read a store are checked on both (``ui``)."""

from collections.abc import AsyncIterator
from urllib.parse import quote

import httpx
import pytest

from graph_api.store.base import GraphStore
from graph_api.store.embedded import EmbeddedStore
from graph_api.ui.impact_view import DEFAULT_DEPTH, MAX_DEPTH
from graph_api.ui.pages import CSP
from tests.conftest import app_client
from tests.ui.helpers import anonymous_client, anonymous_settings
from tests.ui.html import parse
from tests.ui.test_pages import DownStore

IMPACT = "/ui/impact/System/crm"
PAGES = "/ui, /ui/journeys/{key}, /ui/impact/{kind}/{key}"


@pytest.fixture
async def ui(demo_store: GraphStore) -> AsyncIterator[httpx.AsyncClient]:
    """The pages on each store, with the demo model."""
    async with anonymous_client(demo_store) as http:
        yield http


@pytest.fixture
async def routing() -> AsyncIterator[httpx.AsyncClient]:
    """The pages on an empty embedded store: enough for requests refused before it."""
    async with anonymous_client(EmbeddedStore(":memory:")) as http:
        yield http


async def error_message(
    client: httpx.AsyncClient, path: str, status: int, method: str = "GET"
) -> str:
    """The message of the HTML error page ``path`` answers, after checking it is one."""
    response = await client.request(method, path)
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("text/html")
    assert response.headers["content-security-policy"] == CSP
    assert response.headers["x-content-type-options"] == "nosniff"
    html = parse(response.text)
    assert html.find("h1").text.startswith(f"{status} ·")
    return html.find("p", cls="message").text


# Refused parameters: a 400 page naming the parameter, its value, what it should be.


REFUSED_DEPTHS = [
    ("0", "'0'", "greater than or equal to 1"),
    ("-1", "'-1'", "a whole number written in the digits 0-9"),
    (str(MAX_DEPTH + 1), f"'{MAX_DEPTH + 1}'", f"less than or equal to {MAX_DEPTH}"),
    ("999999", "'999999'", f"less than or equal to {MAX_DEPTH}"),
    ("abc", "'abc'", "a whole number written in the digits 0-9"),
    ("", "''", "a whole number written in the digits 0-9"),
    # What int() or pydantic would read, but no one writes for a depth.
    ("3.0", "'3.0'", "digits 0-9"),
    ("1_0", "'1_0'", "digits 0-9"),
    ("+3", "' 3'", "digits 0-9"),  # '+' is a space in a query string
    ("%2B3", "'+3'", "digits 0-9"),
    ("0x3", "'0x3'", "digits 0-9"),
    # Digits of other scripts: str.isdigit() says yes, int() reads them.
    ("%EF%BC%93", "'\uff13'", "digits 0-9"),  # fullwidth three, shown as such
    ("%D9%A3", "'٣'", "digits 0-9"),  # Arabic-Indic three
    ("%00", "'\\x00'", "digits 0-9"),  # a control character, shown escaped
    ("%FF", "'\ufffd'", "digits 0-9"),  # not UTF-8
    ("<b>2</b>", "'<b>2</b>'", "digits 0-9"),  # shown as text, never markup
]


@pytest.mark.parametrize(("depth", "shown", "should"), REFUSED_DEPTHS)
async def test_a_refused_depth_is_named_on_the_error_page(
    routing: httpx.AsyncClient, depth: str, shown: str, should: str
) -> None:
    message = await error_message(routing, f"{IMPACT}?depth={depth}", 400)
    assert message.startswith(f"The query parameter 'depth' is {shown}: it should be ")
    assert should in message


async def test_refused_depths_on_each_store(ui: httpx.AsyncClient) -> None:
    for depth, shown, should in REFUSED_DEPTHS:
        message = await error_message(ui, f"{IMPACT}?depth={depth}", 400)
        assert message.startswith(f"The query parameter 'depth' is {shown}: ") and should in message
        for node in ("/ui/impact/system/crm", "/ui/impact/Gadget/crm", "/ui/impact/System/no-such"):
            assert "'depth'" in await error_message(ui, f"{node}?depth={depth}", 400)


async def test_a_huge_number_is_refused_and_shown_cut(routing: httpx.AsyncClient) -> None:
    digits = "9" * 5000
    message = await error_message(routing, f"{IMPACT}?depth={digits}", 400)
    assert message.startswith("The query parameter 'depth' is '999")
    assert "…" in message and len(message) < 300
    words = "x" * 20_000
    message = await error_message(routing, f"{IMPACT}?depth={words}", 400)
    assert "…" in message and len(message) < 300


async def test_a_parameter_given_twice_is_refused_even_with_equal_values(
    ui: httpx.AsyncClient,
) -> None:
    for query in ("depth=2&depth=5", "depth=2&depth=2", "depth=1&depth=2&depth=3"):
        count = query.count("depth=")
        message = await error_message(ui, f"{IMPACT}?{query}", 400)
        assert message == f"The query parameter 'depth' is given {count} times: give it once."


@pytest.mark.parametrize(
    ("path", "query", "name", "takes"),
    [
        (IMPACT, "dpeth=2", "'dpeth'", "it takes depth"),
        (IMPACT, "Depth=2", "'Depth'", "it takes depth"),
        (IMPACT, "=2", "''", "it takes depth"),
        (IMPACT, f"{quote('глубина')}=2", "'глубина'", "it takes depth"),
        ("/ui", "x=1", "'x'", "it takes none"),
        ("/ui/", "page=2", "'page'", "it takes none"),
        ("/ui/journeys/fault-repair", "depth=2", "'depth'", "it takes none"),
    ],
)
async def test_a_parameter_the_page_does_not_take_is_refused(
    routing: httpx.AsyncClient, path: str, query: str, name: str, takes: str
) -> None:
    message = await error_message(routing, f"{path}?{query}", 400)
    assert message == f"The query parameter {name} is not a parameter of this page ({takes})."


async def test_every_refused_parameter_is_named(routing: httpx.AsyncClient) -> None:
    message = await error_message(routing, f"{IMPACT}?a=1&depth=2&depth=3&b=2", 400)
    assert message == (
        "The query parameter 'a' is not a parameter of this page (it takes depth). "
        "The query parameter 'depth' is given 2 times: give it once. "
        "The query parameter 'b' is not a parameter of this page (it takes depth)."
    )


async def test_a_long_parameter_name_is_shown_cut(routing: httpx.AsyncClient) -> None:
    message = await error_message(routing, f"/ui?{'n' * 10_000}=1", 400)
    assert message.startswith("The query parameter 'nnn") and "…" in message
    assert len(message) < 300


async def test_every_depth_in_range_and_empty_separators_are_served(
    ui: httpx.AsyncClient,
) -> None:
    for depth in range(1, MAX_DEPTH + 1):
        response = await ui.get(f"{IMPACT}?depth={depth}")
        assert response.status_code == 200, response.text
        assert f"within {depth} relationships" in response.text
    # "?", "&&" hold no parameter: the page at its default depth.
    for query in ("?", "?&&", ""):
        response = await ui.get(f"{IMPACT}{query}")
        assert response.status_code == 200, response.text
        assert f"within {DEFAULT_DEPTH} relationships" in response.text


async def test_a_refused_parameter_is_answered_before_the_store_is_read() -> None:
    # The store does not answer: a page that read it would be a 503.
    async with app_client(DownStore(":memory:"), anonymous_settings(), headers={}) as http:
        assert "'depth'" in await error_message(http, f"{IMPACT}?depth=0", 400)
        assert "'x'" in await error_message(http, "/ui?x=1", 400)


# Paths no page has, and methods the pages do not answer.


@pytest.mark.parametrize(
    "path",
    [
        "/ui/nope",
        "/ui/journeys",
        "/ui/journeys/",
        "/ui/journeys/fault-repair/steps",
        "/ui/impact",
        "/ui/impact/System",
        "/ui/impact/System/",
        "/ui/impact/System/crm/more",
        "/ui/%C3%BCber",
        "/ui/%00",
    ],
)
async def test_a_path_no_page_has_answers_a_404_page_listing_the_pages(
    routing: httpx.AsyncClient, path: str
) -> None:
    message = await error_message(routing, path, 404)
    assert message.startswith("No page at '/ui/")
    assert message.endswith(f"The pages here: {PAGES}.")


async def test_a_long_unknown_path_is_shown_cut(routing: httpx.AsyncClient) -> None:
    message = await error_message(routing, "/ui/" + "a" * 20_000, 404)
    assert message.startswith("No page at '/ui/aaa") and "…" in message
    assert len(message) < 300


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE", "OPTIONS"])
@pytest.mark.parametrize("path", ["/ui", "/ui/", "/ui/journeys/fault-repair", IMPACT])
async def test_other_methods_answer_a_405_page_with_allow(
    routing: httpx.AsyncClient, path: str, method: str
) -> None:
    response = await routing.request(method, path)
    assert response.headers["allow"] == "GET, HEAD"
    message = await error_message(routing, path, 405, method)
    assert message == f"'{path}' answers GET and HEAD requests, not {method}."


@pytest.mark.parametrize("path", ["/ui", "/ui/journeys/fault-repair", IMPACT])
async def test_head_answers_as_get(ui: httpx.AsyncClient, path: str) -> None:
    get, head = await ui.get(path), await ui.head(path)
    assert head.status_code == get.status_code == 200
    assert head.headers["content-type"] == get.headers["content-type"]
    assert head.headers["content-security-policy"] == CSP


# Outside /ui, the app's JSON answers stand.


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("GET", "/nope", 404),
        ("GET", "/uix", 404),
        ("GET", "/graphql/nope", 404),
        ("POST", "/healthz", 405),
        ("DELETE", "/readyz", 405),
    ],
)
async def test_outside_ui_errors_stay_json(
    routing: httpx.AsyncClient, method: str, path: str, status: int
) -> None:
    response = await routing.request(method, path)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/json"
    assert set(response.json()) == {"detail"}


async def test_graphql_refusals_stay_graphql_json(routing: httpx.AsyncClient) -> None:
    response = await routing.get("/graphql", params=[("query", "{ __typename }")] * 2)
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("application/json")
    assert response.json()["errors"][0]["extensions"]["code"] == "BAD_REQUEST"
