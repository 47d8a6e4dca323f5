"""Base class for input models: bad input raises InvalidInput, never a bare ValidationError."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from accessinfo.errors import InvalidInput

__all__ = ["InputModel", "describe"]


def describe(exc: ValidationError) -> str:
    """One line per problem: ``field: what was wrong``."""
    parts = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in err["loc"]) or "input"
        parts.append(f"{loc}: {err['msg']} (got {err.get('input')!r})")
    return "; ".join(parts)


class InputModel(BaseModel):
    """Frozen, strict-extra model whose validation errors become ``InvalidInput``."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    def __init__(self, **data: Any) -> None:
        try:
            super().__init__(**data)
        except ValidationError as exc:
            raise InvalidInput(f"{type(self).__name__}: {describe(exc)}") from None

    @classmethod
    def model_validate(cls, obj: Any, **kwargs: Any) -> Any:
        try:
            return super().model_validate(obj, **kwargs)
        except ValidationError as exc:
            raise InvalidInput(f"{cls.__name__}: {describe(exc)}") from None

    @classmethod
    def model_validate_json(cls, json_data: str | bytes | bytearray, **kwargs: Any) -> Any:
        try:
            return super().model_validate_json(json_data, **kwargs)
        except ValidationError as exc:
            raise InvalidInput(f"{cls.__name__}: {describe(exc)}") from None
