"""Base class for input models: bad input raises InvalidInput, never a bare ValidationError.

The message is in English (pydantic's words) and in Vietnamese (``errors.field.<type>`` in
``accessinfo/_messages/errors.toml``, one per kind of problem; a validator that raised an
``AccessInfoError`` with its Vietnamese keeps it; any other problem shows its English, marked).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from accessinfo.errors import AccessInfoError, InvalidInput

__all__ = ["InputModel", "describe", "input_error"]

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


def describe(exc: ValidationError) -> str:
    """One line per problem: ``field: what was wrong``."""
    parts = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in err["loc"]) or "input"
        parts.append(f"{loc}: {err['msg']} (got {err.get('input')!r})")
    return "; ".join(parts)


def _vi(err: Any) -> str:
    """The Vietnamese of one pydantic problem (its English marked when there is none)."""
    from accessinfo.core.messages import UNTRANSLATED_VI, msg

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


def input_error(model: str, exc: ValidationError) -> InvalidInput:
    """The ``InvalidInput`` for a model's ``ValidationError``, in English and Vietnamese."""
    from accessinfo.core.messages import Text, msg

    problems_vi = "; ".join(
        msg(
            "errors.field.nested" if _nested(err) else "errors.field.problem",
            loc=".".join(str(p) for p in err["loc"]) or "input",
            what=Text("", _vi(err)),
            value=repr(err.get("input")),
        ).vi
        for err in exc.errors()
    )
    return InvalidInput(Text(f"{model}: {describe(exc)}", f"{model}: {problems_vi}"))


class InputModel(BaseModel):
    """Frozen, strict-extra model whose validation errors become ``InvalidInput``."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    def __init__(self, **data: Any) -> None:
        try:
            super().__init__(**data)
        except ValidationError as exc:
            raise input_error(type(self).__name__, exc) from None

    @classmethod
    def model_validate(cls, obj: Any, **kwargs: Any) -> Any:
        try:
            return super().model_validate(obj, **kwargs)
        except ValidationError as exc:
            raise input_error(cls.__name__, exc) from None

    @classmethod
    def model_validate_json(cls, json_data: str | bytes | bytearray, **kwargs: Any) -> Any:
        try:
            return super().model_validate_json(json_data, **kwargs)
        except ValidationError as exc:
            raise input_error(cls.__name__, exc) from None
