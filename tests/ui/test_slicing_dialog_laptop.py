"""The slicing dialog on a 1366×768 laptop: the buttons that slice and queue are all in sight."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer

from app.services import Services
from ui.app import create_main_window
from ui.layout_audit import visible_rect
from ui.screens.customizer import CustomizerScreen
from ui.slicing import DesignSlicingDialog
from ui.style import STYLE_SHEET

TIMEOUT_MS = 20000
# What fitting_size leaves of a 1366×768 screen for the dialog (1100×720 wanted, less title bar and panel).
LAPTOP_DIALOG = (1100, 688)


def test_slice_and_queue_buttons_are_in_sight_without_scrolling(qtbot: Any, qapp: Any, services: Services) -> None:
    qapp.setStyleSheet(STYLE_SHEET)  # the app's paddings, which make the settings taller
    window = create_main_window(services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    customizer = window.show_area("customizer")
    assert isinstance(customizer, CustomizerScreen)
    qtbot.waitUntil(lambda: customizer.is_preview_current and customizer.slice_button.isEnabled(), timeout=TIMEOUT_MS)
    customizer.slice_button.click()
    dialog = customizer.slicing_dialog
    assert isinstance(dialog, DesignSlicingDialog)
    try:
        dialog.resize(*LAPTOP_DIALOG)
        qtbot.waitExposed(dialog)
        qtbot.wait(50)
        panel = dialog.panel
        for button in (panel.slice_button, panel.cancel_button, panel.queue_button, panel.save_button):
            seen = visible_rect(button, dialog)
            assert (seen.width(), seen.height()) == (button.width(), button.height()), button.text()
    finally:
        dialog.reject()
        for timer in window.findChildren(QTimer):
            timer.stop()
        services.tasks.shutdown(cancel=True)
        window.close()
        qapp.setStyleSheet("")
