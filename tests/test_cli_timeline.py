"""The ``request --event/--as-of``, ``refusal`` and ``costs`` subcommands of ``accessinfo``.

Due dates and verdicts are worked out by hand from the law and the calendar data (the working
is in the comments); amounts from the Circular 46/2018 annex (photocopy A4 black and white
3,000 đồng, colour 18,000 đồng; A3 twice A4; 70% in a difficult area).
"""

from __future__ import annotations

import json
from typing import Any, get_args

import pytest

from accessinfo.models import access as access_models
from accessinfo.models.access import CostBreakdown, RefusalGround
from accessinfo.surfaces import cli
from accessinfo.surfaces.cli import EXIT_ERROR, EXIT_OK, EXIT_USAGE, main
from accessinfo.surfaces.compact import expand_instruments
from accessinfo.surfaces.schema import load_decision
from accessinfo.tasks import timeline
from accessinfo.tasks.timeline import RequestTimeline


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[dict[str, Any], str]:
    code, out, err = run(capsys, *args, "--json")
    assert code == EXIT_OK, err
    data = json.loads(out)
    assert isinstance(data, dict)
    return data, out


def duties(data: dict[str, Any]) -> dict[str, tuple[str | None, str | None, str]]:
    return {d["name"]: (d["due"], d["done_on"], d["status"]) for d in data["outcome"]["duties"]}


ELECTRONIC_COMPLEX_BEFORE_TET = [
    "request",
    "--received",
    "2026-02-13T16:45+07:00",
    "--channel",
    "electronic",
    "--complexity",
    "complex",
]


