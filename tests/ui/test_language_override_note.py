"""Choosing another language while the run was started with --language says why the window stays as it is."""

from __future__ import annotations

from typing import Any

from app.i18n import ENV_VAR
from app.services import Services
from ui.app import create_main_window


def test_a_language_held_by_the_run_is_explained(qtbot: Any, services: Services, monkeypatch: Any) -> None:
    monkeypatch.setenv(ENV_VAR, "en")
    window = create_main_window(services, "en")
    qtbot.addWidget(window)
    window.change_language("es")
    assert window.language == "en"
    assert "--language" in window.statusBar().currentMessage()


def test_no_note_when_the_setting_matches_the_run(qtbot: Any, services: Services, monkeypatch: Any) -> None:
    monkeypatch.setenv(ENV_VAR, "en")
    window = create_main_window(services, "en")
    qtbot.addWidget(window)
    window.change_language("en")
    assert window.statusBar().currentMessage() == ""


def test_the_status_bar_follows_a_language_switch(qtbot: Any, qapp: Any, services: Services,
                                                   monkeypatch: Any) -> None:
    from ui.i18n import switch_language

    monkeypatch.delenv(ENV_VAR, raising=False)
    window = create_main_window(services, "en")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not services.tasks.running(), timeout=10000)  # the first reading is shown
    qtbot.wait(50)
    assert window.battery_label.text() == "Battery: no reading"
    try:
        window.change_language("es")
        qtbot.waitUntil(lambda: window.battery_label.text() == "Batería: sin lectura", timeout=10000)
        assert window.printer_label.text().startswith("Impresora")
    finally:
        switch_language(qapp, "en")
    services.tasks.shutdown(cancel=True)
