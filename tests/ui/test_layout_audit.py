"""The layout inspector finds what an operator cannot see, and nothing else."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.layout_audit import audit_window, message_labels, tab_views


def _window(qtbot: Any, width: int = 400, height: int = 300) -> tuple[QWidget, QVBoxLayout]:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    window.resize(width, height)
    return window, layout


def _show(qtbot: Any, window: QWidget) -> None:
    window.show()
    qtbot.waitExposed(window)


def _kinds(problems: list[Any]) -> list[tuple[str, str]]:
    return [(p.kind, p.text) for p in problems]


def test_a_button_below_the_fold_of_a_scroll_area_is_out_of_view(qtbot: Any) -> None:
    window, layout = _window(qtbot)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    body = QWidget()
    body_layout = QVBoxLayout(body)
    body_layout.addSpacing(900)
    button = QPushButton("Save site")
    body_layout.addWidget(button)
    scroll.setWidget(body)
    layout.addWidget(scroll)
    _show(qtbot, window)

    problems = audit_window(window, main_area=scroll)
    assert _kinds(problems) == [("out of view", "Save site")]
    assert "visible (0,0 0×0)" in str(problems[0])

    scroll.ensureWidgetVisible(button)
    assert audit_window(window, main_area=scroll) == []


def test_disabled_and_opted_out_buttons_are_not_primary_actions(qtbot: Any) -> None:
    window, layout = _window(qtbot)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    body = QWidget()
    body_layout = QVBoxLayout(body)
    body_layout.addSpacing(900)
    disabled, row_tool = QPushButton("Cancel"), QPushButton("Pin")
    disabled.setEnabled(False)
    row_tool.setProperty("primaryAction", False)
    body_layout.addWidget(disabled)
    body_layout.addWidget(row_tool)
    scroll.setWidget(body)
    layout.addWidget(scroll)
    _show(qtbot, window)

    assert audit_window(window) == []


def test_a_message_is_checked_while_it_says_something(qtbot: Any) -> None:
    window, layout = _window(qtbot)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    body = QWidget()
    body_layout = QVBoxLayout(body)
    body_layout.addSpacing(900)
    marked = QLabel("")
    marked.setProperty("role", "message")
    body_layout.addWidget(marked)
    scroll.setWidget(body)
    layout.addWidget(scroll)
    _show(qtbot, window)
    assert marked in message_labels(window)
    assert audit_window(window) == []

    marked.setText("Saved.")
    assert _kinds(audit_window(window)) == [("out of view", "Saved.")]


def test_a_screen_keeps_its_messages_under_a_message_name(qtbot: Any) -> None:
    window, layout = _window(qtbot)
    window.site_message = QLabel("Saved.")  # type: ignore[attr-defined]
    window.title = QLabel("Energy")  # type: ignore[attr-defined]
    layout.addWidget(window.site_message)  # type: ignore[attr-defined]
    layout.addWidget(window.title)  # type: ignore[attr-defined]
    assert message_labels(window) == {window.site_message}  # type: ignore[attr-defined]


def test_a_label_narrower_than_its_text_is_cut(qtbot: Any) -> None:
    window, layout = _window(qtbot)
    cut = QLabel("Panel azimuth (180 = south)")
    cut.setFixedWidth(60)
    whole = QLabel("Latitude")
    wrapped = QLabel("A long explanation that wraps over several lines when it must.")
    wrapped.setWordWrap(True)
    wrapped.setFixedWidth(120)
    for label in (cut, whole, wrapped):
        layout.addWidget(label)
    _show(qtbot, window)

    assert _kinds(audit_window(window)) == [("cut", "Panel azimuth (180 = south)")]


def test_a_check_box_narrower_than_its_text_is_cut(qtbot: Any) -> None:
    window, layout = _window(qtbot)
    check = QCheckBox("Cooler bed after the first layers")
    check.setFixedWidth(check.sizeHint().width() - 20)
    layout.addWidget(check)
    _show(qtbot, window)

    assert _kinds(audit_window(window)) == [("cut", "Cooler bed after the first layers")]


def test_tabs_hidden_behind_arrows_are_cut(qtbot: Any) -> None:
    window, layout = _window(qtbot, 200, 200)
    tabs = QTabWidget()
    for title in ("Customer", "Measure PD", "Suggest sizes", "Stock", "Orders"):
        tabs.addTab(QWidget(), title)
    layout.addWidget(tabs)
    _show(qtbot, window)

    problems = audit_window(window)
    assert [p.kind for p in problems] == ["cut"]
    assert "some are hidden behind arrows" in problems[0].detail


def test_sideways_scrolling_and_a_window_too_large_are_reported(qtbot: Any) -> None:
    window, layout = _window(qtbot, 500, 300)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    wide = QWidget()
    wide.setMinimumWidth(900)
    scroll.setWidget(wide)
    layout.addWidget(scroll)
    _show(qtbot, window)

    problems = audit_window(window, main_area=scroll, available=QRect(0, 0, 400, 300))
    assert sorted(p.kind for p in problems) == ["scroll bar", "too large"]


def test_every_tab_is_made_current_in_turn(qtbot: Any) -> None:
    window, layout = _window(qtbot)
    outer = QTabWidget()
    outer.setObjectName("outer")
    inner = QTabWidget()
    inner.setObjectName("inner")
    inner.addTab(QWidget(), "Stock")
    inner.addTab(QWidget(), "Orders")
    outer.addTab(QWidget(), "Customer")
    outer.addTab(inner, "Record")
    layout.addWidget(outer)
    _show(qtbot, window)

    assert list(tab_views(window)) == ["outer[Customer]", "outer[Record] / inner[Stock]",
                                       "outer[Record] / inner[Orders]"]
    assert outer.currentIndex() == 0


def test_a_navigation_row_wider_than_the_list_is_cut(qtbot: Any) -> None:
    window, layout = _window(qtbot)
    navigation = QListWidget()
    navigation.setProperty("textMustFit", True)
    navigation.setFixedWidth(120)
    navigation.addItems(["Energy", "Customers & Fitting, with a long translation"])
    layout.addWidget(navigation)
    _show(qtbot, window)

    assert _kinds(audit_window(window)) == [("cut", "Customers & Fitting, with a long translation")]


def test_a_wrapped_label_lower_than_its_lines_is_cut(qtbot: Any) -> None:
    window, layout = _window(qtbot)
    hint = QLabel("Open a photo taken from about 1 m, card flat on the brow, long edge level.")
    hint.setWordWrap(True)
    hint.setFixedSize(160, hint.fontMetrics().height())
    layout.addWidget(hint)
    _show(qtbot, window)

    problems = audit_window(window)
    assert [p.kind for p in problems] == ["cut"]
    assert "px high" in problems[0].detail
