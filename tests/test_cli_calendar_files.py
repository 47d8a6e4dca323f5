"""Issue 15 through the command line: ``--calendar-file``, ``ACCESSINFO_CALENDAR_FILE``,
``accessinfo calendar diff`` with the New Year 2027 bridge of docs/examples, and the compact
``--json``.

The worked example (docs/calendar-updates.md): the packaged calendar has Thu 31/12/2026 as a
working day, Fri 01/01/2027 as New Year's Day (Labour Code Art 112.1(a)), Sat 09/01/2027 as a
weekly rest day. The hypothetical letter of docs/examples/new-year-2027-bridge.csv makes
Thu 31/12/2026 a rest day, made up on Sat 09/01/2027. Weekends of the period: 19-20/12,
26-27/12, 02-03/01, 09-10/01, 16-17/01, 23-24/01, 30-31/01.

Open requests (docs/examples/open-requests-2026-12.csv), each worked by hand:

* HN-0311, sent by post 24/08/2026, so Law 104/2016 governs (Law 01/2026 Art 31.4); complex;
  completed (valid) Wed 23/12/2026, day zero. Law 104 Art 31.2: notice of the handling time
  within 3 working days: 24, 25, Mon 28/12 (both calendars). Answer within 15 working days:
  packaged 24, 25, 28, 29, 30, 31 (6), [1/1 holiday, 2-3/1 weekend], 4-8/1 (11), [9-10/1],
  11, 12, 13, 14/1 (15) -> Thu 14/01/2027; with the bridge 24, 25, 28, 29, 30 (5), [31/12
  off, 1/1, 2-3/1], 4-8/1 (10), Sat 9/1 (11), [10/1], 11-14/1 (15) -> Thu 14/01/2027: both
  changed days lie inside the period and cancel out. Extension (at most 15 calendar days,
  docs/readings/extension-unit.md): 14/01 + 15 = Fri 29/01/2027 in both. Nothing moves.
* HN-0398, electronic, complex, Fri 18/12/2026, Law 01/2026 Art 26.3: 12 calendar days ->
  Wed 30/12/2026 (a working day in both); extension 30/12 + 12 = Mon 11/01/2027 (working in
  both). Nothing moves.
* HN-0402, post, Sat 19/12/2026: 19/12 + 12 = Thu 31/12. Packaged: a working day, due
  Thu 31/12/2026. Bridge: a rest day, rolled past 1/1 (holiday) and 2-3/1 (weekend) to
  Mon 04/01/2027 (Civil Code Art 148.5). Extension from the end of the period: packaged
  31/12 + 12 = Tue 12/01/2027; bridge 04/01 + 12 = Sat 16/01, rolled past Sun 17 to
  Mon 18/01/2027. Both move.
* HN-0405, in person, Mon 21/12/2026: + 12 = Sat 02/01/2027, rolled to Mon 04/01 in both;
  extension 04/01 + 12 = Sat 16/01 -> Mon 18/01 in both. Nothing moves.
* HN-0412, electronic, Mon 28/12/2026 15:05 (the calendar date is day zero): + 12 =
  Sat 09/01/2027. Packaged: a rest day, rolled past Sun 10 to Mon 11/01/2027. Bridge: a
  working day: due Sat 09/01/2027, two days EARLIER. Extension: packaged 11/01 + 12 =
  Sat 23/01 -> Mon 25/01/2027; bridge 09/01 + 12 = Thu 21/01/2027. Both move.

Due dates: HN-0311 has three (notice, answer, extended answer), the four others two each
(Law 01/2026 has no notice of the handling time): 11, of which 4 move, in 2 of 5 requests.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from accessinfo.calendar import PUBLIC_SECTOR, DayInfo
from accessinfo.calendar_files import ENV_VAR, load_calendar
from accessinfo.surfaces.cli import EXIT_ERROR, EXIT_OK, EXIT_USAGE, main
from accessinfo.surfaces.compact import compact_instruments, expand_instruments
from accessinfo.surfaces.schema import load_decision

EXAMPLES = Path(__file__).resolve().parent.parent / "docs" / "examples"
BRIDGE = str(EXAMPLES / "new-year-2027-bridge.csv")
REQUESTS = str(EXAMPLES / "open-requests-2026-12.csv")


@pytest.fixture(autouse=True)
def _no_calendar_file_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    code, out, err = run(capsys, *args, "--json")
    assert code == EXIT_OK, err
    data = json.loads(out)
    assert isinstance(data, dict)
    return data


MOVED = [  # worked by hand in the module docstring
    ("HN-0402", "respond_by", "2026-12-19", "2026-12-31", "2027-01-04"),
    ("HN-0402", "extended_respond_by", "2026-12-19", "2027-01-12", "2027-01-18"),
    ("HN-0412", "respond_by", "2026-12-28", "2027-01-11", "2027-01-09"),
    ("HN-0412", "extended_respond_by", "2026-12-28", "2027-01-25", "2027-01-21"),
]


# -- calendar diff ---------------------------------------------------------------------------
def test_diff_lists_the_deadlines_the_bridge_moves(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "calendar", "diff", "packaged", BRIDGE, "--requests", REQUESTS)
    assert code == EXIT_OK, err
    lines = out.splitlines()
    version = load_calendar(BRIDGE).version
    assert lines[0] == f"Calendar {PUBLIC_SECTOR.version} -> {version}"
    assert lines[1] == "2 day(s) differ:"
    assert lines[2].startswith(
        "  Thursday 2026-12-31 (Thứ Năm): working day -> rest day: swapped rest day, "
        "Swapped day off (New Year 2027) [announced] per Official Letter No. 0000/VPCP-KGVX"
    )
    assert lines[3].startswith("  Saturday 2027-01-09 (Thứ Bảy): rest day -> working day: ")
    assert lines[4] == "4 of 11 due date(s) move, in 2 of 5 request(s):"
    assert lines[5].startswith(
        "  HN-0402: answer (respond_by, law_01_2026, day zero 2026-12-19): "
        "Thu 2026-12-31 -> Mon 2027-01-04  (changed on the way: 2026-12-31 now a rest day)"
    )
    assert lines[6].startswith(
        "  HN-0402: answer if extended (extended_respond_by, law_01_2026, day zero "
        "2026-12-19): Tue 2027-01-12 -> Mon 2027-01-18"
    )
    assert (
        "HN-0412: answer (respond_by, law_01_2026, day zero 2026-12-28): Mon 2027-01-11 -> "
        in (lines[7])
    )
    assert lines[7].split("-> ")[1].startswith("Sat 2027-01-09")
    assert lines[8].startswith("  HN-0412: answer if extended") and "Thu 2027-01-21" in lines[8]
    assert len(lines) == 9  # HN-0311, HN-0398 and HN-0405 do not move
    assert "HN-0311" not in out and "HN-0398" not in out and "HN-0405" not in out


def test_diff_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["calendar", "diff", "packaged", BRIDGE, "--requests", REQUESTS]
    data = run_json(capsys, *args)
    assert (data["requests"], data["due_dates"], data["requests_moved"]) == (5, 11, 2)
    got = [
        (m["request"], m["due"], m["day_zero"], m["old_due"], m["new_due"]) for m in data["moved"]
    ]
    assert got == MOVED
    assert {m["rule_set"] for m in data["moved"]} == {"law_01_2026"}
    assert data["moved"][0]["because"] == [{"date": "2026-12-31", "now": "rest day"}]
    assert [
        (c["date"], c["before"]["working"], c["after"]["working"]) for c in data["changes"]
    ] == [
        ("2026-12-31", True, False),
        ("2027-01-09", False, True),
    ]
    # compact: the letter once in the map, the days' sources pointing to it
    assert data["changes"][0]["after"]["source"]["instrument"] == "file:0000/VPCP-KGVX"
    assert data["instruments"]["file:0000/VPCP-KGVX"]["confidence"] == "unverified"
    full = run_json(capsys, *args, "--expanded")
    assert "instruments" not in full
    assert full == expand_instruments(data)


def test_diff_the_other_way_moves_the_dates_back(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, "calendar", "diff", BRIDGE, "packaged", "--requests", REQUESTS)
    got = [(m["request"], m["due"], m["new_due"], m["old_due"]) for m in data["moved"]]
    assert got == [(r, d, old, new) for r, d, _, old, new in MOVED]


def test_diff_reads_json_lines_with_the_model_fields(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # the same five requests, as InformationRequest.model_dump_json() writes them
    from accessinfo.surfaces.request_files import read_requests

    jl = tmp_path / "open.jsonl"
    jl.write_text(
        "\n".join(r.model_dump_json() for r in read_requests(REQUESTS)) + "\n", encoding="utf-8"
    )
    data = run_json(capsys, "calendar", "diff", "packaged", BRIDGE, "--requests", str(jl))
    got = [
        (m["request"], m["due"], m["day_zero"], m["old_due"], m["new_due"]) for m in data["moved"]
    ]
    assert got == MOVED


def test_diff_without_requests_or_changes(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "calendar", "diff", "packaged", BRIDGE)
    assert code == EXIT_OK and out.splitlines()[1] == "2 day(s) differ:"
    assert "due date" not in out
    code, out, _ = run(capsys, "calendar", "diff", "packaged", "packaged", "--requests", REQUESTS)
    assert code == EXIT_OK
    assert out.splitlines()[1:] == [
        "No day differs between the two calendars.",
        "0 of 11 due date(s) move, in 0 of 5 request(s).",
    ]


def test_a_confirmation_lists_the_day_but_moves_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # Hùng Kings' Day 2027 (Fri 16/04/2027) is "derived" in the packaged data; a notice
    # confirms it: same rest day, new status and source.
    f = tmp_path / "hung.csv"
    f.write_text(
        "date,kind,name_vi,name_en,source,status,note\n"
        "2027-04-16,holiday,Giỗ Tổ Hùng Vương,Hung Kings' Commemoration Day,"
        "Thông báo 1/TB-BNV,announced,\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "calendar", "diff", "packaged", str(f))
    assert code == EXIT_OK
    assert "Friday 2027-04-16 (Thứ Sáu): still a rest day, its entry changes: holiday" in out


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ("received_at,channel,complexity\n2026-12-28,pigeon,simple\n", "line 2: "),
        ("received_at,channel,colour\n2026-12-28,post,red\n", "unknown column(s) 'colour'"),
        ("received_at,channel\n2026-12-28T10:00,post\n", "line 2: "),
        ('{"received_at": "2026-12-28", "channel": "post"}\n{oops}\n', "line 2: not JSON"),
        ('{"received_at": "2026-12-28", "channel": "post"}\n[1]\n', "line 2: a request is a"),
    ],
)
def test_a_bad_requests_file_is_refused_with_its_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, body: str, needle: str
) -> None:
    f = tmp_path / "bad.csv"
    f.write_text(body, encoding="utf-8")
    code, out, err = run(capsys, "calendar", "diff", "packaged", BRIDGE, "--requests", str(f))
    assert code == EXIT_ERROR and out == ""
    assert err.startswith("accessinfo: error invalid-input: requests file bad.csv: 1 problem: ")
    assert needle in err


def test_a_bad_calendar_file_is_refused_with_its_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    f = tmp_path / "typo.csv"
    f.write_text(
        "date,kind,name_vi,name_en,source,status,note\n"
        "2027-01-08,swapped_working,Làm bù,Worked,12345/VPCP-KGVX,announced,\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "calendar", "diff", "packaged", str(f))
    assert code == EXIT_ERROR and out == ""
    assert "calendar file typo.csv: 1 problem: line 2: 2027-01-08 is a Friday" in err
    code, _, err = run(capsys, "day", "2027-01-08", "--calendar-file", str(f))
    assert code == EXIT_ERROR and "line 2: 2027-01-08 is a Friday" in err
    code, _, err = run(capsys, "calendar", "diff", "packaged", str(tmp_path / "nope.csv"))
    assert code == EXIT_ERROR and "cannot read calendar file" in err


def test_calendar_needs_an_action(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "calendar")
    assert code == EXIT_USAGE and "usage" in err
    code, out, _ = run(capsys, "calendar", "diff", "--help")
    assert code == EXIT_OK and "received_at,channel,complexity,reference" in out


# -- --calendar-file and ACCESSINFO_CALENDAR_FILE on every command ---------------------------
def test_calendar_file_option_on_the_calendar_questions(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "day", "2026-12-31", "--calendar-file", BRIDGE)
    assert code == EXIT_OK
    assert out.startswith("Thursday 2026-12-31 (Thứ Năm): REST DAY  [provisional]")
    assert "a weekday off, made up by working on a Saturday" in out
    assert "Official Letter No. 0000/VPCP-KGVX: text from an unverified source" in out
    assert f"calendar {load_calendar(BRIDGE).version}" in out
    # 3 working days from Mon 28/12/2026: 29, 30, [31/12 off, 1/1, 2-3/1], Mon 04/01/2027
    data = run_json(capsys, "add", "2026-12-28", "3", "--calendar-file", BRIDGE)
    assert data["outcome"] == "2027-01-04"
    assert data["calendar_version"] == load_calendar(BRIDGE).version
    code, out, _ = run(capsys, "day", "2026-12-31", "--calendar-file", BRIDGE, "--lang", "vi")
    assert code == EXIT_OK
    assert "! Công văn số 0000/VPCP-KGVX: văn bản lấy từ nguồn chưa được kiểm chứng" in out
    # the letter is unverified: --strict refuses the day that rests on it
    code, out, err = run(capsys, "day", "2026-12-31", "--calendar-file", BRIDGE, "--strict")
    assert code == EXIT_ERROR and out == ""
    assert err.startswith("accessinfo: error unverified-text: ")


def test_calendar_file_reaches_the_request_rules(capsys: pytest.CaptureFixture[str]) -> None:
    # HN-0412 of the worked example, through `request`: due Sat 09/01/2027 with the bridge
    args = ["request", "--received", "2026-12-28T15:05+07:00", "--channel", "electronic"]
    args += ["--complexity", "complex"]
    assert run_json(capsys, *args)["outcome"]["respond_by"] == "2027-01-11"
    assert run_json(capsys, *args, "--calendar-file", BRIDGE)["outcome"]["respond_by"] == (
        "2027-01-09"
    )


def test_the_environment_variable_names_the_file(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(ENV_VAR, BRIDGE)
    assert run_json(capsys, "day", "2026-12-31")["outcome"]["working"] is False
    # the option wins over the environment
    other = tmp_path / "other.csv"
    other.write_text("date,kind,name_vi,name_en,source,status\n", encoding="utf-8")
    assert run_json(capsys, "day", "2026-12-31", "--calendar-file", str(other))["outcome"][
        "working"
    ]
    # with overrides on top of the file
    data = run_json(capsys, "day", "2027-01-09", "--rest-day", "2027-01-09")
    assert data["outcome"]["working"] is False and data["outcome"]["kind"] == "local_rest"
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "gone.csv"))
    code, _, err = run(capsys, "day", "2026-12-31")
    assert code == EXIT_ERROR and "cannot read calendar file" in err


# -- the compact JSON ----------------------------------------------------------------------
def test_json_names_each_instrument_once(capsys: pytest.CaptureFixture[str]) -> None:
    # 3 working days from Fri 09/01/2026 with its trace: the Civil Code (basis), the letter of
    # the swapped Saturday 10/01 and Decision 188/1999 (the weekend of 11/01) in the steps
    data = run_json(capsys, "add", "2026-01-09", "3", "--trace")
    assert next(iter(data)) == "instruments"
    assert set(data["instruments"]) == {"code_91_2015", "cv_12729_2025", "decision_188_1999"}
    assert data["instruments"]["code_91_2015"]["number"] == "91/2015/QH13"
    assert data["basis"] == [
        {"instrument": "code_91_2015", "article": 147, "clause": 3, "point": None}
    ]
    sources = {s["source"]["instrument"] for s in data["trace"] if s["source"]}
    assert sources == {"cv_12729_2025", "decision_188_1999"}
    full = run_json(capsys, "add", "2026-01-09", "3", "--trace", "--expanded")
    assert "instruments" not in full
    assert full["basis"][0]["instrument"]["id"] == "code_91_2015"
    assert full == expand_instruments(data) and compact_instruments(full) == data


@pytest.mark.parametrize(
    "args",
    [
        ["add", "2026-01-09", "3", "--trace"],
        ["day", "2026-01-10"],
        ["request", "--received", "2026-02-13", "--channel", "electronic", "--complexity",
         "complex", "--event", "handling_notice_sent=2026-02-24", "--as-of", "2026-03-20"],
        ["refusal", "--on", "2026-08-22", "--category", "working_secret"],
    ],
)  # fmt: skip
def test_load_decision_reads_both_forms(
    capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    from datetime import date

    outcome = {"add": date, "day": DayInfo}.get(args[0])
    compact = run_json(capsys, *args)
    full = run_json(capsys, *args, "--expanded")
    a, b = load_decision(compact, outcome), load_decision(json.dumps(full), outcome)
    assert a == b
    assert json.loads(a.model_dump_json()) == full


def test_compact_json_validates_against_the_published_schema(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from tests.test_schema import validate

    data = run_json(capsys, "add", "2026-01-09", "3", "--trace")
    assert validate(data, "Decision[date]") == []
    full = run_json(capsys, "add", "2026-01-09", "3", "--trace", "--expanded")
    assert validate(full, "Decision[date]") == []


def test_a_compact_document_with_a_missing_instrument_is_refused() -> None:
    from accessinfo.errors import InvalidInput

    bad = {"instruments": {}, "basis": [{"instrument": "x", "article": None, "clause": None,
                                         "point": None}]}  # fmt: skip
    with pytest.raises(InvalidInput, match="lacks"):
        expand_instruments(bad)
    with pytest.raises(InvalidInput, match="must map each instrument id"):
        expand_instruments({"instruments": []})
    with pytest.raises(InvalidInput, match="lacks"):
        load_decision('{"instruments": {"a": {}}, "basis": [{"instrument": "b"}]}')
    with pytest.raises(InvalidInput, match="a Decision as JSON is an object"):
        compact_instruments([])  # type: ignore[arg-type]


def test_two_records_under_one_id_stay_expanded_where_they_differ() -> None:
    one = {"id": "x", "kind": "law", "number": "1"}
    two = {"id": "x", "kind": "law", "number": "2"}
    cite = {"article": None, "clause": None, "point": None}
    data = {"basis": [{"instrument": one, **cite}, {"instrument": two, **cite}]}
    out = compact_instruments(data)
    assert out["instruments"] == {"x": one}
    assert out["basis"] == [{"instrument": "x", **cite}, {"instrument": two, **cite}]
    assert expand_instruments(out) == data


def test_a_deadline_across_a_day_from_the_files_letter_is_provisional(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The bridge rests on a letter the library has not read: ``day`` says so, and a deadline
    counted across that day must say so too (the brief: an answer resting on an unverified text
    is provisional, never silently final; strict refuses it)."""
    # Law 01/2026 + Decree 337 Art 10.4(a): simple, 3 working days after Mon 28/12/2026:
    # 29, 30, [31/12 off by the letter, 1/1 New Year, 2-3/1 weekend], Mon 04/01/2027.
    args = ["request", "--received", "2026-12-28", "--channel", "electronic"]
    data = run_json(capsys, *args, "--complexity", "simple", "--calendar-file", BRIDGE)
    assert data["outcome"]["respond_by"] == "2027-01-04"
    assert data["status"] == "provisional"
    assert any("31" in c and "0000/VPCP-KGVX" in c for c in data["caveats"])
    code, out, err = run(
        capsys, *args, "--complexity", "simple", "--calendar-file", BRIDGE, "--strict"
    )
    assert code == EXIT_ERROR and out == "" and "calendar-unknown" in err
    # a deadline that crosses none of the file's days is unaffected: 3 working days after
    # Mon 02/11/2026 is Thu 05/11/2026, and it rests on no calendar-file letter
    data = run_json(capsys, "add", "2026-11-02", "3", "--calendar-file", BRIDGE)
    assert data["outcome"] == "2026-11-05"
    assert not any("0000/VPCP-KGVX" in c for c in data["caveats"])
