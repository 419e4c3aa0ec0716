"""The main path through the desktop app, as an operator drives it: intake, PD, suggestion, customizer,
paper template, slice, estimate, queue with its planned time, print on the simulated printer, done, and
what the print used booked on the customer's order."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from app.energy.overview import add_manual_reading
from app.fitting.customers import get_customer
from app.services import Services
from ui.app import create_main_window
from ui.main_window import MainWindow
from ui.screens.customizer import CustomizerScreen
from ui.screens.fitting import FittingScreen
from ui.screens.queue import QueueScreen

STEP_MS = 30_000
PRINT_MS = 120_000


@pytest.fixture
def window(qtbot: Any, services: Services) -> Iterator[MainWindow]:
    """The main window at a small laptop's size, with a simulated printer (instant) connected."""
    port = services.printing.start_simulator(speed=0.0)
    services.printing.connect(port)
    add_manual_reading(services.session_factory, soc_pct=90.0, pv_w=300.0, battery_v=None)
    main = create_main_window(services)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    try:
        yield main
    finally:
        for timer in main.findChildren(QTimer):
            timer.stop()
        queue = main.screens["queue"]
        assert isinstance(queue, QueueScreen)
        queue.dispatch.stop()
        services.tasks.shutdown(cancel=True)
        main.close()
        services.printing.close()


def _shot(main: MainWindow, folder: Path, name: str) -> None:
    main.grab().save(str(folder / f"{name}.png"))


def test_customer_to_finished_print(
    qtbot: Any, services: Services, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shots = tmp_path / "shots"
    shots.mkdir()
    fitting = window.show_area("fitting")
    assert isinstance(fitting, FittingScreen)

    # Intake and PD by ruler.
    fitting.new_customer()
    qtbot.keyClicks(fitting.customer_tab.name_edit, "Abena Asante")
    qtbot.keyClick(fitting.customer_tab.name_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: fitting.customer is not None, timeout=STEP_MS)
    qtbot.keyClicks(fitting.measure_tab.far_pd_edit, "62")
    qtbot.keyClicks(fitting.measure_tab.head_width_edit, "146")
    qtbot.keyClick(fitting.measure_tab.head_width_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: fitting.customer is not None and len(fitting.customer.measurements) == 1,
                    timeout=STEP_MS)
    assert fitting.customer is not None
    customer_id = fitting.customer.id
    _shot(window, shots, "1-measure")

    # Suggestions, then the first one into the customizer.
    fitting.tabs.setCurrentIndex(2)
    qtbot.mouseClick(fitting.suggest_tab.suggest_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(fitting.suggest_tab.suggestions) > 0, timeout=STEP_MS)
    _shot(window, shots, "2-suggest")
    _card, _text, open_button, _preview = fitting.suggest_tab.suggestion_cards[0]
    qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
    customizer = window.screens["customizer"]
    assert isinstance(customizer, CustomizerScreen)
    assert window.stack.currentWidget() is customizer
    qtbot.waitUntil(lambda: customizer.is_preview_current and customizer.result is not None, timeout=STEP_MS)
    assert "Licence:" in customizer.licence_label.text()
    assert customizer.fit_id is None  # nothing saved yet: "Slice & queue…" would slice the design, not a fit

    # Paper template (the same call "Paper template…" makes after its file dialog).
    template = tmp_path / "template.pdf"
    customizer.save_template(template)
    qtbot.waitUntil(template.exists, timeout=STEP_MS)
    assert template.read_bytes().startswith(b"%PDF")

    # Save as fit, then slice and queue.
    qtbot.mouseClick(customizer.save_fit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: customizer.fit_id is not None, timeout=STEP_MS)
    assert customizer.slice_button.isEnabled()
    _shot(window, shots, "3-customizer")
    qtbot.mouseClick(customizer.slice_button, Qt.MouseButton.LeftButton)
    dialog = customizer.slicing_dialog
    assert dialog is not None
    panel = dialog.panel
    qtbot.waitUntil(lambda: panel.printer_combo.count() > 0, timeout=STEP_MS)
    panel.printer_combo.setCurrentIndex(panel.printer_combo.findData("creality-ender3"))
    qtbot.mouseClick(panel.slice_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.outcome is not None, timeout=PRINT_MS)
    assert panel.outcome is not None and panel.outcome.estimate.filament_g > 0
    # Sliced in the material the fit chose (PETG for delivered frames), as the customizer showed.
    assert panel.outcome.material.id == str(customizer.current_values()["material"]).lower()
    dialog.grab().save(str(shots / "4-slice.png"))
    queue = window.screens["queue"]
    assert isinstance(queue, QueueScreen)
    qtbot.mouseClick(panel.queue_button, Qt.MouseButton.LeftButton)

    # The queue shows the job with its planned start and the planner's reason.
    qtbot.waitUntil(lambda: window.stack.currentWidget() is queue and queue.selected_job_id() is not None,
                    timeout=STEP_MS)
    job_id = queue.selected_job_id()
    assert job_id is not None
    item = queue.job_list.currentItem()
    assert "starts" in item.text() or "not planned" in item.text()
    assert queue.reason.text().startswith("Why then:")
    assert queue.port_combo.count() == 1 and queue.print_now_button.isEnabled()
    _shot(window, shots, "5-queue")

    # Print now: the question says what it costs the battery; answer yes.
    qtbot.mouseClick(queue.print_now_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(queue.findChildren(QMessageBox, "printNowQuestion")), timeout=STEP_MS)
    question = queue.findChildren(QMessageBox, "printNowQuestion")[0]
    assert f"#{job_id}" in question.text() and "Printing now" in question.text()
    question.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: "finished: done" in queue.progress_label.text(), timeout=PRINT_MS)
    _shot(window, shots, "6-done")

    order = next(o for o in get_customer(services.session_factory, customer_id).orders if o.id == job_id)
    assert order.state == "done"
    assert order.used_filament_g and order.used_filament_g > 0
    assert order.finished_at is not None
    assert order.used_energy_wh and order.used_energy_wh > 0
    assert (order.energy_from_sun_wh or 0.0) + (order.energy_from_battery_wh or 0.0) == pytest.approx(
        order.used_energy_wh, rel=1e-6)
    assert order.fit_id == customizer.fit_id

    # The customer's orders show what the print used.
    window.show_area("fitting")
    fitting.load_customer(customer_id)
    fitting.tabs.setCurrentIndex(0)
    def is_order_shown() -> bool:
        orders = fitting.customer_tab.order_list
        return orders.count() > 0 and " g · " in orders.item(0).text()

    qtbot.waitUntil(is_order_shown, timeout=STEP_MS)
    assert "Wh" in fitting.customer_tab.order_list.item(0).text()
    qtbot.waitUntil(lambda: window.printer_label.text() != "Printer: not connected", timeout=STEP_MS)
    qtbot.waitUntil(lambda: window.battery_label.text().startswith("Battery: 90"), timeout=STEP_MS)
    _shot(window, shots, "7-orders")


