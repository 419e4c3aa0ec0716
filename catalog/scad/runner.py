"""Running OpenSCAD on a design: a fresh copy of its folder, `-D` per parameter, a time limit, a cancel.

The design's files are written into a new temporary folder and OpenSCAD runs there with a bare
environment (its home and library path inside that folder), so what it reads by relative name is the
design's own files and what it writes stays there. Python never evaluates the `.scad` code.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from catalog.scad.diagnostics import diagnose
from catalog.scad.executable import OpenScad
from i18n import _

DEFAULT_TIMEOUT_S = 600.0
_POLL_S = 0.1
MAX_LOG_CHARS = 200_000
OUTPUT_NAME = "heliofab-render.stl"

CancelFn = Callable[[], bool]


class RenderError(Exception):
    """OpenSCAD did not produce a solid; the message is one sentence for the operator."""


class RenderTimeoutError(RenderError):
    pass


class RenderCancelledError(RenderError):
    pass


@dataclass(frozen=True)
class RenderOutput:
    stl: bytes
    seconds: float
    warnings: tuple[str, ...]
    log: str


def assignments(literals: Mapping[str, str]) -> list[str]:
    """`-D name=value` arguments; values are already OpenSCAD literals (see catalog.scad.literals)."""
    args: list[str] = []
    for name, literal in literals.items():
        args += ["-D", f"{name}={literal}"]
    return args


def render_stl(openscad: OpenScad, files: Mapping[str, bytes], main: str, literals: Mapping[str, str], *,
               timeout_s: float = DEFAULT_TIMEOUT_S, is_cancelled: CancelFn | None = None) -> RenderOutput:
    """Render `main` with `literals` (name -> OpenSCAD literal); raises RenderError with a plain reason."""
    root = Path(tempfile.mkdtemp(prefix="heliofab-scad-"))
    try:
        work = root / "design"
        for name, data in files.items():
            target = work.joinpath(*PurePosixPath(name).parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        home = root / "home"
        home.mkdir()
        output = root / "out" / OUTPUT_NAME
        output.parent.mkdir()
        main_path = work.joinpath(*PurePosixPath(main).parts)
        command = [str(openscad.path), "-o", str(output), "--export-format", "binstl",
                   *assignments(literals), str(main_path)]
        if openscad.version.startswith(("2015", "2019")):
            command.remove("--export-format")
            command.remove("binstl")  # older releases write ASCII STL and do not know the option
        started = time.monotonic()
        log = _run(command, main_path.parent, _environment(home, work), root, timeout_s, is_cancelled)
        seconds = time.monotonic() - started
        diagnosis = diagnose(log, str(work))
        if diagnosis.problem is not None:
            raise RenderError(diagnosis.problem)
        if not output.is_file() or output.stat().st_size == 0:
            raise RenderError(_("OpenSCAD finished without writing a solid: check the parameters and the "
                                "design's files."))
        return RenderOutput(output.read_bytes(), seconds, diagnosis.warnings, log)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _environment(home: Path, work: Path) -> dict[str, str]:
    # Only what a program needs to start; nothing of the operator's settings, keys or paths.
    env = {"HOME": str(home), "OPENSCADPATH": str(work), "LC_ALL": "C", "LANG": "C",
           "PATH": os.environ.get("PATH", "")}
    if sys.platform.startswith("win"):
        for key in ("SYSTEMROOT", "SYSTEMDRIVE", "WINDIR", "COMSPEC", "PATHEXT"):
            if key in os.environ:
                env[key] = os.environ[key]
        for key in ("USERPROFILE", "APPDATA", "LOCALAPPDATA", "TEMP", "TMP"):
            env[key] = str(home)
    else:
        env["TMPDIR"] = str(home)
        env["XDG_CONFIG_HOME"] = str(home)
        env["XDG_CACHE_HOME"] = str(home)
    return env


def _run(command: list[str], cwd: Path, env: dict[str, str], root: Path, timeout_s: float,
         is_cancelled: CancelFn | None) -> str:
    log_path = root / "openscad.log"
    is_windows = sys.platform.startswith("win")
    with log_path.open("wb") as log_file:
        # The console goes to a file, not a pipe: a design that echoes a lot must not block on a full pipe.
        process = subprocess.Popen(
            command, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=log_file, stderr=subprocess.STDOUT,
            start_new_session=not is_windows,
            creationflags=getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0) if is_windows else 0,
        )
        deadline = time.monotonic() + timeout_s
        try:
            while True:
                try:
                    process.wait(timeout=_POLL_S)
                    break
                except subprocess.TimeoutExpired:
                    pass
                if is_cancelled is not None and is_cancelled():
                    _stop(process)
                    raise RenderCancelledError(_("Rendering cancelled: nothing was written."))
                if time.monotonic() > deadline:
                    _stop(process)
                    raise RenderTimeoutError(
                        _("OpenSCAD took longer than {timeout_s:g} s and was stopped: choose simpler "
                          "settings or allow more time (--timeout-s).").format(
                                timeout_s=timeout_s))
        except BaseException:
            _stop(process)
            raise
    with log_path.open("rb") as fh:
        return fh.read(MAX_LOG_CHARS).decode("utf-8", "replace")


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    if hasattr(os, "killpg"):
        try:
            os.killpg(process.pid, signal.SIGKILL)  # its own session: nothing it started survives it
        except (ProcessLookupError, PermissionError):
            pass
    else:
        process.kill()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
