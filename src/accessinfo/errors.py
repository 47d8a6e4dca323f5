"""Errors raised by accessinfo.

Every public function either returns a valid ``Decision`` or raises a subclass of
:class:`AccessInfoError`. Each subclass has a stable ``code`` (documented in
``docs/errors.md`` with one anchor per code) and also derives from the matching
built-in exception, so ``except ValueError`` keeps working.

Messages are in English (``message``, ``str(exc)``) and Vietnamese (``message_vi``). An
error raised with a message (``accessinfo.core.messages.msg``) has both; one raised with a
plain English string shows, in Vietnamese, the title of its code followed by the English
detail marked as untranslated (docs/i18n.md).

>>> from accessinfo.errors import InvalidInput
>>> try:
...     raise InvalidInput("channel must be 'in_person' or 'electronic'")
... except ValueError as exc:
...     print(exc.code)
...     print(exc.message_vi)
invalid-input
Dữ liệu đầu vào không hợp lệ. Chi tiết (chưa có bản tiếng Việt): channel must be 'in_person' ...
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
        self.message = str(message)
        # a message (accessinfo.core.messages.Text) carries its Vietnamese; a plain str does not
        vi = getattr(message, "vi", None)
        self.detail_vi: str | None = vi if isinstance(vi, str) else None

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"

    @property
    def title_vi(self) -> str:
        """The Vietnamese title of the error's code."""
        from accessinfo.core.messages import catalogue

        titles = catalogue("errors")
        entry = titles.get(f"errors.title.{self.code}") or titles["errors.title.accessinfo-error"]
        return entry["vi"]

    @property
    def message_vi(self) -> str:
        """The message in Vietnamese; untranslated: the title, then the English detail marked."""
        if self.detail_vi is not None:
            return self.detail_vi
        from accessinfo.core.messages import msg

        return msg("errors.untranslated", title=self.title_vi, detail=self.message).vi


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
