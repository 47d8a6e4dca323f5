"""The HTTP service: the library's answers for systems that are not written in Python.

``accessinfo serve`` (``pip install 'accessinfo[serve]'``) starts it with uvicorn; in Python,
``create_app(ServiceSettings(...))`` returns the ASGI application. Every operation is a
library function served under ``/v1``: the request body holds the function's arguments (the
library's own models), the response is the Decision as
:func:`~accessinfo.surfaces.schema.load_decision` reads it, plus ``versions`` (library,
calendar, law) and ``localized`` (the explanation and caveats in the language asked for with
``Accept-Language``). Errors are ``application/problem+json`` documents carrying the
library's error code. ``docs/service.md`` describes the endpoints, the limits and the
guarantees.

>>> s = ServiceSettings()
>>> s.host, s.max_body_bytes, s.cors_origins
('127.0.0.1', 65536, ())
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from accessinfo.calendar import PUBLIC_SECTOR, WorkingCalendar
from accessinfo.core.messages import msg
from accessinfo.core.signature import public
from accessinfo.errors import InvalidInput

if TYPE_CHECKING:
    from fastapi import FastAPI

__all__ = ["ServiceSettings", "create_app"]


@dataclass(frozen=True)
class ServiceSettings:
    """How the service runs. The defaults are the safe ones.

    ``host``: the address to bind (loopback unless told otherwise). ``max_body_bytes``: the
    largest request body accepted (413 beyond). ``max_trace_steps``: the longest trace
    returned (a longer one is refused with ``trace-too-long``). ``cors_origins``: origins
    allowed to call the service from a browser (none: CORS off). ``calendar``: the working
    calendar every answer uses (an agency's amended calendar, read once at start).
    ``docs``: serve the interactive documentation at ``/docs`` and ``/redoc``. ``rules``:
    serve ``POST /v1/rules/<rule id>`` for every registered rule (the facades are always
    served).
    """

    host: str = "127.0.0.1"
    port: int = 8000
    max_body_bytes: int = 64 * 1024
    max_trace_steps: int = 2000
    cors_origins: tuple[str, ...] = ()
    calendar: WorkingCalendar = field(default=PUBLIC_SECTOR)
    docs: bool = True
    rules: bool = True

    def __post_init__(self) -> None:
        if not isinstance(self.host, str) or not self.host:
            raise InvalidInput(
                msg(
                    "errors.must_be",
                    name="host",
                    expected="an address",
                    got=type(self.host).__name__,
                )
            )
        for name in ("port", "max_body_bytes", "max_trace_steps"):
            value = getattr(self, name)
            if type(value) is not int or value < 0 or (name == "port" and value > 65535):
                raise InvalidInput(
                    msg("errors.whole_in_range", name=name, low=0, high="∞", value=f"{value!r:.60}")
                )
        if not isinstance(self.cors_origins, tuple) or not all(
            isinstance(o, str) and o for o in self.cors_origins
        ):
            raise InvalidInput(
                msg(
                    "errors.must_be",
                    name="cors_origins",
                    expected="tuple[str, ...]",
                    got=type(self.cors_origins).__name__,
                )
            )
        if not isinstance(self.calendar, WorkingCalendar):
            raise InvalidInput(
                msg(
                    "errors.must_be",
                    name="calendar",
                    expected="WorkingCalendar",
                    got=type(self.calendar).__name__,
                )
            )


@public
def create_app(settings: ServiceSettings | None = None) -> FastAPI:
    """The ASGI application (needs the ``serve`` extra)."""
    from accessinfo.surfaces.service.app import build

    return build(ServiceSettings() if settings is None else settings)
