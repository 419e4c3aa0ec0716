"""The wheel scrolls a long form instead of changing an unfocused field under the pointer."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea, QSpinBox, QVBoxLayout, QWidget

from ui.widgets.wheel_guard import install_wheel_guard


@pytest.fixture
def guarded(qapp: QApplication) -> Iterator[None]:
    guard = install_wheel_guard(qapp)
    yield
    qapp.removeEventFilter(guard)
    guard.deleteLater()


def _wheel_down(widget: QWidget) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(widget.rect().center())), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def _form(qtbot: Any, height: int) -> tuple[QScrollArea, QSpinBox]:
    column = QWidget()
    layout = QVBoxLayout(column)
    spin = QSpinBox()
    spin.setValue(5)
    layout.addWidget(spin)
    filler = QWidget()
    filler.setMinimumHeight(height)
    layout.addWidget(filler)
    area = QScrollArea()
    area.setWidget(column)
    area.setWidgetResizable(True)
    area.resize(300, 200)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    return area, spin


def test_an_unfocused_field_lets_the_pane_scroll(qtbot: Any, guarded: None) -> None:
    area, spin = _form(qtbot, 2000)
    _wheel_down(spin)
    assert spin.value() == 5
    assert area.verticalScrollBar().value() > 0


def test_a_field_clicked_into_takes_the_wheel(qtbot: Any, guarded: None) -> None:
    area, spin = _form(qtbot, 2000)
    area.activateWindow()
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    _wheel_down(spin)
    assert spin.value() == 4


def test_a_field_in_a_pane_with_nothing_to_scroll_keeps_the_wheel(qtbot: Any, guarded: None) -> None:
    _area, spin = _form(qtbot, 10)
    _wheel_down(spin)
    assert spin.value() == 4
