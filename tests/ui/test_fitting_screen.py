from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

from app.fitting.customers import add_customer, get_customer, list_customers
from app.fitting.fits import export_fit, get_fit, save_fit
from app.fitting.suggest import SuggestionRequest, suggest_sizes
from app.fitting.values import CustomerInput
from app.services import Services
from tests.app.fitting_scene import Scene, write_png
from ui.app import create_main_window
from ui.screens.fitting import FittingScreen

TIMEOUT_MS = 20000


@pytest.fixture
def opened(qtbot: Any, services: Services) -> Iterator[tuple[Any, FittingScreen]]:
    """The main window on the fitting area; torn down before the services close, so no screen's
    timer (the customizer debounces its preview) can submit work to a closed task runner."""
    window = create_main_window(services)
    qtbot.addWidget(window)
    window.resize(1366, 800)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    screen = window.show_area("fitting")
    assert isinstance(screen, FittingScreen)
    yield window, screen
    for timer in window.findChildren(QTimer):
        timer.stop()
    services.tasks.shutdown(cancel=True)
    window.close()


def test_intake_to_suggestion_to_customizer(qtbot: Any, opened: tuple[Any, FittingScreen], tmp_path: Path) -> None:
    window, screen = opened
    received: list[tuple[str, dict[str, Any]]] = []
    customizer = window.screens["customizer"]
    original = customizer.load_parameters

    def spy(style_id: str, params: dict[str, Any]) -> None:
        received.append((style_id, params))
        original(style_id, params)

    customizer.load_parameters = spy  # type: ignore[method-assign]
    emitted: list[tuple[int, str, dict[str, Any]]] = []
    screen.fit_requested.connect(lambda cid, sid, p: emitted.append((cid, sid, p)))

    # Intake by keyboard: Ctrl+N, type a name, Enter.
    screen.customers.search.setFocus()
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert screen.right.currentWidget() is screen.tabs
    qtbot.keyClicks(screen.customer_tab.name_edit, "Amina Diallo")
    qtbot.keyClick(screen.customer_tab.name_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.customer is not None, timeout=TIMEOUT_MS)
    assert screen.tabs.currentIndex() == 1  # straight on to measuring

    # PD by ruler, Enter saves.
    qtbot.keyClicks(screen.measure_tab.far_pd_edit, "63")
    qtbot.keyClicks(screen.measure_tab.head_width_edit, "148")
    qtbot.keyClick(screen.measure_tab.head_width_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.customer is not None and len(screen.customer.measurements) == 1, timeout=TIMEOUT_MS)
    assert screen.suggest_tab.s_pd_r_edit.text() == "31.5" and screen.suggest_tab.s_head_edit.text() == "148"

    # Suggestions for a style.
    screen.tabs.setCurrentIndex(2)
    screen.suggest_tab.style_combo.setCurrentIndex(screen.suggest_tab.style_combo.findData("oval-everyday"))
    qtbot.mouseClick(screen.suggest_tab.suggest_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(screen.suggest_tab.suggestions) == 3, timeout=TIMEOUT_MS)
    assert all(card.isVisible() for card, *_ in screen.suggest_tab.suggestion_cards)
    screen.grab().save(str(tmp_path / "fitting-suggest.png"))

    # One click to the customizer.
    _card, _text, open_button, _preview = screen.suggest_tab.suggestion_cards[0]
    qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
    assert received and received[0][0] == "oval-everyday"
    assert received[0][1] == screen.suggest_tab.suggestions[0].parameters
    assert window.stack.currentWidget() is customizer
    assert emitted[0][0] == screen.customer.id  # type: ignore[union-attr]


