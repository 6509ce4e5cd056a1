"""Every example of ``docs/api.md`` gives the output shown, on both stores."""

import json

import httpx

from tests.docs.api_examples import examples, run


async def test_api_doc_examples_give_the_output_shown(demo_client: httpx.AsyncClient) -> None:
    found = examples()
    assert len(found) >= 12
    for example in found:
        answer = await run(demo_client, example)
        assert example.output.strip(), f"example {example.name} shows no output"
        assert answer == json.loads(example.output), example.name
