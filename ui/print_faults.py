"""Why a fault paused a print, in the operator's language, for every screen that shows printers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.printing.record_faults import DATABASE_LOCKED, DISK_FAILED, DISK_FULL
from app.printing.service import PrinterSnapshot


def hold_text(snap: PrinterSnapshot) -> str:
    """What happened and what to do; "" when no fault paused the print."""
    if not snap.hold_kind:
        return ""
    if snap.hold_kind == DISK_FULL:
        return QCoreApplication.translate(
            "PrintFaults",
            "Paused, parked, heaters off: the disk of the data folder is full, so the print's progress can't be "
            "saved. Free some space on it, then press Resume.",
        )
    if snap.hold_kind == DATABASE_LOCKED:
        return QCoreApplication.translate(
            "PrintFaults",
            "Paused, parked, heaters off: another program holds Heliofab's database locked, so the print's progress "
            "can't be saved. Close that program (a second Heliofab, a backup tool), then press Resume.",
        )
    if snap.hold_kind == DISK_FAILED:
        return QCoreApplication.translate(
            "PrintFaults",
            "Paused, parked, heaters off: the disk of the data folder refused to write (a pulled stick, a failing or "
            "read-only disk), so the print's progress can't be saved. Check the disk, then press Resume.",
        )
    return QCoreApplication.translate(
        "PrintFaults", "Paused, parked, heaters off: {reason}. Press Resume when it is fixed."
    ).format(reason=snap.hold_message)
