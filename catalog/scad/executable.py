"""Finding the OpenSCAD program: on PATH, or where its installers put it on Windows and macOS."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

ENV_OVERRIDE = "HELIOFAB_OPENSCAD"
_WINDOWS_PLACES = (
    r"C:\Program Files\OpenSCAD\openscad.exe",
    r"C:\Program Files (x86)\OpenSCAD\openscad.exe",
    r"C:\Program Files\OpenSCAD (Nightly)\openscad.exe",
)
_MACOS_PLACES = (
    "/Applications/OpenSCAD.app/Contents/MacOS/OpenSCAD",
    "~/Applications/OpenSCAD.app/Contents/MacOS/OpenSCAD",
)
VERSION_TIMEOUT_S = 20.0


@dataclass(frozen=True)
class OpenScad:
    path: Path
    version: str  # "2021.01", or "" when it would not say


def candidate_paths(platform: str = sys.platform, environ: Mapping[str, str] | None = None) -> list[Path]:
    """Where to look, in order: an explicit setting, PATH, then the installers' usual folders."""
    env = os.environ if environ is None else environ
    found: list[Path] = []
    if env.get(ENV_OVERRIDE):
        found.append(Path(env[ENV_OVERRIDE]).expanduser())
    for name in ("openscad", "openscad-nightly", "OpenSCAD"):
        on_path = shutil.which(name, path=env.get("PATH"))
        if on_path:
            found.append(Path(on_path))
    if platform.startswith("win"):
        program_files = [env.get("ProgramFiles", ""), env.get("ProgramW6432", ""), env.get("ProgramFiles(x86)", "")]
        found += [Path(base) / "OpenSCAD" / "openscad.exe" for base in program_files if base]
        found += [Path(p) for p in _WINDOWS_PLACES]
    elif platform == "darwin":
        found += [Path(p).expanduser() for p in _MACOS_PLACES]
    unique: list[Path] = []
    for path in found:
        if path not in unique:
            unique.append(path)
    return unique


def find_openscad(platform: str = sys.platform, environ: Mapping[str, str] | None = None) -> OpenScad | None:
    """The first OpenSCAD that exists and starts; None when this computer has none."""
    for path in candidate_paths(platform, environ):
        if path.is_file() and os.access(path, os.X_OK):
            version = _version(path)
            if version is not None:
                return OpenScad(path, version)
    return None


def _version(path: Path) -> str | None:
    try:
        completed = subprocess.run(
            [str(path), "--version"], capture_output=True, timeout=VERSION_TIMEOUT_S, check=False,
            stdin=subprocess.DEVNULL,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    # OpenSCAD prints "OpenSCAD version 2021.01" to stderr (older releases) or stdout (newer ones).
    text = (completed.stdout + completed.stderr).decode("utf-8", "replace")
    for word in text.split():
        if word[:1].isdigit():
            return word.strip()
    return ""
