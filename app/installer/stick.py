"""Making an installer stick: Heliofab's wheel, one complete wheel folder per machine, the install
scripts and a README, staged on the stick and renamed into place only once everything is checked."""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import app
from app.installer.errors import InstallerCancelledError, InstallerError
from app.installer.install_bat import INSTALL_BAT
from app.installer.install_sh import INSTALL_SH
from app.installer.pip_runner import is_index_disabled
from app.installer.readme import render_readme
from app.installer.rebuild import rebuild_wheel
from app.installer.source import build_wheel, installed_wheel, source_tree, working_source_tree
from app.installer.targets import Target, parse_python_versions, parse_systems, targets_for
from app.installer.wheels import (
    NoNetworkError,
    copy_folder,
    copy_wheels,
    download_folder,
    installation_folders,
    installation_wheels_dir,
)
from app.runtime_info import is_editable, own_dist_info
from catalog.stick import explain_write_error, format_bytes, space_shortage
from db.atomic_files import atomic_write_bytes, replace_with_retry
from i18n import _

PAYLOAD_DIR = "heliofab-installer"
STAGING_DIR = ".heliofab-installer.partial"
PREVIOUS_DIR = ".heliofab-installer.previous"
# Measured wheel folders (PySide6 Essentials is 70-85 % of each), rounded up: enough to refuse a
# stick that cannot hold them before hundreds of MB are downloaded for nothing.
ESTIMATED_FOLDER_BYTES = {"windows": 125_000_000, "linux": 150_000_000, "macos": 175_000_000}
_PYTHON_INSTALLER = re.compile(r"python-3\.(\d+)\.(\d+)-amd64\.exe", re.IGNORECASE)
_KEPT = "the stick keeps what it held before"

ProgressFn = Callable[[float, str], None]
CancelFn = Callable[[], bool]


@dataclass(frozen=True)
class StickOptions:
    platforms: str | None = None  # "windows,linux,macos"; None: this machine's
    python_versions: str | None = None  # "3.11,3.12"; None: the running Python's
    python_installer_dir: Path | None = None
    is_offline: bool = False
    source_dir: Path | None = None  # build Heliofab from this tree rather than the running copy's
    language: str = "en"


@dataclass(frozen=True)
class StickReport:
    folder: Path
    version: str
    targets: list[Target]
    skipped: list[tuple[str, str]]  # (target label, why)
    is_offline: bool
    total_bytes: int
    python_installer: str | None
    language: str

    def to_json(self) -> dict[str, Any]:
        return {
            "folder": str(self.folder),
            "version": self.version,
            "targets": [target.to_json() for target in self.targets],
            "skipped": [{"target": label, "reason": why} for label, why in self.skipped],
            "offline": self.is_offline,
            "total_bytes": self.total_bytes,
            "python_installer": self.python_installer,
            "language": self.language,
        }


@dataclass
class _Plan:
    targets: list[Target]
    sources: dict[Target, Path]  # offline: the kept folder each target is copied from
    skipped: list[tuple[str, str]]
    is_offline: bool


