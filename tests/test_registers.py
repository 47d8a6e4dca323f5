"""Registers: every row's verdicts equal the scalar ``request_timeline`` (Hypothesis), bad rows
are reported with their number and reason, frames come back as frames, files round-trip.

The expected columns are built here from the timeline's duties by the documented mapping
(docs/registers.md), independently of the module's own conversion.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from accessinfo.calendar import PUBLIC_SECTOR
from accessinfo.core.messages import msg
from accessinfo.errors import AccessInfoError, InvalidInput
from accessinfo.models.requests import InformationRequest
from accessinfo.tasks.outages import SuspensionNotice, check_suspension_notice
from accessinfo.tasks.registers import (
    DUTIES,
    NOTICE_RESULT_COLUMNS,
    REQUEST_EVENTS,
    REQUEST_RESULT_COLUMNS,
    VERDICTS,
    judge_notices,
    judge_requests,
    read_register,
    register_text,
    summarize,
    write_register,
)
from accessinfo.tasks.timeline import RequestEvent, request_timeline

CAL = PUBLIC_SECTOR
VN = timezone(timedelta(hours=7))


# -- the reference: one row through the scalar timeline ------------------------------------
def _parse(v: Any) -> Any:
    if v is None or v == "":
        return None
    if isinstance(v, str):
        return date.fromisoformat(v) if len(v) == 10 else datetime.fromisoformat(v)
    return v


def expected_row(row: dict[str, Any], as_of: date, **options: Any) -> dict[str, Any]:
    """The scalar answer for one register row, as result columns; or the error raised."""
    fields: dict[str, Any] = {"received_at": _parse(row["received"]), "channel": row["channel"]}
    for col, name in (("sent", "sent_at"), ("delivery", "delivery"), ("complexity", "complexity")):
        if row.get(col) not in (None, ""):
            fields[name] = _parse(row[col]) if col == "sent" else row[col]
    events = []
    for kind in REQUEST_EVENTS:
        at = _parse(row.get(kind))
        if at is not None:
            extra = {}
            if kind == "extension_notified" and row.get("extended_to"):
                extra["extended_to"] = _parse(row["extended_to"])
            events.append(RequestEvent(kind=kind, at=at, **extra))  # type: ignore[arg-type]
    try:
        d = request_timeline(InformationRequest(**fields), events, as_of=as_of, **options)
    except AccessInfoError as exc:
        return {"error_code": exc.code, "error": exc.message}
    t = d.outcome
    out: dict[str, Any] = {
        "law": t.rule_set,
        "status": d.status,
        "day_zero": t.deadlines.day_zero,
        "answer": t.answer,
        "answered_on": t.answered_on,
        "extended": t.extended,
        "error_code": None,
    }
    by_name = {x.name: x for x in t.duties}
    for name in ("respond", "notify_handling_time", "notify_extension"):
        duty = by_name.get(name)
        out[f"{name}_due"] = duty.due if duty else None
        out[f"{name}_done"] = duty.done_on if duty else None
        out[f"{name}_verdict"] = duty.status if duty else "not_applicable"
        late = None
        if duty and duty.status == "late":
            assert duty.due is not None and duty.done_on is not None
            late = CAL.count(duty.due, duty.done_on)
        if duty and duty.status == "overdue":
            assert duty.due is not None
            late = CAL.count(duty.due, as_of)
        out[f"{name}_working_days_late"] = late
    for name in ("acknowledge", "notify_resolution"):
        duty = by_name.get(name)
        out[f"{name}_done"] = duty.done_on if duty else None
        out[f"{name}_verdict"] = "no_due_date" if t.rule_set == "law_01_2026" else "not_applicable"
        if duty:
            assert duty.status == "no_due_date"
    out["overdue"] = ";".join(t.overdue)
    out["breaches"] = ";".join(t.breaches)
    cites = list(dict.fromkeys(c.en for x in t.duties for c in x.basis))
    out["citations"] = "; ".join(cites)
    return out


def _compare(got: dict[str, Any], want: dict[str, Any]) -> None:
    for k, v in want.items():
        assert got[k] == v, (k, got[k], v)


# -- generated registers -------------------------------------------------------------------
days = st.dates(min_value=date(2026, 6, 1), max_value=date(2026, 11, 30))
offset = st.one_of(st.none(), st.integers(min_value=-2, max_value=40))


@st.composite
def request_rows(draw: Any) -> dict[str, Any]:
    received = draw(days)
    row: dict[str, Any] = {
        "reference": f"R{draw(st.integers(0, 10**6))}",
        "received": received.isoformat(),
        "channel": draw(st.sampled_from(["in_person", "electronic", "post", "fax"])),
        "delivery": draw(st.sampled_from([None, None, "in_person", "electronic", "post"])),
        "complexity": draw(st.sampled_from(["simple", "complex", "complex", None])),
    }
    if draw(st.booleans()):
        row["sent"] = (received - timedelta(days=draw(st.integers(0, 5)))).isoformat()
    for kind in REQUEST_EVENTS:
        k = draw(offset)
        if kind in ("provided", "refused", "extension_notified", "validated") and k is not None:
            k = k if draw(st.booleans()) else None
        row[kind] = None if k is None else (received + timedelta(days=k)).isoformat()
    if row["extension_notified"] and draw(st.booleans()):
        row["extended_to"] = (received + timedelta(days=draw(st.integers(5, 45)))).isoformat()
    else:
        row["extended_to"] = None
    if draw(st.integers(0, 9)) == 0:  # an instant instead of a day
        row["received"] = datetime.combine(
            received, datetime.min.time().replace(hour=draw(st.integers(0, 23))), VN
        ).isoformat()
    return row


def _columns(rows: list[dict[str, Any]]) -> dict[str, list[Any]]:
    names = list(dict.fromkeys(k for r in rows for k in r))
    return {n: [r.get(n) for r in rows] for n in names}


AS_OF = st.dates(min_value=date(2026, 9, 1), max_value=date(2027, 1, 31))


@settings(max_examples=60, deadline=None)
@given(st.lists(request_rows(), min_size=1, max_size=25), AS_OF)
@example(
    [
        {
            "received": "2026-03-03",
            "channel": "post",
            "complexity": "simple",
            "provided": "2026-03-11",
        }
    ],
    date(2026, 9, 1),
)
def test_every_row_equals_the_scalar_timeline(rows: list[dict[str, Any]], as_of: date) -> None:
    cols = _columns(rows)
    for engine in ("columns", "timeline"):
        j = judge_requests(cols, as_of=as_of, skip_bad=True, engine=engine)  # type: ignore[arg-type]
        assert j.read == len(rows) and j.judged + j.refused_count == len(rows)
        assert [r.row for r in j.refused] == [
            i + 1 for i, r in enumerate(j.rows) if r["error_code"] is not None
        ]
        for row, got in zip(rows, j.rows, strict=True):
            _compare(got, expected_row(row, as_of))
            if got["error_code"] is None:
                assert set(got) == set(REQUEST_RESULT_COLUMNS)
                assert {got[f"{d}_verdict"] for d in DUTIES} <= set(VERDICTS)


@settings(max_examples=15, deadline=None)
@given(
    st.lists(request_rows(), min_size=1, max_size=8),
    st.sampled_from(
        [
            {"period_unit": "working"},
            {"extension_unit": "working"},
            {"extension_notice": "by_last_day"},
            {"receipt": "next_working_day"},
            {"period_unit": "raise"},
            {"costs_pause": "raise"},
        ]
    ),
)
def test_readings_pass_through_row_for_row(
    rows: list[dict[str, Any]], options: dict[str, Any]
) -> None:
    as_of = date(2026, 12, 1)
    j = judge_requests(_columns(rows), as_of=as_of, skip_bad=True, **options)
    for row, got in zip(rows, j.rows, strict=True):
        _compare(got, expected_row(row, as_of, **options))


# -- worked by hand --------------------------------------------------------------------------
def test_a_small_register_by_hand() -> None:
    # Row 1: Law 104, post, simple, received Tue 3/3/2026: 5 working days -> Tue 10/3
    #   (4, 5, 6, 9, 10 March); provided Wed 11/3: late by 1 working day.
    # Row 2: Law 01/2026, post, simple, received Fri 20/11/2026: 3 working days (Decree
    #   337 Art 10.4(a)) -> Thu 26/11 (23, 25, 26; Tue 24/11 Culture Day off); not answered
    #   by as_of Tue 1/12/2026: overdue by 3 working days (27, 30 Nov, 1 Dec).
    # Row 3: no complexity: refused (Law 104 needs it).
    cols = {
        "reference": ["A", "B", "C"],
        "received": ["2026-03-03", "2026-11-20", "2026-03-03"],
        "channel": ["post", "post", "post"],
        "complexity": ["simple", "simple", None],
        "provided": ["2026-03-11", None, None],
    }
    with pytest.raises(InvalidInput, match=r"row 3: \[invalid-input\]") as err:
        judge_requests(cols, as_of=date(2026, 12, 1))
    assert "1 of 3 row(s) refused" in str(err.value)
    assert "dòng 3" in err.value.message_vi
    j = judge_requests(cols, as_of=date(2026, 12, 1), skip_bad=True)
    a, b, c = j.rows
    assert (a["law"], a["respond_due"], a["respond_verdict"]) == (
        "law_104_2016",
        date(2026, 3, 10),
        "late",
    )
    assert a["respond_working_days_late"] == 1 and a["breaches"] == "respond"
    assert (b["law"], b["respond_due"], b["respond_verdict"]) == (
        "law_01_2026",
        date(2026, 11, 26),
        "overdue",
    )
    assert b["respond_working_days_late"] == 3 and b["overdue"] == "respond"
    assert b["acknowledge_verdict"] == "no_due_date"
    assert "Decree No. 337/2026/NĐ-CP, Art. 10(4)(a)" in b["citations"]
    assert "điểm a khoản 4 Điều 10" in b["citations_vi"]
    assert c["error_code"] == "invalid-input" and c["respond_verdict"] is None
    assert (j.read, j.judged, j.refused_count) == (3, 2, 1)
    assert j.refused[0].row == 3
    assert str(j.summary_text()) == "3 row(s) read, 2 judged, 1 refused"
    assert j.table["reference"] == ["A", "B", "C"]  # a mapping comes back as a dict of lists
    assert j.table["respond_verdict"] == ["late", "overdue", None]


def test_bad_cells_are_reported_not_guessed() -> None:
    cols = {
        "received": ["2026-03-03", "3/3/2026", "2026-03-03T09:00", "2026-03-03", ""],
        "channel": ["post", "post", "post", "pigeon", "post"],
        "complexity": ["simple"] * 5,
        "provided": [None, None, None, None, None],
        "extended_to": ["2026-03-20", None, None, None, None],
    }
    j = judge_requests(cols, as_of=date(2026, 12, 1), skip_bad=True)
    reasons = {r.row: r.reason for r in j.refused}
    assert set(reasons) == {1, 2, 3, 4, 5}
    assert "extension_notified is empty" in reasons[1]
    assert "'3/3/2026' is neither YYYY-MM-DD" in reasons[2]
    assert "naive datetime" in reasons[3]
    assert "channel" in reasons[4]
    assert "column received is empty" in reasons[5]
    assert j.judged == 0


def test_whole_register_errors() -> None:
    with pytest.raises(InvalidInput, match="no column channel"):
        judge_requests({"received": ["2026-03-03"]}, as_of=date(2026, 12, 1))
    with pytest.raises(InvalidInput, match="different lengths"):
        judge_requests(
            {"received": ["2026-03-03"], "channel": ["post", "fax"]}, as_of=date(2026, 12, 1)
        )
    with pytest.raises(InvalidInput, match="mapping of columns"):
        judge_requests([1, 2], as_of=date(2026, 12, 1))
    with pytest.raises(InvalidInput, match="sequence of values"):
        judge_requests({"received": "2026-03-03", "channel": ["post"]}, as_of=date(2026, 12, 1))
    with pytest.raises(InvalidInput, match="outside the calendar"):
        judge_requests({"received": [], "channel": []}, as_of=date(2040, 1, 1))
    with pytest.raises(InvalidInput, match="period_unit"):
        judge_requests({"received": [], "channel": []}, as_of=date(2026, 12, 1), period_unit="x")
    with pytest.raises(InvalidInput, match="engine"):
        judge_requests({"received": [], "channel": []}, as_of=date(2026, 12, 1), engine="x")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="skip_bad"):
        judge_requests({"received": [], "channel": []}, as_of=date(2026, 12, 1), skip_bad=1)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="result column"):
        judge_requests(
            {
                "received": ["2026-03-03"],
                "channel": ["post"],
                "complexity": ["simple"],
                "law": ["x"],
            },
            as_of=date(2026, 12, 1),
        )
    empty = judge_requests({"received": [], "channel": []}, as_of=date(2026, 12, 1))
    assert (empty.read, empty.judged, empty.table["law"]) == (0, 0, [])


def test_unread_columns_are_named() -> None:
    j = judge_requests(
        {
            "received": ["2026-03-03"],
            "channel": ["post"],
            "complexity": ["simple"],
            "provied": ["2026-03-04"],  # a typo: kept, and named as not read
        },
        as_of=date(2026, 12, 1),
    )
    assert j.unread_columns == ("provied",)
    assert j.table["provied"] == ["2026-03-04"]
    assert j.rows[0]["respond_verdict"] == "overdue"


def test_more_than_twenty_bad_rows_are_counted() -> None:
    cols = {"received": ["x"] * 25, "channel": ["post"] * 25}
    with pytest.raises(InvalidInput) as err:
        judge_requests(cols, as_of=date(2026, 12, 1))
    assert "25 of 25" in str(err.value) and "and 5 more row(s)" in str(err.value)


# -- frames -----------------------------------------------------------------------------------
SMALL = {
    "received": ["2026-03-03", "2026-11-20"],
    "channel": ["post", "post"],
    "complexity": ["simple", "simple"],
    "provided": ["2026-03-11", None],
}


def test_pandas_frame_comes_back_as_pandas() -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame(SMALL)
    frame["received"] = pd.to_datetime(frame["received"])  # naive midnight: read as dates
    j = judge_requests(frame, as_of=date(2026, 12, 1))
    assert isinstance(j.table, pd.DataFrame) and list(frame.columns) == list(SMALL)
    assert list(j.table["respond_verdict"]) == ["late", "overdue"]
    assert j.table["respond_working_days_late"].tolist() == [1, 3]
    assert str(j.table["respond_working_days_late"].dtype) == "Int64"
    assert j.table["respond_due"].tolist() == [date(2026, 3, 10), date(2026, 11, 26)]


def test_polars_frame_comes_back_as_polars() -> None:
    pl = pytest.importorskip("polars")
    frame = pl.DataFrame(SMALL).with_columns(pl.col("received").str.to_date())
    j = judge_requests(frame, as_of=date(2026, 12, 1))
    assert isinstance(j.table, pl.DataFrame)
    assert j.table["respond_verdict"].to_list() == ["late", "overdue"]
    assert j.table.schema["respond_due"] == pl.Date
    assert j.table.schema["respond_working_days_late"] == pl.Int64


def test_arrow_table_and_naive_times_in_frames() -> None:
    pa = pytest.importorskip("pyarrow")
    j = judge_requests(pa.table(SMALL), as_of=date(2026, 12, 1))
    assert j.table.column("respond_verdict").to_pylist() == ["late", "overdue"]
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame({**SMALL, "received": pd.to_datetime(["2026-03-03 09:30", None])})
    bad = judge_requests(frame, as_of=date(2026, 12, 1), skip_bad=True)
    assert "naive datetime" in bad.refused[0].reason
    assert bad.refused[1].reason.startswith("column received is empty")


# -- files --------------------------------------------------------------------------------------
def test_files_round_trip(tmp_path: Path) -> None:
    j = judge_requests(SMALL, as_of=date(2026, 12, 1))
    for suffix in ("csv", "json", "parquet"):
        if suffix == "parquet":
            pytest.importorskip("pyarrow")
        path = tmp_path / f"out.{suffix}"
        write_register(j, path)
        back = read_register(path)
        assert [str(x) for x in back["respond_due"]] == ["2026-03-10", "2026-11-26"]
        assert back["respond_verdict"] == ["late", "overdue"]
        assert back["received"] == SMALL["received"] or suffix != "csv"
    data = json.loads(register_text(j, "json"))
    assert data[0]["respond_working_days_late"] == 1 and data[1]["answer"] is None


def test_read_register_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("received,channel\n2026-03-03\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match="line 2: 1 cells where the header has 2"):
        read_register(bad)
    (tmp_path / "empty.csv").write_text("", encoding="utf-8")
    with pytest.raises(InvalidInput, match="no header"):
        read_register(tmp_path / "empty.csv")
    (tmp_path / "dup.csv").write_text("a,a\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match="twice"):
        read_register(tmp_path / "dup.csv")
    (tmp_path / "x.txt").write_text("a\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match="cannot tell the format"):
        read_register(tmp_path / "x.txt")
    (tmp_path / "j.json").write_text("{", encoding="utf-8")
    with pytest.raises(InvalidInput, match="not valid JSON"):
        read_register(tmp_path / "j.json")
    (tmp_path / "k.json").write_text('{"a": 1}', encoding="utf-8")
    with pytest.raises(InvalidInput, match="list of objects"):
        read_register(tmp_path / "k.json")
    (tmp_path / "l.csv").write_bytes(b"received\n\xff\xfe\n")
    with pytest.raises(InvalidInput, match="not UTF-8"):
        read_register(tmp_path / "l.csv")
    with pytest.raises(InvalidInput, match="cannot read"):
        read_register(tmp_path / "missing.csv")
    (tmp_path / "ok.json").write_text('[{"a": 1}, {"b": 2}]', encoding="utf-8")
    assert read_register(tmp_path / "ok.json") == {"a": [1, None], "b": [None, 2]}


# -- notices --------------------------------------------------------------------------------------
NOTICES = {
    "reference": ["N1", "N2", "N3", "N4"],
    # N1: starts Mon 7/9/2026; latest notice Mon 24/8 (7th working day before: 24-28/8,
    #   3/9 and 4/9; 31/8-2/9 off); published Mon 24/8: met, lead 7 working days
    #   (24, 25, 26, 27, 28 Aug, 3, 4 Sep).
    # N2: the same start published Wed 26/8: breached, late by 2 working days (25, 26 Aug),
    #   lead 5 (26, 27, 28 Aug, 3, 4 Sep).
    # N3: an incident on 2026-10-05, remedy the same day.
    # N4: bad kind.
    "start": ["2026-09-07", "2026-09-07", "2026-10-05", "2026-10-05"],
    "end": ["2026-09-08", None, "2026-10-06", None],
    "kind": ["planned", "planned", "incident", "outage"],
    "published": ["2026-08-24", "2026-08-26", "2026-10-05", None],
    "states_recovery_time": ["yes", "no", None, None],
    "backup_in_place": ["true", None, "false", None],
    "remedy_started": [None, None, "2026-10-05", None],
}


def test_notice_register_by_hand() -> None:
    with pytest.raises(InvalidInput, match="row 4"):
        judge_notices(NOTICES)
    j = judge_notices(NOTICES, skip_bad=True)
    n1, n2, n3, n4 = j.rows
    assert (n1["latest_notice_day"], n1["lead_working_days"]) == (date(2026, 8, 24), 7)
    assert n1["advance_notice_verdict"] == "met" and n1["compliant"] is True
    assert (n2["lead_working_days"], n2["advance_notice_working_days_late"]) == (5, 2)
    assert n2["advance_notice_verdict"] == "breached"
    assert n2["recovery_time_stated_verdict"] == "breached" and n2["compliant"] is False
    assert n3["advance_notice_verdict"] == "not_applicable"
    assert n3["remedy_at_once_verdict"] == "met" and n3["backup_plan_verdict"] == "breached"
    assert n3["decree"] == "decree_224_2026" and n3["status"] == "provisional"
    assert n4["error_code"] == "invalid-input" and j.refused[0].row == 4
    assert set(n1) == set(NOTICE_RESULT_COLUMNS)


@settings(max_examples=40, deadline=None)
@given(
    st.dates(min_value=date(2025, 1, 1), max_value=date(2027, 6, 30)),
    st.integers(-3, 25),
    st.sampled_from(["planned", "incident"]),
)
def test_notice_rows_equal_the_checker(start: date, lead: int, kind: str) -> None:
    published = start - timedelta(days=lead)
    cols = {"start": [start.isoformat()], "kind": [kind], "published": [published.isoformat()]}
    got = judge_notices(cols, skip_bad=True).rows[0]
    try:
        d = check_suspension_notice(
            SuspensionNotice(suspension_from=start, kind=kind, published_at=published)
        )
    except AccessInfoError as exc:
        assert got["error_code"] == exc.code
        return
    for duty in d.outcome.duties:
        assert got[f"{duty.duty}_verdict"] == duty.status
    # the lead time and the 7-working-day line agree with the checker's verdict
    if kind == "planned":
        inside = [
            start - timedelta(days=k)
            for k in range(1, lead + 1)
            if CAL.is_working_day(start - timedelta(days=k))
        ]
        assert got["lead_working_days"] == len(inside) or lead <= 0
        assert (got["advance_notice_verdict"] == "met") == (got["lead_working_days"] >= 7)


def test_notice_bad_cells() -> None:
    cols = {
        "start": ["2026-09-07", None, "2026-09-07"],
        "kind": [None, "planned", "planned"],
        "backup_in_place": [None, None, "maybe"],
    }
    j = judge_notices(cols, skip_bad=True)
    assert [r.row for r in j.refused] == [1, 2, 3]
    assert "column kind is empty" in j.refused[0].reason
    assert "column start is empty" in j.refused[1].reason
    assert "'maybe' is not yes or no" in j.refused[2].reason


# -- summary ---------------------------------------------------------------------------------------
def test_summary_counts_and_shares() -> None:
    j = judge_requests({**SMALL, "received": ["2026-03-03", "2026-11-20"]}, as_of=date(2026, 12, 1))
    rows = {(r["dimension"], r["value"]): r for r in summarize(j)}
    assert rows[("all", "all")]["rows"] == 2 and rows[("all", "all")]["late"] == 1
    assert rows[("all", "all")]["share_overdue"] == 0.5
    assert rows[("law", "law_104_2016")]["late"] == 1
    assert rows[("law", "law_01_2026")]["overdue"] == 1
    assert rows[("month", "2026-03")]["rows"] == 1
    assert rows[("channel", "post")]["rows"] == 2
    assert rows[("duty", "notify_extension")]["not_applicable"] == 2
    notices = {
        (r["dimension"], r["value"]): r for r in summarize(judge_notices(NOTICES, skip_bad=True))
    }
    assert notices[("all", "all")]["rows"] == 3  # the refused row is not judged
    assert notices[("decree", "decree_224_2026")]["met"] == 1


def test_messages_exist_for_the_summary() -> None:
    t = msg("registers.summary.counts", read=3, judged=2, refused=1)
    assert t.vi == "đã đọc 3 dòng, đã xét 2 dòng, từ chối 1 dòng"


# -- junk never escapes as anything but an AccessInfoError -----------------------------------
junk_cells = st.one_of(
    st.none(),
    st.text(max_size=12),
    st.integers(-5, 5),
    st.floats(allow_nan=True),
    st.booleans(),
    st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 1, 1)),
    st.datetimes(min_value=datetime(2017, 1, 1), max_value=datetime(2037, 1, 1)),
    st.lists(st.integers(), max_size=2),
    st.sampled_from(["2026-03-03", "2026-11-20", "post", "simple", "planned", "yes", "2026-13-01"]),
)


@settings(max_examples=80, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(
            [
                "received",
                "channel",
                "complexity",
                "provided",
                "refused",
                "extension_notified",
                "extended_to",
                "sent",
                "validated",
                "delivery",
            ]
        ),
        st.lists(junk_cells, min_size=3, max_size=3),
    )
)
def test_junk_cells_are_judged_or_refused(cols: dict[str, list[Any]]) -> None:
    cols = {"received": ["2026-03-03"] * 3, "channel": ["post"] * 3, **cols}
    j = judge_requests(cols, as_of=date(2026, 12, 1), skip_bad=True)
    assert j.read == 3 and j.judged + j.refused_count == 3
    for r in j.refused:
        assert r.code and r.reason and r.reason_vi


@settings(max_examples=60, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(
            [
                "start",
                "kind",
                "published",
                "end",
                "states_recovery_time",
                "backup_in_place",
                "force_majeure",
                "remedy_started",
            ]
        ),
        st.lists(junk_cells, min_size=2, max_size=2),
    )
)
def test_junk_notice_cells_are_judged_or_refused(cols: dict[str, list[Any]]) -> None:
    cols = {"start": ["2026-09-07"] * 2, "kind": ["planned"] * 2, **cols}
    j = judge_notices(cols, skip_bad=True)
    assert j.read == 2 and j.judged + j.refused_count == 2


@pytest.mark.parametrize(
    "call",
    [
        lambda: judge_requests(None, as_of=date(2026, 12, 1)),
        lambda: judge_requests({}, as_of="soon"),
        lambda: judge_requests({}, as_of=date(2026, 12, 1), calendar="vn"),
        lambda: judge_requests({}, as_of=date(2026, 12, 1), colour="red"),
        lambda: judge_notices({}, count="twice"),
        lambda: judge_notices("x"),
        lambda: summarize({"rows": []}),
        lambda: read_register(42),
        lambda: read_register("/"),
        lambda: write_register(None, "x.csv"),
    ],
)
def test_bad_arguments_are_invalid_input(call: Any) -> None:
    with pytest.raises(AccessInfoError):
        call()


# -- corners ----------------------------------------------------------------------------------
def test_numpy_and_flag_cells() -> None:
    np = pytest.importorskip("numpy")
    cols = {
        "received": [np.datetime64("2026-03-03"), np.datetime64("2026-03-03T10:00"), "2026-03-03"],
        "channel": ["electronic"] * 3,
        "complexity": ["simple"] * 3,
        "electronic_file_available": [np.bool_(True), 1, "có"],
    }
    j = judge_requests(cols, as_of=date(2026, 12, 1), skip_bad=True)
    assert j.rows[0]["respond_due"] == date(2026, 3, 6)  # Law 104 Art 30.3: 4, 5, 6 March
    assert "naive datetime" in j.refused[0].reason and j.refused[0].row == 2
    assert j.rows[2]["respond_verdict"] == "overdue"
    with pytest.raises(InvalidInput, match="column names must be text"):
        judge_requests({1: ["x"], "received": ["x"], "channel": ["x"]}, as_of=date(2026, 12, 1))


def test_handling_notice_met_by_an_early_answer() -> None:
    # Law 104, post, complex, received Tue 3/3/2026: notice of the handling time due in 3
    # working days (Art 31.2) -> Fri 6/3; answered Thu 5/3 without a notice: on time
    j = judge_requests(
        {
            "received": ["2026-03-03"],
            "channel": ["post"],
            "complexity": ["complex"],
            "provided": ["2026-03-05"],
        },
        as_of=date(2026, 12, 1),
    )
    r = j.rows[0]
    assert (r["notify_handling_time_due"], r["notify_handling_time_verdict"]) == (
        date(2026, 3, 6),
        "on_time",
    )
    assert r["notify_handling_time_done"] == date(2026, 3, 5)
    _compare(r, expected_row({k: v[0] for k, v in j.columns.items()}, date(2026, 12, 1)))


def test_frame_months_and_json_values(tmp_path: Path) -> None:
    cols = {
        "received": [date(2026, 3, 3), datetime(2026, 3, 31, 20, 0, tzinfo=UTC)],
        "channel": ["post", "post"],
        "complexity": ["simple", "simple"],
        "score": [1.5, float("nan")],
        "tags": [["a"], None],
    }
    j = judge_requests(cols, as_of=date(2026, 12, 1))
    months = {r["value"] for r in summarize(j) if r["dimension"] == "month"}
    assert months == {"2026-03", "2026-04"}  # 20:00 UTC on 31/3 is 1/4 in Vietnam
    data = json.loads(register_text(j, "json"))
    assert data[0]["score"] == 1.5 and data[1]["score"] is None and data[0]["tags"] == "['a']"
    path = tmp_path / "reg.pq"
    (tmp_path / "blank.csv").write_text("received,channel\n\n2026-03-03,post\n", encoding="utf-8")
    assert read_register(tmp_path / "blank.csv") == {
        "received": ["2026-03-03"],
        "channel": ["post"],
    }
    assert read_register(tmp_path / "blank.csv", format="csv")["channel"] == ["post"]
    pytest.importorskip("pyarrow")
    write_register(j, path)
    assert read_register(path)["respond_verdict"] == ["overdue", "overdue"]


def test_notice_options() -> None:
    with pytest.raises(InvalidInput, match="skip_bad"):
        judge_notices({"start": [], "kind": []}, skip_bad="yes")  # type: ignore[arg-type]
    j = judge_notices(NOTICES, count="raise", skip_bad=True)  # refused where the count matters
    assert [r.row for r in j.refused] == [1, 2, 4]
    assert j.refused[0].code == "ambiguous-reading"
