"""Input models and the one way the library reads a date or an instant.

Base class for input models: bad input raises :class:`~accessinfo.errors.InvalidInput`, never a
bare ``ValidationError``. The message is in English (pydantic's words) and in Vietnamese
(``errors.field.<type>`` in ``accessinfo/_messages/errors.toml``, one per kind of problem; a
validator that raised an ``AccessInfoError`` with its Vietnamese keeps it).

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
accessinfo.errors.InvalidInput: [invalid-input] date: '2026-09-01T00:00:00' is a naive datetime; ...
"""

from __future__ import annotations

import re
import types
import typing
from datetime import UTC, date, datetime
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    ConfigDict,
    PlainValidator,
    ValidationError,
    ValidationInfo,
    WithJsonSchema,
    model_validator,
)
from pydantic_core import core_schema

from accessinfo.calendar import VN_TZ
from accessinfo.core.messages import Text, msg
from accessinfo.core.signature import public
from accessinfo.errors import AccessInfoError, InvalidInput

__all__ = [
    "DATE_OR_INSTANT_SCHEMA",
    "DateOnly",
    "DateOrInstant",
    "InputModel",
    "describe",
    "input_error",
    "read_date",
    "read_date_or_instant",
]

# the very object of the calendar: a rule that reads an instant checks its zone by identity
_VN = VN_TZ
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


def _vi_field(key: str) -> str:
    return msg(f"errors.field.{key}", expected="", limit="", model="").vi


def _not_a_moment(en: str, name: str, value: object) -> InvalidInput:
    """English ``en``; Vietnamese: the field must be a date or an aware instant."""
    vi = f"{name} {_vi_field('date')} hoặc {_vi_field('datetime')} (giá trị đã cho: {value!r:.60})"
    return InvalidInput(Text(en, vi))


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
        raise _not_a_moment(
            f"{name}: its tzinfo gives no valid offset ({exc})", name, value
        ) from None
    if offset is None:
        raise InvalidInput(msg("errors.naive_datetime", name=name, value=repr(value)))
    try:
        # Refused when UTC *or* Vietnam time leaves years 1-9999: every later conversion
        # (astimezone goes through UTC) is then safe, e.g. 0001-01-01T01:00+01:01 (UTC in year 0).
        vn = (value.replace(tzinfo=None) - offset).replace(tzinfo=UTC).astimezone(_VN)
    except (OverflowError, ValueError):
        raise InvalidInput(
            msg("errors.instant_at_edge", name=name, value=value.isoformat())
        ) from None
    return datetime(
        vn.year, vn.month, vn.day, vn.hour, vn.minute, vn.second, vn.microsecond, tzinfo=_VN
    )


def _from_text(text: str, name: str) -> date | datetime:
    if _DATE.fullmatch(text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise InvalidInput(msg("errors.bad_date_text", name=name, value=repr(text))) from None
    m = _INSTANT.fullmatch(text)
    if m is None:
        raise InvalidInput(msg("errors.bad_datetime_text", name=name, value=repr(text[:60])))
    if m.group("offset") is None:
        raise InvalidInput(msg("errors.naive_datetime_text", name=name, value=repr(text)))
    try:
        value = datetime.fromisoformat(text.replace("z", "+00:00").replace("Z", "+00:00"))
    except ValueError:
        raise InvalidInput(msg("errors.bad_datetime_text", name=name, value=repr(text))) from None
    return _instant(value, name)


@public
def read_date_or_instant(value: object, name: str = "date") -> date | datetime:
    """A ``date``, or an aware ``datetime`` in Vietnam time; anything else is InvalidInput."""
    if isinstance(value, datetime):
        if _is_nat(value):
            raise _not_a_moment(
                f"{name} is NaT (not a time); give a date or an aware datetime", name, value
            )
        return _instant(value, name)
    if isinstance(value, date):
        return date(value.year, value.month, value.day)
    if isinstance(value, str):
        return _from_text(value, name)
    raise _not_a_moment(
        f"{name} must be {_ACCEPTED}; got {type(value).__name__}: {value!r:.60}", name, value
    )


@public
def read_date(value: object, name: str = "date") -> date:
    """A ``date`` (or text ``YYYY-MM-DD``); a datetime, an instant or anything else is
    InvalidInput (a field that names a day takes no time of day)."""
    if isinstance(value, datetime):
        raise InvalidInput(
            Text(
                f"{name} is a day: give a datetime.date or YYYY-MM-DD, not a datetime",
                f"{name} {_vi_field('date')} (YYYY-MM-DD), không kèm giờ",
            )
        )
    if isinstance(value, str) and not _DATE.fullmatch(value):
        raise InvalidInput(msg("errors.bad_date_text", name=name, value=repr(value[:60])))
    found = read_date_or_instant(value, name)
    assert not isinstance(found, datetime)  # only text YYYY-MM-DD or a date reach here
    return found


def _day_field(value: object, info: ValidationInfo) -> date:
    return read_date(value, info.field_name or "value")


def _field(value: object, info: ValidationInfo) -> date | datetime:
    return read_date_or_instant(value, info.field_name or "value")


def _iso(value: date | datetime) -> str:
    return value.isoformat()


class _IsoInJson:
    """What ``PlainSerializer(_iso, return_type=str, when_used="json")`` does, without
    importing ``pydantic.functional_serializers`` (a millisecond of a first request)."""

    __slots__ = ()

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        schema = handler(source)
        schema["serialization"] = core_schema.plain_serializer_function_ser_schema(
            _iso, info_arg=False, return_schema=core_schema.str_schema(), when_used="json"
        )
        return schema


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
    _IsoInJson(),
    WithJsonSchema(DATE_OR_INSTANT_SCHEMA),
]
"""Field type: a date, or an instant with an offset converted to Vietnam time."""

