"""What the window tests share: a screen context for a panel shown alone, the main window shown at a
laptop's size or in a language, and the main window on one area."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app.services import Services
from app.slice_files import HeldSlices
from ui.app import create_main_window
from ui.bridge import GuiBridge
from ui.context import ScreenContext
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.tasks import GuiTasks, TaskPanel

S = TypeVar("S", bound=QWidget)


@pytest.fixture
def ctx(qtbot: Any, services: Services) -> Iterator[ScreenContext]:
    """What a dialog or panel needs from the window, without the window."""
    holder = QWidget()  # owns the bridge and tasks; kept alive for the whole test
    qtbot.addWidget(holder)
    bridge = GuiBridge(holder)
    tasks = GuiTasks(services.tasks, bridge, TaskPanel(holder))
    tasks.setParent(holder)
    yield ScreenContext(services=services, bridge=bridge, tasks=tasks, slices=HeldSlices(services.paths.tmp_dir))
    services.tasks.shutdown()


def open_area(qtbot: Any, services: Services, key: str, screen_type: type[S]) -> tuple[MainWindow, S]:
    """The main window, shown at a laptop's 1366 × 768, on the area `key`, whose screen must be a `screen_type`."""
    window = create_main_window(services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    screen = window.show_area(key)
    assert isinstance(screen, screen_type)
    return window, screen


def shown_window(qtbot: Any, services: Services, size: tuple[int, int] = (1366, 800)) -> MainWindow:
    """The main window, shown at `size` (a laptop's width)."""
    window = create_main_window(services)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    return window


@contextmanager
def window_in(
    qtbot: Any, services: Services, language: str, size: tuple[int, int] | None = None
) -> Iterator[MainWindow]:
    """The main window in `language` (its translators installed), shown (at `size` and exposed, when
    given); on leaving, its timers stopped, the background tasks cancelled and the translators removed."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, language)
    try:
        window = create_main_window(services, language)
        qtbot.addWidget(window)
        if size is not None:
            window.resize(*size)
        window.show()
        if size is not None:
            qtbot.waitExposed(window)
        yield window
        for timer in window.findChildren(QTimer):
            timer.stop()
        services.tasks.shutdown(cancel=True)
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
