"""The process's one QApplication: the running one, or a new one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QApplication


def gui_application(argv: Sequence[str]) -> QApplication:
    """The QApplication of this process (pytest-qt or an earlier window may have made it), else a new one."""
    existing = QApplication.instance()
    if existing is None:
        return QApplication(list(argv))
    if not isinstance(existing, QApplication):
        # Qt allows one application object per process, and a QCoreApplication cannot show windows.
        raise RuntimeError("A Qt application without windows already runs in this process: no window can open.")
    return existing
