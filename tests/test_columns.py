"""``request_deadlines_columns``: a register's deadlines as columns, row for row the facade's.

The hand-worked rows count their days from the law and the calendar notices (the ``working``
comment on each); the property test holds every row of random registers (dates 2018-2035,
every channel, delivery and complexity, sent and validated offsets, every reading, calendars
with local rest and working days) to the scalar ``request_deadlines``: the same dates, law,
delivery, status, and for a refused row the same error, code and message.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import accessinfo.core.columns as core_columns
import accessinfo.tasks.columns as columns_module
from accessinfo.batch import request_deadlines_columns
from accessinfo.calendar import PUBLIC_SECTOR, VN_TZ, WorkingCalendar
from accessinfo.core.messages import UNTRANSLATED_VI
from accessinfo.errors import (
    AccessInfoError,
    AmbiguousReading,
    InvalidInput,
    NoApplicableRule,
)
from accessinfo.models.requests import InformationRequest
from accessinfo.tasks.columns import COLUMNS
from accessinfo.tasks.requests import request_deadlines

D = date
NAT = np.datetime64("NaT", "D")


@pytest.fixture(autouse=True, scope="module")
def small_passes() -> Iterator[None]:
    """Rows in passes of 8 and labels in chunks of 3: every register here spans several
    passes, so a row's answer cannot depend on where a pass begins (other test files run
    the default sizes)."""
    saved = columns_module._ROWS, core_columns._CHUNK
    columns_module._ROWS, core_columns._CHUNK = 8, 3
    yield
    columns_module._ROWS, core_columns._CHUNK = saved


CHANNELS = ("in_person", "electronic", "post", "fax")


def days(*values: date | None) -> Any:
    return np.array([NAT if v is None else np.datetime64(v, "D") for v in values])


def dates(col: Any) -> list[date | None]:
    return [None if np.isnat(x) else x.item() for x in col]


# -- hand-worked rows ---------------------------------------------------------------------------


def test_both_laws_hand_worked() -> None:
    out = request_deadlines_columns(
        days(
            D(2026, 1, 9),  # Law 104, complex, by e-mail
            D(2026, 4, 23),  # Law 104, complex, in person
            D(2025, 4, 25),  # Law 104, simple, by post
            D(2026, 4, 23),  # Law 104, simple, in person: at once
            D(2026, 8, 31),  # Law 104 (sent before 1/9/2026), simple, by post
            D(2026, 11, 20),  # Law 01/2026, simple, by post
            D(2026, 11, 20),  # Law 01/2026, complex, by post
        ),
        np.array(["electronic", "in_person", "post", "in_person", "post", "post", "post"]),
        np.array(["complex", "complex", "simple", "simple", "simple", "simple", "complex"]),
    )
    assert set(out) == set(COLUMNS)
    assert out["rule_set"].tolist() == ["law_104_2016"] * 5 + ["law_01_2026"] * 2
    assert out["delivery"].tolist() == [
        "electronic", "in_person", "post", "in_person", "post", "post", "post"
    ]  # fmt: skip
    assert out["provide_at_once"].tolist() == [False, False, False, True, False, False, False]
    assert dates(out["day_zero"]) == [
        D(2026, 1, 9), D(2026, 4, 23), D(2025, 4, 25), D(2026, 4, 23), D(2026, 8, 31),
        D(2026, 11, 20), D(2026, 11, 20),
    ]  # fmt: skip
    # working: Art 30.4, 3 working days from Fri 9/1/2026: Sat 10 (swapped working day,
    # Công văn 12729/VPCP-KGVX), Mon 12, Tue 13
    assert dates(out["notify_by"]) == [D(2026, 1, 13), None, None, None, None, None, None]
    assert dates(out["respond_by"]) == [
        # working: 15 working days: Sat 10, 12-16 (6), 19-23 (11), 26-29 (15) = Thu 29/1
        D(2026, 1, 29),
        # working: Art 29.2, 10 working days from Thu 23/4/2026: Fri 24 (1); Mon 27/4 makes
        # up Giỗ Tổ; Tue 28 (2), Wed 29 (3); 30/4, 1/5 off; 4-8/5 (4-8), Mon 11 (9), Tue 12
        D(2026, 5, 12),
        # working: Art 31.1, 5 working days from Fri 25/4/2025: Sat 26 (swapped working
        # day, Công văn 8726/VPCP-KGVX), Mon 28, Tue 29; 30/4, 1/5, 2/5 off; Mon 5, Tue 6/5
        D(2025, 5, 6),
        None,  # working: Art 29.1, simple information in person: at once, no period
        # working: 31/8 (swapped rest day), 1/9 and 2/9 off: Thu 3, Fri 4, Mon 7, 8, Wed 9
        D(2026, 9, 9),
        # working: Decree 337 Art 10.4(a): Mon 23 (1); Tue 24/11 Culture Day; Wed 25 (2),
        # Thu 26 (3)
        D(2026, 11, 26),
        # working: Art 10.4(b), 12 days: Fri 20/11 + 12 = Wed 2/12 (a working day)
        D(2026, 12, 2),
    ]
    assert dates(out["extension_notice_by"]) == [
        D(2026, 1, 29),  # Law 104: within the period, by its last day
        D(2026, 5, 12),
        None,
        None,
        None,
        D(2026, 11, 25),  # working: Art 10.4(c), before 26/11 ends: the working day before
        D(2026, 12, 1),  # working: the working day before Wed 2/12: Tue 1/12
    ]
    assert dates(out["extended_respond_by"]) == [
        # working: Art 30.4, 15 days after Thu 29/1: Fri 13/2/2026 (a working day)
        D(2026, 2, 13),
        # working: Art 29.2, 10 more working days after Tue 12/5: 13-15 (3), 18-22 (8),
        # Mon 25 (9), Tue 26/5
        D(2026, 5, 26),
        None,
        None,
        None,
        # working: Art 10.4(c), 12 days after Thu 26/11: Tue 8/12 (the Law's own cap,
        # 2/12 + 12 = Mon 14/12, is later)
        D(2026, 12, 8),
        D(2026, 12, 14),  # working: 2/12 + 12 days = Mon 14/12
    ]
    # Law 01/2026 rests on one unofficial copy: provisional; so is a Law 104 answer that
    # reaches 1/9/2026 (it cites Law 01/2026 Art 31.4)
    assert out["status"].tolist() == ["final"] * 4 + ["provisional"] * 3


def test_columns_match_the_facade_on_the_documented_examples() -> None:
    out = request_deadlines_columns(
        days(D(2026, 8, 31), D(2026, 11, 20)), np.array(["post", "post"]), "simple"
    )
    for k, received in enumerate((D(2026, 8, 31), D(2026, 11, 20))):
        d = request_deadlines(
            InformationRequest(received_at=received, channel="post", complexity="simple")
        )
        assert _row(out, k) == _facade(d)


# -- the property: row for row the facade ------------------------------------------------------


def _row(out: dict[str, Any], k: int) -> dict[str, Any]:
    """Row k of the columns as Python values (None for NaT and for no error column)."""
    row: dict[str, Any] = {}
    for name in (*COLUMNS, "error"):
        value = out[name][k] if name in out else None
        if isinstance(value, np.datetime64):
            value = None if np.isnat(value) else value.item()
        elif isinstance(value, np.generic):
            value = value.item()
        row[name] = value
    return row


def _facade(d: Any, error: str | None = None) -> dict[str, Any]:
    if d is None:
        row: dict[str, Any] = dict.fromkeys(COLUMNS)
        row["provide_at_once"] = False
        row["error"] = error
        return row
    o = d.outcome
    return {
        "rule_set": o.rule_set,
        "delivery": o.delivery,
        "day_zero": o.day_zero,
        "provide_at_once": o.provide_at_once,
        "notify_by": o.notify_by,
        "respond_by": o.respond_by,
        "extension_notice_by": o.extension_notice_by,
        "extended_respond_by": o.extended_respond_by,
        "status": d.status,
        "error": None,
    }


def _scalar(req: InformationRequest, options: dict[str, Any]) -> dict[str, Any]:
    try:
        return _facade(request_deadlines(req, **options))
    except AccessInfoError as exc:
        return _facade(None, str(exc))


any_day = st.dates(min_value=D(2018, 1, 1), max_value=D(2035, 12, 31))
near_transition = st.dates(min_value=D(2026, 7, 15), max_value=D(2026, 10, 15))
near_end = st.dates(min_value=D(2035, 11, 15), max_value=D(2035, 12, 31))
rows = st.lists(
    st.tuples(
        st.one_of(any_day, near_transition, near_end),
        st.sampled_from(CHANNELS),
        st.sampled_from(("simple", "complex")),
        st.one_of(st.none(), st.sampled_from(CHANNELS)),  # delivery
        st.one_of(st.none(), st.integers(-3, 60)),  # sent: days before received
        st.one_of(st.none(), st.integers(-2, 20)),  # validated: days after received
        st.sampled_from((None, True, False)),  # electronic_file_available
        st.sampled_from((None, True, False)),  # agency_can_send_electronically
    ),
    min_size=1,
    max_size=25,
)
readings = st.fixed_dictionaries(
    {
        "extension_unit": st.sampled_from(("calendar", "working", "raise")),
        "period_unit": st.sampled_from(("calendar", "working", "raise")),
        "extension_notice": st.sampled_from(("before_last_day", "by_last_day", "raise")),
        "receipt": st.sampled_from(("calendar_date", "next_working_day")),
        "strict": st.booleans(),
    }
)
overrides = st.lists(st.one_of(near_transition, any_day), max_size=6)
# a calendar covering fewer years (as a calendar file may): first, last, known_until
spans = st.one_of(
    st.none(),
    st.tuples(
        st.dates(min_value=D(2018, 1, 1), max_value=D(2026, 12, 31)),
        st.dates(min_value=D(2026, 6, 1), max_value=D(2035, 12, 31)),
        st.dates(min_value=D(2018, 1, 1), max_value=D(2035, 12, 31)),
    ).filter(lambda s: s[0] < s[1]),
)


def _calendar(
    rest: list[date], working: list[date], span: tuple[date, date, date] | None = None
) -> WorkingCalendar:
    cal = PUBLIC_SECTOR
    if rest or working:
        cal = cal.with_overrides(rest_days=set(rest) - set(working), working_days=set(working))
    if span is not None:
        first, last, known = span
        cal = WorkingCalendar(
            cal._index().special.values(),
            name="span",
            known_until=known,
            version=f"span@{first}..{last}",
            first=first,
            last=last,
        )
    return cal


def _columns(table: list[tuple[Any, ...]]) -> dict[str, Any]:
    received = [r[0] for r in table]
    return {
        "received": days(*received),
        "channel": np.array([r[1] for r in table]),
        "complexity": np.array([r[2] for r in table]),
        "delivery": np.array([r[3] for r in table], dtype=object),
        "sent": days(*(None if r[4] is None else r[0] - timedelta(r[4]) for r in table)),
        "validated": days(*(None if r[5] is None else r[0] + timedelta(r[5]) for r in table)),
        "electronic_file_available": np.array([r[6] for r in table], dtype=object),
        "agency_can_send_electronically": np.array([r[7] for r in table], dtype=object),
    }


def _requests(table: list[tuple[Any, ...]]) -> list[InformationRequest]:
    return [
        InformationRequest(
            received_at=r[0],
            channel=r[1],
            complexity=r[2],
            delivery=r[3],
            sent_at=None if r[4] is None else r[0] - timedelta(r[4]),
            validated_at=None if r[5] is None else r[0] + timedelta(r[5]),
            electronic_file_available=r[6],
            agency_can_send_electronically=r[7],
        )
        for r in table
    ]


DEFAULTS = {
    "extension_unit": "calendar",
    "period_unit": "calendar",
    "extension_notice": "before_last_day",
    "receipt": "calendar_date",
    "strict": False,
}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows, readings, overrides, overrides, spans)
# a complex request sent on 31/8/2026 whose extension runs past 1/9 (Law 01 Art 31.4 cited)
@example(
    [(D(2026, 8, 28), "post", "complex", None, None, None, None, None)], DEFAULTS, [], [], None
)
# the 12 days of Law 01/2026 end past the calendar
@example(
    [(D(2035, 12, 24), "fax", "complex", None, None, None, None, None)], DEFAULTS, [], [], None
)
# a calendar that ends before 1 September 2026, and a row after its end (its day zero was
# once replaced by a day outside such a calendar)
@example(
    [
        (D(2026, 12, 1), "post", "simple", None, None, None, None, None),
        (D(2025, 3, 3), "post", "complex", None, None, None, None, None),
    ],
    DEFAULTS,
    [],
    [],
    (D(2019, 1, 1), D(2026, 8, 20), D(2025, 1, 1)),
)
# a local rest day on the decree's last day moves the notice
@example(
    [(D(2026, 11, 20), "in_person", "simple", "post", None, 2, None, False)],
    {**DEFAULTS, "receipt": "next_working_day", "strict": True},
    [D(2026, 11, 25)],
    [D(2026, 11, 28)],
    None,
)
def test_row_for_row_the_facade(
    table: list[tuple[Any, ...]],
    options: dict[str, Any],
    rest: list[date],
    working: list[date],
    span: tuple[date, date, date] | None,
) -> None:
    cal = _calendar(rest, working, span)
    cols = _columns(table)
    answered: list[dict[str, Any]] = []  # rows put to the facade that it did not refuse
    ask = columns_module._ask

    def spy(facade: Any, fields: dict[str, Any], options: dict[str, Any]) -> Any:
        got = ask(facade, fields, options)
        if not isinstance(got, AccessInfoError):
            answered.append(fields)
        return got

    columns_module._ask = spy  # type: ignore[assignment]
    try:
        out = request_deadlines_columns(**cols, calendar=cal, errors="coerce", **options)
    finally:
        columns_module._ask = ask  # type: ignore[assignment]
    assert set(out) == {*COLUMNS, "error"}
    assert all(len(v) == len(table) for v in out.values())
    expected = [_scalar(r, {**options, "calendar": cal}) for r in _requests(table)]
    for k, want in enumerate(expected):
        assert _row(out, k) == want, (k, table[k])
    # only rows the facade refuses are put to it: the others are counted on the index
    assert answered == []
    # errors="raise": the first refused row raises the facade's error, naming the row
    first = next((k for k, w in enumerate(expected) if w["error"] is not None), None)
    if first is None:
        again = request_deadlines_columns(**cols, calendar=cal, **options)
        assert set(again) == set(COLUMNS)
        for name in COLUMNS:
            assert again[name].tolist() == out[name].tolist()
    else:
        with pytest.raises(AccessInfoError) as info:
            request_deadlines_columns(**cols, calendar=cal, **options)
        code, message = expected[first]["error"][1:].split("] ", 1)
        assert info.value.code == code
        assert info.value.message == f"row {first}: {message}"
        assert info.value.row == first  # type: ignore[attr-defined]
        assert info.value.message_vi.startswith(f"dòng {first}: ")


# -- errors ---------------------------------------------------------------------------------------


def test_the_first_bad_row_raises_with_its_index_and_reason() -> None:
    received = days(D(2026, 1, 9), D(2017, 12, 1), D(2026, 1, 9))
    with pytest.raises(NoApplicableRule, match=r"^\[no-applicable-rule\] row 1: .*2017-12-01"):
        request_deadlines_columns(received, "post", "simple")
    with pytest.raises(InvalidInput, match=r"row 2: .*complexity"):
        request_deadlines_columns(
            received[[0, 0, 0]], "post", np.array(["simple", "complex", "tricky"])
        )
    sent_after = days(D(2026, 1, 5), D(2026, 1, 12))
    with pytest.raises(InvalidInput, match=r"row 1: sent_at \(2026-01-12\) is after received_at"):
        request_deadlines_columns(days(D(2026, 1, 9), D(2026, 1, 9)), "post", "simple",
                                  sent=sent_after)  # fmt: skip


def test_coerce_gives_nat_and_the_reason() -> None:
    out = request_deadlines_columns(
        days(D(2026, 1, 9), None, D(2035, 12, 30), D(2026, 1, 9)),
        np.array(["post", "post", "post", "pigeon"]),
        np.array(["simple", "simple", "complex", "simple"]),
        errors="coerce",
    )
    assert dates(out["respond_by"])[1:] == [None, None, None]
    # working: Art 31.1, 5 working days: Sat 10 (swapped), Mon 12, 13, 14, Thu 15/1
    assert out["respond_by"][0] == np.datetime64("2026-01-15")
    assert out["error"][0] is None
    assert out["error"][1].startswith("[invalid-input] InformationRequest: received_at")
    assert out["error"][2].startswith("[outside-calendar] ")
    assert out["error"][3].startswith("[invalid-input] InformationRequest: channel")
    assert out["rule_set"].tolist() == ["law_104_2016", None, None, None]
    assert out["status"].tolist() == ["final", None, None, None]
    assert out["provide_at_once"].tolist() == [False] * 4


def test_missing_complexity_is_the_facades_bilingual_error() -> None:
    with pytest.raises(InvalidInput) as info:
        request_deadlines_columns(days(D(2026, 11, 20)), "post", np.array([None], dtype=object))
    assert "row 0: " in info.value.message and "simple" in info.value.message
    assert info.value.message_vi.startswith("dòng 0: ")


def test_options_are_checked_for_the_whole_call() -> None:
    received = days(D(2026, 1, 9))
    for bad in (
        {"extension_unit": "fortnight"},
        {"period_unit": 12},
        {"receipt": "tomorrow"},
        {"extension_notice": "soon"},
        {"errors": "ignore"},
        {"strict": 1},
        {"cutoff": "17:00"},
        {"cutoff": time(17, tzinfo=UTC)},
        {"calendar": "public"},
    ):
        with pytest.raises(InvalidInput):
            request_deadlines_columns(received, "post", "simple", **bad)
    with pytest.raises(InvalidInput, match="rows"):
        request_deadlines_columns(received, np.array(["post", "fax"]), "simple")
    with pytest.raises(InvalidInput, match="one-dimensional"):
        request_deadlines_columns(received.reshape(1, 1), "post", "simple")
    with pytest.raises(InvalidInput, match="column"):
        request_deadlines_columns(D(2026, 1, 9), "post", "simple")
    with pytest.raises(InvalidInput, match="months or years"):
        request_deadlines_columns(received.astype("datetime64[M]"), "post", "simple")
    with pytest.raises(InvalidInput, match="must hold dates"):
        request_deadlines_columns(np.array([1.5]), "post", "simple")


def test_readings_set_to_raise_refuse_only_the_rows_they_touch() -> None:
    received = days(D(2026, 1, 9), D(2026, 1, 9), D(2026, 11, 20))
    out = request_deadlines_columns(
        received,
        np.array(["post", "in_person", "post"]),
        np.array(["complex", "complex", "simple"]),
        extension_unit="raise",
        errors="coerce",
    )
    # Law 104 Art 31.2's bare "15 ngày" needs the reading; Art 29.2 says working days
    assert out["error"][0].startswith("[ambiguous-reading] ")
    assert out["error"][1] is None
    assert out["error"][2].startswith("[ambiguous-reading] ")  # Law 01/2026: "12 ngày"
    with pytest.raises(AmbiguousReading, match=r"^.{0,40}row 0: "):
        request_deadlines_columns(received, "post", "complex", extension_unit="raise")


def test_an_empty_register() -> None:
    out = request_deadlines_columns(np.array([], dtype="datetime64[D]"), "post", "simple")
    assert set(out) == set(COLUMNS) and all(len(v) == 0 for v in out.values())
    assert out["respond_by"].dtype == np.dtype("datetime64[D]")


def test_strict_refuses_uncertain_and_unverified_rows() -> None:
    out = request_deadlines_columns(
        days(D(2026, 1, 9), D(2028, 6, 1), D(2026, 11, 20)),
        "post",
        "simple",
        strict=True,
        errors="coerce",
    )
    assert out["error"][0] is None and out["status"][0] == "final"
    assert out["error"][1].startswith("[calendar-unknown] ")  # past known_until
    assert out["error"][2].startswith("[unverified-text] ")  # Law 01/2026: one unofficial copy


# -- columns from pandas, polars, pyarrow and plain Python ----------------------------------------


REGISTER = [
    (D(2026, 1, 9), "electronic", "complex"),
    (D(2026, 8, 31), "post", "simple"),
    (D(2026, 11, 20), "in_person", "simple"),
]


def _expected() -> dict[str, Any]:
    return request_deadlines_columns(
        days(*(r[0] for r in REGISTER)),
        np.array([r[1] for r in REGISTER]),
        np.array([r[2] for r in REGISTER]),
    )


def _same(out: dict[str, Any], want: dict[str, Any]) -> None:
    for name in COLUMNS:
        assert out[name].tolist() == want[name].tolist(), name


def test_python_lists_of_dates_strings_and_aware_instants() -> None:
    want = _expected()
    instants = [datetime.combine(r[0], time(9, 30), tzinfo=VN_TZ) for r in REGISTER]
    utc = [i.astimezone(UTC) for i in instants]
    for received in (
        [r[0] for r in REGISTER],
        [r[0].isoformat() for r in REGISTER],
        np.array([r[0].isoformat() for r in REGISTER]),
        instants,
        utc,
        np.array([np.datetime64(r[0], "ns") for r in REGISTER]),  # naive midnight: a date
    ):
        _same(
            request_deadlines_columns(received, [r[1] for r in REGISTER], [r[2] for r in REGISTER]),
            want,
        )


def test_an_instant_is_read_in_vietnam_time() -> None:
    # 20:00 UTC on 8 January is 03:00 on 9 January in Hà Nội
    late = datetime(2026, 1, 8, 20, tzinfo=UTC)
    out = request_deadlines_columns([late], "electronic", "complex")
    assert dates(out["day_zero"]) == [D(2026, 1, 9)]


def test_a_time_of_day_without_a_zone_is_a_bad_row() -> None:
    naive = np.array(["2026-01-09T09:30", "2026-01-09T00:00"], dtype="datetime64[s]")
    out = request_deadlines_columns(naive, "post", "simple", errors="coerce")
    assert out["error"][0].startswith("[invalid-input] ") and "naive" in out["error"][0]
    assert out["error"][1] is None
    with pytest.raises(InvalidInput, match="row 0"):
        request_deadlines_columns([datetime(2026, 1, 9, 9, 30)], "post", "simple")
    out = request_deadlines_columns(["9/1/2026", "2026-W02-5"], "post", "simple", errors="coerce")
    assert all(e.startswith("[invalid-input] ") for e in out["error"])


def test_cutoff_moves_aware_receipts_after_hours() -> None:
    # Fri 9/1/2026 at 17:30 and 16:00 in Hà Nội; cut-off 17:00: the first counts from Sat 10
    # (a swapped working day), the second from Fri 9
    received = [
        datetime(2026, 1, 9, 17, 30, tzinfo=VN_TZ),
        datetime(2026, 1, 9, 16, 0, tzinfo=VN_TZ),
    ]
    out = request_deadlines_columns(
        received, "post", "simple", receipt="next_working_day", cutoff=time(17)
    )
    assert dates(out["day_zero"]) == [D(2026, 1, 10), D(2026, 1, 9)]
    assert out["status"].tolist() == ["provisional", "final"]  # the move is a caveat
    for k, r in enumerate(received):
        d = request_deadlines(
            InformationRequest(received_at=r, channel="post", complexity="simple"),
            receipt="next_working_day",
            cutoff=time(17),
        )
        assert _row(out, k) == _facade(d)


def test_validated_before_received_by_the_clock_under_law_104() -> None:
    # Law 104 compares two instants as instants; Law 01/2026 compares their days
    received = [datetime(2026, 1, 9, 10, tzinfo=VN_TZ), datetime(2026, 11, 20, 10, tzinfo=VN_TZ)]
    validated = [datetime(2026, 1, 9, 9, tzinfo=VN_TZ), datetime(2026, 11, 20, 9, tzinfo=VN_TZ)]
    out = request_deadlines_columns(
        received, "post", "simple", validated=validated, errors="coerce"
    )
    assert out["error"][0].startswith("[invalid-input] validated_at is before received_at")
    assert out["error"][1] is None


def test_pandas_columns() -> None:
    pd = pytest.importorskip("pandas")
    want = _expected()
    frame = pd.DataFrame(
        {
            "received": pd.to_datetime([r[0] for r in REGISTER]),
            "channel": [r[1] for r in REGISTER],
            "complexity": pd.Categorical([r[2] for r in REGISTER]),
        }
    )
    _same(request_deadlines_columns(frame["received"], frame["channel"], frame["complexity"]),
          want)  # fmt: skip
    aware = frame["received"].dt.tz_localize("Asia/Ho_Chi_Minh") + pd.Timedelta(hours=9)
    _same(request_deadlines_columns(aware, frame["channel"], frame["complexity"]), want)
    objects = frame["received"].dt.date.astype(object)
    _same(request_deadlines_columns(objects, frame["channel"].astype(object),
                                    frame["complexity"].astype(str)), want)  # fmt: skip
    with_null = pd.Series([REGISTER[0][0], None], dtype=object)
    out = request_deadlines_columns(with_null, "post", "simple", errors="coerce")
    assert out["error"][0] is None and out["error"][1].startswith("[invalid-input] ")


def test_polars_columns() -> None:
    pl = pytest.importorskip("polars")
    want = _expected()
    frame = pl.DataFrame(
        {
            "received": [r[0] for r in REGISTER],
            "channel": [r[1] for r in REGISTER],
            "complexity": [r[2] for r in REGISTER],
        }
    )
    _same(request_deadlines_columns(frame["received"], frame["channel"], frame["complexity"]),
          want)  # fmt: skip
    enum = frame["channel"].cast(pl.Enum(list(CHANNELS)))
    cat = frame["complexity"].cast(pl.Categorical)
    at_nine = frame["received"].cast(pl.Datetime("us")) + timedelta(hours=2)
    aware = at_nine.dt.replace_time_zone("UTC")  # 02:00 UTC is 09:00 in Hà Nội, same day
    _same(request_deadlines_columns(aware, enum, cat), want)
    naive_midnight = frame["received"].cast(pl.Datetime("ms"))
    _same(request_deadlines_columns(naive_midnight, frame["channel"], cat), want)
    out = request_deadlines_columns(
        pl.Series([REGISTER[0][0], None]), pl.Series(["post", None]), "simple", errors="coerce"
    )
    assert out["error"][0] is None and out["error"][1].startswith("[invalid-input] ")


def test_arrow_columns() -> None:
    pa = pytest.importorskip("pyarrow")
    want = _expected()
    received = pa.array([r[0] for r in REGISTER], type=pa.date32())
    channel = pa.array([r[1] for r in REGISTER])
    complexity = pa.array([r[2] for r in REGISTER]).dictionary_encode()
    _same(request_deadlines_columns(received, channel, complexity), want)
    chunked = pa.chunked_array([channel[:1], channel[1:]])
    stamps = pa.array(
        [datetime.combine(r[0], time(2), tzinfo=UTC) for r in REGISTER],
        type=pa.timestamp("us", tz="UTC"),
    )
    _same(request_deadlines_columns(stamps, chunked, complexity), want)
    out = request_deadlines_columns(
        pa.array([REGISTER[0][0], None], type=pa.date32()),
        pa.array(["post", "pigeon"]),
        "simple",
        errors="coerce",
    )
    assert out["error"][0] is None and "channel" in out["error"][1]


def test_rows_the_columns_cannot_read_get_the_facades_reason() -> None:
    out = request_deadlines_columns(
        [D(2026, 1, 9), ["2026-01-09"], D(2026, 1, 9)],  # a list is no date (and unhashable)
        "electronic",
        "simple",
        electronic_file_available=[True, True, "yes"],
        errors="coerce",
    )
    assert out["error"][0] is None
    assert out["error"][1].startswith("[invalid-input] InformationRequest: received_at")
    assert out["error"][2].startswith(
        "[invalid-input] InformationRequest: electronic_file_available"
    )


def test_a_call_that_does_not_fit_is_invalid_input() -> None:
    received = days(D(2026, 1, 9))
    with pytest.raises(InvalidInput, match=r"request_deadlines_columns.*pigeon"):
        request_deadlines_columns(received, "post", "simple", pigeon=1)  # type: ignore[call-arg]
    with pytest.raises(InvalidInput, match=r"request_deadlines_columns.*received"):
        request_deadlines_columns()  # type: ignore[call-arg]


def test_column_errors_speak_vietnamese() -> None:
    received = days(D(2026, 1, 9))
    for call in (
        lambda: request_deadlines_columns(received, np.array(["post", "fax"]), "simple"),
        lambda: request_deadlines_columns(received.reshape(1, 1), "post", "simple"),
        lambda: request_deadlines_columns(D(2026, 1, 9), "post", "simple"),
        lambda: request_deadlines_columns(received.astype("datetime64[M]"), "post", "simple"),
        lambda: request_deadlines_columns(np.array([1.5]), "post", "simple"),
        lambda: request_deadlines_columns(received, "post", "simple", strict=1),
        lambda: request_deadlines_columns(received, "post", "simple", cutoff="17:00"),
        lambda: request_deadlines_columns(received, "post", "simple", errors="ignore"),
        lambda: request_deadlines_columns(days(D(2017, 1, 9)), "post", "simple"),
    ):
        with pytest.raises(AccessInfoError) as info:
            call()
        assert UNTRANSLATED_VI not in info.value.message_vi, info.value.message_vi
