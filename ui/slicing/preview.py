"""Painted views: one G-code layer on the bed (the layer below faint), and the energy profile over time."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from PySide6.QtCore import QLineF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.slicing import EnergyPhase, EnergySegment, PreviewLayer

_MARGIN_PX = 12


class LayerPreview(QWidget):
    """Draws the extrusions of one layer over the bed; travels optional, in red."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(320, 280)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._layers: list[PreviewLayer] = []
        self._index = 0
        self._bed = (220.0, 220.0)
        self.is_showing_travels = False

    def set_layers(self, layers: Sequence[PreviewLayer], bed_x_mm: float, bed_y_mm: float) -> None:
        self._layers = list(layers)
        self._bed = (bed_x_mm, bed_y_mm)
        self._index = min(self._index, max(len(self._layers) - 1, 0))
        self.update()

    def clear(self) -> None:
        self._layers = []
        self.update()

    def set_layer(self, index: int) -> None:
        self._index = max(0, min(index, len(self._layers) - 1))
        self.update()

    def set_showing_travels(self, is_showing: bool) -> None:
        self.is_showing_travels = is_showing
        self.update()

    @property
    def layer_count(self) -> int:
        return len(self._layers)

    def sizeHint(self) -> QSize:
        return QSize(480, 420)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#f4f5f7"))
        bed_x, bed_y = self._bed
        scale = min((self.width() - 2 * _MARGIN_PX) / bed_x, (self.height() - 2 * _MARGIN_PX) / bed_y)
        left = (self.width() - bed_x * scale) / 2
        bottom = (self.height() + bed_y * scale) / 2

        def to_px(x: float, y: float) -> QPointF:
            return QPointF(left + x * scale, bottom - y * scale)

        painter.setPen(QPen(QColor("#9aa0a6"), 1))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRect(QRectF(to_px(0, bed_y), to_px(bed_x, 0)))
        if not self._layers:
            painter.setPen(QColor("#5f6368"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Slice to see the layers here."))
            return
        if self._index > 0:
            self._draw(painter, self._layers[self._index - 1].extrusions, QColor(180, 190, 200), 1.0, to_px)
        layer = self._layers[self._index]
        self._draw(painter, layer.extrusions, QColor("#1a73e8"), max(1.0, 0.45 * scale), to_px)
        if self.is_showing_travels:
            self._draw(painter, layer.travels, QColor(220, 40, 40, 160), 1.0, to_px)

    @staticmethod
    def _draw(painter: QPainter, segments, color: QColor, width: float, to_px) -> None:  # type: ignore[no-untyped-def]
        pen = QPen(color, width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        lines = [QLineF(to_px(x0, y0), to_px(x1, y1)) for x0, y0, x1, y1 in segments.tolist()]
        painter.drawLines(lines)


class EnergyChart(QWidget):
    """Power over time as steps: heat-up in orange, printing in blue, idle in grey."""

    _COLOURS: ClassVar[dict[EnergyPhase, str]] = {
        EnergyPhase.HEAT_UP: "#f29900", EnergyPhase.PRINTING: "#1a73e8", EnergyPhase.IDLE: "#9aa0a6"}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(100)
        self._segments: list[EnergySegment] = []

    def set_profile(self, segments: Sequence[EnergySegment]) -> None:
        self._segments = list(segments)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        if not self._segments:
            return
        end_s = max(s.start_s + s.duration_s for s in self._segments)
        peak_w = max(s.power_w for s in self._segments) or 1.0
        text_px = self.fontMetrics().height() + 4
        width, height = self.width() - 8, self.height() - 8 - text_px
        for segment in self._segments:
            x0 = 4 + segment.start_s / end_s * width
            x1 = 4 + (segment.start_s + segment.duration_s) / end_s * width
            top = 4 + height * (1 - segment.power_w / peak_w)
            painter.fillRect(QRectF(x0, top, max(x1 - x0, 1.0), 4 + height - top), QColor(self._COLOURS[segment.phase]))
        painter.setPen(QColor("#5f6368"))
        painter.drawText(
            QRectF(4, height + 6, width, text_px),
            Qt.AlignmentFlag.AlignLeft,
            self.tr("peak {0:.0f} W").format(peak_w),
        )
        painter.drawText(
            QRectF(4, height + 6, width, text_px),
            Qt.AlignmentFlag.AlignRight,
            self.tr("{0:.0f} min").format(end_s / 60),
        )
