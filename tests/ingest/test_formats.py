"""Reading NDJSON and CSV into records: the shapes a source system may really send.

What a line cannot be refuses its record, named by record number and line; what the
whole text cannot be (not UTF-8, a header that is not ours, too many records) refuses
the batch before any record is checked.
"""

import json

import pytest

from graph_api.errors import LimitExceeded, ValidationFailed
from graph_api.ingest.formats import IngestFormat, read_records
from graph_api.ingest.limits import MAX_LINE_CHARS, MAX_RECORDS
from graph_api.ingest.run import check_all

NDJSON, CSV = IngestFormat.NDJSON, IngestFormat.CSV
M = {"type": "measurement", "id": "m-1", "kpi": "csat", "value": 1.5, "at": "2026-11-01"}


def _problems(data: bytes | str, format: IngestFormat) -> dict[int, list[tuple[str, str]]]:
    """Record number -> (field, message) of each refused record."""
    _, refused = check_all(read_records(data, format))
    return {r.record: [(e.path, e.message) for e in r.errors] for r in refused}


def test_ndjson_skips_blank_lines_and_reads_bom_and_crlf() -> None:
    line = json.dumps(M)
    text = "\ufeff" + line + "\r\n\r\n   \r\n" + json.dumps({**M, "id": "m-2"}) + "\r\n"
    records = read_records(text.encode(), NDJSON)
    assert [(r.number, r.line, r.fields["id"]) for r in records] == [(1, 1, "m-1"), (2, 4, "m-2")]
    assert _problems(text.encode(), NDJSON) == {}


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("NaN", "not JSON: NaN is not a JSON value"),
        ('{"type": "measurement", "value": Infinity}', "not JSON: Infinity is not a JSON value"),
        ("[1, 2]", "a record is a JSON object, not list"),
        ('"text"', "a record is a JSON object, not str"),
        ('{"id": "a", "id": "b"}', "not JSON: the field 'id' appears twice"),
        ("{'id': 1}", "not JSON: Expecting property name enclosed in double quotes"),
        ("[" * 60_000 + "]" * 60_000, "the line holds 120000 characters"),
        ('{"a":' * 6_000 + "1" + "}" * 6_000, "not a record: JSON nested too deeply"),
    ],
)
def test_ndjson_lines_that_are_no_record(line: str, message: str) -> None:
    problems = _problems(json.dumps(M) + "\n" + line + "\n", NDJSON)
    assert list(problems) == [2]
    field, said = problems[2][0]
    assert field == "line" and said.startswith(message)


def test_a_too_long_line_refuses_only_its_record() -> None:
    long_line = json.dumps({**M, "id": "x" * MAX_LINE_CHARS})
    problems = _problems(long_line + "\n" + json.dumps(M), NDJSON)
    assert list(problems) == [1]
    assert problems[1][0][1].startswith(f"the line holds {len(long_line)} characters")


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"value": "12"}, "value", "must be a number, not text"),
        ({"value": True}, "value", "must be a number, not true/false"),
        ({"value": 10**400}, "value", "is too large for a number of the graph"),
        ({"at": "01/11/2026"}, "at", "'01/11/2026' is not a date written YYYY-MM-DD"),
        ({"at": 20261101}, "at", "must be a date written YYYY-MM-DD, not a number"),
        ({"at": "2026-02-30"}, "at", "Input should be a valid date"),
        ({"kpi": "CSAT Score"}, "kpi", "'CSAT Score' is not a valid key"),
        ({"kpi": "k" * 5_000}, "kpi", "holds 5000 characters; a key holds at most 120"),
        ({"kpi": None}, "kpi", "missing"),
        ({"id": None}, "id", "missing"),
        ({"id": ""}, "id", "must not be blank"),
        ({"id": " m-1"}, "id", "must not start or end with spaces"),
        ({"id": "m\x00-1"}, "id", "holds U+0000 (a control character)"),
        ({"id": 1.5}, "id", "must be text or a whole number, not a number"),
        ({"id": "x" * 201}, "id", "holds 201 characters; at most 200"),
        ({"type": "metric"}, "type", "'metric' is not a record type"),
        ({"type": ["measurement"]}, "type", "['measurement'] is not a record type"),
        ({"type": None}, "type", "missing: use measurement or evidence"),
        ({"kind": "survey"}, "kind", "not a field of measurement records"),
        ({"colour": "red"}, "colour", "not a field of measurement records"),
    ],
)
def test_measurement_fields_are_checked(
    change: dict[str, object], field: str, message: str
) -> None:
    record = {k: v for k, v in {**M, **change}.items() if v is not None}
    problems = _problems(json.dumps(record), NDJSON)
    assert [f for f, _ in problems[1]] == [field], problems
    assert problems[1][0][1].startswith(message), problems


