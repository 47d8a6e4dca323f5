"""The service's operations, generated from the facades' and the rules' signatures.

Each operation is a library function whose request body is built from its parameters: one
field per parameter, with the parameter's own type (so ``InformationRequest``, ``CostOrder``
… are the library's models, and a field another engineer adds to them appears in the service
at once), its default; a ``**readings`` parameter takes the other members of the body, as
keyword arguments are passed in Python (``"unpriced_sending": "raise"``). A ``WorkingCalendar``
parameter becomes the optional :class:`CalendarOptions` (agency overrides of the service's
calendar). The response is ``Decision[T]`` with ``T`` read from the function's return
annotation, as :func:`~accessinfo.surfaces.schema.load_decision` reads it back.

Nothing here imports the web framework: the operations are plain data, tested on their own.
"""

from __future__ import annotations

import importlib
import inspect
import re
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, create_model

from accessinfo.calendar import WorkingCalendar, public_sector_calendar
from accessinfo.core.decisions import Decision
from accessinfo.core.messages import msg
from accessinfo.core.rules import Rule, registry
from accessinfo.errors import InvalidInput
from accessinfo.surfaces.schema import decision_type, outcome_type

__all__ = [
    "FACADES",
    "GROUPS",
    "CalendarOptions",
    "Operation",
    "Versions",
    "facade_operations",
    "operation",
    "rule_operations",
]

# Facades with a path of their own: (path, "module:function", tag).
FACADES: tuple[tuple[str, str, str], ...] = (
    ("/v1/requests/deadlines", "accessinfo.tasks.requests:request_deadlines", "requests"),
    ("/v1/requests/timeline", "accessinfo.tasks.timeline:request_timeline", "requests"),
    ("/v1/access/eligibility", "accessinfo.tasks.access:eligibility", "access"),
    ("/v1/access/class", "accessinfo.tasks.access:access_class", "access"),
    ("/v1/access/refusal-grounds", "accessinfo.tasks.access:refusal_grounds", "access"),
    ("/v1/access/costs", "accessinfo.tasks.access:request_costs", "access"),
    ("/v1/access/disclosure-duty", "accessinfo.tasks.access:disclosure_duty", "access"),
    (
        "/v1/outages/suspension-notice-deadline",
        "accessinfo.tasks.outages:suspension_notice_deadline",
        "outages",
    ),
    ("/v1/outages/suspension-check", "accessinfo.tasks.outages:check_suspension_notice", "outages"),
    ("/v1/outages/incident-duties", "accessinfo.tasks.outages:incident_duties", "outages"),
    (
        "/v1/outages/data-sharing-suspension-notice-deadline",
        "accessinfo.tasks.outages:data_sharing_suspension_notice_deadline",
        "outages",
    ),
    (
        "/v1/outages/user-suspension-notice-deadline",
        "accessinfo.tasks.outages:user_suspension_notice_deadline",
        "outages",
    ),
)
# Facade modules whose every public function returning a Decision gets a path
# ``/v1/<prefix>/<function-name>``: a function added to the module is served at once.
GROUPS: tuple[tuple[str, str, str], ...] = (
    ("/v1/violations-db", "accessinfo.tasks.violations_db", "violations-db"),
    ("/v1/data-sharing", "accessinfo.tasks.data_sharing", "data-sharing"),
)


class CalendarOptions(BaseModel):
    """Agency overrides of the service's working calendar, for this request only."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    rest_days: tuple[date, ...] = Field(default=(), max_length=366)
    working_days: tuple[date, ...] = Field(default=(), max_length=366)
    culture_day_makeup: bool = False


class Versions(BaseModel):
    """What an answer was computed with: the library, the calendar and the legal data."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    library: str
    calendar: str
    law: str


