from __future__ import annotations

from pathlib import Path

from app.queue.store import list_jobs
from tests.app.test_safe_printing import gcode
from ui.app import create_main_window


def test_queue_screen_checks_a_file_for_the_chosen_profile(qtbot, services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    wide = tmp_path / "wide.gcode"
    wide.write_text(gcode(far_x_mm=240.0))  # fits a 250 mm Prusa MK3 bed, not a 220 mm Ender 3
    window = create_main_window(services)
    qtbot.addWidget(window)
    screen = window.show_area("queue")
    screen.queue_file(wide, "creality-ender3")
    qtbot.waitUntil(lambda: "line 71" in screen.empty_message.text(), timeout=10_000)
    assert "Not queued" in screen.empty_message.text() and list_jobs(services.session_factory) == []
    screen.queue_file(wide, "prusa-mk3")
    qtbot.waitUntil(lambda: len(list_jobs(services.session_factory)) == 1, timeout=10_000)
    assert list_jobs(services.session_factory)[0].printer_profile_id == "prusa-mk3"
