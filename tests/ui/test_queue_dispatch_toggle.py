"""The queue screen steers the lab's one dispatcher (a core service), it does not own one."""

from __future__ import annotations

from ui.app import create_main_window
from ui.screens.queue import QueueScreen


def test_the_toggle_starts_and_stops_the_core_dispatcher(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    services.dispatch.interval_s = 3600.0  # one pass on start, then idle: the test reads only the switch
    window = create_main_window(services)
    qtbot.addWidget(window)
    screen = window.show_area("queue")
    assert isinstance(screen, QueueScreen)
    assert screen.dispatch is services.dispatch and not screen.auto_check.isChecked()
    screen.auto_check.setChecked(True)
    assert services.dispatch.is_running
    screen.auto_check.setChecked(False)
    assert not services.dispatch.is_running


def test_a_dispatcher_already_running_shows_as_on(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    services.dispatch.interval_s = 3600.0
    services.dispatch.start()
    try:
        window = create_main_window(services)
        qtbot.addWidget(window)
        screen = window.show_area("queue")
        assert isinstance(screen, QueueScreen) and screen.auto_check.isChecked()
    finally:
        services.dispatch.stop()
