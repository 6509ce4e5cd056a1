"""What the UI tests share: settings that let anonymous callers read, a client on them,
and the answers of the GraphQL API the pages are compared with."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx

from graph_api.config import Settings
from graph_api.store.base import GraphStore
from tests.conftest import app_client
from tests.graphql_client import gql_data


def anonymous_settings(**overrides: Any) -> Settings:
    """Test settings with anonymous reading on (as development has it)."""
    values: dict[str, Any] = {
        "demo_if_empty": False,
        "anonymous_read": True,
        "request_timeout_seconds": 120,
    }
    return Settings(**(values | overrides))


@asynccontextmanager
async def anonymous_client(store: GraphStore) -> AsyncIterator[httpx.AsyncClient]:
    """A client without a token on an app that lets anonymous callers read: what a
    browser is under ``make run``. It reads the pages and GraphQL alike."""
    async with app_client(store, anonymous_settings(), headers={}) as http:
        yield http


BLUEPRINT = """
query ($journey: ID!) {
  serviceBlueprint(journeyId: $journey) {
    journey { key name }
    stages {
      stage { key name }
      steps {
        emotion
        step {
          key name
          painPoints { key name severity }
          touchpoints { key painPoints { key name severity } }
        }
      }
    }
    gaps { kind step { key } touchpoint { key } process { key } }
  }
}
"""


async def blueprint(client: httpx.AsyncClient, journey: str) -> dict[str, Any]:
    """The ``serviceBlueprint`` answer for ``journey``."""
    data = await gql_data(client, BLUEPRINT, journey=journey)
    result: dict[str, Any] = data["serviceBlueprint"]
    return result


def steps_of(answer: dict[str, Any]) -> list[dict[str, Any]]:
    """The blueprint's steps in journey order, each with its emotion."""
    return [
        {**step["step"], "emotion": step["emotion"]}
        for stage in answer["stages"]
        for step in stage["steps"]
    ]


def pains_of(step: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """A step's pain points, on the step or on its touchpoints, by key."""
    found = {p["key"]: p for p in step["painPoints"]}
    for touchpoint in step["touchpoints"]:
        found.update({p["key"]: p for p in touchpoint["painPoints"]})
    return found
