"""Input models and the one way the library reads a date or an instant.

Base class for input models: bad input raises :class:`~accessinfo.errors.InvalidInput`, never a
bare ``ValidationError``.

A date is a date; an instant carries an offset and is read in Vietnam time (UTC+07:00).
:data:`DateOrInstant` is the field type of every input-model field that takes either, and
:func:`read_date_or_instant` is the function behind it (the CLI reads its arguments with it too):

* a ``datetime.date``, or text ``YYYY-MM-DD`` → that date;
* an aware ``datetime``, or ISO text with an offset (``2026-09-01T00:00+09:00``, ``…Z``) → the
  same instant as an aware ``datetime`` in Vietnam time;
* anything else — a naive datetime or naive text, a ``tzinfo`` whose offset is ``None``, a
  number (never a Unix timestamp), ``True``, pandas' ``NaT``, a date-time whose Vietnam time
  falls outside years 1–9999 — is :class:`~accessinfo.errors.InvalidInput`.

>>> read_date_or_instant("2026-09-01T00:00:00+09:00").isoformat()
'2026-08-31T22:00:00+07:00'
>>> read_date_or_instant("2026-09-01")
datetime.date(2026, 9, 1)
>>> read_date_or_instant("2026-09-01T00:00:00")
Traceback (most recent call last):
...
accessinfo.errors.InvalidInput: [invalid-input] date: '2026-09-01T00:00:00' is a naive date-time ...
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    ConfigDict,
    PlainSerializer,
    PlainValidator,
    ValidationError,
    ValidationInfo,
    WithJsonSchema,
)

from accessinfo.errors import InvalidInput

__all__ = [
    "DATE_OR_INSTANT_SCHEMA",
    "DateOnly",
    "DateOrInstant",
    "InputModel",
    "describe",
    "read_date",
    "read_date_or_instant",
]

_VN = timezone(timedelta(hours=7), "ICT")  # the same as accessinfo.calendar.VN_TZ
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)
# RFC 3339 date-time: seconds and fractions optional, offset required (Z or ±HH:MM)
_INSTANT = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?"
    r"(?P<offset>Z|z|[+-][0-9]{2}:[0-9]{2})?",
    re.ASCII,
)
_ACCEPTED = (
    "a date (YYYY-MM-DD or datetime.date) or an instant with an offset "
    "(e.g. 2026-01-09T16:30+07:00, or a timezone-aware datetime)"
)


def _is_nat(value: object) -> bool:
    """pandas' NaT (a datetime subclass that equals nothing, itself included)."""
    try:
        return bool(value != value)
    except Exception:  # a comparison that raises is not NaT
        return False


def _instant(value: datetime, name: str) -> datetime:
    try:
        offset = value.utcoffset()
    except (TypeError, ValueError) as exc:  # a tzinfo that returns junk
        raise InvalidInput(f"{name}: its tzinfo gives no valid offset ({exc})") from None
    if offset is None:
        raise InvalidInput(
            f"{name} is a naive datetime ({value!r}); give a timezone-aware datetime "
            "(e.g. tzinfo=accessinfo.VN_TZ) or a plain date"
        )
    try:
        vn = (value - offset).replace(tzinfo=UTC).astimezone(_VN)
    except (OverflowError, ValueError):
        raise InvalidInput(
            f"{name}: {value.isoformat()} is not a date-time in years 1–9999 in Vietnam time"
        ) from None
    return datetime(
        vn.year, vn.month, vn.day, vn.hour, vn.minute, vn.second, vn.microsecond, tzinfo=_VN
    )


