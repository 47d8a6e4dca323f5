"""Errors raised by accessinfo.

Every public function either returns a valid ``Decision`` or raises a subclass of
:class:`AccessInfoError`. Each subclass has a stable ``code`` (documented in
``docs/errors.md`` with one anchor per code) and also derives from the matching
built-in exception, so ``except ValueError`` keeps working.

>>> from accessinfo.errors import InvalidInput
>>> try:
...     raise InvalidInput("channel must be one of 'in_person', 'electronic', 'post', 'fax'")
... except ValueError as exc:
...     print(exc.code)
invalid-input
"""

from __future__ import annotations

from typing import ClassVar

__all__ = [
    "ERROR_CODES",
    "AccessInfoError",
    "AmbiguousReading",
    "CalendarUnknown",
    "ConflictingRules",
    "InvalidInput",
    "NoApplicableRule",
    "OutsideCalendar",
    "UnverifiedText",
]


class AccessInfoError(Exception):
    """Root of all accessinfo errors. Never raised itself."""

    code: ClassVar[str] = "accessinfo-error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class InvalidInput(AccessInfoError, ValueError):
    """An argument has the wrong type or value (naive datetime, unknown channel, …)."""

    code: ClassVar[str] = "invalid-input"


class NoApplicableRule(AccessInfoError, LookupError):
    """No version of the rule is in force on the date asked (e.g. a request before 2018-07-01)."""

    code: ClassVar[str] = "no-applicable-rule"


class ConflictingRules(AccessInfoError, RuntimeError):
    """Two versions of one rule claim the same date: a bug in the rule data."""

    code: ClassVar[str] = "conflicting-rules"


class OutsideCalendar(AccessInfoError, LookupError):
    """A date (or a computed result) lies outside the range the calendar supports."""

    code: ClassVar[str] = "outside-calendar"


class CalendarUnknown(AccessInfoError, LookupError):
    """``strict=True`` and the answer depends on days not yet announced (projected or derived)."""

    code: ClassVar[str] = "calendar-unknown"


class AmbiguousReading(AccessInfoError, ValueError):
    """The law is ambiguous and the caller asked to raise (a reading set to ``"raise"``)."""

    code: ClassVar[str] = "ambiguous-reading"


class UnverifiedText(AccessInfoError, LookupError):
    """``strict=True`` and the answer rests on a text not checked against an official source
    (an instrument whose confidence is ``unverified``, e.g. a law known from one unofficial
    copy, or a source cited only in a calendar file). Without ``strict`` the same answer is
    ``provisional`` with a caveat naming the text. Like ``calendar-unknown``, it says what is
    not yet known, not that the input was wrong."""

    code: ClassVar[str] = "unverified-text"


ERROR_CODES: dict[str, type[AccessInfoError]] = {
    cls.code: cls
    for cls in (
        InvalidInput,
        NoApplicableRule,
        ConflictingRules,
        OutsideCalendar,
        CalendarUnknown,
        AmbiguousReading,
        UnverifiedText,
    )
}
