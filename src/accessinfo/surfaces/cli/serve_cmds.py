"""``accessinfo serve``: the HTTP service (``docs/service.md``), run by uvicorn.

Safe by default: it binds to 127.0.0.1, takes bodies of at most 64 KiB, returns traces of at
most 2,000 steps and allows no cross-origin browser calls; each of these is an option. The
calendar is the packaged one, amended by ``--calendar-file`` (or ``ACCESSINFO_CALENDAR_FILE``),
read once at start. It needs the ``serve`` extra (``pip install 'accessinfo[serve]'``).
"""

from __future__ import annotations

import argparse
import sys
from typing import IO, Any

from accessinfo.surfaces.cli._common import EXIT_ERROR, EXIT_OK, parse_int

__all__ = ["register", "settings_from_args"]


def settings_from_args(a: argparse.Namespace) -> Any:
    """The ``ServiceSettings`` of the command line (validated); the calendar file, if any, is
    read here, once, at start."""
    from accessinfo.calendar import public_sector_calendar
    from accessinfo.calendar_files import configured_calendar
    from accessinfo.surfaces.service import ServiceSettings

    base = public_sector_calendar(culture_day_makeup=a.culture_day_makeup)
    return ServiceSettings(
        calendar=configured_calendar(a.calendar_file, base=base),
        host=a.host,
        port=parse_int(a.port, "--port"),
        max_body_bytes=parse_int(a.max_body, "--max-body"),
        max_trace_steps=parse_int(a.max_trace, "--max-trace"),
        cors_origins=tuple(a.cors_origin),
        docs=not a.no_docs,
        rules=not a.no_rules,
    )


def _cmd_serve(a: argparse.Namespace, out: IO[str]) -> int:
    settings = settings_from_args(a)
    try:
        import uvicorn

        from accessinfo.surfaces.service import create_app
    except ModuleNotFoundError as exc:
        sys.stderr.write(
            f"accessinfo: the service needs the serve extra ({exc.name} is missing): "
            "pip install 'accessinfo[serve]'\n"
        )
        return EXIT_ERROR
    app = create_app(settings)
    out.write(
        f"accessinfo {app.version}: serving on http://{settings.host}:{settings.port} "
        f"(OpenAPI at /openapi.json, docs at /docs); Ctrl+C stops it\n"
    )
    out.flush()
    uvicorn.run(
        app,
        host=settings.host,
        port=settings.port,
        workers=1,
        log_level=a.log_level,
        access_log=a.access_log,
        server_header=False,
        proxy_headers=bool(a.forwarded_allow_ips),
        forwarded_allow_ips=a.forwarded_allow_ips or None,
        timeout_keep_alive=5,
        limit_concurrency=a.limit_concurrency,
        h11_max_incomplete_event_size=16 * 1024,
    )
    return EXIT_OK


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    s = sub.add_parser(
        "serve",
        help="serve the library over HTTP with an OpenAPI document (needs accessinfo[serve])",
        description="Serve every answer of the library over HTTP (JSON, OpenAPI 3.1 at "
        "/openapi.json, interactive docs at /docs). Binds to 127.0.0.1 unless --host says "
        "otherwise.",
    )
    s.set_defaults(raw_handler=_cmd_serve)
    s.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    s.add_argument("--port", default="8000", help="port (default 8000)")
    s.add_argument(
        "--max-body", default=str(64 * 1024), metavar="BYTES", help="largest request body"
    )
    s.add_argument("--max-trace", default="2000", metavar="STEPS", help="longest trace returned")
    s.add_argument(
        "--cors-origin",
        action="append",
        default=[],
        metavar="ORIGIN",
        help="allow browser calls from ORIGIN (repeatable; default: none, CORS off)",
    )
    s.add_argument(
        "--forwarded-allow-ips",
        metavar="IPS",
        help="trust X-Forwarded-* from these proxy addresses (default: trust none)",
    )
    s.add_argument(
        "--limit-concurrency",
        type=int,
        default=None,
        metavar="N",
        help="answer 503 beyond N connections at once (default: no limit)",
    )
    s.add_argument(
        "--calendar-file",
        metavar="PATH",
        help="amend the calendar with a calendar file, read once at start (default: the file "
        "named by $ACCESSINFO_CALENDAR_FILE, if set)",
    )
    s.add_argument(
        "--culture-day-makeup",
        action="store_true",
        help="give a compensatory day when 24/11 falls on a weekend (not the default reading)",
    )
    s.add_argument("--no-docs", action="store_true", help="do not serve /docs and /redoc")
    s.add_argument(
        "--no-rules", action="store_true", help="do not serve POST /v1/rules/<id> per rule"
    )
    s.add_argument(
        "--log-level",
        default="info",
        choices=("critical", "error", "warning", "info", "debug"),
    )
    s.add_argument("--access-log", action="store_true", help="log every request")
