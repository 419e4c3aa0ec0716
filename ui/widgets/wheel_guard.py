"""The mouse wheel scrolls a long form rather than changing the field that passes under the pointer.

Qt gives the wheel to whatever spin box or drop-down list is under the pointer, focused or not: an
operator scrolling the slicing settings to reach a button changed the skirt loops on the way and lost
the slice. Here a field takes the wheel only once clicked into; until then the wheel scrolls the pane
around it. A field outside any scrolling pane keeps Qt's behaviour.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QWidget


def _scrolling_pane(widget: QWidget) -> QAbstractScrollArea | None:
    """The nearest pane around `widget` that can scroll up or down now."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent.verticalScrollBar().maximum() > 0:
            return parent
        parent = parent.parentWidget()
    return None


class WheelGuard(QObject):
    """An application event filter: install once with `install_wheel_guard`."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, (QAbstractSpinBox, QComboBox)):
            return False
        if watched.hasFocus():
            return False  # clicked into: the operator means to change this value
        pane = _scrolling_pane(watched)
        if pane is None:
            return False
        QCoreApplication.sendEvent(pane.verticalScrollBar(), event)
        return True


def install_wheel_guard(app: QApplication) -> WheelGuard:
    guard = WheelGuard(app)  # the application owns it, so it lives as long as the windows
    app.installEventFilter(guard)
    return guard
