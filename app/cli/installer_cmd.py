"""`heliofab installer DIR`: an installer stick, so that Heliofab travels between labs as catalogues do."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from app.cli.common import CliContext, CliError, CommandResult, add_json_flag
from app.paths import DataPaths


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "installer",
        help="write everything needed to install Heliofab with no network to a stick",
        description="Write Heliofab, every library it needs (one folder of wheels per platform and Python "
        "version), install.sh, install.bat and a README to DIR. The defaults cover this machine only: a lab "
        "making a stick for others should name them, e.g. --platforms windows,linux --python-versions 3.11,3.12.",
    )
    p.add_argument("dest", metavar="DIR", type=Path, help="the stick (or a folder on it)")
    p.add_argument("--platforms", metavar="LIST", help="windows, linux, macos, comma-separated (default: this one)")
    p.add_argument("--python-versions", metavar="LIST",
                   help="Python versions of the laptops, e.g. 3.11,3.12 (default: the one running this)")
    p.add_argument("--python-installer-dir", metavar="FOLDER", type=Path,
                   help="a folder holding python.org's python-3.*-amd64.exe, copied to the stick for Windows")
    p.add_argument("--offline", action="store_true",
                   help="do not download: copy the wheels this installation was made from")
    p.add_argument("--source", metavar="DIR", type=Path,
                   help="build Heliofab's wheel from this source folder instead of the running copy")
    p.add_argument("--language", metavar="LANG", choices=("en", "fr", "es"),
                   help="the README's language (default: the lab's language setting)")
    add_json_flag(p)
    p.set_defaults(func=installer)


def installer(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from app.installer import InstallerError, StickOptions, make_installer_stick, readme_language

    options = StickOptions(
        platforms=args.platforms,
        python_versions=args.python_versions,
        python_installer_dir=args.python_installer_dir,
        is_offline=args.offline,
        source_dir=args.source,
        language=args.language or readme_language(_lab_language(ctx)),
    )
    try:
        report = make_installer_stick(args.dest, options, progress=_ProgressPrinter())
    except InstallerError as exc:
        raise CliError(str(exc)) from exc
    lines = [f"Heliofab {report.version} installer written to {report.folder} ({report.total_bytes / 1e6:.0f} MB)"
             f"{', from this installation (no network)' if report.is_offline else ''}. It installs on:"]
    lines += [f"  {target.label}" for target in report.targets]
    lines += [f"Not on the stick: {label} ({why})." for label, why in report.skipped]
    if report.python_installer:
        lines.append(f"Windows: the README says to run {report.python_installer} first.")
    lines.append("On each laptop: run install.sh (Linux, macOS) or install.bat (Windows) from the stick.")
    return CommandResult(report.to_json(), "\n".join(lines))


def _lab_language(ctx: CliContext) -> str:
    """The lab's language setting, read only from an existing database: making a stick creates no lab."""
    if ctx.is_demo or not DataPaths(ctx.data_dir).db_file.is_file():
        return ""
    from app.database import open_database
    from app.settings import SettingsStore, UiSettings

    database = open_database(ctx.data_dir)
    try:
        return SettingsStore(database.session_factory).load(UiSettings).language
    finally:
        database.engine.dispose()


class _ProgressPrinter:
    """One line per step on stderr (stdout stays for the result and --json), at most one a second."""

    def __init__(self) -> None:
        self._last_s = 0.0
        self._last_message = ""

    def __call__(self, fraction: float, message: str) -> None:
        now = time.monotonic()
        if message == self._last_message or (now - self._last_s < 1.0 and fraction < 1.0):
            return
        self._last_s, self._last_message = now, message
        print(f"[{fraction * 100:3.0f}%] {message}", file=sys.stderr, flush=True)
