from __future__ import annotations

from datetime import datetime, timezone

from db.engine import unit_of_work
from db.models import JobState, PrintJob
from ui.app import create_main_window


def test_report_shows_empty_state_then_totals(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    window = create_main_window(services)
    qtbot.addWidget(window)
    screen = window.show_area("report")
    qtbot.waitUntil(lambda: screen._report is not None)
    assert screen.pages.currentIndex() == 0
    with unit_of_work(services.session_factory) as session:
        session.add(PrintJob(name="Frame", state=JobState.DONE, finished_at=datetime(2026, 11, 1, tzinfo=timezone.utc),
                             used_filament_g=12.5, energy_from_sun_wh=80, material_cost=0.25))
    screen._report = None
    screen.refresh()
    qtbot.waitUntil(lambda: screen._report is not None and bool(screen._report.items))
    assert screen.pages.currentIndex() == 1
    assert screen.month_table.item(0, 0).text() == "2026-11"
    assert screen.month_table.item(0, 3).text() == "12.5"
    assert screen.export_button.isEnabled()