def test_a_json_number_beyond_floats_is_no_finite_number() -> None:
    line = json.dumps(M).replace("1.5", "1e999")  # valid JSON; Python reads it as inf
    assert _problems(line, NDJSON) == {1: [("value", "must be a finite number")]}


E = {"type": "evidence", "id": "ev-1", "kind": "survey", "summary": "Survey", "steps": ["pay"]}


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"kind": "rumour"}, "kind", "Input should be"),
        ({"summary": "  "}, "summary", "String should have at least 1 character"),
        ({"summary": "bell\x07"}, "summary", "holds U+0007 (a control character)"),
        ({"summary": "x" * 501}, "summary", "String should have at most 500 characters"),
        ({"sampleSize": -1}, "sampleSize", "Input should be greater than or equal to 0"),
        ({"sampleSize": 2**40}, "sampleSize", "Input should be less than or equal to"),
        ({"sampleSize": 2.5}, "sampleSize", "must be a whole number, not a number"),
        ({"score": "high"}, "score", "must be a number, not text"),
        ({"collectedAt": "yesterday"}, "collectedAt", "'yesterday' is not a date"),
        ({"steps": "pay"}, "steps", "must be a list of keys, not text"),
        ({"steps": ["Pay Now"]}, "steps[0]", "'Pay Now' is not a valid key"),
        ({"steps": [], "outcomes": []}, "targets", "name at least one target"),
        ({"steps": None}, "targets", "name at least one target"),
        ({"steps": [f"s{i}" for i in range(201)]}, "targets", "names 201 targets; at most 200"),
        ({"kpi": "csat"}, "kpi", "not a field of evidence records"),
    ],
)
def test_evidence_fields_are_checked(change: dict[str, object], field: str, message: str) -> None:
    record = {k: v for k, v in {**E, **change}.items() if v is not None}
    problems = _problems(json.dumps(record), NDJSON)
    assert [f for f, _ in problems[1]] == [field], problems
    assert problems[1][0][1].startswith(message), problems


CSV_HEADER = "type,id,kpi,value,at,kind,summary,steps,pain_points\n"


def test_csv_reads_numbers_key_lists_bom_crlf_and_quoted_cells() -> None:
    text = (
        "\ufeff"
        + CSV_HEADER.replace("\n", "\r\n")
        + "measurement,m-1,csat,71.5,2026-11-01,,,,\r\n"
        + "\r\n"
        + 'evidence, ev-1 ,,,,survey,"Said ""slow"",\r\nthen left",pay | confirm,slow-page\r\n'
    )
    records = read_records(text.encode(), CSV)
    assert [(r.number, r.line) for r in records] == [(1, 2), (2, 4)]
    assert records[0].fields == {
        "type": "measurement",
        "id": "m-1",
        "kpi": "csat",
        "value": 71.5,
        "at": "2026-11-01",
    }
    assert records[1].fields["id"] == "ev-1"  # spaces around a cell are layout
    assert records[1].fields["summary"] == 'Said "slow",\r\nthen left'
    assert records[1].fields["steps"] == ["pay", "confirm"]
    assert records[1].fields["painPoints"] == ["slow-page"]
    assert _problems(text, CSV) == {}


