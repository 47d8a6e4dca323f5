"""Calendar versions: a late New Year 2027 bridge, which open deadlines it moves, and why."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accessinfo.articles.law_104_2016.art_30 import simple_electronic_respond_by
from accessinfo.calendar import PUBLIC_SECTOR, CalendarDays, Roll, SpecialDay, WorkingDays
from accessinfo.core.citations import Instrument
from accessinfo.errors import InvalidInput, OutsideCalendar
from accessinfo.models.requests import InformationRequest
from accessinfo.versions import (
    OpenDeadline,
    RecomputeReport,
    amended,
    diff_calendars,
    recompute,
)

D = date

# A hypothetical letter of the Government Office (such a swap was decided as late as 25/12/2025
# for New Year 2026, Công văn 12729/VPCP-KGVX). Not in instruments.csv: it does not exist.
LETTER = Instrument(
    id="example_bridge_2027",
    kind="letter",
    number="0000/VPCP-KGVX (giả định)",
    title_vi="Về việc nghỉ Tết Dương lịch 2027 (giả định)",
    title_en="New Year 2027 bridge (hypothetical)",
    issued=D(2026, 12, 24),
    valid_from=D(2026, 12, 24),
    confidence="unverified",
)
BRIDGE_ROWS = [
    SpecialDay(
        D(2026, 12, 31),
        "swapped_rest",
        "Nghỉ hoán đổi (Tết Dương lịch 2027)",
        "Swapped day off (New Year 2027)",
        LETTER.cite(),
        "announced",
        "worked on Sat 09/01/2027",
    ),
    SpecialDay(
        D(2027, 1, 9),
        "swapped_working",
        "Làm bù cho ngày 31/12/2026",
        "Working Saturday (swapped for 31/12/2026)",
        LETTER.cite(),
        "announced",
    ),
]
NEW = amended(PUBLIC_SECTOR, BRIDGE_ROWS, version="vn-public-sector@2026-12-24")

# (label, start, period, old due, new due, the changed days behind a move), all hand-worked.
# Old calendar: Thu 31/12/2026 working, Fri 01/01/2027 holiday, Sat 09/01/2027 rest.
# New calendar: Thu 31/12/2026 rest, Fri 01/01 holiday, Sat 09/01/2027 working.
CASES = [
    # A: Mon 28/12 + 3 wd: old 29, 30, 31 -> Thu 31/12; new 29, 30, (31, 1/1, 2, 3 off), 4/1.
    ("A", D(2026, 12, 28), WorkingDays(3), D(2026, 12, 31), D(2027, 1, 4), [D(2026, 12, 31)]),
    # B: Mon 04/01/2027 + 5 wd: old 5, 6, 7, 8, 11 -> Mon 11/01; new 5, 6, 7, 8, Sat 9.
    ("B", D(2027, 1, 4), WorkingDays(5), D(2027, 1, 11), D(2027, 1, 9), [D(2027, 1, 9)]),
    # C: Tue 15/12 + 10 wd: 16, 17, 18, 21, 22, 23, 24, 25, 28, 29 -> Tue 29/12 on both.
    ("C", D(2026, 12, 15), WorkingDays(10), D(2026, 12, 29), D(2026, 12, 29), []),
    # D: Wed 23/12 + 15 wd. Old: 24, 25, 28, 29, 30, 31 (6), 4-8/1 (11), 11-14/1 (15) -> Thu
    # 14/01. New: 24, 25, 28, 29, 30 (5), 4-8/1 (10), Sat 9 (11), 11-14/1 (15) -> Thu 14/01.
    # The window crosses both changed days; they cancel out.
    ("D", D(2026, 12, 23), WorkingDays(15), D(2027, 1, 14), D(2027, 1, 14), []),
    # E: Mon 21/12 + 10 calendar days = Thu 31/12: working on the old calendar; on the new one
    # it rolls over 31/12 (off), 1/1 (holiday), 2-3/1 (weekend) to Mon 04/01 (Civil Code 148.5).
    ("E", D(2026, 12, 21), CalendarDays(10), D(2026, 12, 31), D(2027, 1, 4), [D(2026, 12, 31)]),
    # F: Fri 08/01/2027 + 1 wd: old Mon 11/01; new Sat 09/01.
    ("F", D(2027, 1, 8), WorkingDays(1), D(2027, 1, 11), D(2027, 1, 9), [D(2027, 1, 9)]),
    # G: Tue 12/01/2027 - 2 wd: old Mon 11 (1), Fri 8 (2); new Mon 11 (1), Sat 9 (2).
    ("G", D(2027, 1, 12), WorkingDays(-2), D(2027, 1, 8), D(2027, 1, 9), [D(2027, 1, 9)]),
    # H: Wed 23/12 + 6 wd: old 24, 25, 28, 29, 30, 31 -> Thu 31/12; new ... 30, then Mon 4/1.
    # Sat 09/01 lies after both due dates: only 31/12 explains the move.
    ("H", D(2026, 12, 23), WorkingDays(6), D(2026, 12, 31), D(2027, 1, 4), [D(2026, 12, 31)]),
]


def test_new_year_2027_bridge_diff_names_the_days_and_their_source() -> None:
    changes = diff_calendars(PUBLIC_SECTOR, NEW, start=D(2026, 1, 1), end=D(2027, 12, 31))
    assert [c.date for c in changes] == [D(2026, 12, 31), D(2027, 1, 9)]
    rest, work = changes
    assert rest.before.working and not rest.after.working
    assert rest.after.kind == "swapped_rest" and rest.before.kind == "working"
    assert not work.before.working and work.after.working
    assert work.before.kind == "weekend" and work.after.kind == "swapped_working"
    assert rest.source == work.source == LETTER.cite()
    assert rest.working_changed and work.working_changed
    assert "Swapped day off (New Year 2027)" in rest.describe()
    assert "0000/VPCP-KGVX" in work.describe()
    # the shared calendar is untouched
    assert PUBLIC_SECTOR.is_working_day(D(2026, 12, 31))
    assert not PUBLIC_SECTOR.is_working_day(D(2027, 1, 9))


def test_new_year_2027_bridge_moves_exactly_the_hand_worked_deadlines() -> None:
    report = recompute([c[:3] for c in CASES], old=PUBLIC_SECTOR, new=NEW)
    assert isinstance(report, RecomputeReport)
    assert report.old_version == "vn-public-sector@2026-10-02"
    assert report.new_version == "vn-public-sector@2026-12-24"
    assert len(report.items) == len(CASES)
    for item, (label, start, _, old_due, new_due, because) in zip(report.items, CASES, strict=True):
        assert (item.label, item.start, item.old_due, item.new_due) == (
            label,
            start,
            old_due,
            new_due,
        )
        assert [c.date for c in item.because] == because
    assert [m.label for m in report.moved] == ["A", "B", "E", "F", "G", "H"]
    text = str(report)
    assert text.startswith("6 of 8 due dates move")
    assert "A: 3 working days from 2026-12-28: 2026-12-31 -> 2027-01-04 because 2026-12-31" in text
    assert report.items[2].describe().endswith("(unchanged)")
    assert RecomputeReport.model_validate_json(report.model_dump_json()) == report


def test_requests_are_recomputed_field_by_field() -> None:
    # Sent on 28/08/2026, so Law 104 governs (Law 01/2026 Art 31.4); valid on Mon 28/12/2026.
    simple = InformationRequest(
        received_at=D(2026, 12, 28),
        sent_at=D(2026, 8, 28),
        channel="electronic",
        complexity="simple",
        reference="REQ-1",
    )
    complex_ = InformationRequest(
        received_at=D(2026, 12, 28),
        sent_at=D(2026, 8, 28),
        channel="electronic",
        complexity="complex",
    )
    report = recompute([simple, complex_], old=PUBLIC_SECTOR, new=NEW)
    got = {r.label: (r.old_due, r.new_due) for r in report.items}
    assert got == {
        # Art 30.3: 3 wd: old 29, 30, 31/12; new 29, 30/12, 04/01/2027.
        "REQ-1.respond_by": (D(2026, 12, 31), D(2027, 1, 4)),
        # Art 30.4: notice within 3 wd: as above.
        "request[1].notify_by": (D(2026, 12, 31), D(2027, 1, 4)),
        # Art 30.4: 15 wd. Old: 29, 30, 31 (3), 4-8/1 (8), 11-15/1 (13), 18, 19 -> Tue 19/01.
        # New: 29, 30 (2), 4-8/1 (7), Sat 9 (8), 11-15/1 (13), 18, 19 -> Tue 19/01.
        "request[1].respond_by": (D(2027, 1, 19), D(2027, 1, 19)),
        # extension: 15 calendar days after Tue 19/01 = Wed 03/02/2027, a working day (Tết 2027
        # starts on Thu 04/02) on both calendars.
        "request[1].extended_respond_by": (D(2027, 2, 3), D(2027, 2, 3)),
    }
    assert [m.label for m in report.moved] == ["REQ-1.respond_by", "request[1].notify_by"]
    assert all(m.period.startswith("law_104_2016") for m in report.moved)


def test_suspension_notices_are_recomputed() -> None:
    from accessinfo.tasks.outages import SuspensionNotice

    early = SuspensionNotice(suspension_from=D(2027, 1, 5), kind="planned", reference="N-1")
    later = SuspensionNotice(suspension_from=D(2027, 1, 11), kind="planned")
    report = recompute([early, later], old=PUBLIC_SECTOR, new=NEW)
    got = {r.label: (r.old_due, r.new_due, [c.date for c in r.because]) for r in report.items}
    assert got == {
        # the 7th working day before Tue 05/01/2027 (Decree 224/2026 Art 13). Old: Mon 4 (1),
        # Thu 31/12 (2), Wed 30 (3), Tue 29 (4), Mon 28 (5), Fri 25 (6), Thu 24/12 (7).
        # New: 31/12 is off: Mon 4 (1), 30 (2), 29 (3), 28 (4), 25 (5), 24 (6), Wed 23/12 (7).
        "N-1.latest_notice_day": (D(2026, 12, 24), D(2026, 12, 23), [D(2026, 12, 31)]),
        # before Mon 11/01/2027. Old: 8, 7, 6, 5, 4/1 (5), 31/12 (6), 30/12 (7).
        # New: Sat 9 (1), 8, 7, 6, 5, 4/1 (6), 30/12 (7): both changes, no move.
        "notice[1].latest_notice_day": (D(2026, 12, 30), D(2026, 12, 30), []),
    }
    assert report.items[0].period == "decree_224_2026 latest_notice_day"
    # a reading for the notices: "clear" = 7 full working days between the notice and the start
    clear = recompute([early], old=PUBLIC_SECTOR, new=NEW, notice_options={"count": "clear"})
    assert clear.items[0].old_due is not None and clear.items[0].old_due < D(2026, 12, 24)
    with pytest.raises(InvalidInput):
        recompute([early], old=PUBLIC_SECTOR, new=NEW, notice_options=["clear"])  # type: ignore[arg-type]


def test_decisions_record_the_calendar_version() -> None:
    # a request sent before 01/09/2026 stays under Law 104 (Law 01/2026 Art 31.4)
    old = simple_electronic_respond_by(D(2026, 12, 28), sent=D(2026, 8, 28))
    new = simple_electronic_respond_by(D(2026, 12, 28), sent=D(2026, 8, 28), calendar=NEW)
    assert (old.outcome, old.calendar_version) == (D(2026, 12, 31), "vn-public-sector@2026-10-02")
    assert (new.outcome, new.calendar_version) == (D(2027, 1, 4), "vn-public-sector@2026-12-24")


def test_with_overrides_gives_the_same_moves_as_the_amended_calendar() -> None:
    local = PUBLIC_SECTOR.with_overrides(
        rest_days={D(2026, 12, 31): "bridge"},
        working_days={D(2027, 1, 9): "make-up"},
        source=LETTER.cite(),
    )
    a = recompute([c[:3] for c in CASES], old=PUBLIC_SECTOR, new=local)
    b = recompute([c[:3] for c in CASES], old=PUBLIC_SECTOR, new=NEW)
    assert [(m.label, m.new_due) for m in a.moved] == [(m.label, m.new_due) for m in b.moved]
    assert a.new_version.startswith("vn-public-sector@2026-10-02+overrides:")


def test_a_confirmation_without_a_working_change_is_listed_but_moves_nothing() -> None:
    # Hùng Kings' Day 2027 (Fri 16/04, "derived") confirmed by a notice: same day, new status.
    old_row = PUBLIC_SECTOR.day(D(2027, 4, 16))
    assert old_row.status == "derived"
    confirmed = SpecialDay(
        D(2027, 4, 16),
        "holiday",
        old_row.name_vi,
        old_row.name_en,
        LETTER.cite(),
        "announced",
    )
    cal = amended(PUBLIC_SECTOR, [confirmed], version="v2")
    changes = diff_calendars(PUBLIC_SECTOR, cal, start=D(2027, 1, 1), end=D(2027, 12, 31))
    assert [(c.date, c.working_changed) for c in changes] == [(D(2027, 4, 16), False)]
    assert (
        diff_calendars(
            PUBLIC_SECTOR, cal, start=D(2027, 1, 1), end=D(2027, 12, 31), working_only=True
        )
        == ()
    )
    # Thu 15/04/2027 + 1 wd = Mon 19/04 on both
    report = recompute([("x", D(2027, 4, 15), WorkingDays(1))], old=PUBLIC_SECTOR, new=cal)
    assert report.moved == ()
    assert report.items[0].new_due == D(2027, 4, 19)


def test_same_calendar_moves_nothing() -> None:
    report = recompute([c[:3] for c in CASES], old=PUBLIC_SECTOR, new=PUBLIC_SECTOR)
    assert report.moved == ()
    assert (
        diff_calendars(PUBLIC_SECTOR, PUBLIC_SECTOR, start=D(2018, 1, 1), end=D(2035, 12, 31)) == ()
    )
    assert recompute([], old=PUBLIC_SECTOR, new=NEW).items == ()


# -- invariant: a due date moves only because a day inside its window changed ----------------

days_2026_27 = st.dates(min_value=D(2026, 10, 1), max_value=D(2027, 3, 31))


@settings(max_examples=60, deadline=None)
@given(
    rest=st.sets(days_2026_27, max_size=3),
    work=st.sets(days_2026_27, max_size=3),
    items=st.lists(
        st.tuples(days_2026_27, st.integers(-20, 20), st.booleans()), min_size=1, max_size=10
    ),
    roll=st.sampled_from(["next_working_day", "previous_working_day", "none"]),
)
def test_moves_are_exactly_the_scalar_differences_and_are_explained(
    rest: set[date], work: set[date], items: list[tuple[date, int, bool]], roll: Roll
) -> None:
    new = PUBLIC_SECTOR.with_overrides(rest_days=rest, working_days=work - rest)
    todo = [
        OpenDeadline(f"i{k}", s, WorkingDays(n) if wd else CalendarDays(n), roll)
        for k, (s, n, wd) in enumerate(items)
    ]
    report = recompute(todo, old=PUBLIC_SECTOR, new=new)
    for item, r in zip(todo, report.items, strict=True):
        s, p = item.start, item.period
        assert r.label == item.label
        assert r.old_due == PUBLIC_SECTOR.add(s, p, roll=roll)
        assert r.new_due == new.add(s, p, roll=roll)
        if r.moved:
            assert r.because, r
            lo = min(s, r.old_due, r.new_due)  # type: ignore[type-var]
            hi = max(s, r.old_due, r.new_due)  # type: ignore[type-var]
            for c in r.because:
                assert lo <= c.date <= hi and c.working_changed
                if isinstance(p, WorkingDays):
                    assert c.date != s  # day zero is never counted
        else:
            assert r.because == ()


# -- bad input -------------------------------------------------------------------------------


def test_bad_input() -> None:
    s, e = D(2026, 1, 1), D(2026, 12, 31)
    with pytest.raises(InvalidInput):
        diff_calendars("old", NEW, start=s, end=e)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        diff_calendars(PUBLIC_SECTOR, NEW, start=e, end=s)  # reversed
    with pytest.raises(InvalidInput):
        diff_calendars(PUBLIC_SECTOR, NEW, start="2026-01-01", end=e)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        diff_calendars(PUBLIC_SECTOR, NEW, start=datetime(2026, 1, 1, 8), end=e)  # naive
    with pytest.raises(InvalidInput):
        diff_calendars(PUBLIC_SECTOR, NEW, start=s, end=e, working_only="yes")  # type: ignore[arg-type]
    with pytest.raises(OutsideCalendar):
        diff_calendars(PUBLIC_SECTOR, NEW, start=D(2017, 1, 1), end=e)
    with pytest.raises(InvalidInput):
        amended(PUBLIC_SECTOR, BRIDGE_ROWS, version="")
    with pytest.raises(InvalidInput):
        amended(PUBLIC_SECTOR, [D(2026, 12, 31)], version="v")  # type: ignore[list-item]
    with pytest.raises(InvalidInput):
        amended(PUBLIC_SECTOR, None, version="v")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        amended(None, BRIDGE_ROWS, version="v")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        amended(PUBLIC_SECTOR, BRIDGE_ROWS, version="v", name=3)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        amended(PUBLIC_SECTOR, BRIDGE_ROWS, version="v", known_until="2027")  # type: ignore[arg-type]
    far = SpecialDay(D(2040, 1, 1), "holiday", "x", "x", None, "announced")
    with pytest.raises(OutsideCalendar):
        amended(PUBLIC_SECTOR, [far], version="v")
    with pytest.raises(InvalidInput):
        OpenDeadline("x", D(2026, 1, 1), 3)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        OpenDeadline(3, D(2026, 1, 1), WorkingDays(3))  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        OpenDeadline("x", datetime(2026, 1, 1), WorkingDays(3))  # naive
    with pytest.raises(InvalidInput):
        OpenDeadline("x", D(2026, 1, 1), CalendarDays(3), roll="forward")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        recompute(None, old=PUBLIC_SECTOR, new=NEW)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match=r"items\[1\]"):
        recompute([CASES[0][:3], "x"], old=PUBLIC_SECTOR, new=NEW)
    with pytest.raises(InvalidInput):
        recompute([("x", D(2026, 1, 1))], old=PUBLIC_SECTOR, new=NEW)
    with pytest.raises(InvalidInput):
        recompute([CASES[0][:3]], old=PUBLIC_SECTOR, new="new")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        recompute([CASES[0][:3]], old=PUBLIC_SECTOR, new=NEW, strict=True)
    with pytest.raises(OutsideCalendar):
        recompute([("x", D(2035, 12, 31), WorkingDays(5))], old=PUBLIC_SECTOR, new=NEW)
    assert (
        OpenDeadline("x", D(2026, 1, 1) + timedelta(0), WorkingDays(1)).roll == "next_working_day"
    )
