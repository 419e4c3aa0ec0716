"""What the operator sees when something goes wrong: a short dialog saying what, and where the log is.

Start-up failures (the database refused, a migration failed, the data folder can't be written) come
before any window exists; a double-clicked app has no console to print them on, so a minimal
QApplication carries the dialog. Unhandled exceptions once the window runs are logged by the hooks
of `app.logs`; `CrashReporter` adds the dialog on top of them.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.logs import active_log_file
from ui.bridge import GuiBridge
from ui.i18n import choose_language, install_translators
from ui.qt_app import gui_application

SUMMARY_MAX_CHARS = 300


def one_line(exc: BaseException) -> str:
    """The exception as one short line: the operator-readable messages of start-up errors stay whole."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else exc.__class__.__name__
    return text if len(text) <= SUMMARY_MAX_CHARS else text[: SUMMARY_MAX_CHARS - 1] + "…"


def can_show_windows() -> bool:
    """False where creating a QApplication would abort the process (Linux with no display at all)."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def show_startup_failure(reason: str) -> bool:
    """A modal "could not start" dialog; returns False when no window can be shown here."""
    if not can_show_windows():
        return False
    app = gui_application(sys.argv[:1] or ["heliofab"])
    # The language setting lives in the database that may be what failed: follow the system's.
    translators = install_translators(app, choose_language(""))  # noqa: F841 - must outlive the dialog
    title = QCoreApplication.translate("FailureDialogs", "Heliofab could not start")
    QMessageBox.critical(None, title, f"{reason}\n\n{_where_the_log_is(active_log_file())}")
    return True


def _where_the_log_is(log_file: Path | None) -> str:
    if log_file is None:
        return QCoreApplication.translate("FailureDialogs",
                                          "No log file could be written: the data folder may be read-only or full.")
    return QCoreApplication.translate("FailureDialogs", "The details are in the log:\n{0}").format(log_file)


class CrashReporter(QObject):
    """Wraps the installed exception hooks (which log) with a dialog on the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bridge = GuiBridge(self)
        self._is_showing = False
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self._on_exception
        threading.excepthook = self._on_thread_exception

    def uninstall(self) -> None:
        if sys.excepthook == self._on_exception:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self._on_thread_exception:
            threading.excepthook = self._previous_thread_hook

    def _on_exception(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        self._previous_hook(exc_type, exc, tb)
        if issubclass(exc_type, Exception):
            self._announce(one_line(exc))

    def _on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        self._previous_thread_hook(args)
        if issubclass(args.exc_type, Exception):
            self._announce(one_line(args.exc_value) if args.exc_value is not None else args.exc_type.__name__)

    def _announce(self, summary: str) -> None:
        # Any thread may land here: only the bridge's queue is touched off the GUI thread. The
        # dialog then opens from a fresh event, not nested inside the bridge's delivery loop.
        self._bridge.post(lambda: QTimer.singleShot(0, self, lambda: self._show(summary)))

    def _show(self, summary: str) -> None:
        if self._is_showing:
            return  # one dialog at a time: a burst of errors is in the log, in order
        self._is_showing = True
        try:
            title = QCoreApplication.translate("FailureDialogs", "Heliofab: something went wrong")
            text = QCoreApplication.translate("FailureDialogs", "Something went wrong: {0}").format(summary)
            QMessageBox.warning(QApplication.activeWindow(), title, f"{text}\n\n{_where_the_log_is(active_log_file())}")
        finally:
            self._is_showing = False