def make_installer_stick(
    dest: Path,
    options: StickOptions,
    *,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
) -> StickReport:
    """Write an installer for Heliofab to `dest` (a stick's root), or raise InstallerError and leave it as it was."""
    report_progress = progress or (lambda _fraction, _message: None)
    cancelled = is_cancelled or (lambda: False)
    dest = dest.expanduser().resolve()
    if dest.exists() and not dest.is_dir():
        raise InstallerError(_("{dest} is a file: name the stick's folder.").format(dest=dest))
    if not dest.exists() and not dest.parent.is_dir():
        raise InstallerError(_("{parent} does not exist: plug the stick in, or name a folder that exists.").format(
                parent=dest.parent))
    targets = list(targets_for(parse_systems(options.platforms), parse_python_versions(options.python_versions)))
    python_installer = _python_installer(options.python_installer_dir)
    kept = installation_folders(installation_wheels_dir())
    is_offline = options.is_offline or is_index_disabled()
    plan = _offline_plan(targets, kept) if is_offline else _Plan(targets, {}, [], False)
    _check_space(dest, plan, python_installer)

    with tempfile.TemporaryDirectory(prefix="heliofab-wheel-") as scratch:
        report_progress(0.0, "Preparing Heliofab's own wheel")
        heliofab_wheel = _heliofab_wheel(options.source_dir, Path(scratch), kept, plan.is_offline, cancelled)
        staging = dest / STAGING_DIR
        try:
            dest.mkdir(exist_ok=True)
            shutil.rmtree(staging, ignore_errors=True)
            (staging / "wheels").mkdir(parents=True)
            try:
                _fill(staging, plan, heliofab_wheel, report_progress, cancelled)
            except NoNetworkError:
                # No index reachable: fall back to the wheels this installation was made from.
                shutil.rmtree(staging / "wheels")
                (staging / "wheels").mkdir()
                plan = _offline_plan(targets, kept)
                _check_space(dest, plan, python_installer)
                _fill(staging, plan, heliofab_wheel, report_progress, cancelled)
            if python_installer is not None:
                (staging / "python").mkdir()
                shutil.copyfile(python_installer, staging / "python" / python_installer.name)
            if cancelled():
                raise InstallerCancelledError(f"Cancelled: {_KEPT}.")
            report_progress(0.98, "Writing the install scripts and README")
            total = sum(p.stat().st_size for p in staging.rglob("*") if p.is_file())
            _commit(dest, staging)
            _write_top_level(dest, options.language, plan, python_installer)
        except OSError as exc:
            shutil.rmtree(staging, ignore_errors=True)
            raise InstallerError(explain_write_error(exc, dest, _KEPT)) from exc
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    report_progress(1.0, "The installer stick is ready")
    return StickReport(
        folder=dest,
        version=app.__version__,
        targets=plan.targets,
        skipped=plan.skipped,
        is_offline=plan.is_offline,
        total_bytes=total,
        python_installer=python_installer.name if python_installer else None,
        language=options.language,
    )


def _python_installer(folder: Path | None) -> Path | None:
    if folder is None:
        return None
    if not folder.is_dir():
        raise InstallerError(_("{folder} is not a folder: name the folder holding python.org's Windows "
                               "installer.").format(
                folder=folder))
    found = [(int(m[1]), int(m[2]), p) for p in folder.iterdir() if (m := _PYTHON_INSTALLER.fullmatch(p.name))]
    if not found:
        raise InstallerError(_("{folder} holds no python-3.*-amd64.exe: put python.org's Windows installer "
                               "(64-bit) there, or leave out --python-installer-dir.").format(
                folder=folder))
    return max(found, key=lambda item: (item[0], item[1]))[2]


def _offline_plan(targets: list[Target], kept: dict[Target, Path]) -> _Plan:
    covered = [target for target in targets if target in kept]
    if not kept:
        raise InstallerError(
            _("There is no network, and this copy of Heliofab was not installed from a stick, so it keeps "
              "no wheels: make the stick where there is network, or from a copy installed with install.sh "
              "or install.bat.")
        )
    held = ", ".join(target.label for target in kept)
    if not covered:
        raise InstallerError(
            _("There is no network, and this copy of Heliofab keeps the wheels for {held} only: make the "
              "stick for one of those (--platforms, --python-versions), or where there is network.").format(
                    held=held)
        )
    why = f"no network, and this copy keeps the wheels for {held} only"
    return _Plan(covered, {target: kept[target] for target in covered},
                 [(target.label, why) for target in targets if target not in kept], True)


def _check_space(dest: Path, plan: _Plan, python_installer: Path | None) -> None:
    if plan.is_offline:
        sizes = [p.stat().st_size for folder in plan.sources.values() for p in folder.glob("*.whl")]
    else:
        sizes = [ESTIMATED_FOLDER_BYTES[target.system] for target in plan.targets]
    if python_installer is not None:
        sizes.append(python_installer.stat().st_size)
    shortage = space_shortage(dest, sizes)
    if shortage is not None:
        raise InstallerError(
            _("The stick has {value} free but this installer needs about {value2}: make room on it, use a "
              "bigger stick, or name fewer platforms or Python versions.").format(
                    value=format_bytes(shortage.free_bytes), value2=format_bytes(shortage.needed_bytes))
        )


