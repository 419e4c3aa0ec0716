"""The window's language reaches the core: printer states, the session's messages and the frame
parameters' words read in the window's language, and go back to English with it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QGroupBox, QLabel

from app.services import Services
from i18n import current_language
from tests.ui.window_helpers import open_area
from ui.i18n import choose_language, switch_language
from ui.screens.customizer import CustomizerScreen
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


def test_the_customizer_form_shows_the_frame_parameters_in_spanish(qtbot: Any, services: Services) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    switch_language(app, "es")
    try:
        _window, screen = open_area(qtbot, services, "customizer", CustomizerScreen)
        labels = {label.text() for label in screen.findChildren(QLabel)}
        groups = {box.title() for box in screen.findChildren(QGroupBox)}
        assert "DP monocular derecha" in labels
        assert "Right monocular PD" not in labels
        assert {"Cliente", "Puente y nariz"} <= groups
        assert screen.editors["pd_right_mm"].toolTip().startswith("DP de lejos del ojo derecho")
    finally:
        switch_language(app, "en")


def test_heliofab_lang_wins_over_the_setting_in_the_window(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HELIOFAB_LANG", "es_MX")
    assert choose_language("fr") == "es"
    monkeypatch.setenv("HELIOFAB_LANG", "xx")  # no catalogue: the setting decides
    assert choose_language("fr") == "fr"
