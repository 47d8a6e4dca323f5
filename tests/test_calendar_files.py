"""Calendar files (issue 15 §2): a notice's days applied without a release.

The example file is docs/examples/new-year-2027-bridge.csv (a hypothetical bridge: Thu
31/12/2026 off, Sat 09/01/2027 worked). Expected working/rest days come from the file's rows
and the plain week (Decision 188/1999 Art 1); weekdays are checked against a printed 2026-2028
calendar.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from accessinfo.calendar import PUBLIC_SECTOR, WorkingDays, load_calendar
from accessinfo.calendar_files import (
    COLUMNS,
    ENV_VAR,
    calendar_from_text,
    configured_calendar,
    rows_digest,
)
from accessinfo.errors import InvalidInput

EXAMPLES = Path(__file__).resolve().parent.parent / "docs" / "examples"
BRIDGE = EXAMPLES / "new-year-2027-bridge.csv"
HEADER = ",".join(COLUMNS)
D = date


def text_of(*rows: str) -> str:
    return "\n".join([HEADER, *rows]) + "\n"


def problems(text: str | bytes) -> str:
    with pytest.raises(InvalidInput) as info:
        calendar_from_text(text, name="t.csv")
    assert info.value.code == "invalid-input"
    return info.value.message


# -- the example file ------------------------------------------------------------------------
def test_the_bridge_file_amends_the_packaged_calendar() -> None:
    cal = load_calendar(BRIDGE)
    # Thu 31/12/2026 becomes a rest day; Sat 09/01/2027 a working day; the rest is unchanged
    assert PUBLIC_SECTOR.is_working_day(D(2026, 12, 31)) and not cal.is_working_day(D(2026, 12, 31))
    assert not PUBLIC_SECTOR.is_working_day(D(2027, 1, 9)) and cal.is_working_day(D(2027, 1, 9))
    assert not cal.is_working_day(D(2027, 1, 1))  # New Year's Day stays a holiday
    # 3 working days from Mon 28/12/2026: 29 (1), 30 (2), 31/12 now off, 1/1 holiday,
    # 2-3/1 weekend, Mon 04/01/2027 (3)
    assert cal.add(D(2026, 12, 28), WorkingDays(3)) == D(2027, 1, 4)
    info = cal.day(D(2026, 12, 31))
    assert (info.kind, info.status) == ("swapped_rest", "announced")
    assert info.name_vi == "Nghỉ hoán đổi (Tết Dương lịch 2027)"
    assert info.note == "worked on Sat 09/01/2027"


def test_the_version_names_the_base_and_a_hash_of_the_file() -> None:
    cal = load_calendar(BRIDGE)
    digest = hashlib.sha256(BRIDGE.read_bytes()).hexdigest()[:16]
    assert cal.version == f"{PUBLIC_SECTOR.version}+file:{digest}"
    assert cal.name == "public_sector+file"
    # the same rows with one more comment line are another file: another version
    other = calendar_from_text("# reviewed\n" + BRIDGE.read_text(encoding="utf-8"))
    assert other.version != cal.version and other.version.startswith(PUBLIC_SECTOR.version)
    # the base is named: on the culture-day reading, the version says so
    from accessinfo.calendar import public_sector_calendar

    base = public_sector_calendar(culture_day_makeup=True)
    assert load_calendar(BRIDGE, base=base).version.startswith(base.version + "+file:")


def test_a_source_missing_from_the_instrument_list_is_recorded_from_the_file() -> None:
    src = load_calendar(BRIDGE).day(D(2026, 12, 31)).source
    assert src is not None
    inst = src.instrument
    assert inst.id == "file:0000/VPCP-KGVX"
    assert inst.kind == "letter" and inst.number == "0000/VPCP-KGVX"
    assert inst.title_vi == "Công văn số 0000/VPCP-KGVX ngày 24/12/2026 (giả định)"
    assert inst.issued == D(2026, 12, 24)
    assert inst.confidence == "unverified" and not inst.verified
    assert str(src) == "Công văn số 0000/VPCP-KGVX"
    assert src.en == "Official Letter No. 0000/VPCP-KGVX"
    # both rows cite the same letter: one instrument
    assert load_calendar(BRIDGE).day(D(2027, 1, 9)).source == src


@pytest.mark.parametrize(
    ("source", "kind", "number"),
    [
        ("Thông báo 9999/TB-BNV", "notice", "9999/TB-BNV"),
        ("9999/TB-BNV", "notice", "9999/TB-BNV"),  # the type is in the number
        ("12345/VPCP-KGVX", "letter", "12345/VPCP-KGVX"),  # no type: a công văn
        ("Quyết định số 12/2026/QĐ-UBND", "decision", "12/2026/QĐ-UBND"),
        ("12/2026/QĐ-UBND", "decision", "12/2026/QĐ-UBND"),
        ("Official Letter No. 777/VPCP-KGVX", "letter", "777/VPCP-KGVX"),
        ("Notice 5/TB-VPCP", "notice", "5/TB-VPCP"),
        ("Nghị quyết 9/NQ-CP", "resolution", "9/NQ-CP"),
    ],
)
def test_the_kind_of_a_new_source_is_read_from_its_words_or_number(
    source: str, kind: str, number: str
) -> None:
    cal = calendar_from_text(text_of(f"2026-12-31,holiday,Nghỉ,Day off,{source},announced,"))
    src = cal.day(D(2026, 12, 31)).source
    assert src is not None and (src.instrument.kind, src.instrument.number) == (kind, number)


def test_packaged_sources_are_cited_with_their_articles() -> None:
    cal = calendar_from_text(
        text_of(
            "2028-01-03,working,Ngày làm việc,Working day,cv_10065_2026,announced,",
            "2028-01-24,compensatory,Nghỉ bù,Day off in lieu,code_45_2019:111.3,derived,",
        )
    )
    assert str(cal.day(D(2028, 1, 3)).source) == "Công văn số 10065/VPCP-KGVX"
    assert cal.day(D(2028, 1, 24)).source.en == "Labour Code No. 45/2019/QH14, Art. 111(3)"  # type: ignore[union-attr]
    assert cal.day(D(2028, 1, 24)).status == "derived"


def test_working_and_weekend_rows_restore_the_plain_week() -> None:
    # Mon 24/01/2028 is projected as a Tết day (two days before Tết on Wed 26/01/2028); a
    # notice that starts the break on Tue 25/01 gives the Monday back: a 'working' row.
    assert not PUBLIC_SECTOR.is_working_day(D(2028, 1, 24))
    cal = calendar_from_text(
        text_of("2028-01-24,working,Ngày làm việc,Working day,Thông báo 1/TB-BNV,announced,")
    )
    assert cal.is_working_day(D(2028, 1, 24))
    assert cal.day(D(2028, 1, 24)).status == "announced"
    # a Saturday restored as a plain rest day: Sat 09/01/2027 read back from the bridge
    back = calendar_from_text(
        text_of("2027-01-09,weekend,Nghỉ hằng tuần,Weekly rest day,decision_188_1999:1,statutory,"),
        base=load_calendar(BRIDGE),
    )
    assert not back.is_working_day(D(2027, 1, 9))
    assert not back.is_working_day(D(2026, 12, 31))  # the other row of the base file stays


def test_comments_blank_lines_bom_and_missing_note_column() -> None:
    text = (
        "\ufeff# a comment\n\n"
        "date,kind,name_vi,name_en,source,status\n"
        "# another\n"
        "2026-12-31,swapped_rest,Nghỉ,Day off,12345/VPCP-KGVX,announced\n"
    )
    cal = calendar_from_text(text.encode("utf-8"))
    assert not cal.is_working_day(D(2026, 12, 31))
    assert cal.day(D(2026, 12, 31)).note == ""


def test_a_file_with_only_a_header_changes_no_day() -> None:
    cal = calendar_from_text(HEADER + "\n")
    assert cal.count(D(2018, 1, 1), D(2035, 12, 31)) == PUBLIC_SECTOR.count(
        D(2018, 1, 1), D(2035, 12, 31)
    )


# -- bad files: a clear error naming the line ------------------------------------------------
GOOD = "2026-12-31,swapped_rest,Nghỉ,Day off,12345/VPCP-KGVX,announced,"


@pytest.mark.parametrize(
    ("rows", "needle"),
    [
        ([GOOD, "2027-01-09,bridge,Làm bù,Worked,12345/VPCP-KGVX,announced,"],
         "line 3: unknown kind 'bridge'"),
        ([GOOD, "2027-01-09,swapped_working,Làm bù,Worked,1/VPCP,announced,", GOOD],
         "line 4: 2026-12-31 is given twice (also on line 2)"),
        # Fri 08/01/2027 is a weekday: it cannot be a swapped working Saturday
        (["2027-01-08,swapped_working,Làm bù,Worked,12345/VPCP-KGVX,announced,"],
         "line 2: 2027-01-08 is a Friday: swapped_working cannot be (a swapped working day is "
         "a Saturday)"),
        (["2027-01-10,swapped_working,Làm bù,Worked,12345/VPCP-KGVX,announced,"],
         "line 2: 2027-01-10 is a Sunday: swapped_working"),
        (["2027-01-09,swapped_rest,Nghỉ,Off,12345/VPCP-KGVX,announced,"],
         "line 2: 2027-01-09 is a Saturday: swapped_rest cannot be"),
        (["2027-01-09,compensatory,Nghỉ bù,Off,12345/VPCP-KGVX,announced,"],
         "line 2: 2027-01-09 is a Saturday: compensatory cannot be"),
        (["2026-12-31,local_working,Làm,Work,12345/VPCP-KGVX,override,"],
         "line 2: 2026-12-31 is a Thursday: local_working cannot be"),
        (["2026-12-31,swapped_rest,Nghỉ,Day off,,announced,"],
         "line 2: source missing"),
        (["2026-12-31,swapped_rest,Nghỉ,Day off,12345/VPCP-KGVX,,"],
         "line 2: unknown status ''"),
        (["2026-12-31,swapped_rest,Nghỉ,Day off,12345/VPCP-KGVX,projected,"],
         "line 2: unknown status 'projected'"),
        (["2026-12-31,swapped_rest,,Day off,12345/VPCP-KGVX,announced,"],
         "line 2: name_vi missing"),
        (["31/12/2026,swapped_rest,Nghỉ,Day off,12345/VPCP-KGVX,announced,"],
         "line 2: date '31/12/2026' is not a date; use YYYY-MM-DD"),
        (["2026-02-30,holiday,Nghỉ,Day off,12345/VPCP-KGVX,announced,"],
         "line 2: date '2026-02-30' is not a date"),
        (["2040-01-02,holiday,Nghỉ,Day off,12345/VPCP-KGVX,announced,"],
         "line 2: 2040-01-02 is outside the calendar (2018-01-01 to 2035-12-31)"),
        (["2026-12-31,swapped_rest,Nghỉ,Day off,12345/VPCP-KGVX,announced"],
         "line 2: 6 field(s) where the header has 7"),
        (["2026-12-31,swapped_rest,Nghỉ,Day off,the VPCP letter,announced,"],
         "line 2: source 'the VPCP letter' is neither a packaged instrument id nor a document"),
        (["2026-12-31,swapped_rest,Nghỉ,Day off,cv_12345_2026,announced,"],
         "line 2: source 'cv_12345_2026' is neither"),
        (["2026-12-31,holiday,Nghỉ,Day off,code_45_2019:abc,announced,"],
         "line 2: source 'code_45_2019:abc': write ID:ARTICLE.CLAUSE.POINT"),
        (["2026-12-31,holiday,Nghỉ,Day off,code_45_2019:112.1.f,announced,"],
         "line 2: source 'code_45_2019:112.1.f': "),
        (["2026-12-31,holiday,Nghỉ,Day off,Công văn số 1/VPCP ngày 32/12/2026,announced,"],
         "is not a date"),
    ],
)  # fmt: skip
def test_bad_rows_are_refused_with_their_line(rows: list[str], needle: str) -> None:
    message = problems(text_of(*rows))
    assert message.startswith("calendar file t.csv: 1 problem: "), message
    assert needle in message


@pytest.mark.parametrize(
    ("header", "needle"),
    [
        ("date,kind,name_vi,name_en,status,note", "missing column(s) source"),
        ("date,kind,name_vi,name_en,sourse,status,note", "unknown column(s) 'sourse'"),
        ("date,kind,name_vi,name_en,source,status,note,note", "given twice: note"),
        ("2026-12-31,swapped_rest,Nghỉ,Day off,x,announced,", "missing column(s) date"),
    ],
)
def test_wrong_columns_are_refused(header: str, needle: str) -> None:
    message = problems(f"# comment\n{header}\n{GOOD}\n")
    assert "line 2: the header has" in message and needle in message
    assert "expected date,kind,name_vi,name_en,source,status,note (note optional)" in message


def test_a_file_that_is_not_utf8_names_the_line() -> None:
    # "Nghỉ" in the Windows Vietnamese code page: 0xD2 is not UTF-8 here
    data = (HEADER + "\n" + GOOD + "\n").encode("utf-8")
    data += "2027-01-09,swapped_working,Làm bù,Worked,x,announced,\n".encode("cp1258")
    message = problems(data)
    assert message.startswith("calendar file t.csv: line 3: not UTF-8 (byte 0x")
    assert "save the file as UTF-8" in message


def test_every_problem_is_listed_at_once() -> None:
    message = problems(
        text_of(
            "2026-12-31,bridge,Nghỉ,Day off,,announced,",
            "2027-01-08,swapped_working,Làm bù,Worked,1/VPCP,announced,",
        )
    )
    assert message.startswith("calendar file t.csv: 3 problems: ")
    assert "line 2: unknown kind 'bridge'" in message and "line 2: source missing" in message
    assert "line 3: 2027-01-08 is a Friday" in message
    many = text_of(*(f"2026-01-{d:02d},bridge,a,b,1/VPCP,announced," for d in range(1, 26)))
    message = problems(many)
    assert message.startswith("calendar file t.csv: 25 problems: ") and "and 5 more" in message


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("", "no header line"),
        ("# only a comment\n\n", "no header line"),
        (f'{HEADER}\n2026-12-31,"holiday,x\n', "not a valid CSV file"),
    ],
)
def test_empty_or_broken_files(text: str, needle: str) -> None:
    assert needle in problems(text)


def test_unreadable_paths_and_wrong_arguments(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="cannot read calendar file"):
        load_calendar(tmp_path / "missing.csv")
    with pytest.raises(InvalidInput, match="cannot read calendar file"):
        load_calendar(tmp_path)  # a directory
    with pytest.raises(InvalidInput, match="path must be a file path"):
        load_calendar(3)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="base must be a WorkingCalendar"):
        load_calendar(BRIDGE, base="packaged")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="text must be str or bytes"):
        calendar_from_text(None)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="name must be a string"):
        calendar_from_text(HEADER, name=1)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="rows must be an iterable"):
        rows_digest(None)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match=r"rows\[0\] must be a SpecialDay"):
        rows_digest(["x"])  # type: ignore[list-item]


def test_a_huge_file_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.csv"
    big.write_bytes(b"#" * 5_000_001)
    with pytest.raises(InvalidInput, match="a calendar file is at most"):
        load_calendar(big)
    with pytest.raises(InvalidInput, match="a calendar file is at most"):
        calendar_from_text(b"#" * 5_000_001)


# -- what a program uses: the file named, or the environment variable ----------------------
def test_configured_calendar_reads_the_path_then_the_environment(tmp_path: Path) -> None:
    assert configured_calendar(environ={}) is PUBLIC_SECTOR
    assert configured_calendar(environ={ENV_VAR: ""}) is PUBLIC_SECTOR
    from_env = configured_calendar(environ={ENV_VAR: str(BRIDGE)})
    assert from_env.version == load_calendar(BRIDGE).version
    other = tmp_path / "other.csv"
    other.write_text(text_of(GOOD), encoding="utf-8")
    # an explicit path wins over the environment
    chosen = configured_calendar(other, environ={ENV_VAR: str(BRIDGE)})
    assert chosen.is_working_day(D(2027, 1, 9)) is False
    with pytest.raises(InvalidInput, match="environ must be a mapping"):
        configured_calendar(environ=["x"])  # type: ignore[arg-type]


def test_configured_calendar_defaults_to_os_environ(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(ENV_VAR, str(BRIDGE))
    assert configured_calendar().version == load_calendar(BRIDGE).version
    monkeypatch.delenv(ENV_VAR)
    assert configured_calendar() is PUBLIC_SECTOR


# -- invariants --------------------------------------------------------------------------------
_KINDS_BY_WEEKDAY = {
    # weekday -> (kind, works?) that may fall on it
    **{wd: [("holiday", False), ("swapped_rest", False), ("compensatory", False),
            ("local_rest", False), ("working", True)] for wd in range(5)},
    5: [("holiday", False), ("swapped_working", True), ("local_working", True), ("weekend", False)],
    6: [("holiday", False), ("local_working", True), ("weekend", False)],
}  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.dates(min_value=D(2018, 1, 1), max_value=D(2035, 12, 31)), st.integers(0, 4)),
        max_size=12,
        unique_by=lambda t: t[0],
    )
)
@example([(D(2026, 12, 31), 1), (D(2027, 1, 9), 1)])  # the bridge
def test_a_file_sets_its_days_and_leaves_every_other_day(picks: list[tuple[date, int]]) -> None:
    rows, expect = [], {}
    for d, k in picks:
        options = _KINDS_BY_WEEKDAY[d.weekday()]
        kind, works = options[k % len(options)]
        rows.append(f"{d.isoformat()},{kind},Tên,Name,12345/VPCP-KGVX,announced,")
        expect[d] = works
    cal = calendar_from_text(text_of(*rows))
    for d, works in expect.items():
        assert cal.is_working_day(d) is works
        for k in (-2, -1, 1, 2):
            other = d + timedelta(days=k)
            if other not in expect and D(2018, 1, 1) <= other <= D(2035, 12, 31):
                assert cal.is_working_day(other) == PUBLIC_SECTOR.is_working_day(other)
    assert re.fullmatch(re.escape(PUBLIC_SECTOR.version) + r"\+file:[0-9a-f]{16}", cal.version)
    # the same text is the same version; the base is never changed
    assert calendar_from_text(text_of(*rows)).version == cal.version
    assert PUBLIC_SECTOR.is_working_day(D(2026, 12, 31))


def test_rows_digest_ignores_order_and_sees_every_field() -> None:
    cal = load_calendar(BRIDGE)
    a, b = cal._index().special[D(2026, 12, 31)], cal._index().special[D(2027, 1, 9)]
    assert rows_digest([a, b]) == rows_digest([b, a]) != rows_digest([a])
    import dataclasses

    assert rows_digest([dataclasses.replace(a, note="x")]) != rows_digest([a])
    assert re.fullmatch(r"[0-9a-f]{12}", rows_digest([]))
