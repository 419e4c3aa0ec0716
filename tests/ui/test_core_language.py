"""The window's language reaches the core: printer states and the session's messages read in French
in the French window, and go back to English with it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication

from app.services import Services
from i18n import current_language
from tests.ui.window_helpers import open_area
from ui.i18n import switch_language
from ui.screens.printers import PrintersScreen


def test_a_printer_state_shows_in_french_in_the_french_window(qtbot: Any, services: Services) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    switch_language(app, "fr")
    try:
        assert current_language() == "fr"
        _window, screen = open_area(qtbot, services, "printers", PrintersScreen)
        port = services.printing.start_simulator(speed=0.0)
        screen.connect_port(port, 115200)
        qtbot.waitUntil(lambda: "prête" in screen.status_label.text(), timeout=10_000)
        assert "Connectée" in screen.status_label.text()
        assert "ready" not in screen.status_label.text()
        services.printing.disconnect(port)
    finally:
        switch_language(app, "en")
    assert current_language() == "en"
