"""The ``accessinfo`` command: answers, JSON output, errors and exit codes.

Expected dates are worked out by hand from the calendar data (the working is in comments).
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accessinfo.calendar import PUBLIC_SECTOR, WorkingDays
from accessinfo.core.rules import registry
from accessinfo.errors import InvalidInput
from accessinfo.surfaces.cli import EXIT_ERROR, EXIT_OK, EXIT_USAGE, main
from accessinfo.surfaces.cli._common import parse_when


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, object]:
    code, out, err = run(capsys, *args, "--json")
    assert code == EXIT_OK, err
    data = json.loads(out)
    assert isinstance(data, dict)
    return data


# -- calendar questions --------------------------------------------------------------------
def test_day_swapped_working_saturday_names_its_letter(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "day", "2026-01-10")
    assert code == EXIT_OK
    assert "Saturday 2026-01-10 (Thứ Bảy): WORKING DAY" in out
    assert "Công văn số 12729/VPCP-KGVX" in out  # Vietnamese citation
    assert "Official Letter No. 12729/VPCP-KGVX" in out  # English citation


def test_day_json_is_a_decision(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, "day", "2026-09-02")
    outcome = data["outcome"]
    assert isinstance(outcome, dict)
    assert outcome["working"] is False and outcome["kind"] == "holiday"
    assert data["status"] == "final" and data["basis"]


def test_day_accepts_an_aware_datetime_in_another_zone(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # 2026-01-09T20:00-05:00 is 2026-01-10 08:00 in Vietnam: the swapped working Saturday
    data = run_json(capsys, "day", "2026-01-09T20:00-05:00")
    outcome = data["outcome"]
    assert isinstance(outcome, dict) and outcome["date"] == "2026-01-10"


def test_add_three_working_days_over_a_swapped_saturday(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Fri 9/1/2026 is day zero; Sat 10/1 worked (1); Sun 11 skipped; Mon 12 (2); Tue 13 (3)
    code, out, _ = run(capsys, "add", "2026-01-09", "3", "--trace")
    assert code == EXIT_OK
    assert "Tuesday 2026-01-13 (Thứ Ba)" in out
    assert "Sat 2026-01-10  counted   1" in out
    assert "Sun 2026-01-11  skipped" in out
    assert "khoản 3 Điều 147 Bộ luật Dân sự số 91/2015/QH13" in out


def test_add_backwards_over_national_day_2026(capsys: pytest.CaptureFixture[str]) -> None:
    # From Thu 3/9/2026 back: 2/9 and 1/9 holidays, Mon 31/8 swapped rest, 30-29/8 weekend,
    # Fri 28 (1), 27 (2), 26 (3), 25 (4), Mon 24 (5), Sun 23 rest, Sat 22 worked (6), Fri 21 (7)
    data = run_json(capsys, "add", "2026-09-03", "-7")
    assert data["outcome"] == "2026-08-21"
    assert data["trace"] is None  # no --trace: no trace in the JSON either


def test_add_calendar_days_rolls_past_rest_days(capsys: pytest.CaptureFixture[str]) -> None:
    # 18/8/2026 + 12 days = Sun 30/8; 31/8 swapped rest, 1-2/9 National Day: rolls to Thu 3/9
    data = run_json(capsys, "add", "2026-08-18", "12", "--calendar-days", "--trace")
    assert data["outcome"] == "2026-09-03"
    trace = data["trace"]
    assert isinstance(trace, list)
    assert [s["date"] for s in trace if s["action"] == "rolled"] == [
        "2026-08-31",
        "2026-09-01",
        "2026-09-02",
        "2026-09-03",
    ]
    raw = run_json(capsys, "add", "2026-08-18", "12", "--calendar-days", "--roll", "none")
    assert raw["outcome"] == "2026-08-30"


def test_count_over_30_april_2025(capsys: pytest.CaptureFixture[str]) -> None:
    # (Fri 25/4/2025, Mon 5/5]: Sat 26/4 worked (1), 28 (2), 29 (3); 30/4 and 1/5 holidays,
    # Fri 2/5 swapped rest, 3-4/5 weekend, Mon 5/5 (4)
    code, out, _ = run(capsys, "count", "2025-04-25", "2025-05-05")
    assert code == EXIT_OK
    assert out.startswith("4 working day(s) in (2025-04-25, 2025-05-05]")
    assert run_json(capsys, "count", "2025-04-25", "2025-05-05")["outcome"] == 4


def test_count_into_projected_years_is_provisional(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, "count", "2027-12-01", "2028-03-01")
    assert data["status"] == "provisional" and data["caveats"]


def test_special_days_2019_lists_both_swapped_saturdays(
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = run_json(capsys, "special-days", "2019")
    days = data["outcome"]
    assert isinstance(days, list)
    working = {d["date"] for d in days if d["working"]}
    assert working == {"2019-01-05", "2019-05-04"}
    code, out, _ = run(capsys, "holidays", "2026")
    assert code == EXIT_OK and "Lunar New Year" in out and "2026-08-22" in out


def test_agency_override_rest_day(capsys: pytest.CaptureFixture[str]) -> None:
    # Mon 2/3/2026 + 1 working day with Tue 3/3 declared a local rest day -> Wed 4/3
    data = run_json(capsys, "add", "2026-03-02", "1", "--rest-day", "2026-03-03")
    assert data["outcome"] == "2026-03-04"


# -- requests, suspensions, incidents ------------------------------------------------------
def test_request_received_before_tet_2026(capsys: pytest.CaptureFixture[str]) -> None:
    # Day zero Fri 13/2/2026 (16:45 does not move it). 14-15/2 weekend, 16-20/2 Tết
    # (Notice 9441/TB-BNV), 21-22/2 weekend. notify_by: 23 (1), 24 (2), Wed 25/2 (3).
    # respond_by: 23-27/2 (1-5), 2-6/3 (6-10), 9-13/3 (11-15) -> Fri 13/3.
    # Extension: 13/3 + 15 calendar days = Sat 28/3, rolled past Sun 29/3 -> Mon 30/3.
    args = ["request", "--received", "2026-02-13T16:45+07:00", "--channel", "electronic"]
    code, out, _ = run(capsys, *args, "--complexity", "complex", "--trace")
    assert code == EXIT_OK
    assert "notify_by:             Wednesday 2026-02-25 (Thứ Tư)" in out
    assert "respond_by:            Friday 2026-03-13 (Thứ Sáu)" in out
    assert "extended_respond_by:   Monday 2026-03-30 (Thứ Hai)" in out
    assert "Mon 2026-02-16  skipped" in out and "Notice No. 9441/TB-BNV" in out
    data = run_json(capsys, *args, "--complexity", "complex")
    outcome = data["outcome"]
    assert isinstance(outcome, dict)
    assert outcome["respond_by"] == "2026-03-13" and data["rule_set"] == "law_104_2016"


def test_request_needs_complexity_under_law_104(capsys: pytest.CaptureFixture[str]) -> None:
    # a required option left out: a usage error, like any other missing option
    code, out, err = run(capsys, "request", "--received", "2026-02-13", "--channel", "post")
    assert code == EXIT_USAGE and out == ""
    assert "the following arguments are required: --complexity" in err


def test_request_help_says_what_complexity_means(capsys: pytest.CaptureFixture[str]) -> None:
    # issue 15: the help says that --complexity is required and what each value means
    code, out, _ = run(capsys, "request", "--help")
    assert code == EXIT_OK
    text = " ".join(out.split())
    assert "--complexity {simple,complex}" in text
    assert "required, under both laws" in text
    assert "simple: information that is simple and already held" in text
    assert "thông tin đơn giản, có sẵn" in text
    assert "complex: information not to hand" in text
    assert "thông tin phức tạp, không có sẵn" in text


def test_request_reading_raise_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["request", "--received", "2026-02-13", "--channel", "electronic"]
    code, _, err = run(capsys, *args, "--complexity", "complex", "--extension-unit", "raise")
    assert code == EXIT_ERROR and "ambiguous-reading" in err


def test_suspension_notice_before_national_day(capsys: pytest.CaptureFixture[str]) -> None:
    # Same count as the backwards add above: 7 working days before Thu 3/9/2026 -> Fri 21/8
    code, out, _ = run(capsys, "suspension", "2026-09-03")
    assert code == EXIT_OK
    assert "Publish the suspension notice by Friday 2026-08-21 (Thứ Sáu)" in out
    assert "[provisional]" in out  # Decree 224/2026 Art 13 rests on an unverified copy


def test_suspension_under_decree_64_over_30_april_2019(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Start Mon 6/5/2019. Back: Sun 5 rest, Sat 4/5 worked (1), Fri 3 (2), Thu 2 (3),
    # 1/5 and 30/4 holidays, Mon 29/4 swapped rest, 28-27/4 weekend, 26 (4), 25 (5), 24 (6),
    # Tue 23/4 (7)
    data = run_json(capsys, "suspension", "2019-05-06")
    assert data["outcome"] == "2019-04-23"
    assert data["rule_set"] == "decree_64_2007" and data["status"] == "final"


def test_suspension_force_majeure_owes_no_advance_notice(
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = run_json(capsys, "suspension", "2026-09-03", "--force-majeure")
    assert data["outcome"] is None
    code, out, _ = run(capsys, "suspension", "2026-09-03", "--force-majeure")
    assert code == EXIT_OK and out.startswith("No advance notice owed")


def test_check_suspension_on_time(capsys: pytest.CaptureFixture[str]) -> None:
    # Start Sat 5/9/2026. Back: Fri 4/9 (1), Thu 3 (2), 2-1/9 holidays, 31/8 swapped rest,
    # 30-29/8 weekend, Fri 28 (3), 27 (4), 26 (5), 25 (6), Mon 24/8 (7). Published 20/8: met.
    code, out, _ = run(
        capsys,
        "check-suspension",
        "--from",
        "2026-09-05",
        "--kind",
        "planned",
        "--published",
        "2026-08-20",
        "--states-recovery-time",
        "yes",
        "--backup-in-place",
        "yes",
    )
    assert code == EXIT_OK
    assert "COMPLIANT" in out and "Monday 2026-08-24" in out


def test_incident_seed_002_reconcile_next_working_day(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Expected recovery Mon 23/2/2026 (after Tết); 1 working day after it: Tue 24/2
    data = run_json(
        capsys,
        "incident",
        "--occurred",
        "2026-02-13T15:00+07:00",
        "--expected-recovery",
        "2026-02-23T10:00+07:00",
    )
    outcome = data["outcome"]
    assert isinstance(outcome, dict)
    reconcile = [d for d in outcome["duties"] if d["duty"] == "reconcile_data"]
    assert reconcile[0]["due"] == "2026-02-24"


# -- errors and usage ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("args", "code_text"),
    [
        (["day", "2040-01-01"], "outside-calendar"),
        (["add", "2030-01-02", "3", "--strict"], "calendar-unknown"),
        (["special-days", "1999"], "invalid-input"),
        (["suspension", "2026-09-03", "--strict"], "unverified-text"),
        (["request", "--received", "2017-01-03", "--channel", "post", "--complexity", "simple"],
         "no-applicable-rule"),
        (["day", "2026-01-10", "--calendar-file", "no-such-file.csv"], "invalid-input"),
    ],
)  # fmt: skip
def test_refused_input_exits_3_with_the_code(
    capsys: pytest.CaptureFixture[str], args: list[str], code_text: str
) -> None:
    code, out, err = run(capsys, *args)
    assert code == EXIT_ERROR
    assert out == ""
    assert err.startswith(f"accessinfo: error {code_text}: ")


@pytest.mark.parametrize(
    "args",
    [[], ["nope"], ["day"], ["add", "2026-01-09"], ["day", "2026-01-09", "--bogus"],
     ["add", "2026-01-09", "3", "--roll", "sideways"],
     # issue 15: a malformed value is the same kind of mistake as an unknown choice
     ["add", "2026-01-09", "abc"], ["add", "2026-01-09", "three"],
     ["day", "2026-01-09T10:00"],  # naive datetime: the offset is missing
     ["day", "2026-13-01"], ["day", "9/1/2026"], ["count", "2026-01-09", "soon"],
     ["special-days", "twenty"], ["rules", "--on", "yesterday"], ["schema", "NoSuchSchema"],
     ["request", "--received", "2026-01-09", "--channel", "pigeon", "--complexity", "simple"],
     ["request", "--received", "2026-01-09", "--channel", "post", "--complexity", "simple",
      "--cutoff", "late", "--receipt", "next_working_day"]],
)  # fmt: skip
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    code, _, err = run(capsys, *args)
    assert code == EXIT_USAGE
    assert "usage" in err


def test_help_has_examples(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == EXIT_OK
    assert "examples:" in out and "accessinfo add 2026-01-09 3 --trace" in out


def test_html_output_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "trace.html"
    code, _, _ = run(capsys, "add", "2026-01-09", "3", "--html", str(target))
    assert code == EXIT_OK
    text = target.read_text(encoding="utf-8")
    assert text.startswith("<!doctype html>") and 'data-date="2026-01-13"' in text


def test_unwritable_html_file_exits_4(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "day", "2026-01-09", "--html", str(tmp_path / "no" / "x.html"))
    assert code == 4 and "cannot write" in err


def test_rules_lists_the_registry(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules", "--json")
    assert code == EXIT_OK
    assert {r["id"] for r in json.loads(out)} == {r.id for r in registry()}
    code, out, _ = run(capsys, "rules", "--on", "2026-09-01", "--json")
    assert all(r["rule_set"] != "law_104_2016" for r in json.loads(out))
    code, out, _ = run(capsys, "rules", "--family", "request_deadlines")
    assert code == EXIT_OK and "law_104_2016" in out and "law_01_2026" in out


def test_schema_commands(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, "schema", "--list")
    assert code == EXIT_OK and "InformationRequest" in out.split()
    code, out, _ = run(capsys, "schema", "Decision[date]")
    assert json.loads(out)["title"] == "Decision[date]"
    code, out, _ = run(capsys, "schema")
    assert "InformationRequest" in json.loads(out)["$defs"]
    code, out, _ = run(capsys, "schema", "--out", str(tmp_path))
    assert code == EXIT_OK and (tmp_path / "Decision-date.schema.json").is_file()


def test_parse_when_rejects_non_text() -> None:
    with pytest.raises(InvalidInput):
        parse_when(20260109)  # type: ignore[arg-type]


def test_python_dash_m_runs_the_cli() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "accessinfo", "day", "2024-05-04"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and "WORKING DAY" in done.stdout


# -- invariants ----------------------------------------------------------------------------
@settings(max_examples=40, deadline=None)
@given(
    start=st.dates(min_value=date(2018, 2, 15), max_value=date(2035, 11, 30)),  # ±20 stays inside
    n=st.integers(min_value=-20, max_value=20),
)
def test_cli_add_agrees_with_the_library(start: date, n: int) -> None:
    import contextlib
    import io

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        assert main(["add", start.isoformat(), str(n), "--json"]) == EXIT_OK
    assert (
        json.loads(buf.getvalue())["outcome"]
        == PUBLIC_SECTOR.add(start, WorkingDays(n)).isoformat()
    )


@settings(max_examples=25, deadline=None)
@given(
    start=st.dates(min_value=date(2018, 1, 1), max_value=date(2035, 11, 1)),
    span=st.integers(min_value=0, max_value=60),
)
def test_cli_count_agrees_with_the_library(start: date, span: int) -> None:
    import contextlib
    import io

    end = start + timedelta(days=span)
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        assert main(["count", start.isoformat(), end.isoformat(), "--json"]) == EXIT_OK
    assert json.loads(buf.getvalue())["outcome"] == PUBLIC_SECTOR.count(start, end)
