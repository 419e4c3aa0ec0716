"""Facts about this installation and machine that someone helping from afar asks for first.

Standard library only, and nothing here starts Qt: the command line reads these on every start.
"""

from __future__ import annotations

import locale
import platform
import shutil
import sys
import time
from pathlib import Path
from typing import Any

from app import __version__

# The libraries whose version changes what Heliofab does (the Qt bindings, the database, geometry, serial).
KEY_PACKAGES = (
    "PySide6-Essentials",
    "SQLAlchemy",
    "alembic",
    "numpy",
    "trimesh",
    "manifold3d",
    "mapbox-earcut",
    "shapely",
    "numpy-stl",
    "pyserial",
    "platformdirs",
    "cryptography",
    "pyqtgraph",
    "tzdata",
)


def is_frozen() -> bool:
    """True in a packaged build (PyInstaller and the like set sys.frozen)."""
    return bool(getattr(sys, "frozen", False))


def package_version(name: str) -> str:
    # Imported here: importlib.metadata costs tens of milliseconds, and most starts never ask.
    from importlib import metadata

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def qt_version() -> str:
    # Only ui/ imports Qt. In the window's process it is loaded already and can be asked; elsewhere
    # the PySide6 wheel's version is Qt's too, since each wheel carries the Qt it was built against.
    core = sys.modules.get("PySide6.QtCore")
    if core is not None:
        return str(core.qVersion())
    bindings = package_version("PySide6-Essentials")
    return "unknown (PySide6 not installed)" if bindings == "not installed" else f"{bindings} (bundled with PySide6)"


def versions() -> dict[str, Any]:
    return {
        "heliofab": __version__,
        "python": platform.python_version(),
        "python_implementation": platform.python_implementation(),
        "qt": qt_version(),
        "packages": {name: package_version(name) for name in KEY_PACKAGES},
    }


def platform_facts(data_dir: Path) -> dict[str, Any]:
    total, free = _disk_space(data_dir)
    return {
        "os": platform.system(),
        "os_release": platform.release(),
        "os_version": platform.version(),
        "machine": platform.machine(),
        "platform": platform.platform(),
        "locale": _locale_name(),
        "preferred_encoding": locale.getpreferredencoding(False),
        "filesystem_encoding": sys.getfilesystemencoding(),
        "stdout_encoding": getattr(sys.stdout, "encoding", None),
        "timezone": list(time.tzname),
        "utc_offset_min": -(time.altzone if time.localtime().tm_isdst > 0 else time.timezone) // 60,
        "is_frozen": is_frozen(),
        "executable": sys.executable,
        "data_dir": str(data_dir),
        "disk_total_bytes": total,
        "disk_free_bytes": free,
    }


def summary_line() -> str:
    """One line for the top of every run in the log."""
    frozen = "packaged build" if is_frozen() else "from source"
    return (
        f"Heliofab {__version__}, Python {platform.python_version()} ({platform.python_implementation()}), "
        f"{platform.platform()}, {frozen}"
    )


def _locale_name() -> str:
    try:
        language, encoding = locale.getlocale()
    except ValueError:  # an unparsable LANG (seen on minimal Linux images)
        return "unknown"
    return ".".join(part for part in (language, encoding) if part) or "C"


def _disk_space(folder: Path) -> tuple[int | None, int | None]:
    # The data folder may not exist yet (a failed first start): measure the disk it would be on.
    probe = folder
    while not probe.exists() and probe.parent != probe:
        probe = probe.parent
    try:
        usage = shutil.disk_usage(probe)
    except OSError:
        return None, None
    return usage.total, usage.free
