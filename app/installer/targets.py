"""The machines a stick can install on: one operating system, processor and Python version each."""

from __future__ import annotations

import platform
import re
import sys
from dataclasses import dataclass

from app.installer.errors import InstallerError
from i18n import _

SYSTEMS = ("windows", "linux", "macos")
SYSTEM_LABELS = {"windows": "Windows", "linux": "Linux", "macos": "macOS"}
# Heliofab's own floor (requires-python) and the newest Python its dependencies publish wheels for.
OLDEST_PYTHON = (3, 10)
NEWEST_PYTHON = (3, 13)

# One `--platform` per compatible tag: pip does not widen `manylinux_2_28` to the older tags itself
# and would then pick odd builds (a pre-release cffi). glibc 2.28 keeps Ubuntu 20.04 and Debian 11
# laptops in, which is also why PySide6 6.9 rather than 6.10+ (glibc 2.34) lands on a Linux stick.
_LINUX_TAGS = tuple(f"manylinux_2_{minor}_x86_64" for minor in range(28, 16, -1)) + (
    "manylinux2014_x86_64",
    "manylinux2010_x86_64",
    "manylinux1_x86_64",
)


@dataclass(frozen=True)
class Target:
    """One wheel folder on the stick: `windows`/`amd64`, `linux`/`x86_64` or `macos`/`arm64`|`x86_64`."""

    system: str
    machine: str
    python_version: str  # "3.12"

    @property
    def folder_name(self) -> str:
        return f"{self.system}-{self.machine}-py{self.python_version}"

    @property
    def label(self) -> str:
        return f"{SYSTEM_LABELS[self.system]} ({self.machine}), Python {self.python_version}"

    @property
    def pip_platforms(self) -> tuple[str, ...]:
        if self.system == "windows":
            return ("win_amd64",)
        if self.system == "linux":
            return _LINUX_TAGS
        # pip widens a macOS tag to every older macOS release and to universal2 builds by itself.
        return (f"macosx_12_0_{self.machine}",)

    def marker_environment(self) -> dict[str, str]:
        """PEP 508 marker values on the target machine: pip judges markers on the machine that
        downloads, so a dependency meant only for Windows or Python 3.10 must be found by us."""
        system = {
            "windows": ("nt", "win32", "Windows", "AMD64"),
            "linux": ("posix", "linux", "Linux", "x86_64"),
            "macos": ("posix", "darwin", "Darwin", self.machine),
        }[self.system]
        return {
            "os_name": system[0],
            "sys_platform": system[1],
            "platform_system": system[2],
            "platform_machine": system[3],
            "python_version": self.python_version,
            "python_full_version": f"{self.python_version}.0",
            "implementation_name": "cpython",
            "implementation_version": f"{self.python_version}.0",
            "platform_python_implementation": "CPython",
            "platform_release": "",
            "platform_version": "",
        }

    def to_json(self) -> dict[str, str]:
        return {"system": self.system, "machine": self.machine, "python_version": self.python_version,
                "folder": self.folder_name}


def current_system() -> str:
    if sys.platform == "win32":
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    return "linux"


def current_python_version() -> str:
    return f"{sys.version_info[0]}.{sys.version_info[1]}"


def machines_of(system: str) -> tuple[str, ...]:
    if system == "windows":
        return ("amd64",)
    if system == "linux":
        return ("x86_64",)
    return ("arm64", "x86_64")


def current_machine() -> str:
    machine = platform.machine().lower()
    if machine in ("arm64", "aarch64"):
        return "arm64"
    return "amd64" if current_system() == "windows" else "x86_64"


def parse_systems(text: str | None) -> tuple[str, ...]:
    """`windows,linux` → ("windows", "linux"); None → this machine's system."""
    if not text:
        return (current_system(),)
    names: list[str] = []
    for raw in text.split(","):
        name = raw.strip().lower()
        if not name:
            continue
        if name not in SYSTEMS:
            raise InstallerError(_("Unknown platform {value!r}: name one or more of {value2}.").format(
                    value=raw.strip(), value2=', '.join(SYSTEMS)))
        if name not in names:
            names.append(name)
    if not names:
        raise InstallerError(_("Name at least one platform: {value}.").format(value=', '.join(SYSTEMS)))
    return tuple(names)


def parse_python_versions(text: str | None) -> tuple[str, ...]:
    """`3.11,3.12` → ("3.11", "3.12"); None → the Python running this command."""
    if not text:
        return (current_python_version(),)
    versions: list[str] = []
    for raw in text.split(","):
        value = raw.strip()
        if not value:
            continue
        match = re.fullmatch(r"3\.(\d{1,2})", value)
        oldest, newest = ".".join(map(str, OLDEST_PYTHON)), ".".join(map(str, NEWEST_PYTHON))
        if match is None or not OLDEST_PYTHON[1] <= int(match.group(1)) <= NEWEST_PYTHON[1]:
            raise InstallerError(_("Python {value} is not one Heliofab installs on: name versions from "
                                   "{oldest} to {newest}, such as 3.12.").format(
                    value=value, oldest=oldest, newest=newest))
        if value not in versions:
            versions.append(value)
    if not versions:
        raise InstallerError(_("Name at least one Python version, such as 3.12."))
    return tuple(versions)


def targets_for(systems: tuple[str, ...], python_versions: tuple[str, ...]) -> tuple[Target, ...]:
    return tuple(Target(system, machine, version) for system in systems for machine in machines_of(system)
                 for version in python_versions)


def current_target() -> Target:
    return Target(current_system(), current_machine(), current_python_version())
