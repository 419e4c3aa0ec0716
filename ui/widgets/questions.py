"""A yes/no question that leaves the event loop running: window-modal, opened with open(), answered by callback.

Questions are often asked from a background task's callback; exec() would keep the bridge inside
that callback, so the progress queued behind it would wait for the operator's answer.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def ask_yes_no(
    parent: QWidget, title: str, question: str, *, object_name: str, on_answer: Callable[[bool], None]
) -> QMessageBox:
    """Show the question (No is the default) and call `on_answer(is_yes)` once it is answered or dismissed."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setObjectName(object_name)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    yes = box.button(QMessageBox.StandardButton.Yes)
    box.finished.connect(lambda _result: on_answer(box.clickedButton() is yes))
    box.open()
    return box
