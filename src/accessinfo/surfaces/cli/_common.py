"""What the command modules share: exit codes, value parsing, rendering."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from typing import Any, NoReturn

from pydantic import BaseModel

from accessinfo.calendar import (
    DayInfo,
    WorkingCalendar,
    as_vn_date,
)
from accessinfo.core.citations import Citation
from accessinfo.core.decisions import Decision, Step
from accessinfo.core.inputs import read_date_or_instant
from accessinfo.errors import InvalidInput

EXIT_OK = 0
EXIT_USAGE = 2  # argparse's own code for a bad command line
EXIT_ERROR = 3  # an AccessInfoError: the input was read but refused
EXIT_IO = 4  # an output file (--html, --out) could not be written

_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_VI = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
_UNCERTAIN = ("derived", "projected")
# the vocabularies of accessinfo.models.access (kept here so --help needs no import)
_INFORMATION_CATEGORIES = (
    "open",
    "state_secret",
    "harmful",
    "working_secret",
    "internal_meeting",
    "internal_working_document",
    "business_secret",
    "private_life",
    "personal_secret",
    "family_secret",
    "personal_data",
    "historical_archive",
)
_DISCLOSURE_EXCEPTIONS = ("not_yet_disclosed", "disclosure_period_expired", "force_majeure")
_COST_ITEMS = (
    "photocopy_bw",
    "photocopy_colour",
    "photo_print_small",
    "photo_print_medium",
    "photo_print_large",
    "audio_copy_minute",
    "film_copy_minute",
    "digitised_print_bw",
    "digitised_print_colour",
)


# -- parsing values ---------------------------------------------------------------------------
def parse_when(text: str, name: str = "date") -> date | datetime:
    """``YYYY-MM-DD`` → date; an ISO datetime with an offset → aware datetime in Vietnam time.

    The same reader as the input models (:func:`accessinfo.core.inputs.read_date_or_instant`),
    so a date or an instant means the same on the command line as in JSON.
    """
    if not isinstance(text, str):
        raise InvalidInput(f"{name} must be text, got {text!r}")
    return read_date_or_instant(text.strip(), name)


def parse_date(text: str, name: str = "date") -> date:
    return as_vn_date(parse_when(text, name), name)


def parse_int(text: str, name: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise InvalidInput(f"{name}: {text!r} is not a whole number") from None


def parse_time(text: str, name: str = "cutoff") -> time:
    try:
        value = time.fromisoformat(text)
    except ValueError:
        raise InvalidInput(f"{name}: {text!r} is not a time of day; use HH:MM") from None
    return value


# -- rendering ---------------------------------------------------------------------------------
def fmt_date(d: date) -> str:
    return f"{_EN[d.weekday()]} {d.isoformat()} ({_VI[d.weekday()]})"


def _fmt_value(value: object) -> str:
    if value is None:
        return "none"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return fmt_date(value)
    return str(value)


def _value_lines(value: object, indent: int) -> list[str]:
    pad = " " * indent
    if isinstance(value, Citation):
        return [f"{pad}{value}  [{value.en}]"]
    if isinstance(value, BaseModel):
        out = []
        for k, v in value.__dict__.items():
            if v is None and indent > 2:
                continue  # nested items: leave out what does not apply
            if isinstance(v, (BaseModel, list, tuple)) and v:
                out.append(f"{pad}{k}:")
                out += _value_lines(v, indent + 2)
            else:
                out.append(f"{pad}{k + ':':<23}{_fmt_value(v)}")
        return out
    if isinstance(value, (list, tuple)):
        out = []
        for item in value:
            lines = _value_lines(item, indent + 2)
            if lines:
                out.append(f"{pad}- {lines[0].strip()}")
                out += lines[1:]
        return out
    return [f"{pad}{_fmt_value(value)}"]


def _outcome_lines(outcome: object) -> list[str]:
    if isinstance(outcome, DayInfo):
        return []  # the headline says it all
    if isinstance(outcome, (BaseModel, list, tuple)):
        return _value_lines(outcome, 2)
    return []


def _step_line(s: Step) -> str:
    n = "" if s.n is None else f"{s.n:>3}"
    day = f"{_EN[s.date.weekday()][:3]} {s.date.isoformat()}"
    return f"  {day}  {s.action:<8}{n:>3}  {s.reason}"


def _trace_lines(trace: Sequence[Step]) -> list[str]:
    out: list[str] = []
    label: str | None = None
    for i, s in enumerate(trace):
        if i == 0 or s.label != label:
            label = s.label
            out.append(f" {label or 'period'}:")
        out.append(_step_line(s))
    return out


def render_decision(
    d: Decision[Any],
    *,
    headline: str | None = None,
    trace: bool = False,
    body: Sequence[str] | None = None,
) -> str:
    """A Decision as text: outcome, status, explanation, citations (vi and en), trace.

    ``body`` replaces the generic listing of the outcome's fields under the headline.
    """
    out = [f"{headline or _fmt_value(d.outcome)}  [{d.status}]"]
    out += list(body) if body is not None else _outcome_lines(d.outcome)
    out.append(d.explanation)
    out.append("Basis:")
    for c in d.basis:
        out.append(f"  - {c}")
        out.append(f"    {c.en}")
    if d.caveats:
        out.append("Caveats:")
        out += [f"  ! {c}" for c in d.caveats]
    if d.readings:
        out.append("Readings: " + ", ".join(f"{k}={v}" for k, v in sorted(d.readings.items())))
    meta = [f"rule set {d.rule_set}"]
    if d.rule_id:
        meta.insert(0, f"rule {d.rule_id}")
    if d.calendar_version:
        meta.append(f"calendar {d.calendar_version}")
    out.append(" · ".join(meta))
    if trace and d.trace:
        out.append("Trace:")
        out += _trace_lines(d.trace)
    return "\n".join(out)


Handler = Callable[[argparse.Namespace, WorkingCalendar], tuple[Decision[Any], str | None]]


def _facade(name: str) -> Any:
    """A facade module that may land later (imported lazily; the CLI works without it)."""
    import importlib

    return importlib.import_module(f"accessinfo.tasks.{name}")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: usage error: {message}\n")
