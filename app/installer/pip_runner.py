"""Running pip as a child process, line by line, so a long download shows progress and can be cancelled."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.installer.errors import InstallerCancelledError

LineFn = Callable[[str], None]
CancelFn = Callable[[], bool]

# What pip prints when no index can be reached at all, as opposed to a package that has no build
# for a machine: then the stick is made from the wheels this installation was made from instead.
_NO_NETWORK_SIGNS = (
    "NewConnectionError",
    "Failed to establish a new connection",
    "Temporary failure in name resolution",
    "Name or service not known",
    "nodename nor servname provided",
    "getaddrinfo failed",
    "Network is unreachable",
    "No route to host",
    "ConnectTimeoutError",
    "ProxyError",
    "Could not fetch URL",
    "connection broken",
)


@dataclass(frozen=True)
class PipResult:
    returncode: int
    lines: tuple[str, ...]

    @property
    def is_ok(self) -> bool:
        return self.returncode == 0

    @property
    def is_without_network(self) -> bool:
        return any(sign.lower() in line.lower() for line in self.lines for sign in _NO_NETWORK_SIGNS)

    def missing_requirement(self) -> str | None:
        """The requirement pip could not satisfy, from its closing line
        `ERROR: No matching distribution found for tzdata>=2024.1`."""
        for line in reversed(self.lines):
            marker = "No matching distribution found for "
            if marker in line:
                return line.split(marker, 1)[1].strip()
        return None

    def last_error(self) -> str:
        errors = [line.strip() for line in self.lines if line.strip().startswith("ERROR:")]
        if errors:
            return errors[-1].removeprefix("ERROR:").strip()
        tail = [line.strip() for line in self.lines if line.strip()]
        return tail[-1] if tail else f"pip stopped with code {self.returncode}"


def pip_environment() -> dict[str, str]:
    env = dict(os.environ)
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    env["PYTHONUNBUFFERED"] = "1"
    # Read as UTF-8 on every system: Windows consoles would otherwise get the ANSI code page.
    env["PYTHONIOENCODING"] = "utf-8"
    # A stray PIP_TARGET or PIP_USER would send a dry run somewhere else.
    for name in ("PIP_TARGET", "PIP_USER", "PIP_REQUIRE_VIRTUALENV", "PIP_PREFIX"):
        env.pop(name, None)
    return env


def is_index_disabled() -> bool:
    """pip told to use no index (PIP_NO_INDEX or its config file): there is no network to try."""
    value = os.environ.get("PIP_NO_INDEX", "").strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    try:
        listing = subprocess.run([sys.executable, "-m", "pip", "config", "list"], capture_output=True, text=True,
                                 env=pip_environment(), timeout=60, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    for line in listing.splitlines():
        key, _, raw = line.partition("=")
        if key.strip().endswith(".no-index") and raw.strip().strip("'\"").lower() in ("1", "true", "yes", "on"):
            return True
    return False


def run_pip(
    args: Sequence[str],
    *,
    on_line: LineFn | None = None,
    is_cancelled: CancelFn | None = None,
) -> PipResult:
    """Run `python -m pip ARGS`; stop it and raise InstallerCancelledError when the operator cancels."""
    process = subprocess.Popen(
        [sys.executable, "-m", "pip", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        text=True,
        encoding="utf-8",
        errors="replace",
        env=pip_environment(),
    )
    lines: queue.Queue[str | None] = queue.Queue()
    assert process.stdout is not None
    stdout = process.stdout

    def read() -> None:
        for line in stdout:
            lines.put(line.rstrip("\r\n"))
        lines.put(None)

    # A big wheel downloads for minutes without a line: reading in a thread keeps cancel responsive.
    reader = threading.Thread(target=read, name="heliofab-pip-output", daemon=True)
    reader.start()
    seen: list[str] = []
    try:
        while True:
            if is_cancelled is not None and is_cancelled():
                raise InstallerCancelledError("Cancelled: the stick keeps what it held before.")
            try:
                line = lines.get(timeout=0.2)
            except queue.Empty:
                continue
            if line is None:
                break
            seen.append(line)
            if on_line is not None:
                on_line(line)
        returncode = process.wait()
    except BaseException:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        raise
    finally:
        reader.join(timeout=5)
        stdout.close()
    return PipResult(returncode, tuple(seen))
