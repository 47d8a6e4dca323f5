"""Fixtures of the service tests: one application in process, one real server on loopback.

The suite blocks the network (tests/conftest.py). These tests talk to a server this fixture
starts on 127.0.0.1, so they reopen loopback only: any other address is still refused.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Iterator
from typing import Any

import pytest

from accessinfo.surfaces.service import ServiceSettings, create_app

# the real socket functions, taken before the session fixture blocks them
_CONNECT = socket.socket.connect
_CONNECT_EX = socket.socket.connect_ex
_CREATE_CONNECTION = socket.create_connection
_GETADDRINFO = socket.getaddrinfo
LOOPBACK = ("127.0.0.1", "localhost", "::1")


def _host(address: Any) -> str | None:
    return address[0] if isinstance(address, tuple) and address else None


def _check(host: str | None) -> None:
    if host not in LOOPBACK:
        raise RuntimeError(f"network access is blocked in the test suite; {host!r} is not loopback")


def _connect(self: socket.socket, address: Any) -> Any:
    _check(_host(address))
    return _CONNECT(self, address)


def _connect_ex(self: socket.socket, address: Any) -> Any:
    _check(_host(address))
    return _CONNECT_EX(self, address)


def _create_connection(address: Any, *args: Any, **kwargs: Any) -> Any:
    _check(_host(address))
    return _CREATE_CONNECTION(address, *args, **kwargs)


def _getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
    _check(host.decode() if isinstance(host, bytes) else host)
    return _GETADDRINFO(host, *args, **kwargs)


@contextlib.contextmanager
def loopback_allowed() -> Iterator[None]:
    """Allow connections to 127.0.0.1 (and only there) inside the block."""
    mp = pytest.MonkeyPatch()
    mp.setattr(socket.socket, "connect", _connect)
    mp.setattr(socket.socket, "connect_ex", _connect_ex)
    mp.setattr(socket, "create_connection", _create_connection)
    mp.setattr(socket, "getaddrinfo", _getaddrinfo)
    try:
        yield
    finally:
        mp.undo()


@pytest.fixture
def loopback() -> Iterator[None]:
    """Allow connections to 127.0.0.1 (and only there) for one test."""
    with loopback_allowed():
        yield


@pytest.fixture(scope="session")
def app() -> Any:
    return create_app(ServiceSettings(max_trace_steps=200))


def make_client(app: Any) -> Any:
    """A TestClient that returns the service's own 500 answers instead of raising."""
    with warnings.catch_warnings():  # starlette asks for httpx2; httpx works the same here
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    return TestClient(app, raise_server_exceptions=False)


@pytest.fixture(scope="session")
def client(app: Any) -> Any:
    return make_client(app)


def free_port() -> int:
    s = socket.socket()
    try:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
    finally:
        s.close()


class Server:
    """A real ``accessinfo serve`` process on a free loopback port."""

    def __init__(self, *extra: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.log = tempfile.TemporaryFile()  # the server's stderr (a pipe could fill up)
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "accessinfo",
                "serve",
                "--port",
                str(self.port),
                "--log-level",
                "warning",
                *extra,
            ],
            stdout=subprocess.DEVNULL,
            stderr=self.log,
            env=env,
        )

    def wait(self, timeout: float = 120.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited {self.proc.returncode}: {self.stop()[-2000:]}")
            probe = socket.socket()
            probe.settimeout(1)
            try:
                _CONNECT(probe, ("127.0.0.1", self.port))  # the real connect, loopback only
                return
            except OSError:
                time.sleep(0.2)
            finally:
                probe.close()
        self.stop()
        raise RuntimeError("server did not start in time")

    def stop(self) -> str:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self.log.closed:
            return ""
        self.log.seek(0)
        text = self.log.read().decode(errors="replace")
        self.log.close()
        return text


@pytest.fixture(scope="session")
def server() -> Iterator[Server]:
    srv = Server()
    try:
        srv.wait()
        yield srv
    finally:
        srv.stop()