def _heliofab_wheel(
    source_dir: Path | None, scratch: Path, kept: dict[Target, Path], is_offline: bool, cancelled: CancelFn
) -> Path:
    """This copy's own wheel: built from the source named or run from, else the one it was installed from,
    else made again from its installed files; a source folder the command runs in is the last resort."""
    source = source_dir.expanduser().resolve() if source_dir is not None else source_tree()
    if source is None:
        wheel = installed_wheel(list(kept.values()))
        if wheel is not None:
            return wheel
        dist_info = own_dist_info()
        if dist_info is not None and not is_editable(dist_info):
            return rebuild_wheel(dist_info, scratch)
        source = working_source_tree()
    if source is None:
        raise InstallerError(
            _("This copy of Heliofab is neither installed with pip nor run from its source folder, so it "
              "cannot make a wheel of itself: run the command in Heliofab's source folder, or name it with "
              "--source.")
        )
    # Offline, build isolation can still find setuptools and wheel in a kept folder.
    tools = next((folder for folder in kept.values() if any(folder.glob("setuptools-*.whl"))), None)
    return build_wheel(source, scratch, build_tools=tools if is_offline else None,
                       on_line=lambda _line: None, is_cancelled=cancelled)


def _fill(staging: Path, plan: _Plan, heliofab_wheel: Path, progress: ProgressFn, cancelled: CancelFn) -> None:
    share = 0.9 / len(plan.targets)
    for index, target in enumerate(plan.targets):
        start = 0.05 + index * share

        def target_progress(fraction: float, message: str, start: float = start) -> None:
            progress(start + share * max(0.0, min(1.0, fraction)), message)

        folder = staging / "wheels" / target.folder_name
        folder.mkdir()
        if plan.is_offline:
            copy_folder(target, plan.sources[target], folder, heliofab_wheel, progress=target_progress,
                        is_cancelled=cancelled)
        else:
            _download_then_copy(target, folder, heliofab_wheel, target_progress, cancelled)


def _download_then_copy(
    target: Target, folder: Path, heliofab_wheel: Path, progress: ProgressFn, cancelled: CancelFn
) -> None:
    """pip downloads into this computer's temporary folder, not onto the stick: it gives each file its
    permissions with chmod, which a FAT32/exFAT stick refuses on Linux."""
    with tempfile.TemporaryDirectory(prefix="heliofab-wheels-") as scratch:
        local = Path(scratch)
        shutil.copyfile(heliofab_wheel, local / heliofab_wheel.name)
        download_folder(target, local, local / heliofab_wheel.name,
                        progress=lambda fraction, message: progress(0.8 * fraction, message), is_cancelled=cancelled)
        copy_wheels(target, sorted(local.glob("*.whl")), folder,
                    progress=lambda fraction, message: progress(0.8 + 0.2 * fraction, message), is_cancelled=cancelled)


def _commit(dest: Path, staging: Path) -> None:
    """Swap the finished installer in with renames: a pulled stick holds the old one or the new one."""
    final = dest / PAYLOAD_DIR
    previous = dest / PREVIOUS_DIR
    shutil.rmtree(previous, ignore_errors=True)
    if final.exists():
        replace_with_retry(final, previous)
    try:
        replace_with_retry(staging, final)
    except BaseException:
        if previous.exists() and not final.exists():
            replace_with_retry(previous, final)
        raise
    shutil.rmtree(previous, ignore_errors=True)


def _write_top_level(dest: Path, language: str, plan: _Plan, python_installer: Path | None) -> None:
    readme = render_readme(language, version=app.__version__, targets=plan.targets,
                           skipped=[label for label, _why in plan.skipped],
                           python_installer=python_installer.name if python_installer else None)
    atomic_write_bytes(dest / "install.sh", INSTALL_SH.encode("utf-8"), is_private=False)
    atomic_write_bytes(dest / "install.bat", INSTALL_BAT.replace("\n", "\r\n").encode("utf-8"), is_private=False)
    # CRLF and a byte-order mark: Windows' Notepad then shows accents and line breaks right.
    atomic_write_bytes(dest / "README.txt", ("\ufeff" + readme.replace("\n", "\r\n")).encode("utf-8"), is_private=False)
