"""A magnifier over a photo view: the pixels around the cursor, enlarged, with a cross-hair where a
click would land, so a pupil or a card corner is placed within a tenth of a millimetre.

It sits in a corner of the view away from the cursor: it never hides the spot being clicked and
never moves the photo.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QWidget

LOUPE_SIZE_PX = 150
MARGIN_PX = 6
# Screen pixels per photo pixel inside the loupe: enough to see single pixels on a 1600 px photo.
MIN_MAGNIFICATION = 6.0


class Loupe(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("photoLoupe")
        self.setFixedSize(LOUPE_SIZE_PX, LOUPE_SIZE_PX)
        # Clicks go through to the photo: the loupe only shows.
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self._pixmap: QPixmap | None = None
        self._centre = QPointF()
        self._magnification = MIN_MAGNIFICATION
        self._points: list[QPointF] = []
        self.hide()

    def magnification(self) -> float:
        return self._magnification

    def centre(self) -> QPointF:
        """The photo pixel under the cross-hair."""
        return QPointF(self._centre)

    def show_around(
        self, pixmap: QPixmap, centre: QPointF, view_scale: float, cursor_in_view: QPointF,
        points: Iterable[QPointF] = (),
    ) -> None:
        """Magnify `pixmap` around `centre` (photo pixels), at least 3× the view's own zoom."""
        self._pixmap = pixmap
        self._centre = QPointF(centre)
        self._magnification = max(MIN_MAGNIFICATION, 3.0 * view_scale)
        self._points = list(points)
        self._place(cursor_in_view)
        self.show()
        self.raise_()
        self.update()

    def _place(self, cursor: QPointF) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        width = parent.width()
        # Top-right corner, or top-left when the cursor is near the top-right one.
        is_cursor_right = cursor.x() > width - LOUPE_SIZE_PX - 2 * MARGIN_PX
        is_cursor_top = cursor.y() < LOUPE_SIZE_PX + 2 * MARGIN_PX
        x = MARGIN_PX if (is_cursor_right and is_cursor_top) else width - LOUPE_SIZE_PX - MARGIN_PX
        self.move(max(0, x), MARGIN_PX)

    def source_rect(self) -> QRectF:
        """The part of the photo shown, in photo pixels."""
        side = LOUPE_SIZE_PX / self._magnification
        return QRectF(self._centre.x() - side / 2, self._centre.y() - side / 2, side, side)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        target = QRectF(0, 0, LOUPE_SIZE_PX, LOUPE_SIZE_PX)
        painter.fillRect(target, QColor("#202020"))
        if self._pixmap is not None:
            # No smoothing: the operator sees the photo's own pixels, not a blur between them.
            painter.drawPixmap(target, self._pixmap, self.source_rect())
        source = self.source_rect()
        painter.setPen(QPen(QColor("#ff3060"), 1.5))
        for point in self._points:
            mapped = QPointF((point.x() - source.x()) * self._magnification,
                             (point.y() - source.y()) * self._magnification)
            if target.contains(mapped):
                painter.drawEllipse(mapped, 5.0, 5.0)
        centre = LOUPE_SIZE_PX / 2
        for colour, width in ((QColor(0, 0, 0, 160), 3.0), (QColor("#00e5ff"), 1.0)):
            painter.setPen(QPen(colour, width))
            painter.drawLine(QPointF(centre, 8), QPointF(centre, centre - 4))
            painter.drawLine(QPointF(centre, centre + 4), QPointF(centre, LOUPE_SIZE_PX - 8))
            painter.drawLine(QPointF(8, centre), QPointF(centre - 4, centre))
            painter.drawLine(QPointF(centre + 4, centre), QPointF(LOUPE_SIZE_PX - 8, centre))
        painter.setPen(QPen(QColor("#f0f0f0"), 2))
        painter.drawRect(target.adjusted(1, 1, -1, -1))
        painter.end()
