"""What the command modules share: exit codes, value parsing, rendering."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Sequence
from contextvars import ContextVar
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
from accessinfo.core.messages import Lang, Text, caveats_of, join, localized, msg
from accessinfo.errors import CalendarUnknown, InvalidInput, UnverifiedText

EXIT_OK = 0
EXIT_USAGE = 2  # the command line cannot be read: unknown option, missing or malformed value
EXIT_ERROR = 3  # an AccessInfoError: the input was read but refused
EXIT_IO = 4  # an output file (--html, --out) could not be written

EXIT_CODES_TEXT = (
    "exit codes: 0 answered; 2 the command line cannot be read (an unknown command or option, "
    "a missing value, or a value not in the form asked for: not a date, a number or one of "
    "the choices); 3 the input was read but refused, with an error code on stderr (e.g. a "
    "date outside the calendar, no rule in force, a bad calendar file, --strict refusing a "
    "provisional answer); 4 an output file could not be written."
)


class CommandLineError(InvalidInput):
    """A value on the command line is not in the form the option asks for (not a date, not a
    number, not one of the choices): a usage error, exit 2, like argparse's own."""


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
_PAPER_SIZES = ("A4", "A3", "A2", "A1", "A0")


# -- parsing values ---------------------------------------------------------------------------
def parse_when(text: str, name: str = "date") -> date | datetime:
    """``YYYY-MM-DD`` → date; an ISO datetime with an offset → aware datetime in Vietnam time.

    The same reader as the input models (:func:`accessinfo.core.inputs.read_date_or_instant`),
    so a date or an instant means the same on the command line as in JSON.
    """
    if not isinstance(text, str):
        raise InvalidInput(
            msg(
                "errors.must_be_value",
                name=name,
                expected=msg("errors.type.text"),
                value=f"{text!r:.60}",
            )
        )
    try:
        return read_date_or_instant(text.strip(), name)
    except CommandLineError:
        raise
    except InvalidInput as exc:  # not a date or an instant: a usage error, like argparse's
        message = exc.message if exc.detail_vi is None else Text(exc.message, exc.detail_vi)
        raise CommandLineError(message) from None


def parse_date(text: str, name: str = "date") -> date:
    return as_vn_date(parse_when(text, name), name)


