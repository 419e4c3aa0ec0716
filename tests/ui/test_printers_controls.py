"""The Printers screen as a Pronterface or OctoPrint user drives it, on a 1366×768 laptop, against the
in-process simulated printer: everything on screen without scrolling, presets from the material
profiles, no extrusion through a cold nozzle, a terminal without the temperature flood or double echo."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QMessageBox, QWidget

from app.printing.service import PrinterSnapshot, SessionState
from app.services import Services
from tests.ui.window_helpers import open_area
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.screens.printers import PrintersScreen
from ui.widgets.temperature_plot import draw_temperatures, temperature_axis_top

# A maximised window on a 1366×768 laptop (a taskbar and a title bar take about 70 pixels), the
# whole screen, and the window's own default size.
LAPTOP_SIZES = [(1366, 698), (1366, 768), (1280, 760)]


@pytest.fixture
def connected(qtbot: Any, services: Services) -> Iterator[tuple[MainWindow, PrintersScreen, str]]:
    window, screen = open_area(qtbot, services, "printers", PrintersScreen)
    port = services.printing.start_simulator(speed=0.0)
    screen.connect_port(port, 115200)
    qtbot.waitUntil(lambda: "ready" in screen.status_label.text(), timeout=10_000)
    qtbot.waitUntil(lambda: bool(screen.temperatures.preset_buttons), timeout=10_000)
    yield window, screen, port
    services.printing.disconnect(port)


def _sent(services: Services, port: str) -> list[str]:
    return [line for line in services.printing.snapshot(port).terminal if line.startswith(">")]


def _window_rect(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _assert_controls_on_screen(qtbot: Any, window: MainWindow, screen: PrintersScreen, width: int, height: int) -> None:
    window.resize(width, height)
    qtbot.wait(100)  # let the layouts settle at the new size
    visible = window.centralWidget().geometry()  # the window less its status bar
    pad = screen.jog_pad
    controls = [
        screen.port_combo, screen.connect_button, screen.disconnect_button, screen.show_all_check,
        screen.temperatures.cool_down_button, *screen.temperatures.preset_buttons, screen.temperatures.hotend_spin,
        pad.home_all_button, pad.home_xy_button, pad.home_z_button, *pad.move_buttons.values(), *pad.step_buttons,
        pad.extrude_button, pad.retract_button, pad.extrude_length_combo,
        screen.estop_button, screen.pause_button, screen.print_button,
        screen.terminal, screen.terminal_box.hide_routine_check, screen.command_edit, screen.send_button,
    ]
    for widget in controls:
        assert widget.isVisible(), widget
        assert visible.contains(_window_rect(widget, window)), (widget, _window_rect(widget, window), visible)
    assert window.stack_scroll.verticalScrollBar().maximum() == 0
    assert window.stack_scroll.horizontalScrollBar().maximum() == 0
    # No scroll area of the screen's own either: only the terminal's log and the chart scroll their content.
    nested = [area for area in screen.findChildren(QAbstractScrollArea) if area.isVisible()]
    assert set(nested) <= {screen.terminal, screen.plot.plot_widget()}, nested


@pytest.mark.parametrize(("width", "height"), LAPTOP_SIZES)
def test_every_control_is_on_screen_without_scrolling(
    qtbot: Any, connected: tuple[MainWindow, PrintersScreen, str], width: int, height: int
) -> None:
    window, screen, _port = connected
    _assert_controls_on_screen(qtbot, window, screen, width, height)


def test_every_control_is_on_screen_in_french(qtbot: Any, services: Services) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, "fr")
    try:
        window, screen = open_area(qtbot, services, "printers", PrintersScreen)
        port = services.printing.start_simulator(speed=0.0)
        screen.connect_port(port, 115200)
        qtbot.waitUntil(lambda: screen.jog_pad.home_all_button.isEnabled(), timeout=10_000)
        qtbot.waitUntil(lambda: bool(screen.temperatures.preset_buttons), timeout=10_000)
        assert screen.connect_button.text() == "Connecter"
        for width, height in LAPTOP_SIZES:
            _assert_controls_on_screen(qtbot, window, screen, width, height)
        services.printing.disconnect(port)
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)


def test_presets_heat_to_the_material_profiles_and_cool_down_stops(
    qtbot: Any, services: Services, connected: tuple[MainWindow, PrintersScreen, str]
) -> None:
    _window, screen, port = connected
    pla = services.profiles.material("pla")
    button = next(b for b in screen.temperatures.preset_buttons if b.text().startswith("PLA"))
    assert button.text() == f"PLA {pla.hotend_c:g}/{pla.bed_c:g}"
    button.click()
    qtbot.waitUntil(lambda: services.printing.snapshot(port).hotend_target_c == pla.hotend_c, timeout=10_000)
    qtbot.waitUntil(lambda: services.printing.snapshot(port).bed_target_c == pla.bed_c, timeout=10_000)
    assert f"> M104 S{pla.hotend_c:g}" in _sent(services, port)
    assert f"> M140 S{pla.bed_c:g}" in _sent(services, port)
    assert screen.temperatures.hotend_spin.value() == pla.hotend_c

    screen.temperatures.cool_down_button.click()
    qtbot.waitUntil(lambda: services.printing.snapshot(port).hotend_target_c == 0, timeout=10_000)
    assert _sent(services, port)[-2:] == ["> M104 S0", "> M140 S0"]


def test_extruding_a_cold_hotend_is_refused_in_a_sentence(
    qtbot: Any, services: Services, connected: tuple[MainWindow, PrintersScreen, str]
) -> None:
    _window, screen, port = connected
    qtbot.waitUntil(lambda: services.printing.snapshot(port).hotend_c is not None, timeout=10_000)
    before = _sent(services, port)
    screen.jog_pad.extrude_button.click()
    box = screen.findChild(QMessageBox, "printersWarning")
    assert box is not None
    assert "heat it to at least 170 °C" in box.text()
    box.close()
    qtbot.wait(300)
    assert not [line for line in _sent(services, port)[len(before):] if " E" in line]

    services.printing.set_temperatures(port, hotend_c=200)
    qtbot.waitUntil(lambda: (services.printing.snapshot(port).hotend_c or 0) >= 170, timeout=10_000)
    qtbot.waitUntil(screen.jog_pad.extrude_button.isEnabled, timeout=10_000)
    screen.jog_pad.retract_button.click()
    qtbot.waitUntil(lambda: "> G1 E-10 F120" in _sent(services, port), timeout=10_000)
    assert _sent(services, port)[-3:] == ["> G91", "> G1 E-10 F120", "> G90"]


def test_jog_and_home_go_through_the_session(
    qtbot: Any, services: Services, connected: tuple[MainWindow, PrintersScreen, str]
) -> None:
    _window, screen, port = connected
    pad = screen.jog_pad
    next(b for b in pad.step_buttons if b.text() == "10").click()
    pad.move_buttons[("Z", 1)].click()
    qtbot.waitUntil(lambda: "> G1 Z10 F300" in _sent(services, port), timeout=10_000)
    next(b for b in pad.step_buttons if b.text() == "0.1").click()
    pad.move_buttons[("X", -1)].click()
    qtbot.waitUntil(lambda: "> G1 X-0.1 F3000" in _sent(services, port), timeout=10_000)
    for button, command in ((pad.home_xy_button, "> G28 X Y"), (pad.home_z_button, "> G28 Z"),
                            (pad.home_all_button, "> G28")):
        button.click()
        qtbot.waitUntil(lambda c=command: _sent(services, port)[-1:] == [c], timeout=10_000)


def test_hand_controls_are_off_while_a_job_prints(
    services: Services, connected: tuple[MainWindow, PrintersScreen, str]
) -> None:
    _window, screen, port = connected
    printing = replace(services.printing.snapshot(port), state=SessionState.PRINTING, job_id=3, job_name="frame")
    screen._show(printing)
    for button in [*screen.jog_pad.buttons(), screen.temperatures.cool_down_button, screen.send_button]:
        assert not button.isEnabled()
    assert "pause it" in screen.jog_pad.toolTip()
    screen._show(replace(printing, state=SessionState.PAUSED))  # paused: load filament, move the head
    assert all(button.isEnabled() for button in screen.jog_pad.buttons())
    assert screen.jog_pad.toolTip() == ""


def test_terminal_echoes_once_and_hides_temperature_reports(
    qtbot: Any, services: Services, connected: tuple[MainWindow, PrintersScreen, str]
) -> None:
    _window, screen, port = connected
    qtbot.keyClicks(screen.command_edit, "M114")
    qtbot.keyClick(screen.command_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "> M114" in screen.terminal.toPlainText(), timeout=10_000)
    qtbot.waitUntil(lambda: any(line.startswith("< X:") for line in services.printing.snapshot(port).terminal),
                    timeout=10_000)
    assert services.printing.snapshot(port).terminal.count("> M114") == 1
    # Temperature reports keep coming (M155 autoreport) but stay out of the filtered view.
    qtbot.waitUntil(lambda: any("T:" in line for line in services.printing.snapshot(port).terminal),
                    timeout=10_000)
    qtbot.wait(300)
    shown = screen.terminal.toPlainText().splitlines()
    assert shown.count("> M114") == 1
    assert not [line for line in shown if "T:" in line or line in ("< wait", "< echo:busy: processing")]

    screen.terminal_box.hide_routine_check.setChecked(False)
    assert any("T:" in line for line in screen.terminal.toPlainText().splitlines())

    qtbot.keyClick(screen.command_edit, Qt.Key.Key_Up)
    assert screen.command_edit.text() == "M114"
    qtbot.keyClick(screen.command_edit, Qt.Key.Key_Down)
    assert screen.command_edit.text() == ""


def test_the_screen_and_the_status_bar_show_one_percent(
    services: Services, monkeypatch: pytest.MonkeyPatch, connected: tuple[MainWindow, PrintersScreen, str]
) -> None:
    window, screen, port = connected
    snap: PrinterSnapshot = replace(services.printing.snapshot(port), state=SessionState.PRINTING, job_id=4,
                                    job_name="frame", fraction=0.056, total_lines=1000, confirmed_line=56)
    monkeypatch.setattr(services.printing, "snapshots", lambda: [snap])
    screen._show(snap)
    window._show_printer()
    assert screen.job_progress.text() == "5 %"
    assert window.printer_label.text() == "Printer: printing frame 5 %"


def test_ports_and_printers_are_named_not_paths(
    qtbot: Any, connected: tuple[MainWindow, PrintersScreen, str]
) -> None:
    _window, screen, port = connected
    qtbot.waitUntil(lambda: screen.port_combo.count() > 0, timeout=10_000)
    first = screen.port_combo.itemText(0)
    assert first == f"Simulated printer — {port}"
    assert screen.port_combo.itemData(0) == port
    assert screen.status_label.text().startswith("Simulated printer: ready")
    screen.show_all_check.setChecked(True)  # a rescan with every port: the simulated printer stays first
    qtbot.waitUntil(lambda: screen.port_combo.itemText(0) == first, timeout=10_000)


@pytest.mark.parametrize(
    ("values", "top"), [([21.6, 21.5, None], 50.0), ([], 50.0), ([210.0, 60.0, 215.0], 250.0), ([45.0], 50.0)]
)
def test_the_temperature_axis_starts_at_zero(values: list[float | None], top: float) -> None:
    assert temperature_axis_top(values) == top


def test_an_idle_chart_is_not_scaled_below_zero(connected: tuple[MainWindow, PrintersScreen, str]) -> None:
    _window, screen, _port = connected
    plot = screen.plot.plot_widget()
    draw_temperatures(plot, ((-2.0, 21.9, 21.6), (-1.0, 21.9, 21.6)), (0.0, 0.0))
    (low, high) = plot.getViewBox().viewRange()[1]
    assert (low, high) == pytest.approx((0.0, 50.0))


def test_an_interrupted_job_leaves_the_controls_on_screen(
    qtbot: Any, services: Services, connected: tuple[MainWindow, PrintersScreen, str]
) -> None:
    from app.printing.jobs import JobRecorder
    from app.printing.orphans import mark_orphans_interrupted
    from app.printing.runner import check_lines, store_checked_job

    window, screen, _port = connected
    lines = ["G28", "G90", *[f"G1 X{10 + i % 50} Y{10 + i % 40} F1500" for i in range(50)]]
    job_id = store_checked_job(services.session_factory, services.blobs, check_lines("left.gcode", lines))
    JobRecorder(services.session_factory, job_id, port="/dev/ttyUSB0").started(is_resume=False)
    mark_orphans_interrupted(services.session_factory, stale_after_s=-1.0)
    window.resize(*LAPTOP_SIZES[0])
    screen.refresh()
    qtbot.waitUntil(lambda: screen.interrupted_table.rowCount() == 1, timeout=10_000)
    qtbot.wait(100)
    visible = window.centralWidget().geometry()
    assert screen.interrupted_box.isVisible()
    for widget in (screen.resume_job_button, screen.jog_pad.home_all_button, screen.jog_pad.move_buttons[("Z", -1)],
                   screen.command_edit, screen.disconnect_button, screen.estop_button):
        assert visible.contains(_window_rect(widget, window)), widget
    assert window.stack_scroll.verticalScrollBar().maximum() == 0
