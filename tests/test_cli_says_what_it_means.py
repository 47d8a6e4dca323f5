"""Issue 15 §3: a command line that says what it means (each point found by a new user).

Dates worked by hand from the calendar data: Sat 10/01/2026 is a working Saturday swapped for
Fri 02/01/2026 (Công văn 12729/VPCP-KGVX); Hùng Kings' Day 2027 (Fri 16/04/2027) and the
compensatory day of Labour Day 2027 (Mon 03/05/2027) are "derived" (no 2027 notice yet).
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from accessinfo.calendar import PUBLIC_SECTOR
from accessinfo.calendar_files import ENV_VAR
from accessinfo.errors import ERROR_CODES, UnverifiedText
from accessinfo.surfaces.cli import EXIT_ERROR, EXIT_OK, EXIT_USAGE, build_parser, main
from accessinfo.surfaces.cli.calendar_cmds import count_decision, day_decision


@pytest.fixture(autouse=True)
def _no_calendar_file_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


# -- --strict refuses, as the help says -------------------------------------------------------
@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["day", "2027-04-16"], "2027-04-16 (Hung Kings' Commemoration Day) is not yet confirmed"),
        (["day", "2029-03-06"], "the end of the announced schedules"),  # a plain Tuesday
        (["special-days", "2027"], "2027-05-03 (Compensatory day for Labour Day)"),
        (["count", "2027-04-15", "2027-04-19"], "2027-04-16"),
        (["count", "2027-12-20", "2028-01-10"], "the range runs past 2027-12-31"),
    ],
)
def test_strict_refuses_provisional_calendar_answers(
    capsys: pytest.CaptureFixture[str], args: list[str], needle: str
) -> None:
    code, out, _ = run(capsys, *args)
    assert code == EXIT_OK and "[provisional]" in out
    code, out, err = run(capsys, *args, "--strict")
    assert code == EXIT_ERROR and out == ""
    assert err.startswith("accessinfo: error calendar-unknown: strict: ")
    assert needle in err.replace("The range", "the range")


@pytest.mark.parametrize(
    "args", [["day", "2026-01-10"], ["special-days", "2026"], ["count", "2026-01-09", "2026-01-13"]]
)
def test_strict_keeps_final_answers(capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    code, out, _ = run(capsys, *args, "--strict")
    assert code == EXIT_OK and "[final]" in out.splitlines()[0]


# -- a result resting on an unverified text has its own code ----------------------------------
def test_unverified_text_has_its_own_code() -> None:
    assert ERROR_CODES["unverified-text"] is UnverifiedText
    assert issubclass(UnverifiedText, LookupError) and not issubclass(UnverifiedText, ValueError)
    assert ERROR_CODES["ambiguous-reading"] is not UnverifiedText


def test_a_rule_on_an_unverified_law_refuses_under_strict(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # a request received on Thu 03/09/2026 is under Law 01/2026, known from one unofficial copy
    args = ["request", "--received", "2026-09-03", "--channel", "post", "--complexity", "complex"]
    code, out, _ = run(capsys, *args)
    assert code == EXIT_OK and "[provisional]" in out.splitlines()[0]
    code, _, err = run(capsys, *args, "--strict")
    assert code == EXIT_ERROR
    assert err.startswith("accessinfo: error unverified-text: strict=True: ")
    assert "Law No. 01/2026/QH16, whose text is unverified" in err


def test_letters_under_law_01_refuse_under_strict() -> None:
    from accessinfo.tasks.letters import extension_notice

    # Law 01/2026: 12 days after Thu 03/09/2026 is Tue 15/09; extended to Mon 28/09
    kwargs = {
        "agency": "Sở Tư pháp",
        "requester_name": "Nguyễn Văn A",
        "request_date": date(2026, 9, 3),
        "channel": "post",
        "original_respond_by": date(2026, 9, 15),
        "extended_respond_by": date(2026, 9, 28),
        "on": date(2026, 9, 10),
    }
    assert extension_notice(**kwargs).status == "provisional"  # type: ignore[arg-type]
    with pytest.raises(UnverifiedText, match="unverified"):
        extension_notice(**kwargs, strict=True)  # type: ignore[arg-type]


# -- count backwards says "before" --------------------------------------------------------------
def test_count_backwards_says_before(capsys: pytest.CaptureFixture[str]) -> None:
    # (Fri 09/01, Tue 13/01/2026]: Sat 10 worked (1), Mon 12 (2), Tue 13 (3); backwards: -3
    code, out, _ = run(capsys, "count", "2026-01-13", "2026-01-09")
    assert code == EXIT_OK
    first = out.splitlines()[0]
    assert first.startswith(
        "-3: 2026-01-09 is 3 working day(s) before 2026-01-13 "
        "(working days in (2026-01-09, 2026-01-13])"
    )
    assert "working day(s) after" not in out
    assert "2026-01-09 is 3 working day(s) before 2026-01-13" in out
    code, out, _ = run(capsys, "count", "2026-01-09", "2026-01-13")
    assert out.startswith(
        "3 working day(s) in (2026-01-09, 2026-01-13]: 2026-01-13 is 3 working day(s) after "
        "2026-01-09"
    )
    d = count_decision(PUBLIC_SECTOR, date(2026, 1, 13), date(2026, 1, 9))
    assert d.outcome == -3
    assert d.explanation_vi is not None and "tính ngược lại (-3)" in d.explanation_vi
    assert "09/01/2026" in d.explanation_vi


# -- the same kind of mistake, the same exit code -------------------------------------------
def test_a_malformed_number_and_an_unknown_choice_share_exit_2(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "add", "2026-01-09", "abc")
    assert (code, out) == (EXIT_USAGE, "")
    assert err == (
        "accessinfo add: usage error: n: 'abc' is not a whole number (see accessinfo add --help)\n"
    )
    code, _, err = run(capsys, "add", "2026-01-09", "abc", "--lang", "vi")
    assert code == EXIT_USAGE
    assert err == (
        "accessinfo add: lỗi cú pháp lệnh: n: 'abc' không phải là số nguyên "
        "(xem `accessinfo add --help`)\n"
    )
    args = ["request", "--received", "2026-01-09", "--complexity", "simple"]
    code, _, err = run(capsys, *args, "--channel", "pigeon")
    assert code == EXIT_USAGE and "invalid choice: 'pigeon'" in err


def test_the_exit_codes_are_documented_in_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == EXIT_OK
    text = " ".join(out.split())
    assert "exit codes: 0 answered; 2 the command line cannot be read" in text
    assert "3 the input was read but refused, with an error code on stderr" in text
    assert "4 an output file could not be written" in text


# -- an in-person request answered late, said plainly --------------------------------------
def test_a_late_answer_is_said_plainly(capsys: pytest.CaptureFixture[str]) -> None:
    # Law 104 Art 29.1: simple information asked for in person on Mon 02/03/2026 is provided
    # at once, that day; provided on Wed 04/03/2026: late. Nothing else is owed.
    args = ["request", "--received", "2026-03-02", "--channel", "in_person"]
    args += ["--complexity", "simple", "--event", "provided=2026-03-04", "--as-of", "2026-03-10"]
    code, out, _ = run(capsys, *args)
    assert code == EXIT_OK
    first = out.splitlines()[0]
    assert first.endswith(
        "as of Tuesday 2026-03-10 (Thứ Ba): the answer was LATE (due Mon 2026-03-02, done "
        "Wed 2026-03-04)  [final]"
    )
    assert "nothing overdue" not in out and "breached" not in out


def test_every_duty_met_is_said_too(capsys: pytest.CaptureFixture[str]) -> None:
    # Law 104 Art 31.1, by post on Tue 03/03/2026: 5 working days, 4 (1) ... Tue 10/03 (5);
    # provided Mon 09/03: on time
    args = ["request", "--received", "2026-03-03", "--channel", "post", "--complexity", "simple"]
    code, out, _ = run(capsys, *args, "--event", "provided=2026-03-09", "--as-of", "2026-03-20")
    assert code == EXIT_OK and ": every duty done on time  [final]" in out.splitlines()[0]
    code, out, _ = run(capsys, *args, "--as-of", "2026-03-05")
    assert ": the answer is due by Tue 2026-03-10  [final]" in out.splitlines()[0]


# -- plain words for the kinds of day --------------------------------------------------------
def test_day_says_the_kind_in_plain_words(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "day", "2026-01-10")
    assert code == EXIT_OK
    assert "swapped_working" not in out
    assert (
        "Saturday 2026-01-10 is a working day: a Saturday worked to make up for a weekday off "
        "(Working Saturday (swapped for 02/01/2026))." in out
    )
    code, out, _ = run(capsys, "special-days", "2026")
    assert "swapped_working" not in out and "swapped_rest" not in out
    assert "swapped working day" in out and "swapped rest day" in out
    d = day_decision(PUBLIC_SECTOR, date(2026, 1, 10))
    assert d.explanation_vi == (
        "Thứ Bảy, 10/01/2026 là ngày làm việc: ngày Thứ Bảy đi làm bù cho một ngày nghỉ hoán "
        "đổi (Làm bù cho ngày 02/01/2026)."
    )


@pytest.mark.parametrize(
    ("day", "words"),
    [
        ("2026-01-09", "is a working day: an ordinary weekday"),
        ("2026-01-11", "is a rest day: the weekly rest day"),
        ("2026-09-02", "is a rest day: a public holiday"),
        ("2026-04-27", "is a rest day: a day off in compensation for a holiday that fell on a"),
        ("2026-01-02", "is a rest day: a weekday off, made up by working on a Saturday"),
    ],
)
def test_every_kind_has_its_words(capsys: pytest.CaptureFixture[str], day: str, words: str) -> None:
    code, out, _ = run(capsys, "day", day)
    assert code == EXIT_OK and words in out


def test_local_days_have_their_words(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "day", "2026-03-03", "--rest-day", "2026-03-03")
    assert code == EXIT_OK and "is a rest day: a rest day set by the agency" in out
    code, out, _ = run(capsys, "day", "2026-03-07", "--working-day", "2026-03-07")
    assert code == EXIT_OK and "is a working day: a working day set by the agency" in out


# -- the help epilog keeps its examples on their lines -------------------------------------
def test_the_epilog_keeps_the_continued_example_on_three_lines(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == EXIT_OK
    lines = out.splitlines()
    i = next(k for k, line in enumerate(lines) if "--complexity complex \\" in line)
    assert lines[i].endswith("--complexity complex \\")
    assert lines[i + 1].strip().startswith("--event handling_notice_sent=2026-02-24")
    assert lines[i + 1].endswith("\\")
    assert lines[i + 2].strip().startswith("--as-of 2026-03-31")
    assert "accessinfo calendar diff packaged bridge.csv --requests open.csv" in out


def test_every_subcommand_help_renders(capsys: pytest.CaptureFixture[str]) -> None:
    import argparse

    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name in sub.choices:
        code, out, _ = run(capsys, name, "--help")
        assert code == EXIT_OK and out.startswith("usage: accessinfo"), name


def test_json_has_the_vietnamese_texts(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "day", "2027-04-16", "--json")
    assert code == EXIT_OK
    data = json.loads(out)
    assert data["explanation_vi"].startswith("Thứ Sáu, 16/04/2027 là ngày nghỉ: ngày nghỉ lễ, tết")
    assert data["caveats_vi"] == [
        "Ngày 16/04/2027 (Giỗ Tổ Hùng Vương) chưa được xác nhận bằng văn bản thông báo của cơ "
        "quan có thẩm quyền: ngày này được xác định theo Bộ luật Lao động."
    ]


def test_a_form_without_a_due_date_is_no_breach(capsys: pytest.CaptureFixture[str]) -> None:
    # Law 01/2026, complex, Tue 15/09/2026: 12 days -> Sun 27/09, rolled to Mon 28/09/2026.
    # Form 02 (acknowledgement) has no date in the texts: it is neither late nor due.
    args = ["request", "--received", "2026-09-15", "--channel", "electronic"]
    args += ["--complexity", "complex", "--event", "acknowledged=2026-09-15"]
    code, out, _ = run(capsys, *args, "--as-of", "2026-09-20")
    assert code == EXIT_OK
    first = out.splitlines()[0]
    assert first.endswith(": the answer is due by Mon 2026-09-28  [provisional]")
    assert "acknowledge" not in first


@pytest.mark.parametrize(
    ("args", "en", "vi"),
    [
        (
            [
                "request",
                "--received",
                "2026-11-20",
                "--channel",
                "pigeon",
                "--complexity",
                "simple",
            ],
            "argument --channel: invalid choice: 'pigeon'",
            "tham số --channel: giá trị 'pigeon' không hợp lệ (chọn một trong: 'in_person'",
        ),
        (
            ["request", "--received", "2026-11-20", "--channel", "post"],
            "the following arguments are required: --complexity. The complexity is required "
            "under both laws: simple = simple information already held",
            "thiếu tham số bắt buộc: --complexity. Mức độ của thông tin là bắt buộc theo cả hai "
            "Luật: `simple` là thông tin đơn giản, có sẵn",
        ),
        (
            ["day", "2026-01-01", "--bogus"],
            "unrecognized arguments: --bogus",
            "tham số không được nhận biết: --bogus",
        ),
        (
            ["add", "2026-01-01", "3", "--calendar-file"],
            "argument --calendar-file: expected one argument",
            "tham số --calendar-file: cần một giá trị",
        ),
    ],
)
def test_argparse_usage_errors_speak_the_language_asked_for(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    en: str,
    vi: str,
) -> None:
    """argparse fails before --lang is parsed: the language is read from the command line (or
    ACCESSINFO_LANG) first, so a Vietnamese official gets the usage error in Vietnamese."""
    code, out, err = run(capsys, *args)
    assert code == EXIT_USAGE and out == "" and f"usage error: {en}" in err
    for spelled in (["--lang", "vi"], ["--lang=vi"]):
        code, out, err = run(capsys, *args[:1], *spelled, *args[1:])
        assert code == EXIT_USAGE and f"lỗi cú pháp lệnh: {vi}" in err, err
    monkeypatch.setenv("ACCESSINFO_LANG", "vi")
    code, out, err = run(capsys, *args)
    assert code == EXIT_USAGE and f"lỗi cú pháp lệnh: {vi}" in err, err
    code, out, err = run(capsys, *args[:1], "--lang", "en", *args[1:])  # the flag wins
    assert code == EXIT_USAGE and f"usage error: {en}" in err, err