def test_photo_pd_with_consent_then_overlay(
    qtbot: Any, services: Services, opened: tuple[Any, FittingScreen], tmp_path: Path
) -> None:
    _window, screen = opened
    customer = add_customer(services.session_factory, CustomerInput(name="Kofi", has_photo_consent=True))
    screen.refresh()
    qtbot.waitUntil(lambda: screen.customers.customer_list.count() == 1, timeout=TIMEOUT_MS)
    screen.customers.customer_list.setCurrentRow(0)
    qtbot.waitUntil(lambda: screen.customer is not None, timeout=TIMEOUT_MS)

    scene = Scene(mono_right_mm=32.5, mono_left_mm=30.5)
    image = tmp_path / "face.png"
    write_png(image, scene.render())
    screen.tabs.setCurrentIndex(1)
    screen.measure_tab.photo.open_photo(image)
    qtbot.waitUntil(screen.measure_tab.photo.photo_view.has_image, timeout=TIMEOUT_MS)
    keys = ("card_tl", "card_tr", "card_br", "card_bl")
    for key, point in zip(keys, scene.card_px(), strict=True):
        screen.measure_tab.photo.photo_view.set_point(key, point.x, point.y)
    left, right = scene.pupils_px()
    screen.measure_tab.photo.photo_view.set_point("pupil_left", left.x, left.y)
    screen.measure_tab.photo.photo_view.set_point("pupil_right", right.x, right.y)
    nose = scene.nose_px()
    screen.measure_tab.photo.photo_view.set_point("nose", nose.x, nose.y)
    screen.measure_tab.photo.add_photo_reading()
    assert "Far PD 63.0" in screen.measure_tab.photo.photo_result.text()
    screen.grab().save(str(tmp_path / "fitting-photo.png"))
    screen.measure_tab.photo.save_photo_measurement()
    qtbot.waitUntil(lambda: screen.customer is not None and len(screen.customer.measurements) == 1, timeout=TIMEOUT_MS)
    measurement = get_customer(services.session_factory, customer.id).measurements[0]
    assert measurement.method == "photo" and measurement.mono_far_right_mm is not None
    assert abs(measurement.mono_far_right_mm - 32.5) < 0.5
    assert get_customer(services.session_factory, customer.id).photos  # consent: the photo is kept

    qtbot.waitUntil(lambda: screen.suggest_tab.overlay_clicks is not None, timeout=TIMEOUT_MS)
    screen.tabs.setCurrentIndex(2)
    screen.suggest_tab.run_suggestions()
    qtbot.waitUntil(lambda: not screen.suggest_tab.overlay_view.overlay_path().isEmpty(), timeout=TIMEOUT_MS)
    screen.grab().save(str(tmp_path / "fitting-overlay.png"))


def test_bad_input_shows_one_sentence_and_saves_nothing(
    qtbot: Any, services: Services, opened: tuple[Any, FittingScreen], tmp_path: Path
) -> None:
    _window, screen = opened
    screen.new_customer()
    screen.customer_tab.save_customer()  # no name, no code
    qtbot.waitUntil(lambda: "name or a code" in screen.status.text(), timeout=TIMEOUT_MS)
    assert list_customers(services.session_factory) == []
    add_customer(services.session_factory, CustomerInput(name="A"))
    screen.reload_customers()
    qtbot.waitUntil(lambda: screen.customers.customer_list.count() == 1, timeout=TIMEOUT_MS)
    screen.customers.customer_list.setCurrentRow(0)
    qtbot.waitUntil(lambda: screen.customer is not None, timeout=TIMEOUT_MS)
    screen.measure_tab.far_pd_edit.setText("120")
    screen.measure_tab.save_ruler_measurement()
    assert "impossible" in screen.status.text()
    screen.measure_tab.far_pd_edit.setText("abc")
    screen.measure_tab.save_ruler_measurement()
    assert "not a number" in screen.status.text()
    screen.measure_tab.photo.add_photo_reading()
    assert "Open a photo first" in screen.status.text()
    fake = tmp_path / "face.jpg"
    fake.write_text("this is not a photo")
    screen.measure_tab.photo.open_photo(fake)
    qtbot.waitUntil(lambda: "not a photo" in screen.status.text(), timeout=TIMEOUT_MS)
    assert not screen.measure_tab.photo.photo_view.has_image()


