"""The ``register`` command: judge a whole register of requests or suspension notices.

``accessinfo register requests.csv --as-of 2026-12-01`` prints the counts (read, judged,
refused) and the verdicts by law, channel and month; ``--out FILE`` writes every row with
its verdict columns (CSV, Parquet or JSON by the suffix or ``--format``; ``-`` for standard
output); ``--html FILE`` writes the compliance report, one self-contained page. Bad rows are
listed on standard error with their row number and reason; without ``--skip-bad`` nothing
is written and the exit code is 3.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import IO, Any

from accessinfo.core.messages import Lang, msg
from accessinfo.surfaces.cli._common import (
    EXIT_ERROR,
    EXIT_OK,
    EXIT_USAGE,
    parse_date,
    parse_time,
)

__all__ = ["register"]


def _kind(a: argparse.Namespace, columns: dict[str, list[Any]]) -> str:
    if a.kind is not None:
        return str(a.kind)
    return "notices" if "start" in columns and "received" not in columns else "requests"


def _options(a: argparse.Namespace, kind: str) -> dict[str, Any]:
    keys = (
        ("extension_unit", "period_unit", "receipt", "costs_pause", "extension_notice")
        if kind == "requests"
        else ("count", "force_majeure_announcement")
    )
    out: dict[str, Any] = {k: getattr(a, k) for k in keys if getattr(a, k) is not None}
    if kind == "requests" and a.cutoff is not None:
        out["cutoff"] = parse_time(a.cutoff, "--cutoff")
    return out


def _table_lines(rows: list[dict[str, Any]], verdicts: tuple[str, ...], lang: Lang) -> list[str]:
    """The summary as aligned text: one line per (dimension, value)."""
    head = [msg("registers.cli.group").get(lang), msg("registers.cli.rows").get(lang), *verdicts]
    body = [
        [f"{r['dimension']}={r['value']}", str(r["rows"]), *(str(r[v]) for v in verdicts)]
        for r in rows
    ]
    widths = [max(len(x[i]) for x in [head, *body]) for i in range(len(head))]
    return [
        "  ".join(
            c.ljust(w) if i == 0 else c.rjust(w)
            for i, (c, w) in enumerate(zip(x, widths, strict=True))
        )
        for x in [head, *body]
    ]


def _cmd_register(a: argparse.Namespace, out: IO[str]) -> int:
    from accessinfo.surfaces.cli import _calendar, _lang
    from accessinfo.surfaces.cli._output import write_new_file
    from accessinfo.tasks import registers as reg

    lang = _lang(a)
    cal = _calendar(a)
    columns = reg.read_register(a.file, format=a.input_format)
    kind = _kind(a, columns)
    options = _options(a, kind)
    if kind == "requests":
        if a.as_of is None:
            sys.stderr.write(msg("registers.cli.as_of_needed").get(lang) + "\n")
            return EXIT_USAGE
        judged = reg.judge_requests(
            columns,
            as_of=parse_date(a.as_of, "--as-of"),
            calendar=cal,
            skip_bad=True,
            engine=a.engine,
            strict=a.strict,
            **options,
        )
    else:
        judged = reg.judge_notices(columns, calendar=cal, skip_bad=True, strict=a.strict, **options)
    for r in judged.refused:
        sys.stderr.write(r.describe().get(lang) + "\n")
    if judged.refused and not a.skip_bad:
        sys.stderr.write(
            msg("registers.refused_register", refused=judged.refused_count, read=judged.read).get(
                lang
            )
            + "\n"
        )
        return EXIT_ERROR
    if judged.unread_columns:
        sys.stderr.write(
            msg("registers.cli.unread", columns=", ".join(judged.unread_columns)).get(lang) + "\n"
        )
    summary = reg.summarize(judged)
    verdicts = reg.VERDICTS if kind == "requests" else reg.NOTICE_VERDICTS
    if a.out is not None:
        fmt = a.format or ("csv" if a.out == "-" else None)
        if a.out == "-":
            if fmt == "parquet":
                sys.stdout.buffer.write(reg.register_parquet(judged))
            else:
                out.write(reg.register_text(judged, fmt or "csv"))
        elif (fmt or reg._format(a.out, None)) == "parquet":
            _write_bytes(a.out, reg.register_parquet(judged), a.force)
        else:
            text = reg.register_text(judged, fmt or reg._format(a.out, None))
            write_new_file(a.out, text, force=a.force, option="--out")
    if a.html:
        from accessinfo.surfaces.report import report_html

        write_new_file(a.html, report_html(judged, lang=lang, source=a.file), force=a.force)
    if a.out == "-":
        return EXIT_OK
    if a.json:
        body = {
            "kind": kind,
            "as_of": judged.as_of.isoformat() if judged.as_of else None,
            "read": judged.read,
            "judged": judged.judged,
            "refused": [
                {"row": r.row, "code": r.code, "reason": r.reason, "reason_vi": r.reason_vi}
                for r in judged.refused
            ],
            "unread_columns": list(judged.unread_columns),
            "readings": judged.readings,
            "calendar_version": judged.calendar_version,
            "summary": summary,
        }
        out.write(json.dumps(body, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    when = judged.as_of if judged.as_of is not None else None
    head = (
        msg("registers.cli.head_requests", file=a.file, as_of=when)
        if when is not None
        else msg("registers.cli.head_notices", file=a.file)
    )
    lines = [head.get(lang), judged.summary_text().get(lang), ""]
    main = "respond" if kind == "requests" else "advance_notice"
    lines.append(msg("registers.cli.by", duty=main).get(lang))
    lines += _table_lines([r for r in summary if r["dimension"] != "duty"], verdicts, lang)
    lines += ["", msg("registers.cli.by_duty").get(lang)]
    lines += _table_lines([r for r in summary if r["dimension"] == "duty"], verdicts, lang)
    out.write("\n".join(lines) + "\n")
    return EXIT_OK


def _write_bytes(path: str, data: bytes, force: bool) -> None:
    """Parquet through the same safe writer: a new regular file, never through a link."""
    import os

    from accessinfo.surfaces.cli._output import write_new_file

    write_new_file(path, "", force=force, option="--out")  # the checks; creates the file
    fd = os.open(path, os.O_WRONLY | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0))
    with os.fdopen(fd, "wb") as f:
        f.write(data)


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    s = sub.add_parser(
        "register",
        parents=[common],
        help="judge a whole register of requests (or suspension notices): verdicts, summary, "
        "report",
        description="Judge every row of a register (CSV, Parquet or JSON; columns in "
        "docs/registers.md). Requests: the law, each due date and the verdict per duty as of "
        "--as-of; notices: the lead time in working days and the verdict per duty.",
    )
    s.set_defaults(raw_handler=_cmd_register)
    s.add_argument("file", help="the register: .csv, .parquet or .json")
    s.add_argument(
        "--kind",
        choices=("requests", "notices"),
        help="what the rows are (default: notices if there is a 'start' column and no "
        "'received' column, else requests)",
    )
    s.add_argument("--as-of", help="requests: the day to judge on (accessinfo has no clock)")
    s.add_argument(
        "--out", metavar="FILE", help="write every row with its verdict columns ('-': stdout)"
    )
    s.add_argument("--format", choices=("csv", "parquet", "json"), help="format of --out")
    s.add_argument(
        "--input-format",
        choices=("csv", "parquet", "json"),
        help="format of FILE (default: suffix)",
    )
    s.add_argument(
        "--skip-bad",
        action="store_true",
        help="judge the other rows when some are bad (each still listed, and kept in --out "
        "with its reason)",
    )
    s.add_argument(
        "--engine",
        choices=("columns", "timeline"),
        default="columns",
        help="columns (default): deadlines once per distinct request; timeline: the scalar "
        "request_timeline for every row (the reference)",
    )
    s.add_argument("--extension-unit", choices=("calendar", "working", "raise"))
    s.add_argument("--period-unit", choices=("calendar", "working", "raise"))
    s.add_argument("--receipt", choices=("calendar_date", "next_working_day"))
    s.add_argument("--cutoff", help="with --receipt next_working_day: HH:MM end of the day")
    s.add_argument("--costs-pause", choices=("none", "raise"))
    s.add_argument("--extension-notice", choices=("before_last_day", "by_last_day", "raise"))
    s.add_argument("--count", choices=("inclusive", "clear", "raise"), help="notices: 07 days")
    s.add_argument("--force-majeure-announcement", choices=("owed", "excused", "raise"))
    if not any("--force" in act.option_strings for act in common._actions):
        s.add_argument(
            "--force", action="store_true", help="let --out and --html overwrite existing files"
        )
