"""`make bench-service`: load on one `accessinfo serve` worker over loopback.

Starts the service (one uvicorn worker, 127.0.0.1 only, a free port) in its own process, warms
it up, then runs CONNECTIONS concurrent keep-alive clients against
``POST /v1/requests/deadlines`` until REQUESTS answers have come back or SECONDS have passed,
whichever is first; then stops the server. Every answer is checked (status 200, the outcome's
``respond_by`` present); anything else (an error status, a reset, a timeout) counts as dropped.
Reports requests/s, p50, p90, p99 and max latency. Target (issue 14): at least 1,000 requests/s
on one worker with p99 at most 20 ms, nothing dropped.

The clients are a small asyncio HTTP/1.1 loop in this process (uvloop when installed), light
enough that the server, not the load generator, is what is measured; both share the machine,
so the figures are a lower bound for a dedicated server.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PATH = "/v1/requests/deadlines"


def free_port() -> int:
    s = socket.socket()
    try:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
    finally:
        s.close()


def bodies(n: int) -> list[bytes]:
    """``n`` request bodies: receipt days across 2019-2027, every channel and complexity."""
    out = []
    first = date(2019, 1, 1)
    channels = ("in_person", "electronic", "post", "fax")
    for i in range(n):
        day = first + timedelta(days=(i * 37) % 3200)
        body = {
            "request": {
                "received_at": f"{day.isoformat()}T09:30:00+07:00",
                "channel": channels[i % 4],
                "complexity": "complex" if i % 3 else "simple",
            }
        }
        out.append(json.dumps(body).encode())
    return out


def request_bytes(port: int, body: bytes) -> bytes:
    head = (
        f"POST {PATH} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    dropped: int = 0
    sent: int = 0
    reasons: dict[str, int] = field(default_factory=dict)

    def drop(self, why: str) -> None:
        self.dropped += 1
        self.reasons[why] = self.reasons.get(why, 0) + 1


async def read_response(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head[9:12])
    length = 0
    for line in head.split(b"\r\n")[1:]:
        if line[:15].lower() == b"content-length:":
            length = int(line[15:])
    return status, await reader.readexactly(length)


async def client(
    port: int,
    payloads: list[bytes],
    tally: Tally,
    budget: list[int],
    stop_at: float,
    record: bool,
    offset: int,
) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    i = offset
    try:
        while budget[0] > 0 and time.perf_counter() < stop_at:
            budget[0] -= 1
            tally.sent += 1
            data = payloads[i % len(payloads)]
            i += 1
            t0 = time.perf_counter()
            try:
                writer.write(data)
                status, body = await asyncio.wait_for(read_response(reader), timeout=10)
            except (TimeoutError, OSError, asyncio.IncompleteReadError) as exc:
                tally.drop(type(exc).__name__)
                writer.close()
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
                continue
            elapsed = time.perf_counter() - t0
            if status != 200 or b'"respond_by"' not in body:
                tally.drop(f"status {status}")
                continue
            if record:
                tally.latencies.append(elapsed)
    finally:
        writer.close()


async def load(
    port: int, connections: int, requests: int, seconds: float, record: bool
) -> tuple[Tally, float]:
    payloads = [request_bytes(port, b) for b in bodies(500)]
    tally = Tally()
    budget = [requests]
    t0 = time.perf_counter()
    stop_at = t0 + seconds
    await asyncio.gather(
        *(
            client(port, payloads, tally, budget, stop_at, record, k * 97)
            for k in range(connections)
        )
    )
    return tally, time.perf_counter() - t0


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[k]


def start_server(port: int) -> tuple[subprocess.Popen[bytes], object]:
    log = tempfile.TemporaryFile()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "accessinfo",
            "serve",
            "--port",
            str(port),
            "--log-level",
            "warning",
        ],
        stdout=subprocess.DEVNULL,
        stderr=log,
        cwd=ROOT,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            log.seek(0)
            raise SystemExit(f"server exited: {log.read().decode()[-2000:]}")
        s = socket.socket()
        try:
            s.connect(("127.0.0.1", port))
            return proc, log
        except OSError:
            time.sleep(0.2)
        finally:
            s.close()
    proc.kill()
    raise SystemExit("server did not start within 120 s")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (Linux /proc), in seconds."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:  # pragma: no cover - not Linux
        return float("nan")
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / ticks


def loadavg() -> str:
    try:
        return ", ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:  # pragma: no cover
        return "n/a"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    p.add_argument("--connections", type=int, default=8)
    p.add_argument("--requests", type=int, default=30_000, help="stop after this many")
    p.add_argument("--seconds", type=float, default=60.0, help="or after this long")
    p.add_argument("--warmup", type=int, default=1_000)
    p.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    a = p.parse_args(argv)
    try:
        import uvloop

        uvloop.install()
        loop_name = "uvloop"
    except ImportError:  # pragma: no cover
        loop_name = "asyncio"
    port = free_port()
    before = loadavg()
    proc, _log = start_server(port)
    try:
        asyncio.run(load(port, a.connections, a.warmup, 30.0, record=False))
        cpu0 = cpu_seconds(proc.pid)
        tally, wall = asyncio.run(load(port, a.connections, a.requests, a.seconds, record=True))
        server_cpu = cpu_seconds(proc.pid) - cpu0
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
    ok = len(tally.latencies)
    ms = [x * 1000 for x in tally.latencies]
    result = {
        "endpoint": f"POST {PATH}",
        "connections": a.connections,
        "requests_answered": ok,
        "requests_sent": tally.sent,
        "dropped": tally.dropped,
        "drop_reasons": tally.reasons,
        "seconds": round(wall, 2),
        "requests_per_second": round(ok / wall, 1) if wall else 0.0,
        "p50_ms": round(percentile(ms, 0.50), 2),
        "p90_ms": round(percentile(ms, 0.90), 2),
        "p99_ms": round(percentile(ms, 0.99), 2),
        "max_ms": round(max(ms), 2) if ms else float("nan"),
        "mean_ms": round(statistics.fmean(ms), 2) if ms else float("nan"),
        "server_cpu_ms_per_request": round(server_cpu * 1000 / ok, 3) if ok else float("nan"),
        "server_cpu_share": round(server_cpu / wall, 2) if wall else 0.0,
        "capacity_one_core_rps": round(ok / server_cpu) if server_cpu else float("nan"),
        "client_loop": loop_name,
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "load_before": before,
        "load_after": loadavg(),
    }
    met = (
        result["requests_per_second"] >= 1000 and result["p99_ms"] <= 20 and result["dropped"] == 0
    )
    for k, v in result.items():
        print(f"{k:<20} {v}")
    target = "(>= 1,000 req/s, p99 <= 20 ms, none dropped)"
    print(f"{'target met':<20} {'yes' if met else 'no'} {target}")
    if a.json:
        Path(a.json).write_text(json.dumps({**result, "target_met": met}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
