"""The fitting screen with self-adjustable glasses: modules in the lens stock, suggestions, the self-tuned record."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer

from app.fitting.customers import add_customer
from app.fitting.fits import get_fit, save_fit
from app.fitting.lens_stock import LensStockInput, add_lens_stock
from app.fitting.values import CustomerInput
from app.services import Services
from ui.app import create_main_window
from ui.screens.fitting import FittingScreen

TIMEOUT_MS = 20000
FRAME = "self-adjust-round"


@pytest.fixture
def opened(qtbot: Any, services: Services) -> Iterator[tuple[Any, FittingScreen]]:
    window = create_main_window(services)
    qtbot.addWidget(window)
    window.resize(1366, 800)
    window.show()
    qtbot.waitExposed(window)
    screen = window.show_area("fitting")
    assert isinstance(screen, FittingScreen)
    yield window, screen
    for timer in window.findChildren(QTimer):
        timer.stop()
    services.tasks.shutdown(cancel=True)
    window.close()


def test_a_module_goes_into_the_lens_stock_form(qtbot: Any, opened: tuple[Any, FittingScreen]) -> None:
    _window, screen = opened
    screen.tabs.setCurrentIndex(3)
    screen.stock_tab.stock_shape.setCurrentIndex(screen.stock_tab.stock_shape.findData("fluid-module"))
    screen.stock_tab.stock_diameter.setText("40")
    screen.stock_tab.stock_count.setText("4")
    screen.stock_tab.add_stock_line()
    qtbot.waitUntil(lambda: "thickness at the edge" in screen.status.text(), timeout=TIMEOUT_MS)
    assert screen.status.text() == "A fluid module needs its thickness at the edge: enter 1–12 mm."
    assert screen.stock_tab.stock_table.rowCount() == 0
    screen.stock_tab.stock_thickness.setText("3.5")
    screen.stock_tab.stock_port.setText("3")
    screen.stock_tab.add_stock_line()
    qtbot.waitUntil(lambda: screen.stock_tab.stock_table.rowCount() == 1, timeout=TIMEOUT_MS)
    row = [screen.stock_tab.stock_table.item(0, c).text() for c in (0, 1, 5, 6)]
    assert row == ["fluid-module", "40", "3.5", "3.0"]
    assert screen.customer_tab.module_combo.count() == 2
    assert screen.customer_tab.module_combo.itemText(1) == "fluid module Ø40 mm, 3.5 mm thick, port Ø3"
    screen.stock_tab.stock_table.setCurrentCell(0, 0)
    assert (screen.stock_tab.stock_thickness.text(), screen.stock_tab.stock_port.text()) == ("3.5", "3.0")


def test_operator_records_that_the_customer_tuned_the_lenses(
    qtbot: Any, services: Services, opened: tuple[Any, FittingScreen]
) -> None:
    _window, screen = opened
    customer = add_customer(services.session_factory, CustomerInput(name="Yaw", code="Y-1"))
    module = add_lens_stock(services.session_factory, LensStockInput("fluid-module", 40.0, count=3, thickness_mm=3.5,
                                                     port_diameter_mm=3.0))
    fit = save_fit(services.session_factory, customer.id, FRAME, {})
    rimmed = save_fit(services.session_factory, customer.id, "round-classic", {})
    screen.refresh()
    qtbot.waitUntil(lambda: screen.customers.customer_list.count() == 1
                    and screen.customer_tab.module_combo.count() == 2,
                    timeout=TIMEOUT_MS)
    screen.customers.customer_list.setCurrentRow(0)
    qtbot.waitUntil(lambda: screen.customer_tab.fit_list.count() == 2, timeout=TIMEOUT_MS)

    # A frame for edged lenses cannot be self-tuned: one sentence, nothing stored.
    row = next(i for i in range(2) if screen.customer_tab.fit_list.item(i).data(Qt.ItemDataRole.UserRole) == rimmed.id)
    screen.customer_tab.fit_list.setCurrentRow(row)
    screen.customer_tab.self_tuned_check.setChecked(True)
    screen.customer_tab.record_tuning_button.click()
    qtbot.waitUntil(lambda: "cannot tune" in screen.status.text(), timeout=TIMEOUT_MS)
    assert not get_fit(services.session_factory, rimmed.id).is_self_tuned

    row = next(i for i in range(2) if screen.customer_tab.fit_list.item(i).data(Qt.ItemDataRole.UserRole) == fit.id)
    screen.customer_tab.fit_list.setCurrentRow(row)
    screen.customer_tab.module_combo.setCurrentIndex(screen.customer_tab.module_combo.findData(module.id))
    screen.customer_tab.record_tuning_button.click()
    qtbot.waitUntil(lambda: get_fit(services.session_factory, fit.id).is_self_tuned, timeout=TIMEOUT_MS)
    record = get_fit(services.session_factory, fit.id)
    assert record.lens_module_id == module.id and record.lens_module == "fluid module Ø40 mm, 3.5 mm thick"
    qtbot.waitUntil(lambda: any("tuned by the customer" in screen.customer_tab.fit_list.item(i).text()
                                for i in range(screen.customer_tab.fit_list.count())), timeout=TIMEOUT_MS)
    assert f"Fit #{fit.id}: tuned by the customer" in screen.status.text()


def test_suggestion_from_a_stock_module_opens_in_the_customizer_and_saves_the_module(
    qtbot: Any, services: Services, opened: tuple[Any, FittingScreen]
) -> None:
    window, screen = opened
    customizer = window.screens["customizer"]
    add_customer(services.session_factory, CustomerInput(name="Abena", code="AB-1"))
    module = add_lens_stock(services.session_factory, LensStockInput("fluid-module", 40.0, count=3, thickness_mm=3.8,
                                                     port_diameter_mm=3.0))
    screen.refresh()
    qtbot.waitUntil(lambda: screen.customers.customer_list.count() == 1, timeout=TIMEOUT_MS)
    screen.customers.customer_list.setCurrentRow(0)
    qtbot.waitUntil(lambda: screen.customer is not None, timeout=TIMEOUT_MS)
    screen.suggest_tab.s_pd_r_edit.setText("31.5")
    screen.suggest_tab.s_pd_l_edit.setText("31.5")
    screen.suggest_tab.style_combo.setCurrentIndex(screen.suggest_tab.style_combo.findData(FRAME))
    assert screen.suggest_tab.style_combo.findData("self-adjust-syringe-clips") == -1  # no sizes to suggest for clips
    screen.suggest_tab.use_stock_check.setChecked(True)
    screen.suggest_tab.run_suggestions()
    qtbot.waitUntil(lambda: len(screen.suggest_tab.suggestions) == 1, timeout=TIMEOUT_MS)
    suggestion = screen.suggest_tab.suggestions[0]
    assert suggestion.lens is not None and suggestion.lens.id == module.id
    assert suggestion.parameters["module_thickness_mm"] == 3.8
    screen.suggest_tab.open_suggestion(0)
    assert window.stack.currentWidget() is customizer
    qtbot.waitUntil(lambda: customizer.is_preview_current and customizer.save_fit_button.isEnabled(),
                    timeout=TIMEOUT_MS)
    with qtbot.waitSignal(screen.fit_saved, timeout=TIMEOUT_MS) as saved:
        qtbot.mouseClick(customizer.save_fit_button, Qt.MouseButton.LeftButton)
    record = get_fit(services.session_factory, saved.args[0])
    assert record.design_id == FRAME and record.lens_module_id == module.id and not record.is_self_tuned


def test_customizer_fits_the_bridge_to_the_pd_for_a_module_frame(
    qtbot: Any, opened: tuple[Any, FittingScreen]
) -> None:
    window, _screen = opened
    customizer = window.show_area("customizer")
    customizer.load_parameters(FRAME, {"pd_right_mm": 32.0, "pd_left_mm": 31.0, "module_diameter_mm": 42.0,
                                       "bridge_mm": 18.0})
    customizer.fit_bridge_to_pd()
    assert customizer.editors["bridge_mm"].value() == pytest.approx(21.0)
    customizer.load_parameters("self-adjust-syringe-clips", {})
    customizer.fit_bridge_to_pd()
    assert customizer.status_label.text() == "This design has no bridge to fit."
