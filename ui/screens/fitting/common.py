"""What the fitting tabs share: number fields, photo decoding, cell formats, and a tab's plumbing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Signal
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtWidgets import QLineEdit, QWidget

from app.fitting.errors import FittingError
from ui.context import ScreenContext


def optional_float(edit: QLineEdit) -> float | None:
    text = edit.text().strip().replace(",", ".")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise FittingError(f"{text!r} is not a number: type digits like 63.5.") from None


def optional_float_or_none(edit: QLineEdit) -> float | None:
    try:
        return optional_float(edit)
    except FittingError:
        return None


def number_edit(placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setMaximumWidth(120)
    return edit


def decode_image(data: bytes) -> QImage:
    """Decode in the worker thread (QImage, unlike QPixmap, may be built off the GUI thread).

    EXIF rotation is applied, so clicks are in the photo as shown, the size the core reads."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    image = reader.read()
    if image.isNull():
        raise FittingError("The photo cannot be decoded: use a PNG or JPEG file.")
    return image


def mm_cell(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def dioptre_cell(value: float | None) -> str:
    return "–" if value is None else f"{value:+.2f}"


class FittingTab(QWidget):
    """A part of the fitting area: it runs its work through the task runner and says how it went
    through `said`, which the fitting screen shows in its one status line."""

    said = Signal(str, bool)  # message, is_error
    customer_changed = Signal(int)  # the customer's record changed: show it again

    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def _run(
        self, title: str, work: Callable[[], Any], on_result: Callable[[Any], None] | None = None,
        *, show_progress: bool = False,
    ) -> None:
        self.ctx.tasks.run(
            title, lambda _task: work(), on_result=on_result, on_error=self._show_error, show_progress=show_progress
        )

    def _show_error(self, exc: BaseException) -> None:
        self._say(str(exc), is_error=True)

    def _say(self, message: str, *, is_error: bool = False) -> None:
        self.said.emit(message, is_error)
