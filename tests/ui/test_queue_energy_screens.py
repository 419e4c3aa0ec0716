from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QPointF, Qt

from app.energy.overview import add_manual_reading, load_site, save_site
from app.energy.site import SiteSettings
from app.queue.store import add_job, list_jobs
from ui.app import create_main_window
from ui.screens.energy import EnergyScreen
from ui.screens.queue import QueueScreen

SITE = SiteSettings(latitude_deg=-1.29, longitude_deg=36.82, altitude_m=1795, timezone="Africa/Nairobi",
                    panels_wp=400, tilt_deg=10, panel_azimuth_deg=0, battery_capacity_wh=1200,
                    battery_reserve_pct=50, staffed_from_hour=0, staffed_to_hour=24)


def test_queue_screen_empty_then_timeline_and_pin(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    window = create_main_window(services)
    qtbot.addWidget(window)
    screen = window.show_area("queue")
    assert isinstance(screen, QueueScreen)
    qtbot.waitUntil(lambda: screen._timeline is not None, timeout=10000)
    assert screen.stack.currentIndex() == 0

    save_site(services.settings, SITE)
    add_manual_reading(services.session_factory, soc_pct=75, pv_w=None, battery_v=None)
    job_id = add_job(services.session_factory, name="frame", duration_min=50, energy_wh=95, peak_w=250)
    screen._timeline = None
    screen.refresh()
    qtbot.waitUntil(lambda: screen._timeline is not None, timeout=10000)
    assert screen.stack.currentIndex() == 1 and screen.job_list.count() == 1
    assert screen.job_list.item(0).toolTip()  # the planner's reason

    start = screen._timeline.plan.start_utc + timedelta(hours=20)
    screen._timeline = None
    screen.view.job_pinned.emit(job_id, start, "printer")
    qtbot.waitUntil(lambda: screen._timeline is not None, timeout=10000)
    job = next(j for j in list_jobs(services.session_factory) if j.id == job_id)
    assert job.is_pinned and job.planned_start_utc == start


def test_timeline_drag_pins_a_job(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    save_site(services.settings, SITE)
    add_manual_reading(services.session_factory, soc_pct=75, pv_w=None, battery_v=None)
    add_job(services.session_factory, name="frame", duration_min=120, energy_wh=200, peak_w=250)
    window = create_main_window(services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    screen = window.show_area("queue")
    qtbot.waitUntil(lambda: screen._timeline is not None and bool(screen.view._bars), timeout=10000)
    rect = screen.view._bars[0][0]
    pinned: list[object] = []
    screen.view.job_pinned.connect(lambda *args: pinned.append(args))
    start = rect.center().toPoint()
    qtbot.mousePress(screen.view, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(screen.view, pos=(QPointF(start) + QPointF(80, 0)).toPoint())
    screen._timeline = None
    qtbot.mouseRelease(screen.view, Qt.MouseButton.LeftButton, pos=(QPointF(start) + QPointF(80, 0)).toPoint())
    assert pinned
    # Let the pin and the re-plan it triggers finish before the services close.
    qtbot.waitUntil(lambda: screen._timeline is not None, timeout=10000)
    assert any(j.is_pinned for j in list_jobs(services.session_factory))


def test_energy_screen_saves_site_and_refuses_nonsense(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    screen = EnergyScreen(window_ctx(services, qtbot))
    qtbot.addWidget(screen)
    screen.timezone_edit.setText("Africa/Nairobi")
    screen.spins["latitude_deg"].setValue(-1.29)
    screen.spins["battery_capacity_wh"].setValue(2400)
    screen._save_site()
    qtbot.waitUntil(lambda: screen.site_message.text().startswith("Saved."), timeout=10000)
    assert load_site(services.settings).battery_capacity_wh == 2400
    screen.timezone_edit.setText("Atlantis/Capital")
    screen._save_site()
    qtbot.waitUntil(lambda: "time zone" in screen.site_message.text(), timeout=10000)
    assert load_site(services.settings).timezone == "Africa/Nairobi"
    screen._store_manual()
    qtbot.waitUntil(lambda: screen.manual_message.text() == "Stored.", timeout=10000)
    screen.refresh()
    qtbot.waitUntil(lambda: screen._overview is not None, timeout=10000)
    assert screen.battery_card.value.text().endswith("%")
    qtbot.waitUntil(lambda: not services.tasks.running(), timeout=10000)  # nothing left to cancel at close


def test_energy_screen_demo_controller_shows_live_readings(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    screen = EnergyScreen(window_ctx(services, qtbot))
    qtbot.addWidget(screen)
    screen._start_demo()
    try:
        qtbot.waitUntil(lambda: screen.pv_card.value.text().endswith("W"), timeout=10000)
    finally:
        screen._disconnect()
    assert not services.energy.is_running


def window_ctx(services, qtbot):  # type: ignore[no-untyped-def]
    window = create_main_window(services)
    qtbot.addWidget(window)
    return window.ctx
