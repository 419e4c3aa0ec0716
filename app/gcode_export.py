"""Saving sliced G-code to a file of the operator's choosing (an SD card for a printer without a USB host).

The file is checked again against the printer profile it was sliced for just before it is written, so
what goes on the card is what the check passed; it is written whole or not at all.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass
from pathlib import Path

from app.slicing import UnsafeGcodeError
from db.atomic_files import atomic_write_bytes
from printers.gcode import (
    GcodeReadError,
    check_gcode,
    program_for_passes,
    read_gcode_lines,
)
from printers.profiles import PrinterProfile

GCODE_SUFFIXES = (".gcode", ".gco", ".g")


class GcodeExportError(Exception):
    """One operator-readable line: why the file was not written and what to do; nothing was written."""


@dataclass(frozen=True)
class SavedGcode:
    path: Path
    size_bytes: int
    printer_id: str


def gcode_target(path: Path) -> Path:
    """The name the file will have: printers' SD menus list only G-code names, so the suffix is added."""
    return path if path.suffix.lower() in GCODE_SUFFIXES else path.with_name(path.name + ".gcode")


def save_gcode(source: Path, destination: Path, printer: PrinterProfile) -> SavedGcode:
    """Check `source` for `printer` and write it to `destination` atomically.

    Raises UnsafeGcodeError (the check's problems with their lines) or GcodeExportError: nothing written.
    """
    target = gcode_target(Path(destination))
    try:
        lines = read_gcode_lines(source)
        report = check_gcode(program_for_passes(lines), printer)
    except GcodeReadError as exc:
        raise GcodeExportError(str(exc)) from exc
    if not report.is_safe:
        raise UnsafeGcodeError(report)
    if target.parent.exists() and not target.parent.is_dir():
        raise GcodeExportError(f"{target.parent} is not a folder: choose a folder on the card.")
    # The very lines the check passed are written, not the file read again.
    data = ("\n".join(lines) + "\n").encode("utf-8")
    try:
        atomic_write_bytes(target, data, is_private=False)  # a file for an SD card, not lab data
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise GcodeExportError(
                f"There is no room for {target.name} ({len(data) // 1024} KB) on {target.parent}: "
                "free some space on the card or choose another one."
            ) from exc
        raise GcodeExportError(
            f"Cannot write {target} ({exc.strerror or exc}): check the card is in and not locked, "
            "or choose another folder."
        ) from exc
    return SavedGcode(target, len(data), printer.id)
