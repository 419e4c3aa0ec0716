"""Filling one wheel folder per target machine, and proving it installs Heliofab there with no network."""

from __future__ import annotations

import re
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from app.installer.closure import missing_requirements
from app.installer.errors import IncompleteWheelsError, InstallerCancelledError, InstallerError
from app.installer.pip_runner import CancelFn, PipResult, run_pip
from app.installer.targets import SYSTEMS, Target
from i18n import _

# Besides Heliofab: what `pip install --no-index --find-links` needs to build a source tree offline.
BUILD_TOOLS = ("setuptools", "wheel")
ROOTS = ("heliofab", *BUILD_TOOLS)
# A second pass names what a marker hid from pip; a third catches what those bring in turn.
_MARKER_PASSES = 3
_FOLDER_NAME = re.compile(r"(?P<system>[a-z]+)-(?P<machine>[a-z0-9_]+)-py(?P<python>3\.\d+)")

ProgressFn = Callable[[float, str], None]


class NoNetworkError(InstallerError):
    """pip could reach no package index: make the stick from this installation's wheels instead."""


def _target_flags(target: Target) -> list[str]:
    flags = ["--only-binary=:all:", "--implementation", "cp", "--python-version", target.python_version]
    for platform_tag in target.pip_platforms:
        flags += ["--platform", platform_tag]
    return flags


def _incomplete(target: Target, package: str, remedy: str) -> IncompleteWheelsError:
    return IncompleteWheelsError(
        f"No wheel of {package} fits {target.label}, so Heliofab cannot be installed there from this stick: {remedy}",
        package=package,
        target_label=target.label,
    )


def download_folder(
    target: Target,
    folder: Path,
    heliofab_wheel: Path,
    *,
    progress: ProgressFn,
    is_cancelled: CancelFn,
) -> None:
    """`pip download` everything for one machine into `folder` (which already holds Heliofab's wheel)."""
    remedy = (f"leave {target.system} or Python {target.python_version} out of the stick (--platforms, "
              "--python-versions); that package publishes no build for it.")
    seen = 0

    def on_line(line: str) -> None:
        nonlocal seen
        text = line.strip()
        if text.startswith(("Collecting ", "Downloading ", "Saved ", "File was already downloaded", "Processing ")):
            if text.startswith(("Collecting ", "Processing ")):
                seen += 1
            # About 30 packages make Heliofab; PySide6 alone is most of the bytes, hence the cap.
            progress(min(0.9, seen / 32), f"{target.label}: {text}")

    requirements: list[str] = [str(heliofab_wheel), *BUILD_TOOLS]
    for _pass in range(_MARKER_PASSES):
        result = run_pip(["download", "--dest", str(folder), "--progress-bar", "off", "--retries", "3",
                          "--timeout", "30", *_target_flags(target), *requirements],
                         on_line=on_line, is_cancelled=is_cancelled)
        _raise_for_download(result, target, remedy)
        missing = missing_requirements(folder, target, [str(heliofab_wheel_requirement(heliofab_wheel)), *BUILD_TOOLS])
        if not missing:
            break
        requirements = sorted({m.requirement for m in missing})
    verify_folder(target, folder, remedy=remedy, progress=progress, is_cancelled=is_cancelled)


def heliofab_wheel_requirement(wheel: Path) -> str:
    """`heliofab==0.1.0`, so the check looks for this very build."""
    version = wheel.name.split("-")[1]
    return f"heliofab=={version}"


def _raise_for_download(result: PipResult, target: Target, remedy: str) -> None:
    if result.is_ok:
        return
    if result.is_without_network:
        raise NoNetworkError(_("No network to download the wheels for {label}.").format(label=target.label))
    missing = result.missing_requirement()
    if missing:
        raise _incomplete(target, missing, remedy)
    raise InstallerError(_("pip could not download the wheels for {label}: {value}").format(
            label=target.label, value=result.last_error()))


def verify_folder(
    target: Target,
    folder: Path,
    *,
    remedy: str,
    progress: ProgressFn,
    is_cancelled: CancelFn,
) -> None:
    """Refuse a folder that would not install Heliofab on `target` with no network, naming the missing package."""
    progress(0.95, f"{target.label}: checking the wheels install with no network")
    heliofab = next(iter(sorted(folder.glob("heliofab-*.whl"))), None)
    if heliofab is None:
        raise _incomplete(target, "heliofab", remedy)
    roots = [heliofab_wheel_requirement(heliofab), *BUILD_TOOLS]
    with tempfile.TemporaryDirectory(prefix="heliofab-dry-run-") as scratch:
        result = run_pip(["install", "--dry-run", "--ignore-installed", "--no-index", "--find-links", str(folder),
                          "--target", scratch, *_target_flags(target), *roots], is_cancelled=is_cancelled)
    if not result.is_ok:
        raise _incomplete(target, result.missing_requirement() or result.last_error(), remedy)
    missing = missing_requirements(folder, target, roots)
    if missing:
        first = missing[0]
        raise _incomplete(target, f"{first.requirement} (needed by {first.needed_by})", remedy)


def target_of_folder(name: str) -> Target | None:
    match = _FOLDER_NAME.fullmatch(name)
    if match is None or match["system"] not in SYSTEMS:
        return None
    return Target(match["system"], match["machine"], match["python"])


def installation_wheels_dir() -> Path | None:
    """The `wheels/` that install.sh/install.bat keep beside the virtual environment they made."""
    if sys.prefix == sys.base_prefix:
        return None
    folder = Path(sys.prefix).parent / "wheels"
    return folder if folder.is_dir() else None


def installation_folders(root: Path | None) -> dict[Target, Path]:
    if root is None:
        return {}
    found: dict[Target, Path] = {}
    for child in sorted(root.iterdir()):
        target = target_of_folder(child.name)
        if target is not None and child.is_dir() and any(child.glob("heliofab-*.whl")):
            found[target] = child
    return found


def copy_wheels(
    target: Target,
    files: list[Path],
    folder: Path,
    *,
    progress: ProgressFn,
    is_cancelled: CancelFn,
) -> None:
    """Copy wheels onto the stick, bytes counted for the progress bar."""
    total = sum(p.stat().st_size for p in files) or 1
    done = 0
    for path in files:
        if is_cancelled():
            raise InstallerCancelledError(_("Cancelled: the stick keeps what it held before."))
        progress(min(0.9, done / total), f"{target.label}: copying {path.name} to the stick")
        # copyfile, not copy2: FAT32/exFAT sticks refuse chmod, and modes mean nothing to a wheel.
        shutil.copyfile(path, folder / path.name)
        done += path.stat().st_size


def copy_folder(
    target: Target,
    source: Path,
    folder: Path,
    heliofab_wheel: Path,
    *,
    progress: ProgressFn,
    is_cancelled: CancelFn,
) -> None:
    """Copy a kept wheel folder (offline) with this Heliofab's wheel, then prove it still installs Heliofab."""
    files = [p for p in sorted(source.glob("*.whl")) if p.is_file() and not p.name.startswith("heliofab-")]
    copy_wheels(target, [*files, heliofab_wheel], folder, progress=progress, is_cancelled=is_cancelled)
    verify_folder(target, folder,
                  remedy="make the stick on a machine with network, or from a copy of Heliofab installed on that "
                         "kind of machine.",
                  progress=progress, is_cancelled=is_cancelled)
