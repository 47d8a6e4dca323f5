"""Requests files for ``accessinfo calendar diff --requests`` (issue 15 §2): CSV or JSON lines
with the fields of InformationRequest, each bad line refused with its number."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from accessinfo.calendar import PUBLIC_SECTOR
from accessinfo.core.decisions import Decision
from accessinfo.errors import CalendarUnknown, InvalidInput, UnverifiedText
from accessinfo.models.requests import InformationRequest
from accessinfo.surfaces.cli._common import refuse_provisional
from accessinfo.surfaces.cli.calendar_diff_cmds import diff_report
from accessinfo.surfaces.request_files import read_requests, request_fields, requests_from_text


def test_the_fields_come_from_the_model() -> None:
    assert request_fields() == tuple(InformationRequest.model_fields)
    assert {"received_at", "channel", "complexity", "reference"} <= set(request_fields())


def test_csv_values_become_the_model_types() -> None:
    reqs = requests_from_text(
        "\ufeff# open requests\n"
        "reference,received_at,channel,complexity,validated_at\n"
        "\n"
        "A,2026-12-28,post,simple,\n"
        ',2026-12-23T09:15+07:00,electronic,complex,"2026-12-24"\n'
    )
    assert reqs[0] == InformationRequest(
        received_at=date(2026, 12, 28), channel="post", complexity="simple", reference="A"
    )
    b = reqs[1]
    assert b.received_at == datetime(2026, 12, 23, 9, 15, tzinfo=timezone(timedelta(hours=7)))
    assert b.validated_at == date(2026, 12, 24)
    assert b.reference == "line 5"  # named after its line: comments and blanks count


def test_yes_no_fields_read_true_and_false(monkeypatch: pytest.MonkeyPatch) -> None:
    # whichever yes/no fields the model has (a later version adds some), true/false fill them
    from accessinfo.surfaces import request_files

    monkeypatch.setattr(request_files, "_is_bool_field", lambda name: name == "reference")
    with pytest.raises(InvalidInput, match="line 2: reference 'maybe' is not true or false"):
        requests_from_text("received_at,channel,reference\n2026-12-28,post,maybe\n")


def test_json_lines() -> None:
    text = (
        '{"received_at": "2026-12-28", "channel": "post", "complexity": "simple"}\n'
        "\n"
        '{"received_at": "2026-12-23T09:15:00+07:00", "channel": "fax", "reference": null}\n'
    )
    reqs = requests_from_text(text.encode("utf-8"), name="x.jsonl")
    assert [r.channel for r in reqs] == ["post", "fax"]
    assert [r.reference for r in reqs] == ["line 1", "line 3"]


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("received_at,channel,channel\n2026-12-28,post,post\n", "given twice: channel"),
        ("received_at,channel\n2026-12-28,post,extra\n", "line 2: 3 field(s) where the header"),
        ('received_at,channel\n"2026-12-28,post\n', "not a valid CSV file"),
        ("received_at,channel\n2026-12-28,pigeon\n", "line 2: InformationRequest: channel"),
        ('{"channel": "post"}\n', "line 1: InformationRequest: received_at"),
    ],
)
def test_bad_lines(text: str, needle: str) -> None:
    with pytest.raises(InvalidInput) as info:
        requests_from_text(text, name="r.csv")
    assert info.value.message.startswith("requests file r.csv: 1 problem: ")
    assert needle in info.value.message


def test_many_problems_are_counted() -> None:
    rows = "\n".join(f"2026-12-{d:02d},pigeon" for d in range(1, 26))
    with pytest.raises(InvalidInput, match=r"25 problems: .*; and 5 more"):
        requests_from_text("received_at,channel\n" + rows + "\n")


def test_encoding_size_and_paths(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match=r"line 2: not UTF-8 \(byte 0xFF\)"):
        requests_from_text(b"received_at,channel\n\xff\n", name="r.csv")
    with pytest.raises(InvalidInput, match="text must be str or bytes"):
        requests_from_text(3)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="more than"):
        requests_from_text("#" * 50_000_001)
    with pytest.raises(InvalidInput, match="cannot read requests file"):
        read_requests(tmp_path / "none.csv")
    with pytest.raises(InvalidInput, match="cannot read requests file"):
        read_requests("bad\0path")
    with pytest.raises(InvalidInput, match="path must be a file path"):
        read_requests("")
    big = tmp_path / "big.csv"
    big.write_bytes(b"#" * 50_000_001)
    with pytest.raises(InvalidInput, match="more than 50,000,000 bytes"):
        read_requests(big)
    ok = tmp_path / "ok.csv"
    ok.write_text("received_at,channel,complexity\n2026-12-28,post,simple\n", encoding="utf-8")
    assert read_requests(ok)[0].reference == "line 2"
    assert requests_from_text("") == [] and requests_from_text("# nothing\n") == []


def test_diff_report_as_a_library_function() -> None:
    bridge = PUBLIC_SECTOR.with_overrides(
        rest_days={date(2026, 12, 31): "bridge"}, working_days={date(2027, 1, 9): "make-up"}
    )
    # a simple electronic request under Law 104 (sent 28/08/2026) received Mon 28/12/2026:
    # 3 working days, 29, 30, 31 -> Thu 31/12; with 31/12 off: 29, 30, [31, 1/1, 2-3/1], 04/01
    req = InformationRequest(
        received_at=date(2026, 12, 28),
        sent_at=date(2026, 8, 28),
        channel="electronic",
        complexity="simple",
        reference="R",
    )
    data = diff_report(PUBLIC_SECTOR, bridge, [req])
    assert [(m["request"], m["due"], m["old_due"], m["new_due"]) for m in data["moved"]] == [
        ("R", "respond_by", "2026-12-31", "2027-01-04")
    ]
    assert "moved" not in diff_report(PUBLIC_SECTOR, bridge)
    assert [c["date"] for c in diff_report(PUBLIC_SECTOR, bridge)["changes"]] == [
        "2026-12-31",
        "2027-01-09",
    ]


def test_the_strict_backstop_names_the_right_code() -> None:
    from accessinfo.core.citations import instrument

    law01 = instrument("law_01_2026").cite(26, 3)
    code = instrument("code_91_2015").cite(147, 3)

    def decision(basis: tuple[object, ...], status: str) -> Decision[int]:
        return Decision[int](
            outcome=1, basis=basis, explanation="x", status=status, rule_set="t", caveats=("c",)
        )

    refuse_provisional(decision((code,), "final"))  # nothing to refuse
    with pytest.raises(UnverifiedText, match="strict: c"):
        refuse_provisional(decision((law01,), "provisional"))
    with pytest.raises(CalendarUnknown, match="strict: c"):
        refuse_provisional(decision((code,), "provisional"))