def test_selling_a_non_commercial_design_asks_first(
    qtbot: Any, services: Services, window: MainWindow, tmp_path: Path
) -> None:
    from types import SimpleNamespace

    from app.fitting.customers import add_customer
    from app.fitting.fits import save_fit
    from app.fitting.values import CustomerInput
    from tests.app.test_orders import ESTIMATE, GCODE

    customer = add_customer(services.session_factory, CustomerInput(name="Kwame Ofori"))
    fit = save_fit(services.session_factory, customer.id, "round-classic", {"pd_right_mm": 31.0, "pd_left_mm": 31.0})
    services.catalog.edit("round-classic", licence="CC-BY-NC-4.0")
    gcode = tmp_path / "fit.gcode"
    gcode.write_text(GCODE, encoding="utf-8")
    outcome = SimpleNamespace(output=gcode, estimate=ESTIMATE, printer=services.profiles.printer("creality-ender3"),
                              material=None)  # as "Add to queue" hands over
    customizer = window.show_area("customizer")
    assert isinstance(customizer, CustomizerScreen)
    customizer.for_sale_check.setChecked(True)
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> None:
        # The question is window-modal and answered through its signal: it opens, and waits, here.
        qtbot.waitUntil(lambda: _open_box(customizer, "saleQuestion") is not None, timeout=STEP_MS)
        box = _open_box(customizer, "saleQuestion")
        assert box is not None
        asked.append(box.text())
        box.button(button).click()

    customizer.queue_outcome(fit.id, outcome)  # type: ignore[arg-type]
    answer(QMessageBox.StandardButton.No)
    qtbot.waitUntil(lambda: "Not queued" in customizer.status_label.text(), timeout=STEP_MS)
    assert "NonCommercial" in asked[0] or "sell" in asked[0]
    assert get_customer(services.session_factory, customer.id).orders == ()
    customizer.queue_outcome(fit.id, outcome)  # type: ignore[arg-type]
    answer(QMessageBox.StandardButton.Yes)
    queue = window.screens["queue"]
    qtbot.waitUntil(lambda: window.stack.currentWidget() is queue, timeout=STEP_MS)
    orders = get_customer(services.session_factory, customer.id).orders
    assert len(orders) == 1 and orders[0].fit_id == fit.id


def _open_box(parent: QWidget, name: str) -> QMessageBox | None:
    return next((box for box in parent.findChildren(QMessageBox, name) if box.isVisible()), None)