def test_csv_rows_of_the_wrong_width_and_bad_cells_refuse_themselves() -> None:
    text = (
        CSV_HEADER
        + "measurement,m-1,csat,71.5,2026-11-01,,,,\n"
        + "measurement,m-2,csat,71.5\n"  # cells missing
        + "measurement,m-3,csat,71.5,2026-11-01,,,,,extra\n"  # one cell too many
        + "measurement,m-4,csat,seventy,2026-11-01,,,,\n"
        + "measurement,m-5,csat,nan,2026-11-01,,,,\n"
        + "measurement,m-6,csat,1e999,2026-11-01,,,,\n"
        + "measurement,m-7,,71.5,2026-11-01,,,,\n"  # an empty cell is no value
    )
    problems = _problems(text, CSV)
    assert problems == {
        2: [("line", "the row has 4 cells; the header names 9 columns")],
        3: [("line", "the row has 10 cells; the header names 9 columns")],
        4: [("value", "must be a number, not text")],
        5: [("value", "must be a number, not text")],
        6: [("value", "must be a finite number")],
        7: [("kpi", "missing: the key of the KPI the value measures")],
    }


def test_a_csv_header_with_unknown_repeated_or_missing_columns_refuses_the_batch() -> None:
    with pytest.raises(ValidationFailed) as refused:
        read_records("type,id,kpi_key,value,VALUE\nmeasurement,m-1,csat,1,1\n", CSV)
    assert [str(e) for e in refused.value.errors] == [
        "header.column[3]: unknown column 'kpi_key'; use: type, id, kpi, value, at, kind, "
        "summary, source, collected_at, sample_size, score, steps, touchpoints, pain_points, "
        "outcomes",
        "header.column[5]: column 'VALUE' repeats",
    ]
    with pytest.raises(ValidationFailed, match="no 'id' column"):
        read_records("type,kpi\nmeasurement,csat\n", CSV)


def test_header_names_are_read_without_case_or_spaces_and_as_ndjson_names() -> None:
    text = " Type , ID,kpi,Value,at,collectedAt\nmeasurement,m-1,csat,1,2026-01-01,\n"
    assert read_records(text, CSV)[0].fields["value"] == 1.0


def test_malformed_csv_and_bad_encodings_refuse_the_batch() -> None:
    with pytest.raises(ValidationFailed, match="not CSV"):
        read_records(CSV_HEADER + 'measurement,"m-1\n', CSV)
    with pytest.raises(ValidationFailed, match="not UTF-8: byte 10 cannot start"):
        read_records(b'{"id": "m\xff"}', NDJSON)
    with pytest.raises(ValidationFailed, match="not UTF-8"):
        read_records(CSV_HEADER.encode("utf-16"), CSV)


@pytest.mark.parametrize("format", [NDJSON, CSV])
def test_an_empty_batch_has_no_records(format: IngestFormat) -> None:
    assert read_records(b"", format) == []
    assert read_records(b"\n\r\n  \n", format) == []


@pytest.mark.parametrize("format", [NDJSON, CSV])
def test_more_records_than_a_batch_may_hold_refuse_the_batch(format: IngestFormat) -> None:
    row = json.dumps(M) if format is NDJSON else "measurement,m,csat,1,2026-01-01"
    head = "" if format is NDJSON else "type,id,kpi,value,at\n"
    with pytest.raises(LimitExceeded, match=f"more than {MAX_RECORDS} records"):
        read_records(head + "\n".join([row] * (MAX_RECORDS + 1)), format)
    assert len(read_records(head + "\n".join([row] * MAX_RECORDS), format)) == MAX_RECORDS


def test_control_characters_in_csv_cells_refuse_their_record() -> None:
    text = (
        "type,id,kind,summary,steps\nevidence,e\x00,survey,a\x1bb,pay\nevidence,e2,survey,ok,pay\n"
    )
    problems = _problems(text, CSV)
    assert list(problems) == [1]
    assert [field for field, _ in problems[1]] == ["id", "summary"]
    assert problems[1][1][1].startswith("holds U+001B (a control character) at character 2")
