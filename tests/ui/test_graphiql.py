"""GraphiQL is served whole by the server: its page refers to nothing elsewhere, every
file it loads comes from /static/graphiql with the integrity the page asks, and those
files are the pinned packages' own (tools/graphiql-assets), shipped as package data.

The page in a real browser with the network cut: tests/ui/test_graphiql_browser.py.
"""

import base64
import hashlib
import json
import re
import shutil
import subprocess
import tomllib
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from graph_api.api import graphiql
from graph_api.store.embedded import EmbeddedStore
from tests.conftest import ROOT, app_client
from tests.ui.helpers import anonymous_settings
from tests.ui.html import Element, parse

TOOL = ROOT / "tools" / "graphiql-assets"
PACKAGE = ROOT / "graph_api"
HTML = {"Accept": "text/html"}
MEDIA_TYPES = {".js": "text/javascript", ".css": "text/css"}


@pytest.fixture
async def http() -> AsyncIterator[httpx.AsyncClient]:
    """A browser's view of a server with GraphiQL on (as in development). The page reads
    no store; the query it runs is run in the browser test."""
    settings = anonymous_settings(graphiql=True)
    async with app_client(EmbeddedStore(":memory:"), settings, headers={}) as client:
        yield client


async def graphiql_page(http: httpx.AsyncClient) -> tuple[httpx.Response, Element]:
    response = await http.get("/graphql", headers=HTML)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/html")
    return response, parse(response.text)


def sha384(data: bytes) -> str:
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode("ascii")


def manifest() -> list[dict[str, str]]:
    files: list[dict[str, str]] = json.loads(
        (graphiql.ASSETS / "manifest.json").read_text(encoding="utf-8")
    )["files"]
    return files


async def test_every_file_the_page_loads_comes_from_the_server(
    http: httpx.AsyncClient,
) -> None:
    response, html = await graphiql_page(http)
    assert "unpkg" not in response.text and "cdn" not in response.text.lower()
    loaded = {
        e.attrs.get("src") or e.attrs["href"]: e
        for e in html.iter()
        if "src" in e.attrs or "href" in e.attrs
    }
    assert loaded.pop("data:,").attrs["rel"] == "icon"
    urls = sorted(loaded)
    assert urls == sorted(f"{graphiql.ASSET_PATH}/{f['file']}" for f in manifest())
    for url in urls:
        assert url.startswith(f"{graphiql.ASSET_PATH}/")
        asset = await http.get(url)
        assert asset.status_code == 200, url
        suffix = Path(url).suffix
        assert asset.headers["content-type"].startswith(MEDIA_TYPES[suffix])
        assert asset.headers["x-content-type-options"] == "nosniff"
        assert asset.headers["cache-control"] == "no-cache"
        # The browser refuses a file whose bytes differ from the page's integrity.
        assert loaded[url].attrs["integrity"] == sha384(asset.content), url
        # Revalidated, not fetched again, while it is unchanged.
        again = await http.get(url, headers={"If-None-Match": asset.headers["etag"]})
        assert again.status_code == 304 and not again.content


async def test_the_page_allows_this_server_and_its_own_script_only(
    http: httpx.AsyncClient,
) -> None:
    response, html = await graphiql_page(http)
    csp = response.headers["content-security-policy"]
    assert csp == graphiql.CSP
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert directives["default-src"] == "'none'"
    assert directives["connect-src"] == "'self'"
    assert len([e for e in html.find_all("script") if "src" not in e.attrs]) == 1
    inline = re.findall(r"<script>(.*?)</script>", response.text, re.DOTALL)
    assert len(inline) == 1
    digest = base64.b64encode(hashlib.sha256(inline[0].encode()).digest()).decode()
    assert directives["script-src"] == f"'self' 'sha256-{digest}'"
    assert response.headers["x-content-type-options"] == "nosniff"


async def test_a_missing_or_outside_file_is_not_served(http: httpx.AsyncClient) -> None:
    for path in ("nope.js", "../__init__.py", "..%2F__init__.py", "", "../page.html"):
        response = await http.get(f"{graphiql.ASSET_PATH}/{path}")
        assert response.status_code == 404, path


async def test_without_graphiql_its_files_are_not_served() -> None:
    settings = anonymous_settings(graphiql=False)
    async with app_client(EmbeddedStore(":memory:"), settings, headers=HTML) as http:
        assert (await http.get(f"{graphiql.ASSET_PATH}/graphiql.min.js")).status_code == 404
        page = await http.get("/graphql")
        assert "GraphiQL" not in page.text


def test_the_files_are_the_pinned_packages_with_their_licences() -> None:
    pins = json.loads((TOOL / "package.json").read_text(encoding="utf-8"))["dependencies"]
    lock = json.loads((TOOL / "package-lock.json").read_text(encoding="utf-8"))["packages"]
    for name, version in pins.items():
        assert lock[f"node_modules/{name}"]["version"] == version, name
    files = manifest()
    assert {f["package"] for f in files} == set(pins)
    notices = (graphiql.ASSETS / "NOTICES.txt").read_text(encoding="utf-8")
    for entry in files:
        assert entry["version"] == pins[entry["package"]]
        data = (graphiql.ASSETS / entry["file"]).read_bytes()
        assert entry["integrity"] == sha384(data), entry["file"]
        assert f"{entry['package']} {entry['version']} ({entry['license']})" in notices
    # Every package the lock installs has its licence in the notices.
    for path, meta in lock.items():
        if path.startswith("node_modules/"):
            name = path.split("node_modules/")[-1]
            assert f"{name} {meta['version']} (" in notices, name
    shipped = {p.name for p in graphiql.ASSETS.iterdir()}
    assert shipped == {f["file"] for f in files} | {"manifest.json", "NOTICES.txt"}


def test_the_committed_files_are_what_the_lock_gives() -> None:
    """``vendor.mjs --check``: byte for byte what ``npm ci`` of the lock installs."""
    node = shutil.which("node")
    assert node, "Node.js is needed to check the vendored GraphiQL files (tools/graphiql-assets)"
    assert (TOOL / "node_modules" / "graphiql").is_dir(), (
        "the GraphiQL packages are missing: run scripts/run-tests, or "
        "npm ci --prefix tools/graphiql-assets"
    )
    run = subprocess.run(
        [node, str(TOOL / "vendor.mjs"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_the_files_are_package_data() -> None:
    """``pip install .`` (and the Docker image) ships every file the page needs."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = pyproject["tool"]["setuptools"]["package-data"]["graph_api"]
    shipped = {path for pattern in patterns for path in PACKAGE.glob(pattern)}
    needed = [graphiql.HERE / "page.html", graphiql.HERE / "start.js"]
    needed += list(graphiql.ASSETS.iterdir())
    assert [path for path in needed if path not in shipped] == []
