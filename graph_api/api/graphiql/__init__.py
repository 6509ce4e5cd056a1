"""GraphiQL at ``/graphql``, served whole by this package: it works offline.

Strawberry's own GraphiQL page loads React, GraphiQL and the explorer plugin from a CDN,
so behind a strict proxy or offline it stays blank. This page loads the same builds of
the same packages from the server itself:

- ``assets/`` holds the browser builds of the pinned npm packages
  (``tools/graphiql-assets/package-lock.json``), copied there by
  ``tools/graphiql-assets/vendor.mjs`` and committed, so that neither the server nor its
  install needs Node or the network; ``assets/manifest.json`` names each file's package,
  version, licence and sha384, and ``assets/NOTICES.txt`` holds the licences;
- they are served at :data:`ASSET_PATH` (:func:`mount_assets`), revalidated by ETag;
- the page (``page.html``) loads them with Subresource Integrity, and starts GraphiQL
  with ``start.js`` inline: the explorer plugin, the headers editor, queries to the
  page's own URL;
- its Content-Security-Policy (:data:`CSP`) lets it load scripts and styles from this
  server only, and talk to this server only (``connect-src 'self'``: GraphQL over HTTP
  and WebSocket).
"""

import base64
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from starlette.responses import Response
from starlette.staticfiles import StaticFiles
from starlette.types import Scope

HERE = Path(__file__).parent
ASSETS = HERE / "assets"
ASSET_PATH = "/static/graphiql"
"""Where the vendored files are served (only where GraphiQL is on)."""

START_SCRIPT = (HERE / "start.js").read_text(encoding="utf-8")
"""The page's own script, inline: the CSP allows it by its hash."""


@dataclass(frozen=True)
class Asset:
    """A vendored file as the page loads it."""

    url: str
    integrity: str
    """``sha384-...``: the browser refuses the file if its bytes differ."""


def _assets() -> list[Asset]:
    """The vendored files in the order the page loads them (``manifest.json``'s)."""
    manifest = json.loads((ASSETS / "manifest.json").read_text(encoding="utf-8"))
    return [
        Asset(f"{ASSET_PATH}/{entry['file']}", entry["integrity"]) for entry in manifest["files"]
    ]


def _script_hash(script: str) -> str:
    """A CSP source allowing exactly ``script`` inline."""
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


CSP = (
    "default-src 'none'; "
    f"script-src 'self' {_script_hash(START_SCRIPT)}; "
    # GraphiQL and its editors set inline styles as they lay themselves out.
    "style-src 'self' 'unsafe-inline'; "
    "font-src data:; img-src 'self' data:; connect-src 'self'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
"""This server's files and the page's own script; fonts embedded in the CSS; requests
to this server only."""

HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff"}


def _page_html() -> str:
    templates = Environment(
        loader=FileSystemLoader(HERE),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    assets = _assets()
    return templates.get_template("page.html").render(
        styles=[a for a in assets if a.url.endswith(".css")],
        scripts=[a for a in assets if a.url.endswith(".js")],
        start_script=START_SCRIPT,
    )


PAGE_HTML = _page_html()


def graphiql_page() -> HTMLResponse:
    """GraphiQL's page, with its headers."""
    return HTMLResponse(PAGE_HTML, headers=HEADERS)


class AssetFiles(StaticFiles):
    """The vendored files: revalidated on every use (``no-cache``, answered 304 by ETag
    while unchanged), so a new version of a package is never refused by an old cached
    copy failing its integrity check; ``nosniff``, as every page of the app."""

    def file_response(
        self,
        full_path: str | os.PathLike[str],
        stat_result: os.stat_result,
        scope: Scope,
        status_code: int = 200,
    ) -> Response:
        response = super().file_response(full_path, stat_result, scope, status_code)
        response.headers["Cache-Control"] = "no-cache"
        response.headers["X-Content-Type-Options"] = "nosniff"
        return response


def mount_assets(app: FastAPI) -> None:
    """Serves the vendored files at :data:`ASSET_PATH`."""
    app.mount(ASSET_PATH, AssetFiles(directory=ASSETS), name="graphiql-assets")


__all__ = ["ASSETS", "ASSET_PATH", "CSP", "graphiql_page", "mount_assets"]
