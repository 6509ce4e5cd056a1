"""The settings a command runs with, and the ``--store`` option that picks the store."""

from typing import Annotated, Literal

import typer

from graph_api.config import Settings, get_settings

StoreOption = Annotated[
    str | None, typer.Option("--store", help="embedded or neo4j (default: GRAPH_API_STORE)")
]


def settings_for(store: str | None) -> Settings:
    """The environment's settings, with the store ``--store`` names if it names one."""
    settings = get_settings()
    if store is not None:
        if store not in ("embedded", "neo4j"):
            raise typer.BadParameter(f"unknown store {store!r}: use embedded or neo4j")
        kind: Literal["embedded", "neo4j"] = "neo4j" if store == "neo4j" else "embedded"
        settings = settings.model_copy(update={"store": kind})
    return settings