DateOnly = Annotated[
    date,
    PlainValidator(_day_field),
    _IsoInJson(),
    WithJsonSchema({"type": "string", "format": "date"}),
]
"""Field type: a day (``datetime.date`` or ``YYYY-MM-DD``), never a datetime or a number."""


# pydantic error type -> the key of its Vietnamese (errors.field.<key>)
_FIELD_KEYS = {
    "literal_error": "literal",
    "enum": "literal",
    "missing": "missing",
    "extra_forbidden": "extra",
    "int_type": "int",
    "int_parsing": "int",
    "int_from_float": "int",
    "float_type": "number",
    "float_parsing": "number",
    "finite_number": "number",
    "greater_than_equal": "ge",
    "greater_than": "gt",
    "less_than_equal": "le",
    "less_than": "lt",
    "bool_type": "bool",
    "bool_parsing": "bool",
    "string_type": "string",
    "string_too_short": "empty",
    "date_type": "date",
    "date_parsing": "date",
    "date_from_datetime_inexact": "date",
    "date_from_datetime_parsing": "date",
    "datetime_type": "datetime",
    "datetime_parsing": "datetime",
    "datetime_from_date_parsing": "datetime",
    "timezone_aware": "datetime",
    "time_type": "time",
    "time_parsing": "time",
    "tuple_type": "sequence",
    "list_type": "sequence",
    "dict_type": "mapping",
    "model_type": "model",
    "model_attributes_type": "model",
    "dataclass_type": "model",
}


@public
def describe(exc: ValidationError) -> str:
    """One line per problem: ``field: what was wrong``."""
    if not isinstance(exc, ValidationError):
        raise InvalidInput(
            msg(
                "errors.takes",
                call="describe",
                expected=msg("errors.type.validation_error"),
                got=type(exc).__name__,
            )
        )
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
        text = err["msg"].removeprefix("Value error, ")
        parts.append(f"{loc}: {text} (got {shown})")
    return "; ".join(parts)


def _vi(err: Any) -> str:
    """The Vietnamese of one pydantic problem (its English marked when there is none)."""
    from accessinfo.core.messages import UNTRANSLATED_VI

    ctx = err.get("ctx") or {}
    cause = ctx.get("error")
    if err["type"] in ("value_error", "assertion_error") and isinstance(cause, AccessInfoError):
        if cause.detail_vi is not None:
            return cause.detail_vi
    key = _FIELD_KEYS.get(err["type"])
    if key is None:
        return UNTRANSLATED_VI + str(err["msg"])
    expected = str(ctx.get("expected", "")).replace(" or ", ", ")
    limit = next((ctx[k] for k in ("ge", "gt", "le", "lt") if k in ctx), "")
    return msg(
        f"errors.field.{key}",
        expected=expected,
        limit=limit,
        model=ctx.get("class_name", ""),
    ).vi