class Localized(BaseModel):
    """The explanation and caveats in the language negotiated from ``Accept-Language``."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    lang: Literal["en", "vi"]
    explanation: str
    caveats: tuple[str, ...]


@dataclass(frozen=True)
class Operation:
    """One library function served over HTTP."""

    path: str
    function: Callable[..., Decision[Any]]
    body: type[BaseModel]
    outcome: Any
    tag: str
    operation_id: str
    summary: str
    description: str
    calendar_param: str | None = None
    readings_param: str | None = None
    positional_only: tuple[str, ...] = ()
    renamed: Mapping[str, str] = field(default_factory=dict)  # body field -> parameter

    @property
    def response(self) -> type[BaseModel]:
        return response_model(self.outcome)

    @property
    def has_due_dates(self) -> bool:
        return _has_due_dates(self.outcome)

    def call(self, body: BaseModel, calendar: WorkingCalendar) -> Decision[Any]:
        """Call the function with the body's values (and the calendar for this request)."""
        args: list[Any] = []
        kwargs: dict[str, Any] = {}
        values = {self.renamed.get(k, k): getattr(body, k) for k in type(body).model_fields}
        for name in self.positional_only:
            args.append(values.pop(name))
        if self.calendar_param is not None:
            options = values.pop(self.calendar_param, None)
            kwargs[self.calendar_param] = _calendar_for(calendar, options)
        if self.readings_param is not None:
            kwargs.update(body.model_extra or {})
        kwargs.update(values)
        return self.function(*args, **kwargs)