def parse_int(text: str, name: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise CommandLineError(msg("errors.not_a_number", name=name, value=repr(text))) from None


def parse_time(text: str, name: str = "cutoff") -> time:
    try:
        value = time.fromisoformat(text)
    except ValueError:
        raise CommandLineError(f"{name}: {text!r} is not a time of day; use HH:MM") from None
    return value


# -- rendering ---------------------------------------------------------------------------------


def fmt_date(d: date) -> str:
    return f"{_EN[d.weekday()]} {d.isoformat()} ({_VI[d.weekday()]})"


def _fmt_value(value: object, lang: Lang = "en") -> str:
    if value is None:
        return msg("terms.none").get(lang)
    if isinstance(value, bool):
        return msg("terms.yes" if value else "terms.no").get(lang)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return fmt_date(value) if lang == "en" else msg("terms.date_long", d=value).vi
    if isinstance(value, Text):
        return value.get(lang)
    return str(value)


def _value_lines(value: object, indent: int, lang: Lang = "en") -> list[str]:
    pad = " " * indent
    if isinstance(value, Citation):
        return [f"{pad}{value}  [{value.en}]" if lang == "en" else f"{pad}{value}"]
    if isinstance(value, BaseModel):
        out = []
        for k, v in value.__dict__.items():
            if v is None and indent > 2:
                continue  # nested items: leave out what does not apply
            if isinstance(v, (BaseModel, list, tuple)) and v:
                out.append(f"{pad}{k}:")
                out += _value_lines(v, indent + 2, lang)
            else:
                out.append(f"{pad}{k + ':':<23}{_fmt_value(v, lang)}")
        return out
    if isinstance(value, (list, tuple)):
        out = []
        for item in value:
            lines = _value_lines(item, indent + 2, lang)
            if lines:
                out.append(f"{pad}- {lines[0].strip()}")
                out += lines[1:]
        return out
    return [f"{pad}{_fmt_value(value, lang)}"]


def _outcome_lines(outcome: object, lang: Lang = "en") -> list[str]:
    if isinstance(outcome, DayInfo):
        return []  # the headline says it all
    if isinstance(outcome, (BaseModel, list, tuple)):
        return _value_lines(outcome, 2, lang)
    return []


def _step_line(s: Step, lang: Lang = "en") -> str:
    n = "" if s.n is None else f"{s.n:>3}"
    if lang == "vi":
        day = s.date.strftime("%d/%m/%Y")
        action = msg(f"cli.action.{s.action}").vi
        return f"  {day}  {action:<8}{n:>3}  {s.reason_vi or s.reason}"
    day = f"{_EN[s.date.weekday()][:3]} {s.date.isoformat()}"
    return f"  {day}  {s.action:<8}{n:>3}  {s.reason}"


def _trace_lines(trace: Sequence[Step], lang: Lang = "en") -> list[str]:
    out: list[str] = []
    label: str | None = None
    for i, s in enumerate(trace):
        if i == 0 or s.label != label:
            label = s.label
            out.append(f" {label or msg('cli.label.period').get(lang)}:")
        out.append(_step_line(s, lang))
    return out


def render_decision(
    d: Decision[Any],
    *,
    headline: str | None = None,
    trace: bool = False,
    body: Sequence[str] | None = None,
    lang: Lang = "en",
) -> str:
    """A Decision as text: outcome, status, explanation, citations (vi and en), trace.

    ``body`` replaces the generic listing of the outcome's fields under the headline.
    ``lang="vi"``: the Vietnamese texts (untranslated ones marked), Vietnamese citations.
    A headline or body line given as a message (``Text``) is shown in ``lang``.
    """

    def t(key: str, **params: object) -> str:
        return msg(f"cli.{key}", **params).get(lang)

    head = headline.get(lang) if isinstance(headline, Text) else headline
    out = [f"{head or _fmt_value(d.outcome, lang)}  [{t('status.' + d.status)}]"]
    if body is not None:
        out += [b.get(lang) if isinstance(b, Text) else b for b in body]
    else:
        out += _outcome_lines(d.outcome, lang)
    explanation, caveats = localized(d, lang)
    out.append(explanation)
    out.append(t("label.basis"))
    for c in d.basis:
        out.append(f"  - {c}")
        if lang == "en":
            out.append(f"    {c.en}")
    if caveats:
        out.append(t("label.caveats"))
        out += [f"  ! {c}" for c in caveats]
    if d.readings:
        pairs = ", ".join(f"{k}={v}" for k, v in sorted(d.readings.items()))
        out.append(f"{t('label.readings')} {pairs}")
    meta = [t("label.rule_set", rule_set=d.rule_set)]
    if d.rule_id:
        meta.insert(0, t("label.rule", rule=d.rule_id))
    if d.calendar_version:
        meta.append(t("label.calendar", version=d.calendar_version))
    out.append(" · ".join(meta))
    if trace and d.trace:
        out.append(t("label.trace"))
        out += _trace_lines(d.trace, lang)
    return "\n".join(out)


def refuse_provisional(d: Decision[Any]) -> None:
    """``--strict``: refuse a provisional answer that the command did not refuse itself
    (UnverifiedText if it cites an unverified text, else CalendarUnknown)."""
    if d.status != "provisional":
        return
    caveats = caveats_of(d)
    why = join(caveats, "; ") if caveats else msg("errors.cli.provisional")
    if any(not c.instrument.verified for c in d.basis):
        raise UnverifiedText(msg("errors.cli.strict", why=why))
    raise CalendarUnknown(msg("errors.cli.strict", why=why))


Handler = Callable[[argparse.Namespace, WorkingCalendar], tuple[Decision[Any], str | None]]


def _facade(name: str) -> Any:
    """A facade module that may land later (imported lazily; the CLI works without it)."""
    import importlib

    return importlib.import_module(f"accessinfo.tasks.{name}")


# The language of argparse's own usage errors: set by main() from --lang or ACCESSINFO_LANG
# before the command line is parsed (the parsed --lang is not known when argparse fails).
USAGE_LANG: ContextVar[Lang] = ContextVar("USAGE_LANG", default="en")

_CHOICE = re.compile(
    r"argument (?P<arg>\S+): invalid choice: (?P<value>.+?) \(choose from (?P<choices>.+)\)$"
)
_REQUIRED = re.compile(r"the following arguments are required: (?P<args>.+)$")
_UNKNOWN = re.compile(r"unrecognized arguments: (?P<args>.+)$")
_ONE = re.compile(r"argument (?P<arg>\S+): expected one argument$")
_VALUE = re.compile(r"argument (?P<arg>\S+): invalid (?P<kind>\S+) value: (?P<value>.+)$")


def usage_message(message: str, lang: Lang) -> str:
    """argparse's usage error (Python 3.11-3.13 wording) in ``lang``; a missing complexity
    also says what simple and complex mean (issue 15: say what is required and why)."""
    if m := _CHOICE.match(message):
        text = msg("cli.usage.invalid_choice", **m.groupdict())
    elif m := _REQUIRED.match(message):
        text = msg("cli.usage.required", args=m["args"])
        if "--complexity" in m["args"]:
            text = msg("cli.usage.required_complexity", message=text)
    elif m := _UNKNOWN.match(message):
        text = msg("cli.usage.unrecognized", args=m["args"])
    elif m := _ONE.match(message):
        text = msg("cli.usage.expected_one", arg=m["arg"])
    elif m := _VALUE.match(message):
        text = msg("cli.usage.invalid_value", **m.groupdict())
    else:
        return message  # another argparse message: as argparse words it
    return text.get(lang)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        lang = USAGE_LANG.get()
        text = msg("cli.label.argparse_error", prog=self.prog, message=usage_message(message, lang))
        self.exit(EXIT_USAGE, text.get(lang) + "\n")
