"""docs/archimate.md shows the mapping table the code uses, and the CLI's real output."""

import re

from graph_api.archimate.mapping import markdown_table
from tests.conftest import ROOT

DOC = ROOT / "docs" / "archimate.md"


def test_the_doc_holds_the_mapping_table_of_the_code() -> None:
    text = DOC.read_text(encoding="utf-8")
    match = re.search(
        r"<!-- archimate-mapping:start -->\n(.*?)<!-- archimate-mapping:end -->", text, re.S
    )
    assert match, "mapping markers missing"
    assert match.group(1).strip() == markdown_table().strip()


def test_the_doc_lists_the_report_of_the_fixture() -> None:
    text = DOC.read_text(encoding="utf-8")
    for line in (
        "  DataObject: 2",
        "  Access (BusinessProcess -> DataObject): 1",
        "values not stored (no place in the metamodel): 7",
        "store: 15 created, 0 updated, 0 unchanged, 17 links added",
    ):
        assert line in text, line