class _Body(BaseModel):
    """A request body: the function's arguments, nothing else."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class _ReadingsBody(BaseModel):
    """A body whose other members are readings (``**readings: str``)."""

    model_config = ConfigDict(extra="allow", frozen=True, populate_by_name=True)
    __pydantic_extra__: dict[str, str] = Field(init=False)


class _AnyReadingsBody(BaseModel):
    """A body whose other members are passed on as keyword arguments (``**readings``)."""

    model_config = ConfigDict(extra="allow", frozen=True, populate_by_name=True)
    __pydantic_extra__: dict[str, Any] = Field(init=False)


def _calendar_for(base: WorkingCalendar, options: CalendarOptions | None) -> WorkingCalendar:
    if options is None or options == _NO_OPTIONS:
        return base
    return _with_options(base, options)


_NO_OPTIONS = CalendarOptions()


@lru_cache(maxsize=64)
def _with_options(base: WorkingCalendar, options: CalendarOptions) -> WorkingCalendar:
    cal = base
    if options.culture_day_makeup:
        if base.name != "public_sector":
            raise InvalidInput(msg("errors.service.culture_day_makeup", name=repr(base.name)))
        cal = public_sector_calendar(culture_day_makeup=True)
    if options.rest_days or options.working_days:
        cal = cal.with_overrides(rest_days=options.rest_days, working_days=options.working_days)
    return cal


def _is_calendar(tp: Any) -> bool:
    return tp is WorkingCalendar or WorkingCalendar in typing.get_args(tp)


_SHADOWED = frozenset(dir(BaseModel))


def _camel(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^A-Za-z0-9]+", name))


def operation(path: str, fn: Callable[..., Any], tag: str) -> Operation:
    """The operation serving ``fn`` at ``path``: body fields from its signature."""
    target = inspect.unwrap(fn)
    sig = inspect.signature(target)
    try:
        hints = typing.get_type_hints(target)
    except Exception as exc:  # an annotation that does not resolve: a bug in the facade
        raise InvalidInput(
            msg("errors.service.signature", call=fn.__qualname__, why=str(exc))
        ) from None
    fields: dict[str, Any] = {}
    renamed: dict[str, str] = {}
    calendar_param = readings_param = None
    base: type[BaseModel] = _Body
    positional: list[str] = []
    for name, p in sig.parameters.items():
        tp = hints.get(name, Any)
        if p.kind is p.VAR_POSITIONAL:
            continue
        if p.kind is p.VAR_KEYWORD:
            readings_param = name
            base = _ReadingsBody if tp is str else _AnyReadingsBody
            continue
        if p.kind is p.POSITIONAL_ONLY:
            positional.append(name)
        default = ... if p.default is p.empty else p.default
        if _is_calendar(tp):
            calendar_param = name
            fields[name] = (CalendarOptions | None, None)
            continue
        key = name
        if name in _SHADOWED or name.startswith("model_"):
            key = f"{name}_"
            renamed[key] = name
            fields[key] = (tp, Field(default, alias=name))
        else:
            fields[key] = (tp, default)
    doc = inspect.getdoc(target) or fn.__name__
    summary, _, rest = doc.partition("\n")
    op_id = re.sub(r"[^A-Za-z0-9]+", "_", path.removeprefix("/v1/")).strip("_")
    body = create_model(f"{_camel(op_id)}Body", __base__=base, **fields)
    body.__doc__ = f"Arguments of {fn.__module__}.{fn.__name__}."
    return Operation(
        path=path,
        function=fn,
        body=body,
        outcome=outcome_type(fn),
        tag=tag,
        operation_id=op_id,
        summary=summary.strip().rstrip("."),
        description=(rest.strip() + f"\n\nPython: `{fn.__module__}.{fn.__name__}`").strip(),
        calendar_param=calendar_param,
        readings_param=readings_param,
        positional_only=tuple(positional),
        renamed=renamed,
    )


def _resolve(dotted: str) -> Callable[..., Any]:
    module, _, name = dotted.partition(":")
    fn = getattr(importlib.import_module(module), name)
    if not callable(fn):  # pragma: no cover - FACADES is ours
        raise InvalidInput(msg("errors.service.not_callable", name=dotted))
    return fn  # type: ignore[no-any-return]


def _returns_decision(fn: Callable[..., Any]) -> bool:
    try:
        ret = typing.get_type_hints(inspect.unwrap(fn)).get("return")
    except Exception:
        return False
    meta = getattr(ret, "__pydantic_generic_metadata__", None)
    origin = meta.get("origin") if meta else typing.get_origin(ret)
    return ret is Decision or origin is Decision or getattr(origin, "__name__", "") == "Finding"


def facade_operations() -> list[Operation]:
    """The facades (``FACADES``) and every Decision-returning function of ``GROUPS``."""
    ops = [operation(path, _resolve(dotted), tag) for path, dotted, tag in FACADES]
    for prefix, module_name, tag in GROUPS:
        module = importlib.import_module(module_name)
        for name in getattr(module, "__all__", ()):
            fn = getattr(module, name)
            if inspect.isfunction(fn) and _returns_decision(fn):
                ops.append(operation(f"{prefix}/{name.replace('_', '-')}", fn, tag))
    return ops


def rule_operations(rules: tuple[Rule, ...] | None = None) -> list[Operation]:
    """``POST /v1/rules/<rule id>`` for every registered rule: the golden cases' functions."""
    out = []
    for r in rules if rules is not None else registry():
        op = operation(f"/v1/rules/{r.id}", r.function, "rules")
        out.append(
            Operation(
                **{
                    **op.__dict__,
                    "operation_id": "rule_" + re.sub(r"[^A-Za-z0-9]+", "_", r.id),
                    "summary": f"{r.id}: {r.summary}".rstrip("."),
                }
            )
        )
    return out


@cache
def response_model(outcome: Any) -> type[BaseModel]:
    """``Decision[outcome]`` with the service's ``versions`` and ``localized`` members."""
    base = decision_type(outcome)
    name = re.sub(r"[^A-Za-z0-9]+", "_", base.__name__).strip("_")
    model: type[BaseModel] = create_model(
        f"{name}_Response",
        __base__=base,
        versions=(Versions, ...),
        localized=(Localized, ...),
    )
    model.__doc__ = (
        f"{base.__name__}, as accessinfo.load_decision reads it, with the versions it was "
        "computed with and its texts in the negotiated language."
    )
    return model


def _has_due_dates(outcome: Any) -> bool:
    if outcome is date or (
        typing.get_origin(outcome) in (typing.Union, __import__("types").UnionType)
        and date in typing.get_args(outcome)
    ):
        return True
    fields = getattr(outcome, "model_fields", None)
    if not fields:
        return False
    for name, info in fields.items():
        ann = info.annotation
        if name == "duties":
            return True
        if (name == "due" or name.endswith(("_by", "_due", "_day"))) and (
            ann is date or date in typing.get_args(ann)
        ):
            return True
    return False
