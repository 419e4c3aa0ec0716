"""What the fitting tabs share: number fields, photo decoding, cell formats, and a tab's plumbing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt, Signal
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from app.fitting.errors import FittingError
from ui.context import ScreenContext

_INVALID_FIELD_STYLE = "QLineEdit { border: 2px solid #c62828; background: #ffebee; }"


class FieldError(FittingError):
    """A value typed in one field is wrong: the field is marked so the operator sees which one."""

    def __init__(self, message: str, field: QLineEdit) -> None:
        super().__init__(message)
        self.field = field


def mark_invalid(edit: QLineEdit, is_invalid: bool) -> None:
    """A red frame around a field whose value was refused, gone as soon as the operator types in it."""
    edit.setProperty("isInvalid", is_invalid)
    edit.setStyleSheet(_INVALID_FIELD_STYLE if is_invalid else "")
    if is_invalid and not edit.property("hasInvalidHook"):
        edit.setProperty("hasInvalidHook", True)
        edit.textEdited.connect(lambda _text, e=edit: mark_invalid(e, False))


def is_marked_invalid(edit: QLineEdit) -> bool:
    return bool(edit.property("isInvalid"))


def optional_float(edit: QLineEdit) -> float | None:
    text = edit.text().strip().replace(",", ".")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        message = QCoreApplication.translate("FittingFields", "'{text}' is not a number: type digits like 63.5.")
        raise FieldError(message.format(text=text), edit) from None


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
        raise FittingError(QCoreApplication.translate(
            "FittingFields", "The photo cannot be decoded: use a PNG or JPEG file."))
    return image


def mm_cell(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def dioptre_cell(value: float | None) -> str:
    return "–" if value is None else f"{value:+.2f}"


class FeedbackBanner(QLabel):
    """The fitting area's one line of news, at the top of the tabs where the eye already is: green when
    an action worked, red when it was refused. Its height never changes, so nothing below it moves
    (a click on the photo lands where it was aimed)."""

    _STYLES: ClassVar[dict[bool | None, str]] = {
        None: "QLabel { border: 1px solid transparent; padding: 2px 6px; }",
        False: "QLabel { background: #e8f5e9; color: #1b5e20; border: 1px solid #81c784; padding: 2px 6px; }",
        True: "QLabel { background: #ffebee; color: #b71c1c; border: 2px solid #e57373; padding: 2px 6px;"
              " font-weight: 600; }",
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fittingStatus")
        self.setWordWrap(True)
        self.setFixedHeight(2 * self.fontMetrics().lineSpacing() + 12)
        self.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        self.say("")

    def say(self, message: str, *, is_error: bool = False) -> None:
        self.setProperty("isError", is_error and bool(message))
        self.setStyleSheet(self._STYLES[is_error if message else None])
        self.setText(message)
        self.setToolTip(message)

    def clear_message(self) -> None:
        self.say("")

    def is_error(self) -> bool:
        return bool(self.property("isError"))


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
        if isinstance(exc, FieldError):
            self._mark_field(exc.field)
        self._say(str(exc), is_error=True)

    def _mark_field(self, edit: QLineEdit) -> None:
        mark_invalid(edit, True)
        edit.setFocus()
        edit.selectAll()

    def _say(self, message: str, *, is_error: bool = False) -> None:
        self.said.emit(message, is_error)