def _nested(err: Any) -> bool:
    """A problem raised as an AccessInfoError (a nested model, a validator): its own words."""
    return isinstance((err.get("ctx") or {}).get("error"), AccessInfoError)


@public
def input_error(model: str, exc: ValidationError) -> InvalidInput:
    """The ``InvalidInput`` for a model's ``ValidationError``, in English and Vietnamese."""
    if not isinstance(model, str) or not isinstance(exc, ValidationError):
        raise InvalidInput(msg("errors.input_error_args"))
    problems_vi = "; ".join(
        msg(
            "errors.field.nested" if _nested(err) else "errors.field.problem",
            loc=".".join(str(p) for p in err["loc"]) or "input",
            what=Text("", _vi(err)),
            value=repr(err.get("input")),
        ).vi
        for err in exc.errors()
    )
    en = describe(exc)
    en = en if en.startswith(f"{model}: ") else f"{model}: {en}"
    vi = problems_vi if problems_vi.startswith(f"{model}: ") else f"{model}: {problems_vi}"
    return InvalidInput(Text(en, vi))


def _refused(cls: type[BaseModel], exc: ValidationError) -> InvalidInput:
    return input_error(cls.__name__, exc)


_SCALARS: dict[type[BaseModel], dict[str, type]] = {}


def _scalar_kind(annotation: Any) -> type | None:
    """``int`` or ``bool`` for a field typed ``int``/``bool`` (optionally ``| None``)."""
    while typing.get_origin(annotation) is Annotated:
        annotation = typing.get_args(annotation)[0]
    if annotation in (int, bool):
        return annotation  # type: ignore[no-any-return]  # checked just above
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        kinds = {_scalar_kind(a) for a in typing.get_args(annotation) if a is not type(None)}
        if len(kinds) == 1:
            return kinds.pop()
    return None


def _scalar_fields(cls: type[BaseModel]) -> dict[str, type]:
    found = _SCALARS.get(cls)
    if found is None:
        found = {}
        for name, info in cls.model_fields.items():
            kind = _scalar_kind(info.annotation)
            if kind is not None:
                found[info.alias or name] = kind
        _SCALARS[cls] = found
    return found


class InputModel(BaseModel):
    """Frozen, strict-extra model whose validation errors become ``InvalidInput``.

    Whole numbers and flags are strict in every subclass: a field typed ``int`` takes an
    ``int`` (not ``True``, ``"3"`` or ``3.0``), a field typed ``bool`` takes ``True`` or
    ``False`` (not ``1`` or ``"yes"``), from Python and from JSON alike.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    @model_validator(mode="before")
    @classmethod
    def _strict_scalars(cls, data: Any) -> Any:
        if isinstance(data, dict):
            for name, kind in _scalar_fields(cls).items():
                value = data.get(name)
                if value is None:
                    continue
                if kind is bool and type(value) is not bool:
                    raise InvalidInput(
                        Text(
                            f"{name} must be True or False, got {value!r:.40}",
                            f"{name} {_vi_field('bool')} (giá trị đã cho: {value!r:.40})",
                        )
                    )
                if kind is int and (type(value) is not int):
                    raise InvalidInput(
                        Text(
                            f"{name} must be a whole number (int), got {value!r:.40}",
                            f"{name} {_vi_field('int')} (giá trị đã cho: {value!r:.40})",
                        )
                    )
        return data

    def __init__(self, **data: Any) -> None:
        try:
            super().__init__(**data)
        except ValidationError as exc:
            raise _refused(type(self), exc) from None

    @classmethod
    def model_validate(cls, obj: Any, **kwargs: Any) -> Any:
        try:
            return super().model_validate(obj, **kwargs)
        except TypeError as exc:  # a wrong keyword (e.g. strict="yes")
            call = f"{cls.__name__}.model_validate"
            raise InvalidInput(msg("errors.call.other", call=call, problem=str(exc))) from None
        except ValidationError as exc:
            raise _refused(cls, exc) from None

    @classmethod
    def model_validate_json(cls, json_data: str | bytes | bytearray, **kwargs: Any) -> Any:
        try:
            return super().model_validate_json(json_data, **kwargs)
        except TypeError as exc:
            call = f"{cls.__name__}.model_validate_json"
            raise InvalidInput(msg("errors.call.other", call=call, problem=str(exc))) from None
        except ValidationError as exc:
            raise _refused(cls, exc) from None
