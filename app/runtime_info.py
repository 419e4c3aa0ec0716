"""Facts about this installation and machine that someone helping from afar asks for first.

Standard library only, and nothing here starts Qt: the command line reads these on every start.
"""

from __future__ import annotations

import json
import locale
import platform
import re
import shutil
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import app
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


def own_dist_info() -> Path | None:
    """The `heliofab-*.dist-info` pip wrote beside the running `app` package: present when this very code
    was installed from a wheel (`pip install .` or a stick), absent in a checkout or a packaged build."""
    site = Path(app.__file__).resolve().parent.parent
    exact = site / f"heliofab-{__version__}.dist-info"
    if exact.is_dir():
        return exact
    # A version spelled otherwise in the folder name (0.1 for 0.1.0): the only one there, if it is alone.
    found = list(site.glob("heliofab-*.dist-info"))
    return found[0] if len(found) == 1 else None


def is_editable(dist_info: Path) -> bool:
    """What pip's direct_url.json (PEP 610) says: `pip install -e` leaves `"editable": true` there."""
    return editable_folder(dist_info) is not None


def editable_folder(dist_info: Path) -> Path | None:
    """The source folder an editable install points at, from its direct_url.json; None for any other install."""
    try:
        recorded = json.loads((dist_info / "direct_url.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(recorded, dict):
        return None
    dir_info, url = recorded.get("dir_info"), recorded.get("url")
    if not (isinstance(dir_info, dict) and dir_info.get("editable") is True and isinstance(url, str)):
        return None
    return _file_url_path(url)


def _file_url_path(url: str) -> Path | None:
    # urllib.request.url2pathname would do, but importing urllib.request costs every start 50 ms.
    parsed = urlsplit(url)
    if parsed.scheme != "file":
        return None
    path = unquote(parsed.path)
    if re.match(r"/[A-Za-z]:", path):  # file:///C:/Users/... on Windows
        path = path[1:]
    return Path(path)


def installation_kind() -> str:
    """How this copy runs, in the words the log and the doctor use: helping from afar starts there."""
    if is_frozen():
        return "packaged build"
    dist_info = own_dist_info()
    if dist_info is not None and not is_editable(dist_info):
        return "installed wheel"
    # An editable install leaves its dist-info in site-packages and the code in the checkout it names.
    checkout = Path(app.__file__).resolve().parent.parent
    for entry in sys.path:
        for candidate in Path(entry or ".").glob("heliofab-*.dist-info"):
            folder = editable_folder(candidate)
            if folder is not None and _same_folder(folder, checkout):
                return "editable install of a source folder"
    return "from a source folder"


def _same_folder(first: Path, second: Path) -> bool:
    try:
        return first.resolve() == second.resolve()
    except OSError:
        return False


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
        "installation": installation_kind(),
        "executable": sys.executable,
        "data_dir": str(data_dir),
        "disk_total_bytes": total,
        "disk_free_bytes": free,
    }


def summary_line() -> str:
    """One line for the top of every run in the log."""
    return (
        f"Heliofab {__version__}, Python {platform.python_version()} ({platform.python_implementation()}), "
        f"{platform.platform()}, {installation_kind()}"
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
