"""Heliofab's own wheel from a source tree (the checkout this code runs from, the folder the command
runs in, or one named), or the one this copy was installed from (kept beside it by install.sh/install.bat)."""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import app
from app.installer.errors import InstallerError
from app.installer.pip_runner import CancelFn, run_pip
from i18n import _

# Nothing of these goes into the wheel; copying the tree without them keeps the build quick and keeps
# pip's build/ folder out of a checkout that others may be editing.
_NOT_SOURCE = (".git", ".venv", ".ci-venv", "build", "dist", "*.egg-info", "__pycache__", ".hypothesis",
               ".pytest_cache", "out", "tests", "bench", "*.whl")


def source_tree() -> Path | None:
    """The checkout this code runs from (an editable install), or None for an installed copy."""
    root = Path(app.__file__).resolve().parent.parent
    return root if is_source_tree(root) else None


def working_source_tree() -> Path | None:
    """The folder the command runs in, when it is Heliofab's source: `heliofab installer` typed there."""
    try:
        folder = Path.cwd()
    except OSError:  # the folder was removed under the shell
        return None
    return folder if is_source_tree(folder) else None


def is_source_tree(root: Path) -> bool:
    pyproject = root / "pyproject.toml"
    if not pyproject.is_file():
        return False
    try:
        text = pyproject.read_text(encoding="utf-8")
    except OSError:
        return False
    # A line match, not tomllib: Python 3.10 has no TOML reader and this needs no more.
    return re.search(r'^name\s*=\s*"heliofab"\s*$', text, re.MULTILINE) is not None


def build_wheel(
    root: Path,
    dest: Path,
    *,
    build_tools: Path | None,
    on_line: Callable[[str], None],
    is_cancelled: CancelFn,
) -> Path:
    """`pip wheel --no-deps` of the source tree into `dest`. With no network, `build_tools` (a folder
    holding setuptools and wheel wheels) stands in for the index that build isolation would use."""
    if not is_source_tree(root):
        raise InstallerError(_("{root} is not a Heliofab source tree (no pyproject.toml naming heliofab): "
                               "name the folder holding Heliofab's pyproject.toml.").format(
                root=root))
    with tempfile.TemporaryDirectory(prefix="heliofab-source-") as scratch:
        copy = Path(scratch) / "heliofab"
        shutil.copytree(root, copy, ignore=shutil.ignore_patterns(*_NOT_SOURCE))
        index = ["--no-index", "--find-links", str(build_tools)] if build_tools is not None else []
        result = run_pip(["wheel", "--no-deps", "--wheel-dir", str(dest), *index, str(copy)],
                         on_line=on_line, is_cancelled=is_cancelled)
    if not result.is_ok and result.is_without_network:
        raise InstallerError(
            _("Building Heliofab's wheel from its source needs setuptools from the network, and there is "
              "none: connect this computer, or make the stick from a copy installed with install.sh or "
              "install.bat.")
        )
    if not result.is_ok:
        raise InstallerError(_("Heliofab's wheel could not be built from {root}: {value}").format(
                root=root, value=result.last_error()))
    built = sorted(dest.glob("heliofab-*.whl"))
    if not built:
        raise InstallerError(_("Building Heliofab from {root} made no wheel: run `pip wheel --no-deps "
                               "{root}` to see why.").format(
                root=root))
    return built[-1]


def installed_wheel(folders: list[Path]) -> Path | None:
    """This very version's wheel among the folders an installation kept."""
    for folder in folders:
        for wheel in sorted(folder.glob(f"heliofab-{app.__version__}-*.whl")):
            return wheel
    return None
