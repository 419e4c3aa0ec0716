"""Builds the QApplication around already-built core services and runs the main window."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QApplication

from app.services import Services
from app.settings import UiSettings
from ui.bridge import GuiBridge
from ui.context import ScreenContext
from ui.i18n import choose_language, install_translators
from ui.main_window import MainWindow
from ui.style import STYLE_SHEET
from ui.tasks import GuiTasks, TaskPanel


def create_main_window(services: Services, language: str = "en") -> MainWindow:
    """The window and its wiring, for the app and for tests (a QApplication must exist)."""
    bridge = GuiBridge()
    panel = TaskPanel()
    tasks = GuiTasks(services.tasks, bridge, panel)
    ctx = ScreenContext(services=services, bridge=bridge, tasks=tasks)
    window = MainWindow(ctx, panel, language)
    bridge.setParent(window)
    tasks.setParent(window)
    return window


def run_app(services: Services, argv: Sequence[str] = ("heliofab",)) -> int:
    app = QApplication.instance() or QApplication(list(argv))
    app.setApplicationName("Heliofab")
    app.setStyleSheet(STYLE_SHEET)
    language = choose_language(services.settings.load(UiSettings).language)
    translators = install_translators(app, language)  # noqa: F841 - must outlive the event loop
    window = create_main_window(services, language)
    window.show()
    return app.exec()
