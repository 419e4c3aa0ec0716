"""The Sync area on a 1366×768 laptop in French: the result of an export is in view, and the chosen stick
is read again after it (its designs, this lab's last export)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QRect, QTimer
from PySide6.QtWidgets import QApplication

from app.services import Services
from catalog.importers import ImportDefaults
from tests.catalog.catalog_helpers import box_stl
from tests.ui.window_helpers import open_area
from ui.app import create_main_window
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.screens.sync import SyncScreen

STEP_MS = 20_000


@pytest.fixture
def french_window(qtbot: Any, services: Services) -> Iterator[MainWindow]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, "fr")
    try:
        window = create_main_window(services, "fr")
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        yield window
        for timer in window.findChildren(QTimer):
            timer.stop()
        services.tasks.shutdown(cancel=True)
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)


def _import_parts(services: Services, tmp_path: Path, count: int) -> None:
    for n in range(count):
        part = tmp_path / f"part-{n}.stl"
        part.write_bytes(box_stl(10.0 + n, 8.0, 4.0))
        services.catalog.import_path(part, defaults=ImportDefaults(licence="CC0-1.0"))


def _sync(window: MainWindow) -> SyncScreen:
    screen = window.show_area("sync")
    assert isinstance(screen, SyncScreen)
    return screen


def test_the_result_of_an_export_is_in_view_in_french(qtbot: Any, french_window: MainWindow, services: Services,
                                                      tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    screen = _sync(french_window)
    screen.set_location(stick)
    screen.export_button.click()  # no design of this lab's own: the longest result, said in full
    qtbot.waitUntil(lambda: screen.export_button.isEnabled() and screen.status_label.text() != "", timeout=STEP_MS)
    qtbot.waitUntil(lambda: len(screen.status_label.text()) > 150, timeout=STEP_MS)
    QApplication.processEvents()
    label = screen.status_label
    shown = QRect(label.mapTo(french_window, label.rect().topLeft()), label.size())
    assert label.isVisible() and french_window.rect().contains(shown), f"{shown} is outside {french_window.rect()}"
    assert label.height() >= label.heightForWidth(label.width())  # every wrapped line shown
    assert french_window.stack_scroll.verticalScrollBar().maximum() == 0  # nothing below the fold
    for button in (screen.check_button, screen.import_button, screen.export_button, screen.trust_button,
                   screen.backup_button, screen.installer_button, screen.cancel_button):
        rect = QRect(button.mapTo(french_window, button.rect().topLeft()), button.size())
        assert french_window.rect().contains(rect) and button.width() >= button.sizeHint().width()


def test_the_stick_is_read_again_after_an_export(qtbot: Any, services: Services, tmp_path: Path) -> None:
    _import_parts(services, tmp_path, 2)
    stick = tmp_path / "stick"
    stick.mkdir()
    window, screen = open_area(qtbot, services, "sync", SyncScreen)
    with qtbot.waitSignal(screen.stick_shown, timeout=STEP_MS):
        screen.set_location(stick)
    assert "Last export" not in screen.location_label.text()

    with qtbot.waitSignal(screen.stick_shown, timeout=STEP_MS):
        screen.export_button.click()
    text = screen.location_label.text()
    assert "2 designs" in text and "Last export from this lab" in text, text

    part = tmp_path / "hinge.stl"
    part.write_bytes(box_stl(30.0, 6.0, 6.0))
    services.catalog.import_path(part, defaults=ImportDefaults(licence="CC0-1.0"))
    with qtbot.waitSignal(screen.stick_shown, timeout=STEP_MS):
        screen.export_button.click()
    assert "3 designs" in screen.location_label.text()
    assert services.catalog.stick_catalogue(stick).last_export_designs == 3
    for timer in window.findChildren(QTimer):
        timer.stop()
    services.tasks.shutdown(cancel=True)
