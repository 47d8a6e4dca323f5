"""The ``accessinfo`` command: the daily questions, in text for people and JSON for machines.

Every answer is a :class:`~accessinfo.core.decisions.Decision`; ``--json`` prints it as JSON (the
schemas are exported by ``accessinfo schema``), each instrument once (``--expanded``: in every
citation). Exit codes: 0 success; 2 usage error (the command line cannot be read: an unknown
option, a missing or malformed value); 3 an :class:`~accessinfo.errors.AccessInfoError` (the
input was read but refused: outside the calendar, no rule in force, ``--strict``…), printed on
stderr with its code; 4 an output file could not be written. ``--calendar-file`` (or
``ACCESSINFO_CALENDAR_FILE``) amends the calendar of every command with a calendar file.

>>> main(["day", "2026-01-10"])
Saturday 2026-01-10 (Thứ Bảy): WORKING DAY  [final]
...
0
"""

from __future__ import annotations

import argparse
import os
import sys
import textwrap
from collections.abc import Sequence
from datetime import date
from typing import IO

from accessinfo.calendar import WorkingCalendar, public_sector_calendar
from accessinfo.calendar_files import ENV_VAR, configured_calendar
from accessinfo.core.messages import Lang, msg
from accessinfo.errors import AccessInfoError
from accessinfo.surfaces.cli import (
    calendar_cmds,
    calendar_diff_cmds,
    meta_cmds,
    outage_cmds,
    register_cmds,
    request_cmds,
    serve_cmds,
    sources_cmds,
)
from accessinfo.surfaces.cli._common import (
    EXIT_CODES_TEXT,
    EXIT_ERROR,
    EXIT_IO,
    EXIT_OK,
    EXIT_USAGE,
    USAGE_LANG,
    CommandLineError,
    _fmt_value,
    _Parser,
    parse_date,
    refuse_provisional,
    render_decision,
)
from accessinfo.surfaces.cli._output import OutputRefused, check_target, write_new_file
from accessinfo.surfaces.cli.request_cmds import (
    cost_lines,
    ground_lines,
    parse_cost_line,
    parse_event,
    timeline_lines,
)
from accessinfo.surfaces.compact import decision_json

__all__ = [
    "EXIT_ERROR",
    "EXIT_IO",
    "EXIT_OK",
    "EXIT_USAGE",
    "build_parser",
    "cost_lines",
    "ground_lines",
    "main",
    "parse_cost_line",
    "parse_event",
    "render_decision",
    "timeline_lines",
    "write_new_file",
]

_EPILOG = """\
examples:
  accessinfo day 2026-01-10                  is Saturday 10/1/2026 a working day? (yes: swapped)
  accessinfo add 2026-01-09 3 --trace        3 working days after Friday 9/1/2026
  accessinfo add 2026-09-03 -7               7 working days before 3/9/2026
  accessinfo add 2026-08-18 12 --calendar-days
  accessinfo count 2026-01-09 2026-01-13     working days in (9/1, 13/1]
  accessinfo special-days 2026               holidays, compensatory and swapped days of 2026
  accessinfo request --received 2026-02-13T16:45+07:00 --channel electronic --complexity complex
  accessinfo request --received 2026-02-13 --channel electronic --complexity complex \\
      --event handling_notice_sent=2026-02-24 --event extension_notified=2026-03-12@2026-03-27 \\
      --as-of 2026-03-31                     each duty: due date and on time/late/overdue/...
  accessinfo refusal --on 2026-08-22 --category working_secret   grounds to refuse
  accessinfo refusal --on 2026-09-15 --category open --times-provided 2 --costs unpaid
  accessinfo costs --on 2026-03-02 --line photocopy_bw=20 --line photocopy_bw=2@A3 --sending email
  accessinfo suspension 2026-09-05 --trace   last day to announce a planned suspension
  accessinfo check-suspension --from 2026-09-05 --kind planned --published 2026-08-31
  accessinfo incident --occurred 2026-02-13T15:00+07:00 --expected-recovery 2026-02-23
  accessinfo day 2026-12-31 --calendar-file bridge.csv   with a notice not yet released
  accessinfo calendar diff packaged bridge.csv --requests open.csv   deadlines a notice moves
  accessinfo rules --on 2026-09-01           rules in force on a date
  accessinfo sources --on 2026-10-15         every instrument: in force, replaced by, unknowns
  accessinfo register requests.csv --as-of 2026-12-01 --out judged.csv --html report.html
                                             a whole register: verdicts, summary, report
  accessinfo schema --out schemas/           JSON Schemas of inputs and Decisions
  accessinfo serve --port 8000               the HTTP service (pip install 'accessinfo[serve]')
  accessinfo day 2026-09-02 --json           any command: the Decision as JSON
  accessinfo request --received 2026-03-03 --channel post --complexity simple --ics due.ics
  accessinfo special-days 2026 --ics 2026.ics   the year's rest and working days, to subscribe

dates: YYYY-MM-DD, or an ISO datetime with its offset (2026-01-09T16:30+07:00); naive
datetimes are refused. A calendar file (--calendar-file, or the ACCESSINFO_CALENDAR_FILE
environment variable) adds a notice's days to the packaged calendar: see the documentation,
"Adding a year's schedule".

"""


