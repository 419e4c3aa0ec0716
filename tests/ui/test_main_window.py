from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel

from ui.app import create_main_window
from ui.main_window import areas


def test_visit_every_area_and_screenshot(qtbot, services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = create_main_window(services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    seen = []
    for area in areas():
        screen = window.show_area(area.key)
        qtbot.waitUntil(lambda s=screen: window.stack.currentWidget() is s)
        heading = screen.findChild(QLabel, "screenHeading")
        assert heading is not None and heading.text() == area.title
        seen.append(area.key)
        shot = tmp_path / f"{area.key}.png"
        assert window.grab().save(str(shot))
        assert shot.stat().st_size > 1000
    assert seen == ["catalogue", "fitting", "customizer", "queue", "printers", "energy", "sync", "report", "settings"]
    assert str(services.paths.db_file) in window.db_label.full_text()


def test_keyboard_shortcuts_switch_areas(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    window = create_main_window(services)
    qtbot.addWidget(window)
    window.show()
    for action in window.actions():
        if action.shortcut().toString() == "Ctrl+4":
            action.trigger()
    assert window.nav.currentRow() == 3
