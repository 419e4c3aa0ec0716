"""A wrapped label as tall as the longest of the texts it may show, so what sits below it never moves."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

_UNBOUNDED_PX = 10_000


class StableHeightLabel(QLabel):
    """Its height follows its width and every text it may be given, never the text it shows now.

    A hint that changes with each click would otherwise grow and shrink the label, and the photo below
    it would jump between two clicks; a fixed number of lines cuts the longest hint in a longer language.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._candidates: tuple[str, ...] = ()

    def set_candidates(self, texts: Sequence[str]) -> None:
        self._candidates = tuple(texts)
        self._fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_height()

    def needed_height(self, width: int) -> int:
        margins = self.contentsMargins()
        text_width = max(1, width - margins.left() - margins.right() - 2 * self.margin())
        metrics = self.fontMetrics()
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
        tallest = max((metrics.boundingRect(QRect(0, 0, text_width, _UNBOUNDED_PX), flags, text).height()
                       for text in (*self._candidates, self.text())), default=metrics.lineSpacing())
        return tallest + margins.top() + margins.bottom() + 2 * self.margin() + 2

    def _fit_height(self) -> None:
        height = self.needed_height(self.width())
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)