_MODULES = (
    calendar_cmds,
    request_cmds,
    outage_cmds,
    register_cmds,
    calendar_diff_cmds,
    meta_cmds,
    sources_cmds,
    serve_cmds,
)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for the docs and tests)."""
    common = _Parser(add_help=False)
    common.add_argument(
        "--json",
        action="store_true",
        help="print the Decision as JSON, each instrument once in an 'instruments' map and "
        "the citations pointing to it by id",
    )
    common.add_argument(
        "--expanded",
        action="store_true",
        help="with --json: repeat the instrument's full record in every citation",
    )
    common.add_argument("--trace", action="store_true", help="show each counted/skipped day")
    common.add_argument(
        "--strict",
        action="store_true",
        help="refuse (exit 3) instead of a provisional answer resting on unannounced days "
        "(calendar-unknown) or unverified texts (unverified-text)",
    )
    common.add_argument(
        "--calendar-file",
        metavar="PATH",
        help="amend the calendar with the days of a calendar file (a CSV with the packaged "
        "columns: date,kind,name_vi,name_en,source,status,note); default: the file named by "
        f"${ENV_VAR}, if set",
    )
    common.add_argument(
        "--html",
        metavar="FILE",
        help="also write the HTML view to FILE (a new file; never through a symbolic link)",
    )
    common.add_argument(
        "--ics",
        metavar="FILE",
        help="also write the due dates (or the calendar days) as an iCalendar file "
        "(needs accessinfo[ics]); refuses to replace FILE without --force",
    )
    common.add_argument(
        "--force",
        action="store_true",
        help="let --html or --ics overwrite an existing regular file (never a symbolic link)",
    )
    common.add_argument(
        "--lang",
        choices=("en", "vi"),
        default=None,
        help="language of the explanation, caveats and labels (default: $ACCESSINFO_LANG, "
        "else en); vi: tiếng Việt",
    )
    common.add_argument(
        "--rest-day",
        action="append",
        default=[],
        metavar="DATE",
        help="agency override: treat DATE as a rest day (repeatable)",
    )
    common.add_argument(
        "--working-day",
        action="append",
        default=[],
        metavar="DATE",
        help="agency override: treat DATE as a working day (repeatable)",
    )
    common.add_argument(
        "--culture-day-makeup",
        action="store_true",
        help="give a compensatory day when 24/11 falls on a weekend (not the default reading)",
    )

    p = _Parser(
        prog="accessinfo",
        description="Vietnam's access-to-information and e-government deadlines, with the "
        "law that sets them.",
        epilog=_EPILOG + textwrap.fill(EXIT_CODES_TEXT, 88) + "\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    from accessinfo import __version__

    p.add_argument("--version", action="version", version=f"accessinfo {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", required=True, parser_class=_Parser)

    for module in _MODULES:
        module.register(sub, common)
    return p


def _calendar(a: argparse.Namespace) -> WorkingCalendar:
    base = public_sector_calendar(culture_day_makeup=a.culture_day_makeup)
    cal = configured_calendar(a.calendar_file, base=base)
    if a.rest_day or a.working_day:
        cal = cal.with_overrides(
            rest_days=[parse_date(x, "--rest-day") for x in a.rest_day],
            working_days=[parse_date(x, "--working-day") for x in a.working_day],
        )
    return cal


def env_lang(value: str | None) -> Lang | None:
    """The language named by ``ACCESSINFO_LANG`` (``vi``, ``vi_VN.UTF-8``, ``en-GB`` …)."""
    code = (value or "").strip().lower()[:2]
    if not code:
        return "en"
    if code == "vi":
        return "vi"
    if code == "en":
        return "en"
    return None


def _lang(a: argparse.Namespace) -> Lang:
    """``--lang`` if given, else ``ACCESSINFO_LANG`` (checked by main), else English."""
    given = getattr(a, "lang", None)
    if given == "vi" or given == "en":
        return given  # type: ignore[no-any-return]  # argparse choices
    return env_lang(os.environ.get("ACCESSINFO_LANG")) or "en"


def _run(a: argparse.Namespace, out: IO[str]) -> int:
    raw = getattr(a, "raw_handler", None)
    if raw is not None:  # commands that print something other than one Decision
        return int(raw(a, out))
    cal = _calendar(a)
    # refuse before answering, so nothing is printed for a file that cannot be written
    if a.html:
        check_target(a.html, force=a.force)
    if a.ics:
        check_target(a.ics, force=a.force, option="--ics")
    decision, head = a.handler(a, cal)
    if a.strict:
        refuse_provisional(decision)
    if not a.trace:
        shown = decision.model_copy(update={"trace": None})
    else:
        shown = decision
    if a.json:
        out.write(decision_json(shown, expanded=a.expanded) + "\n")
    else:
        lang = _lang(a)
        shown_head = head.get(lang) if hasattr(head, "get") else head
        if lang == "vi" and head is not None and not hasattr(head, "get"):
            # a headline not yet written as a message: a plain answer speaks for itself
            if isinstance(decision.outcome, (date, bool, int)):
                shown_head = _fmt_value(decision.outcome, lang)
        first, *body = (shown_head or _fmt_value(decision.outcome, lang)).split("\n")
        text = render_decision(shown, headline=first, trace=a.trace, body=body or None, lang=lang)
        out.write(text + "\n")
    if a.html:
        from accessinfo.surfaces.html import page

        lang = _lang(a)
        shown_head = head.get(lang) if hasattr(head, "get") else head
        title = (shown_head or "accessinfo").split("\n", 1)[0]
        html = page(decision.model_copy(), title=title, lang=lang)
        write_new_file(a.html, html, force=a.force)
    if a.ics:
        from accessinfo.surfaces.ics import to_ics

        key = getattr(a, "reference", None)
        options = {} if _is_days(decision) else {"key": key, "calendar": cal}
        ics = to_ics(decision, **options, lang=_lang(a))
        write_new_file(a.ics, ics, force=a.force, option="--ics")
    return EXIT_OK


def _is_days(decision: object) -> bool:
    from accessinfo.calendar import DayInfo

    outcome = getattr(decision, "outcome", None)
    return isinstance(outcome, DayInfo) or (
        isinstance(outcome, tuple) and bool(outcome) and isinstance(outcome[0], DayInfo)
    )


def _usage_lang(args: Sequence[str], default: Lang) -> Lang:
    """The language asked for by ``--lang`` (looked for before parsing, so that argparse's
    own usage errors can be written in it), else ``default``."""
    found: Lang = default
    for i, tok in enumerate(args):
        value = args[i + 1] if tok == "--lang" and i + 1 < len(args) else tok[7:]
        if (tok == "--lang" or tok.startswith("--lang=")) and value in ("en", "vi"):
            found = "vi" if value == "vi" else "en"
    return found


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (the console script exits with it)."""
    parser = build_parser()
    from_env = env_lang(os.environ.get("ACCESSINFO_LANG"))
    if from_env is None:
        sys.stderr.write(
            f"accessinfo: usage error: ACCESSINFO_LANG={os.environ.get('ACCESSINFO_LANG')!r}: "
            "use 'en' or 'vi'\n"
        )
        return EXIT_USAGE
    args = list(argv) if argv is not None else sys.argv[1:]
    token = USAGE_LANG.set(_usage_lang(args, from_env))
    try:
        a = parser.parse_args(args)
    except SystemExit as exc:  # --help, --version, usage errors
        return int(exc.code or 0) if not isinstance(exc.code, str) else EXIT_USAGE
    finally:
        USAGE_LANG.reset(token)
    try:
        return _run(a, sys.stdout)
    except CommandLineError as exc:  # a malformed value: a usage error, like argparse's
        lang = _lang(a)
        detail = exc.message_vi if lang == "vi" else exc.message
        usage = msg("cli.label.usage_error", command=a.command, message=detail)
        sys.stderr.write(usage.get(lang) + "\n")
        return EXIT_USAGE
    except AccessInfoError as exc:
        if _lang(a) == "vi":
            text = msg("cli.label.error", code=exc.code, message=exc.message_vi).vi
        else:
            text = f"accessinfo: error {exc.code}: {exc.message}"
        sys.stderr.write(text + "\n")
        return EXIT_ERROR
    except OutputRefused as exc:  # --html refused: exists, a symbolic link, not a file
        sys.stderr.write(f"accessinfo: not written: {exc}\n")
        return EXIT_IO
    except OSError as exc:  # --html or --out could not be written
        sys.stderr.write(f"accessinfo: cannot write: {exc}\n")
        return EXIT_IO
