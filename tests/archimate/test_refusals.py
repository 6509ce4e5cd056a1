"""Files that are refused whole, with one VALIDATION error naming what is wrong, leaving
the graph (here: the fixture already imported) exactly as it was."""

import pytest

from graph_api.archimate import import_archimate
from graph_api.errors import ValidationFailed
from graph_api.store.base import GraphStore
from tests.archimate.helpers import fixture_text
from tests.snapshots import take_snapshot

HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="id-m">\n'
    '  <name xml:lang="en">M</name>\n'
)

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE model [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" identifier="id-m">
  <name>&lol3;</name>
</model>
"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE model [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" identifier="id-m">
  <name>&secret;</name>
</model>
"""

CASES = {
    "malformed": (
        fixture_text()[:2000],
        "is not well-formed XML",
    ),
    "not-archimate": (
        '<?xml version="1.0"?><model xmlns="http://example.com/other"><name>x</name></model>',
        "the root element is '{http://example.com/other}model'",
    ),
    "not-a-model": (
        '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"/>',
        "expected '{http://www.opengroup.org/xsd/archimate/3.0/}model'",
    ),
    "lone-surrogate": ("<model>\ud800</model>", "is not well-formed XML"),
    "billion-laughs": (BILLION_LAUGHS, "DTDs and entities are not allowed"),
    "external-entity": (EXTERNAL_ENTITY, "DTDs and entities are not allowed"),
    "element-without-name": (
        HEAD + '  <elements><element identifier="id-a" xsi:type="Capability"/></elements>\n'
        "</model>",
        "elements[0] (id-a): element without name",
    ),
    "dangling-relationship": (
        HEAD + '  <elements><element identifier="id-a" xsi:type="Capability"><name>A</name>'
        "</element></elements>\n"
        '  <relationships><relationship identifier="id-r" source="id-a" target="id-gone" '
        'xsi:type="Composition"/></relationships>\n</model>',
        "relationships[0] (id-r).target: 'id-gone' names nothing in the file",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
async def test_a_bad_file_is_refused_and_writes_nothing(store: GraphStore, case: str) -> None:
    await import_archimate(store, fixture_text())
    before = await take_snapshot(store)
    text, message = CASES[case]
    with pytest.raises(ValidationFailed) as raised:
        await import_archimate(store, text, "bad.xml")
    assert raised.value.code == "VALIDATION"
    assert message in raised.value.message
    assert await take_snapshot(store) == before


async def test_values_breaking_the_metamodel_are_located_by_element(store: GraphStore) -> None:
    await import_archimate(store, fixture_text())
    before = await take_snapshot(store)
    bad = (
        fixture_text()
        .replace('<value xml:lang="en">5</value>', '<value xml:lang="en">9</value>')
        .replace('<name xml:lang="en">Sign Up</name>', '<name xml:lang="en">Sign up now</name>')
    )
    with pytest.raises(ValidationFailed) as raised:
        await import_archimate(store, bad, "bad.xml")
    paths = [e.path for e in raised.value.errors]
    assert paths == ["element id-01d3fccafdd317b776011bfd3a695ce7.criticality"]
    assert await take_snapshot(store) == before  # the valid rename was not written either