# -- request --event / --as-of -------------------------------------------------------------
def test_timeline_tet_request_extended_in_time_then_overdue(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Law 104 Art 30.4. Day zero Fri 13/2/2026; 14-15/2 weekend, 16-20/2 Tết, 21-22/2 weekend.
    # Handling-time notice: Mon 23 (1), Tue 24 (2), Wed 25/2 (3) -> due 25/2; sent Tue 24/2:
    # on time. Answer: 23-27/2 (1-5), 2-6/3 (6-10), 9-13/3 (11-15) -> Fri 13/3. Extension
    # notified Thu 12/3 (within the period) announcing Fri 27/3; the cap is 13/3 + 15 calendar
    # days = Sat 28/3, rolled past Sun 29/3 to Mon 30/3, so 27/3 stands. As of Tue 31/3 with no
    # answer: respond overdue (31/3 > 27/3).
    args = [
        *ELECTRONIC_COMPLEX_BEFORE_TET,
        "--event",
        "handling_notice_sent=2026-02-24",
        "--event",
        "extension_notified=2026-03-12T09:00+07:00@2026-03-27",
        "--as-of",
        "2026-03-31",
    ]
    code, out, err = run(capsys, *args)
    assert code == EXIT_OK, err
    first = out.splitlines()[0]
    assert (
        "as of Tuesday 2026-03-31 (Thứ Ba): the answer is OVERDUE (due Fri 2026-03-27, "
        "not done yet)  [final]"
    ) in first
    assert "extended to:           Friday 2026-03-27 (Thứ Sáu)" in out
    assert "notify_handling_time  Wed 2026-02-25   Tue 2026-02-24   on time" in out
    assert "notify_extension      Fri 2026-03-13   Thu 2026-03-12   on time" in out
    assert "respond               Fri 2026-03-27   —                OVERDUE" in out
    assert "khoản 4 Điều 30 Luật Tiếp cận thông tin số 104/2016/QH13" in out
    assert "Law No. 104/2016/QH13, Art. 30(4)" in out

    data, _ = run_json(capsys, *args)
    assert duties(data) == {
        "notify_handling_time": ("2026-02-25", "2026-02-24", "on_time"),
        "notify_extension": ("2026-03-13", "2026-03-12", "on_time"),
        "respond": ("2026-03-27", None, "overdue"),
    }
    t = data["outcome"]
    assert t["respond_due"] == "2026-03-27" and t["extended"] is True
    assert t["overdue"] == ["respond"] and t["breaches"] == []
    assert t["deadlines"]["extended_respond_by"] == "2026-03-30"
    assert data["readings"]["extension_notice"] == "within_original_period"


def test_timeline_tet_request_answered_without_the_handling_notice(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Same request: notice due Wed 25/2, answer due Fri 13/3 (worked above). Provided on
    # Tue 3/3 with no notice sent: the notice is missed (answer after 25/2), the answer on time.
    data, _ = run_json(
        capsys,
        *ELECTRONIC_COMPLEX_BEFORE_TET,
        "--event",
        "provided=2026-03-03",
        "--as-of",
        "2026-03-03",
    )
    assert duties(data) == {
        "notify_handling_time": ("2026-02-25", None, "missed"),
        "respond": ("2026-03-13", "2026-03-03", "on_time"),
    }
    assert data["outcome"]["breaches"] == ["notify_handling_time"]
    assert data["outcome"]["answer"] == "provided"


def test_timeline_in_person_late_extension_over_swapped_saturday_and_national_day(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Law 104 Art 29.2, complex request handed in on Fri 14/8/2026 (sent before 1/9/2026, so
    # Law 104 keeps it). 10 working days: Mon 17 (1), 18 (2), 19 (3), 20 (4), 21 (5), Sat 22/8
    # swapped working day (6), Sun 23 rest, 24 (7), 25 (8), 26 (9), Thu 27/8 (10) -> 27/8.
    # Extension notified Fri 28/8, after the period: late, the deadline stays 27/8.
    # Provided Mon 7/9: late. No handling-time notice exists for in-person requests.
    args = ["request", "--received", "2026-08-14", "--channel", "in_person"]
    data, _ = run_json(
        capsys,
        *args,
        "--complexity",
        "complex",
        "--event",
        "extension_notified=2026-08-28",
        "--event",
        "provided=2026-09-07",
        "--as-of",
        "2026-09-10",
    )
    assert duties(data) == {
        "notify_extension": ("2026-08-27", "2026-08-28", "late"),
        "respond": ("2026-08-27", "2026-09-07", "late"),
    }
    t = data["outcome"]
    assert t["extended"] is False and t["rule_set"] == "law_104_2016"
    assert set(t["breaches"]) == {"notify_extension", "respond"}
    # The cap the agency could have had: 28/8 (1), 29-30/8 weekend, 31/8 swapped rest, 1-2/9
    # National Day, Thu 3/9 (2), 4 (3), 7 (4), 8 (5), 9 (6), 10 (7), 11 (8), 14 (9), Tue 15/9 (10)
    assert t["deadlines"]["extended_respond_by"] == "2026-09-15"


def test_timeline_simple_post_over_swapped_saturday_2019_pending_then_overdue(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Law 104 Art 31.1, 5 working days after Thu 3/1/2019: Fri 4 (1), Sat 5/1 swapped working
    # day (2), Sun 6 rest, Mon 7 (3), Tue 8 (4), Wed 9/1 (5) -> due Wed 9/1/2019.
    args = ["request", "--received", "2019-01-03", "--channel", "post", "--complexity", "simple"]
    data, _ = run_json(capsys, *args, "--as-of", "2019-01-09")
    assert duties(data) == {"respond": ("2019-01-09", None, "pending")}
    data, _ = run_json(capsys, *args, "--as-of", "2019-01-10")
    assert duties(data) == {"respond": ("2019-01-09", None, "overdue")}
    code, out, _ = run(capsys, *args, "--as-of", "2019-01-10")
    first = out.splitlines()[0]
    assert code == EXIT_OK and "the answer is OVERDUE (due Wed 2019-01-09, not done yet)" in first


def test_timeline_simple_electronic_over_30_april_extension_not_applicable(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Law 104 Art 30.3, 3 working days after Tue 28/4/2026: Wed 29/4 (1), Thu 30/4 and Fri 1/5
    # holidays, 2-3/5 weekend, Mon 4/5 (2), Tue 5/5 (3) -> due 5/5. Simple information allows
    # no extension: the notice of 29/4 is not applicable and moves nothing. Costs requested on
    # 29/4, paid 4/5 (the clock runs meanwhile); provided Tue 5/5: on time.
    data, _ = run_json(
        capsys,
        "request",
        "--received",
        "2026-04-28",
        "--channel",
        "electronic",
        "--complexity",
        "simple",
        "--event",
        "extension_notified=2026-04-29",
        "--event",
        "costs_requested=2026-04-29",
        "--event",
        "costs_paid=2026-05-04",
        "--event",
        "provided=2026-05-05T16:00+07:00",
        "--as-of",
        "2026-05-06",
    )
    assert duties(data) == {
        "notify_extension": ("2026-05-05", "2026-04-29", "not_applicable"),
        "respond": ("2026-05-05", "2026-05-05", "on_time"),
    }
    assert data["readings"]["costs_pause"] == "none"
    assert data["outcome"]["overdue"] == [] and data["outcome"]["breaches"] == []


def test_timeline_law_01_2026_rolls_past_culture_day_and_caps_the_extension(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Complex information, Decree 337/2026 Art 10.4(b) / Law 01/2026 Art 26.3: 12 calendar days
    # after Thu 12/11/2026 is Tue 24/11, Vietnamese Culture Day (a rest day), so the period
    # ends on Wed 25/11 (Civil Code Art 148.5). The extension notice is due before the end
    # (Art 10.4(c)): the working day before Wed 25/11 is Mon 23/11 (24/11 is off).
    # Extension notified Fri 20/11 announcing 31/12: capped at 12 more days — 25/11 + 12 =
    # Mon 7/12 (and 24/11 + 12 = Sun 6/12 rolls to the same Mon 7/12). Refused Fri 4/12: on
    # time. Law 01/2026 rests on an unverified copy: provisional.
    args = ["request", "--received", "2026-11-12", "--channel", "post", "--complexity", "complex"]
    more = ["--event", "extension_notified=2026-11-20@2026-12-31", "--event", "refused=2026-12-04"]
    data, _ = run_json(capsys, *args, *more, "--as-of", "2026-12-10")
    assert data["rule_set"] == "law_01_2026" and data["status"] == "provisional"
    assert duties(data) == {
        "notify_extension": ("2026-11-23", "2026-11-20", "on_time"),
        "respond": ("2026-12-07", "2026-12-04", "on_time"),
    }
    assert data["outcome"]["answer"] == "refused"
    code, out, _ = run(capsys, *args, *more, "--as-of", "2026-12-10")
    assert code == EXIT_OK and "exceeds the cap" in out
    assert "answer:                refused on Friday 2026-12-04 (Thứ Sáu)" in out


def test_as_of_alone_gives_the_timeline_without_events(capsys: pytest.CaptureFixture[str]) -> None:
    # Electronic complex, day zero Fri 13/2/2026: notice due Wed 25/2 (worked above). As of
    # Tue 24/2 nothing is done and nothing is due yet: both duties pending.
    data, _ = run_json(capsys, *ELECTRONIC_COMPLEX_BEFORE_TET, "--as-of", "2026-02-24")
    assert duties(data) == {
        "notify_handling_time": ("2026-02-25", None, "pending"),
        "respond": ("2026-03-13", None, "pending"),
    }


def test_timeline_json_round_trips(capsys: pytest.CaptureFixture[str]) -> None:
    args = [
        *ELECTRONIC_COMPLEX_BEFORE_TET,
        "--event",
        "handling_notice_sent=2026-02-24",
        "--as-of",
        "2026-03-20",
        "--trace",
    ]
    data, out = run_json(capsys, *args)
    assert data["trace"]  # --trace keeps the counted and skipped days
    back = load_decision(out, RequestTimeline)
    assert isinstance(back.outcome, RequestTimeline)
    assert json.loads(back.model_dump_json()) == expand_instruments(data)


# -- request: bad input ----------------------------------------------------------------------
REQ = ["request", "--received", "2026-02-13", "--channel", "electronic", "--complexity", "complex"]


@pytest.mark.parametrize(
    ("extra", "needle"),
    [
        (["--event", "provided=2026-03-02"], "--as-of"),  # no hidden clock
        (["--costs-pause", "raise"], "--as-of"),
        (["--event", "answered=2026-03-02", "--as-of", "2026-03-20"], "unknown kind"),
        (["--event", "provided", "--as-of", "2026-03-20"], "KIND=WHEN"),
        (["--event", "provided=", "--as-of", "2026-03-20"], "KIND=WHEN"),
        (["--event", "provided=2026-03-02T10:00", "--as-of", "2026-03-20"], "naive"),
        (["--event", "provided=2026-03-02@2026-03-20", "--as-of", "2026-03-20"], "EXTENDED_TO"),
        (["--event", "extension_notified=2026-03-02@2026-03-20T10:00+07:00",
          "--as-of", "2026-03-20"], "not a date"),
        (["--as-of", "tomorrow"], "as-of"),
    ],
)  # fmt: skip
def test_malformed_events_are_usage_errors(
    capsys: pytest.CaptureFixture[str], extra: list[str], needle: str
) -> None:
    # issue 15: a value not in the form asked for exits 2, like an unknown --channel
    code, out, err = run(capsys, *REQ, *extra)
    assert code == EXIT_USAGE and out == ""
    assert err.startswith("accessinfo request: usage error: ")
    assert needle in err and "(see accessinfo request --help)" in err


@pytest.mark.parametrize(
    ("extra", "needle"),
    [
        (["--as-of", "2026-02-12"], "before the request was received"),
        (["--event", "provided=2026-02-12", "--as-of", "2026-03-20"], "before the request"),
        (["--event", "provided=2026-03-21", "--as-of", "2026-03-20"], "after as_of"),
        (["--event", "provided=2026-03-02", "--event", "refused=2026-03-03",
          "--as-of", "2026-03-20"], "one answer"),
        (["--event", "validated=2026-02-13", "--event", "validated=2026-02-14",
          "--as-of", "2026-03-20"], "two 'validated'"),
        (["--event", "costs_requested=2026-03-03", "--event", "costs_paid=2026-03-02",
          "--as-of", "2026-03-20"], "paid before"),
        (["--event", "provided=2026-03-02", "--event", "extension_notified=2026-03-05",
          "--as-of", "2026-03-20"], "after the request was answered"),
    ],
)  # fmt: skip
def test_contradictory_events_exit_3(
    capsys: pytest.CaptureFixture[str], extra: list[str], needle: str
) -> None:
    code, out, err = run(capsys, *REQ, *extra)
    assert code == EXIT_ERROR and out == ""
    assert err.startswith("accessinfo: error invalid-input: ")
    assert needle in err


def test_costs_pause_raise_is_an_ambiguous_reading(capsys: pytest.CaptureFixture[str]) -> None:
    extra = ["--event", "costs_requested=2026-02-24", "--as-of", "2026-03-20"]
    code, out, err = run(capsys, *REQ, *extra, "--costs-pause", "raise")
    assert code == EXIT_ERROR and out == ""
    assert err.startswith("accessinfo: error ambiguous-reading: ")


def test_bad_costs_pause_choice_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, *REQ, "--as-of", "2026-03-20", "--costs-pause", "maybe")
    assert code == EXIT_USAGE and "usage" in err


# -- refusal -----------------------------------------------------------------------------------
def test_refusal_working_secret_under_law_104(capsys: pytest.CaptureFixture[str]) -> None:
    # Sent Sat 22/8/2026 (before 1/9/2026): Law 104 Art 28.1(a), a working secret is closed
    # (Art 6.2); the refusal is written, with reasons (Art 28.2).
    code, out, _ = run(capsys, "refusal", "--on", "2026-08-22", "--category", "working_secret")
    assert code == EXIT_OK
    assert out.startswith("REFUSE: 1 ground(s) (excluded_information)")
    assert "điểm a khoản 1 Điều 28 Luật Tiếp cận thông tin số 104/2016/QH13" in out
    assert "[Law No. 104/2016/QH13, Art. 28(1)(a)]" in out
    assert "bí mật công tác" in out
    data, _ = run_json(capsys, "refusal", "--on", "2026-08-22", "--category", "working_secret")
    assert [(g["kind"], g["citation"]["point"]) for g in data["outcome"]] == [
        ("excluded_information", "a")
    ]


def test_refusal_provided_twice_and_unpaid_under_law_01(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Sent 15/9/2026: Law 01/2026 Art 27.4 (already provided twice, no legitimate reason) and
    # Art 27.6 (actual costs not paid). Open information: no Art 27.1 ground.
    args = ["refusal", "--on", "2026-09-15", "--times-provided", "2", "--costs", "unpaid"]
    data, out = run_json(capsys, *args)
    assert data["rule_set"] == "law_01_2026"
    kinds = [(g["kind"], g["citation"]["clause"]) for g in data["outcome"]]
    assert kinds == [("provided_twice", 4), ("costs_unpaid", 6)]
    back = load_decision(out)
    assert all(isinstance(g, RefusalGround) for g in back.outcome)
    assert json.loads(back.model_dump_json()) == expand_instruments(data)


def test_refusal_none_applies(capsys: pytest.CaptureFixture[str]) -> None:
    # Twice before but with a legitimate reason, costs paid, open information: provide.
    args = ["refusal", "--on", "2026-03-02", "--times-provided", "2", "--legitimate-reason"]
    code, out, _ = run(capsys, *args, "--costs", "paid")
    assert code == EXIT_OK and out.startswith("PROVIDE: no ground to refuse")
    data, _ = run_json(capsys, *args)
    assert data["outcome"] == []


def test_refusal_mandatory_disclosure_and_its_exception(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Law 104 Art 28.1(b): already disclosed under Art 17 — unless an Art 23.1 case applies
    # (here not yet disclosed within its period), which then must be provided.
    data, _ = run_json(capsys, "refusal", "--on", "2025-04-26", "--mandatory-disclosure")
    assert [g["kind"] for g in data["outcome"]] == ["already_disclosed"]
    data, _ = run_json(
        capsys, "refusal", "--on", "2025-04-26", "--disclosure-exception", "not_yet_disclosed"
    )
    assert data["outcome"] == []


@pytest.mark.parametrize(
    ("args", "code_text"),
    [
        (["--on", "2026-03-02", "--consent"], "invalid-input"),  # consent for open information
        (["--on", "2026-03-02", "--declassified", "--category", "working_secret"],
         "invalid-input"),
        (["--on", "2026-03-02", "--times-provided", "-1"], "invalid-input"),
        (["--on", "2018-06-30"], "no-applicable-rule"),  # before Law 104 took effect
        (["--on", "2026-03-02", "--category", "personal_data", "--personal-data", "raise"],
         "ambiguous-reading"),
    ],
)  # fmt: skip
def test_refusal_bad_input_exits_3(
    capsys: pytest.CaptureFixture[str], args: list[str], code_text: str
) -> None:
    code, out, err = run(capsys, "refusal", *args)
    assert code == EXIT_ERROR and out == ""
    assert err.startswith(f"accessinfo: error {code_text}: ")


@pytest.mark.parametrize(
    "args",
    [
        ["--on", "2026-03-02", "--times-provided", "two"],
        ["--on", "2026-03-02T10:00"],  # naive: the offset is missing
        ["--on", "2026-03-02", "--category", "secret"],
    ],
)
def test_refusal_malformed_values_are_usage_errors(
    capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    code, out, err = run(capsys, "refusal", *args)
    assert code == EXIT_USAGE and out == ""
    assert "usage error" in err


def test_refusal_needs_on(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "refusal", "--category", "open")
    assert code == EXIT_USAGE and "--on" in err


# -- costs -------------------------------------------------------------------------------------
def test_costs_photocopies_by_email_law_104(capsys: pytest.CaptureFixture[str]) -> None:
    # 20 A4 black-and-white at 3,000 = 60,000; 2 A3 at 2 × 3,000 = 12,000; e-mail is free:
    # 72,000 đồng, no fee.
    args = ["costs", "--on", "2026-03-02", "--line", "photocopy_bw=20"]
    more = ["--line", "photocopy_bw=2@A3", "--sending", "email"]
    code, out, _ = run(capsys, *args, *more)
    assert code == EXIT_OK
    assert out.startswith("Actual costs: 72,000 đồng (no fee)")
    assert "photocopy_bw A3                 2 × 3,000 đồng × 2 = 12,000 đồng" in out
    assert "khoản 2 Điều 12 Luật Tiếp cận thông tin số 104/2016/QH13" in out
    data, text = run_json(capsys, *args, *more)
    assert data["outcome"]["total_vnd"] == 72_000 and data["outcome"]["fee_vnd"] == 0
    back = load_decision(text)
    assert isinstance(back.outcome, CostBreakdown)
    assert json.loads(back.model_dump_json()) == expand_instruments(data)


def test_costs_difficult_area_and_post(capsys: pytest.CaptureFixture[str]) -> None:
    # Agency in a difficult area: 70% of the table. 10 colour A4 at 18,000 × 70% = 126,000;
    # postage 25,000 (an input). Total 151,000.
    data, _ = run_json(
        capsys,
        "costs",
        "--on",
        "2025-04-26",
        "--line",
        "photocopy_colour=10",
        "--area",
        "difficult",
        "--sending",
        "post",
        "--postage",
        "25000",
        "--weight",
        "120",
    )
    o = data["outcome"]
    assert (o["copying_vnd"], o["sending_vnd"], o["total_vnd"]) == (126_000, 25_000, 151_000)
    assert o["rate_percent"] == 70


def test_costs_waived_under_law_01_not_under_law_104(capsys: pytest.CaptureFixture[str]) -> None:
    # Law 01/2026 Art 25.2 waives costs for information not yet disclosed within its period
    # (Art 23.1(a)); Law 104 has no waiver: 5 A4 × 3,000 = 15,000 on 31/8/2026.
    args = ["costs", "--line", "photocopy_bw=5", "--disclosure-exception", "not_yet_disclosed"]
    new, _ = run_json(capsys, *args, "--on", "2026-09-15")
    assert new["outcome"]["total_vnd"] == 0
    assert new["outcome"]["payable_before_provision"] is False
    old, _ = run_json(capsys, *args, "--on", "2026-08-31")
    assert old["outcome"]["total_vnd"] == 15_000


@pytest.mark.parametrize(
    "extra",
    [
        ["--line", "scanning=3"],  # not an item of the table: like an unknown choice
        ["--line", "photocopy_bw=3@A5"],
        ["--line", "photocopy_bw"],
        ["--line", "photocopy_bw=ten"],
    ],
)
def test_costs_malformed_lines_are_usage_errors(
    capsys: pytest.CaptureFixture[str], extra: list[str]
) -> None:
    code, out, err = run(capsys, "costs", "--on", "2026-03-02", *extra)
    assert code == EXIT_USAGE and out == ""
    assert err.startswith("accessinfo costs: usage error: --line ")


@pytest.mark.parametrize(
    "extra",
    [
        ["--line", "photo_print_small=3@A3"],  # paper sizes price photocopies only
        ["--line", "photocopy_bw=-1"],
        ["--sending", "post"],  # postage needed
        ["--sending", "email", "--postage", "1000"],
        ["--materials", "-5"],
    ],
)
def test_costs_bad_input_exits_3(capsys: pytest.CaptureFixture[str], extra: list[str]) -> None:
    code, out, err = run(capsys, "costs", "--on", "2026-03-02", *extra)
    assert code == EXIT_ERROR and out == ""
    assert err.startswith("accessinfo: error invalid-input: ")


def test_costs_sent_under_circular_126_a0_and_area_ignored(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Sent 15/9/2026: Circular 126/2026. 2 A0 B/W at 16 x 3,000 = 96,000; 3 A1 digitised colour
    # prints at 8 x 14,000 = 336,000; no 70%: the area is ignored with a caveat; e-mail: no line.
    args = ["costs", "--sent", "2026-09-15", "--line", "photocopy_bw=2@A0"]
    more = ["--line", "digitised_print_colour=3@A1", "--area", "difficult", "--sending", "email"]
    code, out, _ = run(capsys, *args, *more)
    assert code == EXIT_OK
    assert out.startswith("Actual costs: 432,000 đồng (no fee)")
    assert "priced by Circular 126/2026/TT-BTC" in out
    assert "photocopy_bw A0                 2 × 3,000 đồng × 16 = 96,000 đồng" in out
    assert "no reduced rates" in out
    data, _ = run_json(capsys, *args, *more)
    assert data["outcome"]["circular"] == "circular_126_2026"
    assert data["outcome"]["rate_percent"] == 100
    assert data["readings"] == {"unpriced_sending": "no_line"}


def test_costs_sent_before_and_priced_after_the_switch(capsys: pytest.CaptureFixture[str]) -> None:
    # Sent 31/8/2026, priced 15/9/2026: Circular 46/2018 kept (Circular 126 Art 5), so
    # 10 colour A4 at 18,000 x 70% = 126,000; e-mail free under 46/2018.
    args = ["costs", "--sent", "2026-08-31", "--priced-on", "2026-09-15"]
    more = ["--line", "photocopy_colour=10", "--area", "difficult", "--sending", "email"]
    data, _ = run_json(capsys, *args, *more)
    o = data["outcome"]
    assert (o["total_vnd"], o["rate_percent"], o["circular"]) == (126_000, 70, "circular_46_2018")
    assert data["status"] == "provisional"  # Decree 13/2018 ended without a saving clause
    # --on is the older name of --sent and gives the same answer
    same, _ = run_json(capsys, "costs", "--on", "2026-08-31", "--priced-on", "2026-09-15", *more)
    assert same == data


@pytest.mark.parametrize(
    ("extra", "code_text"),
    [
        (["--sent", "2018-06-30"], "no-applicable-rule"),
        (["--sent", "2026-08-31", "--line", "photocopy_bw=1@A0"], "invalid-input"),
        (["--sent", "2026-09-15", "--priced-on", "2026-09-14"], "invalid-input"),
        (["--sent", "2026-08-31", "--unpriced-sending", "no_line"], "invalid-input"),
        (
            ["--sent", "2026-09-15", "--sending", "email", "--unpriced-sending", "raise"],
            "ambiguous-reading",
        ),
    ],
)
def test_costs_dates_and_sizes_refused(
    capsys: pytest.CaptureFixture[str], extra: list[str], code_text: str
) -> None:
    code, out, err = run(capsys, "costs", "--line", "photocopy_bw=1", *extra)
    assert code == EXIT_ERROR and out == ""
    assert err.startswith(f"accessinfo: error {code_text}: ")


@pytest.mark.parametrize(
    ("extra", "needle"),
    [
        (["--sent", "2026-09-15", "--on", "2026-09-15"], "not both"),
        ([], "costs needs --sent DATE"),  # no date
        (["--sent", "2026-09-15", "--line", "photocopy_bw=1@A5"], "unknown paper size 'A5'"),
    ],
)
def test_costs_command_line_mistakes_are_usage_errors(
    capsys: pytest.CaptureFixture[str], extra: list[str], needle: str
) -> None:
    # issue 15: options missing, clashing or outside their vocabulary exit 2
    code, out, err = run(capsys, "costs", "--line", "photocopy_bw=1", *extra)
    assert code == EXIT_USAGE and out == ""
    assert err.startswith("accessinfo costs: usage error: ") and needle in err


# -- help and vocabularies ---------------------------------------------------------------------
def test_help_shows_the_new_options(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == EXIT_OK
    assert "--as-of 2026-03-31" in out and "accessinfo refusal" in out and "accessinfo costs" in out
    code, out, _ = run(capsys, "request", "--help")
    assert code == EXIT_OK and "--event KIND=WHEN" in out and "--as-of DATE" in out


def test_cli_vocabularies_match_the_models() -> None:
    assert cli.request_cmds._EVENT_KINDS == get_args(timeline.EventKind)
    assert cli._common._INFORMATION_CATEGORIES == get_args(access_models.InformationCategory)
    assert cli._common._DISCLOSURE_EXCEPTIONS == get_args(access_models.DisclosureException)
    assert cli._common._COST_ITEMS == get_args(access_models.CostItem)
    assert cli._common._PAPER_SIZES == get_args(access_models.PaperSize)


def test_special_days_text_has_no_duplicate_listing(capsys: pytest.CaptureFixture[str]) -> None:
    # The table is the body: the status sits on the first line, no field-by-field dump after.
    code, out, _ = run(capsys, "special-days", "2026")
    assert code == EXIT_OK
    assert out.splitlines()[0] == "Special days of 2026 (public_sector):  [final]"
    assert "name_vi:" not in out
