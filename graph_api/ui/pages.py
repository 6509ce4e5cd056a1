"""How every ``/ui`` answer is rendered: the Jinja2 templates (autoescaped), the headers
every page carries, and the error page that every refusal of ``/ui`` uses."""

from pathlib import Path
from typing import Any

from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined

TEMPLATES = Path(__file__).parent / "templates"

templates = Environment(
    loader=FileSystemLoader(TEMPLATES),
    autoescape=True,
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)

CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
"""Nothing but the page itself: inline CSS, inline SVG, no script, no fetch."""


def render(
    template: str,
    status_code: int = 200,
    headers: dict[str, str] | None = None,
    **context: Any,
) -> HTMLResponse:
    """A page from ``template``, with the UI's headers (and ``headers``, which a refusal
    may need: ``Allow`` on a 405)."""
    html = templates.get_template(template).render(**context)
    sent = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff"}
    if status_code == 401:
        sent["WWW-Authenticate"] = "Bearer"
    if status_code == 503:
        sent["Retry-After"] = "5"
    return HTMLResponse(html, status_code=status_code, headers=sent | (headers or {}))


def error_page(
    status_code: int, title: str, message: str, headers: dict[str, str] | None = None
) -> HTMLResponse:
    """The error page: the status, a title, and a message saying what is wrong."""
    return render(
        "error.html", status_code, headers, title=title, message=message, status=status_code
    )


def not_found(what: str) -> HTMLResponse:
    return error_page(404, "Not found", f"{what} does not exist.")