def test_lens_stock_and_saved_fits(
    qtbot: Any, services: Services, opened: tuple[Any, FittingScreen], tmp_path: Path
) -> None:
    window, screen = opened
    customer = add_customer(services.session_factory, CustomerInput(name="Ama", code="AMA"))
    params = suggest_sizes(SuggestionRequest("round-classic", 31.5, 31.5, 150.0)).suggestions[0].parameters
    fit = save_fit(services.session_factory, customer.id, "round-classic", params, {"frame_pd_mm": 63.0}, {},
                   {"note": "ok"})
    screen.refresh()
    received: list[str] = []
    window.screens["customizer"].load_parameters = lambda style_id, p: received.append(style_id)  # type: ignore[attr-defined]

    screen.tabs.setCurrentIndex(3)
    screen.stock_tab.stock_diameter.setText("44")
    screen.stock_tab.stock_power.setText("+1.5")
    screen.stock_tab.stock_count.setText("6")
    qtbot.keyClick(screen.stock_tab.stock_count, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.stock_tab.stock_table.rowCount() == 1, timeout=TIMEOUT_MS)
    assert screen.stock_tab.stock_table.item(0, 3).text() == "+1.50"
    screen.stock_tab.stock_table.setCurrentCell(0, 4)
    assert screen.stock_tab.stock_count.text() == "6"
    screen.stock_tab.stock_count.setText("5")
    screen.stock_tab.update_stock_line()
    qtbot.waitUntil(lambda: screen.stock_tab.stock_table.item(0, 4).text() == "5", timeout=TIMEOUT_MS)
    screen.stock_tab.stock_table.setCurrentCell(0, 0)
    screen.stock_tab.stock_diameter.setText("5")
    screen.stock_tab.add_stock_line()
    qtbot.waitUntil(lambda: "not plausible" in screen.status.text(), timeout=TIMEOUT_MS)

    qtbot.waitUntil(lambda: screen.customers.customer_list.count() == 1, timeout=TIMEOUT_MS)
    screen.customers.customer_list.setCurrentRow(0)
    qtbot.waitUntil(lambda: screen.customer_tab.fit_list.count() == 1, timeout=TIMEOUT_MS)
    screen.customer_tab.fit_list.setCurrentRow(0)
    screen.customer_tab.open_saved_fit()
    qtbot.waitUntil(lambda: received == ["round-classic"], timeout=TIMEOUT_MS)
    screen.customer_tab.reprint_fit(fit.id, tmp_path / "parts")
    qtbot.waitUntil(lambda: "Wrote" in screen.status.text(), timeout=TIMEOUT_MS)
    assert any(p.suffix == ".stl" for p in (tmp_path / "parts").iterdir())
    exported = export_fit(services.session_factory, fit.id, tmp_path / "fit.json")
    screen.customer_tab.import_fit(exported)
    qtbot.waitUntil(lambda: screen.customer_tab.fit_list.count() == 2, timeout=TIMEOUT_MS)


def test_customizer_save_as_fit_records_paper_check_changes(
    qtbot: Any, services: Services, opened: tuple[Any, FittingScreen]
) -> None:
    window, screen = opened
    customizer = window.screens["customizer"]
    customer = add_customer(services.session_factory, CustomerInput(name="Efua", code="EF-1"))
    screen.refresh()
    qtbot.waitUntil(lambda: screen.customers.customer_list.count() == 1, timeout=TIMEOUT_MS)
    screen.customers.customer_list.setCurrentRow(0)
    qtbot.waitUntil(lambda: screen.customer is not None, timeout=TIMEOUT_MS)
    screen.suggest_tab.s_pd_r_edit.setText("32")
    screen.suggest_tab.s_pd_l_edit.setText("31")
    screen.suggest_tab.style_combo.setCurrentIndex(screen.suggest_tab.style_combo.findData("round-classic"))
    screen.suggest_tab.run_suggestions()
    qtbot.waitUntil(lambda: len(screen.suggest_tab.suggestions) == 3, timeout=TIMEOUT_MS)
    suggested = screen.suggest_tab.suggestions[0]
    screen.suggest_tab.open_suggestion(0)
    assert window.stack.currentWidget() is customizer
    qtbot.waitUntil(lambda: customizer.is_preview_current, timeout=TIMEOUT_MS)

    # The paper check showed the frame sits low: raise the crest, then save as a fit.
    crest = customizer.editors["crest_above_datum_mm"]
    new_crest = float(suggested.parameters["crest_above_datum_mm"]) + 1.0
    crest.setValue(new_crest)
    qtbot.waitUntil(lambda: customizer.is_preview_current and customizer.save_fit_button.isEnabled(),
                    timeout=TIMEOUT_MS)
    with qtbot.waitSignal(screen.fit_saved, timeout=TIMEOUT_MS) as saved:
        qtbot.mouseClick(customizer.save_fit_button, Qt.MouseButton.LeftButton)
    fit_id = saved.args[0]
    detail = get_customer(services.session_factory, customer.id)
    assert [f.id for f in detail.fits] == [fit_id]
    record = get_fit(services.session_factory, fit_id)
    assert record.design_id == "round-classic"
    assert record.paper_check_changes == {
        "crest_above_datum_mm": {"from": suggested.parameters["crest_above_datum_mm"], "to": new_crest}
    }
    assert record.lenses["source"] == "edged"
    assert record.derived.get("frame_pd_mm") == 63.0
