"""Screens never call each other: each says what happened, and the main window passes it on."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from app.fitting.customers import add_customer
from app.fitting.values import FLUID_MODULE_SHAPE, CustomerInput, MeasurementInput
from app.services import Services
from tests.catalog.catalog_helpers import box_stl
from ui.app import create_main_window
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.screens.catalogue import CatalogueScreen
from ui.screens.customizer import CustomizerScreen
from ui.screens.fitting import FittingScreen
from ui.screens.fitting.customer_tab import CustomerTab
from ui.screens.fitting.measure_tab import MeasureTab
from ui.screens.fitting.stock_tab import StockTab
from ui.screens.fitting.suggest_tab import SuggestTab
from ui.screens.queue import QueueScreen
from ui.screens.sync import SyncScreen

STEP_MS = 20_000


@pytest.fixture
def window(qtbot: Any, services: Services) -> Iterator[MainWindow]:
    built = create_main_window(services)
    qtbot.addWidget(built)
    built.resize(1366, 800)
    built.show()
    yield built
    for timer in built.findChildren(QTimer):
        timer.stop()
    services.tasks.shutdown(cancel=True)


def _screens(window: MainWindow) -> tuple[FittingScreen, CustomizerScreen, CatalogueScreen]:
    screens = window.screens
    fitting, customizer, catalogue = screens["fitting"], screens["customizer"], screens["catalogue"]
    assert isinstance(fitting, FittingScreen) and isinstance(customizer, CustomizerScreen)
    assert isinstance(catalogue, CatalogueScreen)
    return fitting, customizer, catalogue


def test_a_suggestion_reaches_the_customizer_for_the_stronger_eye(
    qtbot: Any, window: MainWindow, services: Services
) -> None:
    fitting, customizer, _catalogue = _screens(window)
    add_customer(services.session_factory, CustomerInput(name="Yaw Darko", code="YD-1"),
                 MeasurementInput(far_pd_mm=63.0, head_width_mm=148.0, lens_power_right_d=-1.0, lens_power_left_d=-2.5))
    window.show_area("fitting")
    qtbot.waitUntil(lambda: fitting.customers.customer_list.count() == 1, timeout=STEP_MS)
    fitting.customers.customer_list.setCurrentRow(0)
    qtbot.waitUntil(lambda: fitting.customer is not None, timeout=STEP_MS)
    suggest = fitting.suggest_tab
    assert suggest.s_power_edit.text() == "-2.5"  # the left eye's, the stronger, as the command line uses
    suggest.style_combo.setCurrentIndex(suggest.style_combo.findData("round-classic"))
    suggest.run_suggestions()
    qtbot.waitUntil(lambda: bool(suggest.suggestions), timeout=STEP_MS)
    chosen = suggest.suggestions[0]
    _card, _text, open_button, _preview = suggest.suggestion_cards[0]
    with qtbot.waitSignal(fitting.fit_requested) as requested:
        open_button.click()
    assert requested.args[:2] == [fitting.customer.id, "round-classic"]
    assert window.current_area_key() == "customizer"
    assert customizer.style_combo.currentData() == "round-classic"
    qtbot.waitUntil(lambda: customizer.is_preview_current and customizer.preview is not None, timeout=STEP_MS)
    assert customizer.preview.params["bridge_mm"] == chosen.bridge_mm
    assert customizer.is_fit_saving and customizer.save_fit_button.isEnabled()
    assert fitting.draft is not None and fitting.draft.customer_id == fitting.customer.id
    assert fitting.draft.lenses["power_d"] == -2.5


def test_values_without_a_customer_offer_no_save_as_fit(qtbot: Any, window: MainWindow) -> None:
    fitting, customizer, _catalogue = _screens(window)
    customizer.set_fit_saving(True)
    fitting.open_in_customizer("kids-round", {"pd_right_mm": 25.0, "pd_left_mm": 25.0}, {})
    assert window.current_area_key() == "customizer" and customizer.style_combo.currentData() == "kids-round"
    assert not customizer.is_fit_saving and fitting.draft is None


def test_the_catalogue_opens_a_design_in_the_customizer(qtbot: Any, window: MainWindow, services: Services) -> None:
    _fitting, customizer, catalogue = _screens(window)
    catalogue._show_detail(services.catalog.get("kids-round"))
    with qtbot.waitSignal(catalogue.design_open_requested) as requested:
        catalogue.customize_button.click()
    assert requested.args == ["kids-round"]
    assert window.current_area_key() == "customizer" and customizer.style_combo.currentData() == "kids-round"


def test_a_queued_job_is_shown_in_the_print_queue(qtbot: Any, window: MainWindow) -> None:
    _fitting, customizer, _catalogue = _screens(window)
    queue = window.screens["queue"]
    assert isinstance(queue, QueueScreen)
    window.show_area("customizer")
    customizer.job_queued.emit(41)
    assert window.current_area_key() == "queue"


def test_designs_imported_on_the_sync_screen_show_in_the_catalogue(
    qtbot: Any, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    _fitting, _customizer, catalogue = _screens(window)
    sync = window.screens["sync"]
    assert isinstance(sync, SyncScreen)
    window.show_area("catalogue")
    qtbot.waitUntil(lambda: catalogue.model.total > 0, timeout=STEP_MS)
    before = catalogue.model.total
    window.show_area("sync")
    stl = tmp_path / "stick-bracket.stl"
    stl.write_bytes(box_stl(20.0, 10.0, 5.0))
    services.catalog.import_path(stl)  # what the stick brought, while the catalogue was not in view
    sync.catalogue_changed.emit()
    qtbot.waitUntil(lambda: catalogue.model.total == before + 1, timeout=STEP_MS)


def test_the_split_tabs_keep_their_french(qtbot: Any, services: Services) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, "fr")
    try:
        window = create_main_window(services, "fr")
        qtbot.addWidget(window)
        fitting = window.screens["fitting"]
        assert isinstance(fitting, FittingScreen)
        assert fitting.customer_tab.save_button.text() == "Enregistrer (Ctrl+S)"
        assert fitting.measure_tab.photo.open_photo_button.text() == "Ouvrir une photo…"
        assert fitting.suggest_tab.use_stock_check.text() == "Seulement les verres en stock"
        assert fitting.customers.new_button.text() == "Nouveau client (Ctrl+N)"
        assert fitting.stock_tab.add_stock_button.text() == "Ajouter"
        assert fitting.tabs.tabText(1) != "&2 Measure PD"  # the tab titles stay the screen's own
        for timer in window.findChildren(QTimer):
            timer.stop()
        services.tasks.shutdown(cancel=True)
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)


def test_each_fitting_tab_works_on_its_own(qtbot: Any, window: MainWindow, services: Services) -> None:
    said: list[tuple[str, bool]] = []
    stock = StockTab(window.ctx)
    qtbot.addWidget(stock)
    stock.said.connect(lambda message, is_error: said.append((message, is_error)))
    stock.add_stock_line()
    assert said[-1] == ("Enter the lens diameter (or width for ovals).", True)
    stock.stock_shape.setCurrentIndex(stock.stock_shape.findData(FLUID_MODULE_SHAPE))
    stock.stock_diameter.setText("42")
    stock.stock_count.setText("3")
    stock.stock_thickness.setText("6")
    stock.stock_port.setText("2")
    with qtbot.waitSignal(stock.stock_shown, timeout=STEP_MS) as shown:
        stock.add_stock_line()
    (module,) = shown.args[0]
    assert module.is_fluid_module and module.count == 3

    customer_tab = CustomerTab(window.ctx)
    qtbot.addWidget(customer_tab)
    customer_tab.show_modules(shown.args[0])
    assert customer_tab.module_combo.findData(module.id) == 1
    customer_tab.name_edit.setText("Abena Owusu")
    with qtbot.waitSignal(customer_tab.customer_saved, timeout=STEP_MS) as saved:
        customer_tab.save_customer()
    customer_id = saved.args[0]

    measure = MeasureTab(window.ctx)
    qtbot.addWidget(measure)
    measure.said.connect(lambda message, is_error: said.append((message, is_error)))
    measure.save_ruler_measurement()
    assert said[-1] == ("Save the customer first (Ctrl+S).", True)
    measure.set_customer(customer_id)
    measure.far_pd_edit.setText("62")
    with qtbot.waitSignal(measure.customer_changed, timeout=STEP_MS) as changed:
        measure.save_ruler_measurement()
    assert changed.args == [customer_id] and measure.far_pd_edit.text() == ""

    suggest = SuggestTab(window.ctx)
    qtbot.addWidget(suggest)
    suggest.style_combo.setCurrentIndex(suggest.style_combo.findData("round-classic"))
    suggest.s_pd_r_edit.setText("31")
    suggest.s_pd_l_edit.setText("31")
    suggest.s_power_edit.setText("+1.5")
    suggest.run_suggestions()
    qtbot.waitUntil(lambda: bool(suggest.suggestions), timeout=STEP_MS)
    with qtbot.waitSignal(suggest.fit_opened) as opened:
        suggest.open_suggestion(0)
    style_id, params, lenses = opened.args
    assert style_id == "round-classic" and params == dict(suggest.suggestions[0].parameters)
    assert lenses["power_d"] == 1.5