def _from_text(text: str, name: str) -> date | datetime:
    if _DATE.fullmatch(text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise InvalidInput(f"{name}: {text!r} is not a calendar date") from None
    m = _INSTANT.fullmatch(text)
    if m is None:
        raise InvalidInput(f"{name}: {text[:60]!r} is not {_ACCEPTED}")
    if m.group("offset") is None:
        raise InvalidInput(
            f"{name}: {text!r} is a naive date-time (no offset); add one (e.g. +07:00 for Vietnam) "
            "or give the date alone (YYYY-MM-DD)"
        )
    try:
        value = datetime.fromisoformat(text.replace("z", "+00:00").replace("Z", "+00:00"))
    except ValueError:
        raise InvalidInput(f"{name}: {text!r} is not a valid date-time") from None
    return _instant(value, name)


def read_date_or_instant(value: object, name: str = "date") -> date | datetime:
    """A ``date``, or an aware ``datetime`` in Vietnam time; anything else is InvalidInput."""
    if isinstance(value, datetime):
        if _is_nat(value):
            raise InvalidInput(f"{name} is NaT (not a time); give a date or an aware datetime")
        return _instant(value, name)
    if isinstance(value, date):
        return date(value.year, value.month, value.day)
    if isinstance(value, str):
        return _from_text(value, name)
    raise InvalidInput(f"{name} must be {_ACCEPTED}; got {type(value).__name__}: {value!r:.60}")


def read_date(value: object, name: str = "date") -> date:
    """A ``date`` (or text ``YYYY-MM-DD``); a datetime, an instant or anything else is
    InvalidInput (a field that names a day takes no time of day)."""
    if isinstance(value, datetime):
        raise InvalidInput(f"{name} is a day: give a datetime.date or YYYY-MM-DD, not a datetime")
    if isinstance(value, str) and not _DATE.fullmatch(value):
        raise InvalidInput(f"{name}: {value[:60]!r} is not a date; use YYYY-MM-DD")
    found = read_date_or_instant(value, name)
    assert not isinstance(found, datetime)  # only text YYYY-MM-DD or a date reach here
    return found


def _day_field(value: object, info: ValidationInfo) -> date:
    return read_date(value, info.field_name or "value")


def _field(value: object, info: ValidationInfo) -> date | datetime:
    return read_date_or_instant(value, info.field_name or "value")


def _iso(value: date | datetime) -> str:
    return value.isoformat()


DATE_OR_INSTANT_SCHEMA: dict[str, Any] = {
    "anyOf": [
        {"type": "string", "format": "date"},
        {"type": "string", "format": "date-time"},
    ],
    "description": "A date (YYYY-MM-DD) or an instant with an offset (RFC 3339), "
    "read in Vietnam time (UTC+07:00).",
}

DateOrInstant = Annotated[
    date | datetime,
    PlainValidator(_field),
    PlainSerializer(_iso, return_type=str, when_used="json"),
    WithJsonSchema(DATE_OR_INSTANT_SCHEMA),
]
"""Field type: a date, or an instant with an offset converted to Vietnam time."""

DateOnly = Annotated[
    date,
    PlainValidator(_day_field),
    PlainSerializer(_iso, return_type=str, when_used="json"),
    WithJsonSchema({"type": "string", "format": "date"}),
]
"""Field type: a day (``datetime.date`` or ``YYYY-MM-DD``), never a datetime or a number."""


def describe(exc: ValidationError) -> str:
    """One line per problem: ``field: what was wrong``."""
    parts = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in err["loc"]) or "input"
        cause = (err.get("ctx") or {}).get("error")
        if isinstance(cause, InvalidInput):  # our own reader already named the field
            parts.append(cause.message)
            continue
        shown = repr(err.get("input"))
        if len(shown) > 80:
            shown = shown[:77] + "..."
        parts.append(f"{loc}: {err['msg']} (got {shown})")
    return "; ".join(parts)


class InputModel(BaseModel):
    """Frozen, strict-extra model whose validation errors become ``InvalidInput``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    def __init__(self, **data: Any) -> None:
        try:
            super().__init__(**data)
        except ValidationError as exc:
            raise InvalidInput(f"{type(self).__name__}: {describe(exc)}") from None

    @classmethod
    def model_validate(cls, obj: Any, **kwargs: Any) -> Any:
        try:
            return super().model_validate(obj, **kwargs)
        except TypeError as exc:  # a wrong keyword (e.g. strict="yes")
            raise InvalidInput(f"{cls.__name__}.model_validate: {exc}") from None
        except ValidationError as exc:
            raise InvalidInput(f"{cls.__name__}: {describe(exc)}") from None

    @classmethod
    def model_validate_json(cls, json_data: str | bytes | bytearray, **kwargs: Any) -> Any:
        try:
            return super().model_validate_json(json_data, **kwargs)
        except TypeError as exc:
            raise InvalidInput(f"{cls.__name__}.model_validate_json: {exc}") from None
        except ValidationError as exc:
            raise InvalidInput(f"{cls.__name__}: {describe(exc)}") from None
