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
