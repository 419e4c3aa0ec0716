"""The fitting area as an operator with little computer experience meets it on a 1366×768 laptop:
news in view, refused fields marked, nothing below the fold, a photo that can be zoomed and stays
put while points are placed, lists that follow changes, a saved fit printed again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from app.fitting.customers import add_customer, add_measurement, get_customer
from app.fitting.fits import save_fit
from app.fitting.pd_photo import CARD_WIDTH_MM
from app.fitting.values import CustomerInput, MeasurementInput
from app.services import Services
from tests.app.fitting_scene import Scene, write_png
from ui.app import create_main_window
from ui.layout_audit import visible_rect
from ui.screens.fitting import FittingScreen
from ui.screens.fitting.common import is_marked_invalid
from ui.slicing import SlicingDialog

TIMEOUT_MS = 20000
LAPTOP = (1366, 768)


@pytest.fixture
def opened(qtbot: Any, services: Services) -> Iterator[tuple[Any, FittingScreen]]:
    window = create_main_window(services)
    qtbot.addWidget(window)
    window.resize(*LAPTOP)
    window.show()
    qtbot.waitExposed(window)
    screen = window.show_area("fitting")
    assert isinstance(screen, FittingScreen)
    yield window, screen
    for timer in window.findChildren(QTimer):
        timer.stop()
    services.tasks.shutdown(cancel=True)
    window.close()


def _choose(qtbot: Any, screen: FittingScreen, row: int) -> None:
    screen.customers.customer_list.setCurrentRow(row)
    chosen = int(screen.customers.customer_list.item(row).data(Qt.ItemDataRole.UserRole))
    qtbot.waitUntil(lambda: screen.customer is not None and screen.customer.id == chosen, timeout=TIMEOUT_MS)


def _with_customers(qtbot: Any, services: Services, screen: FittingScreen, *names: str) -> None:
    for name in names:
        add_customer(services.session_factory, CustomerInput(name=name, has_photo_consent=True))
    screen.refresh()
    qtbot.waitUntil(lambda: screen.customers.customer_list.count() == len(names), timeout=TIMEOUT_MS)
    _choose(qtbot, screen, 0)


def _in_view(widget: QWidget, window: QWidget) -> bool:
    """Shown whole inside the window: not below the fold, not clipped by a scroll area."""
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    is_unclipped = widget.visibleRegion().boundingRect().size() == widget.size()
    return widget.isVisible() and window.rect().contains(rect) and is_unclipped


def test_a_refused_value_is_said_in_view_and_its_field_marked(
    qtbot: Any, services: Services, opened: tuple[Any, FittingScreen]
) -> None:
    window, screen = opened
    _with_customers(qtbot, services, screen, "Ama")
    screen.tabs.setCurrentIndex(1)
    measure = screen.measure_tab
    qtbot.keyClicks(measure.far_pd_edit, "abc")
    qtbot.keyClick(measure.far_pd_edit, Qt.Key.Key_Return)
    assert screen.status.text() == "'abc' is not a number: type digits like 63.5."
    assert screen.status.is_error() and _in_view(screen.status, window)
    assert is_marked_invalid(measure.far_pd_edit) and measure.far_pd_edit.hasFocus()
    qtbot.keyClicks(measure.far_pd_edit, "120")  # typing over the selected text clears the mark
    assert not is_marked_invalid(measure.far_pd_edit)
    qtbot.keyClick(measure.far_pd_edit, Qt.Key.Key_Return)
    assert "A far PD of 120 mm is impossible" in screen.status.text()
    assert is_marked_invalid(measure.far_pd_edit) and not is_marked_invalid(measure.near_pd_edit)
    measure.far_pd_edit.setText("63")
    measure.near_pd_edit.setText("70")
    measure.save_ruler_measurement()
    assert "near PD" in screen.status.text() and is_marked_invalid(measure.near_pd_edit)
    measure.near_pd_edit.setText("")
    measure.save_ruler_measurement()
    qtbot.waitUntil(lambda: screen.status.text() == "Measurement saved.", timeout=TIMEOUT_MS)
    assert not screen.status.is_error() and _in_view(screen.status, window)
    assert not any(is_marked_invalid(edit) for edit in measure._edits())


def test_list_and_banner_follow_the_customer(
    qtbot: Any, services: Services, opened: tuple[Any, FittingScreen]
) -> None:
    _window, screen = opened
    _with_customers(qtbot, services, screen, "Ama", "Kofi")
    first_id = screen.customer.id  # type: ignore[union-attr]
    screen.tabs.setCurrentIndex(1)
    screen.measure_tab.far_pd_edit.setText("64.35")
    screen.measure_tab.save_ruler_measurement()
    qtbot.waitUntil(lambda: screen.status.text() == "Measurement saved.", timeout=TIMEOUT_MS)

    def row_text(customer_id: int) -> str:
        items = screen.customers.customer_list
        return next(items.item(i).text() for i in range(items.count())
                    if items.item(i).data(Qt.ItemDataRole.UserRole) == customer_id)

    # The last PD shows in the list at once, by the one rounding rule (64.35 reads 64.4 everywhere).
    qtbot.waitUntil(lambda: row_text(first_id).endswith("· PD 64.4"), timeout=TIMEOUT_MS)
    assert screen.status.text() == "Measurement saved."  # the refresh kept the news
    _choose(qtbot, screen, 1)
    assert screen.status.text() == ""  # news about Ama is not about Kofi


def test_everything_is_in_view_at_1366_by_768(
    qtbot: Any, services: Services, opened: tuple[Any, FittingScreen], tmp_path: Path
) -> None:
    window, screen = opened
    assert (window.width(), window.height()) == LAPTOP
    _with_customers(qtbot, services, screen, "Ama")
    screen.tabs.setCurrentIndex(1)
    photo = screen.measure_tab.photo
    image = tmp_path / "face.png"
    write_png(image, Scene().render())
    photo.open_photo(image)
    qtbot.waitUntil(photo.photo_view.has_image, timeout=TIMEOUT_MS)
    photo.add_photo_reading()  # no points yet: a refusal in the banner
    qtbot.wait(50)
    measure_widgets: list[QWidget] = [screen.status, photo.save_photo_button, photo.reset_readings_button,
                                      photo.photo_result, photo.photo_view, photo.zoom_in_button,
                                      screen.measure_tab.save_ruler_button]
    for widget in measure_widgets:
        assert _in_view(widget, window), widget.objectName() or type(widget).__name__
    screen.tabs.setCurrentIndex(3)
    stock = screen.stock_tab
    qtbot.waitUntil(lambda: stock.add_stock_button.isVisible(), timeout=TIMEOUT_MS)
    stock_widgets: list[QWidget] = [stock.stock_diameter, stock.stock_count, stock.stock_port,
                                    stock.add_stock_button, stock.update_stock_button, stock.stock_table]
    for widget in stock_widgets:
        assert _in_view(widget, window), type(widget).__name__
    screen.tabs.setCurrentIndex(0)
    tab = screen.customer_tab
    customer_widgets: list[QWidget] = [tab.save_button, tab.print_again_button, tab.reopen_fit_button,
                                       tab.order_list]
    for widget in customer_widgets:
        assert _in_view(widget, window), type(widget).__name__


def test_photo_zooms_to_a_tenth_of_a_millimetre_and_stays_put_while_clicking(
    qtbot: Any, services: Services, opened: tuple[Any, FittingScreen], tmp_path: Path
) -> None:
    window, screen = opened
    _with_customers(qtbot, services, screen, "Ama")
    screen.tabs.setCurrentIndex(1)
    photo = screen.measure_tab.photo
    view = photo.photo_view
    scene = Scene()
    image = tmp_path / "face.png"
    write_png(image, scene.render())
    photo.open_photo(image)
    qtbot.waitUntil(view.has_image, timeout=TIMEOUT_MS)
    card = scene.card_px()
    mm_per_photo_px = CARD_WIDTH_MM / (card[1].x - card[0].x)
    fitted = view.view_scale()
    assert view.is_auto_fit() and mm_per_photo_px / fitted > 0.1  # the whole 1600 px photo: too coarse
    while mm_per_photo_px / view.view_scale() > 0.1:
        qtbot.mouseClick(photo.zoom_in_button, Qt.MouseButton.LeftButton)
    assert not view.is_auto_fit() and view.view_scale() > fitted
    qtbot.mouseClick(photo.zoom_out_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(photo.zoom_in_button, Qt.MouseButton.LeftButton)
    view.centerOn(card[0].x, card[0].y)

    # The loupe magnifies the spot under the cursor, in a corner away from it.
    target = view.mapFromScene(card[0].x, card[0].y)
    QTest.mouseMove(view.viewport(), target)
    qtbot.waitUntil(view.loupe.isVisible, timeout=TIMEOUT_MS)
    assert abs(view.loupe.centre().x() - card[0].x) < 1.0 and abs(view.loupe.centre().y() - card[0].y) < 1.0
    assert view.loupe.magnification() >= 6.0
    assert not view.loupe.geometry().contains(target)

    # Clicking every point: the view neither moves, resizes nor rescales, so each click lands where aimed.
    geometry = QRect(view.mapTo(window, QPoint(0, 0)), view.size())
    transform, scroll = view.transform(), (view.horizontalScrollBar().value(), view.verticalScrollBar().value())
    hint_height = photo.photo_hint.height()
    for key in ("card_tl", "card_tr", "card_br", "card_bl", "pupil_left", "pupil_right", "nose"):
        where = QPoint(40 + 30 * len(view.points()), 60 + 20 * len(view.points()))
        aimed = view.mapToScene(where)
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
        placed = view.points()[key]
        # One screen pixel at this zoom is under a tenth of a millimetre at the card.
        assert abs(placed[0] - aimed.x()) * mm_per_photo_px <= 0.1
        assert abs(placed[1] - aimed.y()) * mm_per_photo_px <= 0.1
        assert QRect(view.mapTo(window, QPoint(0, 0)), view.size()) == geometry
        assert view.transform() == transform and photo.photo_hint.height() == hint_height
        assert (view.horizontalScrollBar().value(), view.verticalScrollBar().value()) == scroll
    photo.add_photo_reading()  # a banner message appears above: the photo still does not move
    assert QRect(view.mapTo(window, QPoint(0, 0)), view.size()) == geometry
    qtbot.mouseClick(photo.fit_button, Qt.MouseButton.LeftButton)
    assert view.is_auto_fit() and view.view_scale() == pytest.approx(fitted)


def test_suggestions_go_when_the_style_changes(
    qtbot: Any, services: Services, opened: tuple[Any, FittingScreen]
) -> None:
    _window, screen = opened
    _with_customers(qtbot, services, screen, "Ama")
    tab = screen.suggest_tab
    screen.tabs.setCurrentIndex(2)
    tab.s_pd_r_edit.setText("31.5")
    tab.s_pd_l_edit.setText("31.5")
    tab.style_combo.setCurrentIndex(tab.style_combo.findData("oval-everyday"))
    tab.run_suggestions()
    qtbot.waitUntil(lambda: len(tab.suggestions) == 3, timeout=TIMEOUT_MS)
    card, text, _open, _preview = tab.suggestion_cards[0]
    header_bridge = card.title().split("bridge ")[1].split(" mm")[0]
    assert f"• Bridge {header_bridge} mm" in text.text()  # header and reason agree
    opened_styles: list[str] = []
    tab.fit_opened.connect(lambda style_id, _p, _l: opened_styles.append(style_id))
    tab.style_combo.setCurrentIndex(tab.style_combo.findData("round-classic"))
    assert tab.suggestions == [] and not any(c.isVisible() for c, *_ in tab.suggestion_cards)
    assert "Suggest sizes again" in screen.status.text()
    tab.open_suggestion(0)
    assert opened_styles == []  # nothing of the previous style can be opened


def test_print_again_queues_the_saved_fit_without_a_new_one(
    qtbot: Any, services: Services, opened: tuple[Any, FittingScreen], tmp_path: Path
) -> None:
    _window, screen = opened
    _with_customers(qtbot, services, screen, "Ama")
    customer_id = screen.customer.id  # type: ignore[union-attr]
    add_measurement(services.session_factory, customer_id, MeasurementInput(far_pd_mm=63.0))
    fit = save_fit(services.session_factory, customer_id, "round-classic", {"pd_right_mm": 31.5, "pd_left_mm": 31.5})
    screen.load_customer(customer_id)
    qtbot.waitUntil(lambda: screen.customer_tab.fit_list.count() == 1, timeout=TIMEOUT_MS)
    tab = screen.customer_tab
    tab.fit_list.setCurrentRow(0)
    qtbot.mouseClick(tab.print_again_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.reprinter.dialog is not None, timeout=TIMEOUT_MS)
    dialog = tab.reprinter.dialog
    assert isinstance(dialog, SlicingDialog) and f"Fit #{fit.id} again" in dialog.panel.parts_label.text()
    dialog.reject()

    from tests.app.test_orders import ESTIMATE, GCODE

    gcode = tmp_path / "fit.gcode"
    gcode.write_text(GCODE, encoding="utf-8")
    outcome = SimpleNamespace(output=gcode, estimate=ESTIMATE, printer=services.profiles.printer("creality-ender3"),
                              material=None)  # as the dialog's "Add to queue" hands it over
    tab.reprinter.queue(fit.id, outcome, is_for_sale=False)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: "Queued job" in screen.status.text(), timeout=TIMEOUT_MS)
    detail = get_customer(services.session_factory, customer_id)
    assert len(detail.fits) == 1  # printed again: no duplicate fit
    assert len(detail.orders) == 1 and detail.orders[0].fit_id == fit.id
    qtbot.waitUntil(lambda: tab.order_list.count() == 1 and "queued" in tab.order_list.item(0).text(),
                    timeout=TIMEOUT_MS)


def test_customizer_says_whose_fit_it_shows(
    qtbot: Any, services: Services, opened: tuple[Any, FittingScreen]
) -> None:
    window, screen = opened
    customizer = window.screens["customizer"]
    assert customizer.owner_label.text() == "Not tied to a customer"  # as after a restart
    _with_customers(qtbot, services, screen, "Ama")
    fit = save_fit(services.session_factory, screen.customer.id, "round-classic",  # type: ignore[union-attr]
                   {"pd_right_mm": 31.5, "pd_left_mm": 31.5})
    screen.load_customer(fit.customer_id)
    qtbot.waitUntil(lambda: screen.customer_tab.fit_list.count() == 1, timeout=TIMEOUT_MS)
    screen.customer_tab.fit_list.setCurrentRow(0)
    screen.customer_tab.open_saved_fit()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is customizer, timeout=TIMEOUT_MS)
    label = screen.customer.summary.label  # type: ignore[union-attr]
    assert customizer.owner_label.text() == f"Fit #{fit.id} for {label} (saved {fit.created_at:%Y-%m-%d})"
    window.open_design("oval-everyday")
    assert customizer.owner_label.text() == "Not tied to a customer"


def test_suggestions_leave_the_form_its_full_height_at_1366_by_768(
    qtbot: Any, services: Services, opened: tuple[Any, FittingScreen]
) -> None:
    _window, screen = opened
    _with_customers(qtbot, services, screen, "Ama")
    tab = screen.suggest_tab
    screen.tabs.setCurrentIndex(2)
    tab.s_pd_r_edit.setText("31.8")
    tab.s_pd_l_edit.setText("31.8")
    tab.s_head_edit.setText("142")
    tab.style_combo.setCurrentIndex(tab.style_combo.findData("round-classic"))
    tab.run_suggestions()
    qtbot.waitUntil(lambda: len(tab.suggestions) == 3, timeout=TIMEOUT_MS)
    qtbot.wait(50)
    # Three cards of reasons are taller than the screen: they scroll, rather than crushing the fields.
    for field in (tab.style_combo, tab.s_pd_r_edit, tab.s_head_edit, tab.suggest_button):
        assert field.height() >= field.minimumSizeHint().height(), type(field).__name__
    seen = visible_rect(tab.suggest_button, _window)
    assert seen.width() == tab.suggest_button.width()  # and nothing is cut sideways
