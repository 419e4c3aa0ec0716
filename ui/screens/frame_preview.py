"""True-scale 2D drawing of a frame: the front (lens contours, centres) above the temple profile."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget
from shapely import affinity
from shapely.geometry import Polygon
from shapely.geometry.base import BaseGeometry

from app.customize import FramePreview

MM_PER_INCH = 25.4
GAP_MM = 12.0


def geometry_path(geom: BaseGeometry) -> QPainterPath:
    """Shapely polygons (holes included) as a painter path in mm, y up as in the frame's coordinates."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    parts = [geom] if isinstance(geom, Polygon) else list(getattr(geom, "geoms", []))
    polygons = [p for p in parts if isinstance(p, Polygon)]
    for poly in polygons:
        for ring in (poly.exterior, *poly.interiors):
            path.addPolygon(QPolygonF([QPointF(x, y) for x, y in ring.coords]))
            path.closeSubpath()
    return path


class FramePreviewWidget(QWidget):
    """Draws at the screen's real millimetres when `is_actual_size` and it fits; otherwise scaled to fit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("framePreview")
        self.setMinimumSize(360, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.preview: FramePreview | None = None
        self.is_actual_size = True
        self.paint_count = 0
        self._front_path = QPainterPath()
        self._lens_path = QPainterPath()
        self._temple_path = QPainterPath()
        self._nose_path = QPainterPath()
        self._bounds = QRectF()

    def set_preview(self, preview: FramePreview | None) -> None:
        self.preview = preview
        if preview is not None:
            o = preview.outlines
            front = o.front_outline
            self._front_path = geometry_path(front)
            lenses = QPainterPath()
            lenses.addPath(geometry_path(o.lens_right))
            lenses.addPath(geometry_path(o.lens_left))
            self._lens_path = lenses
            fx0, fy0, _fx1, _fy1 = front.bounds
            tx0, _ty0, _tx1, ty1 = o.temple_profile.bounds
            temple = affinity.translate(o.temple_profile, fx0 - tx0, fy0 - GAP_MM - ty1)
            self._temple_path = geometry_path(temple)
            self._nose_path = geometry_path(o.nose_cut.intersection(o.front_solid.envelope.buffer(4)))
            self._bounds = self._front_path.boundingRect().united(self._temple_path.boundingRect())
        self.update()

    def set_actual_size(self, is_actual: bool) -> None:
        self.is_actual_size = is_actual
        self.update()

    def px_per_mm_actual(self) -> float:
        screen = self.screen()
        dpi = screen.physicalDotsPerInchX() if screen is not None else self.logicalDpiX()
        return (dpi or 96.0) / MM_PER_INCH

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#f6f4ef"))
        self.paint_count += 1
        if self.preview is None or self._bounds.isEmpty():
            painter.setPen(QColor("#666"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Choose a frame style to see it here."))
            painter.end()
            return
        margin = 16.0
        fit = min((self.width() - 2 * margin) / self._bounds.width(),
                  (self.height() - 2 * margin - 24) / self._bounds.height())
        actual = self.px_per_mm_actual()
        scale = actual if self.is_actual_size and actual <= fit else fit
        painter.save()
        painter.translate(self.width() / 2.0, (self.height() - 24) / 2.0)
        painter.scale(scale, -scale)
        painter.translate(-self._bounds.center())
        is_valid = self.preview.is_valid
        body = QColor("#3b4a5a") if is_valid else QColor("#8a3b3b")
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(body)
        painter.drawPath(self._front_path)
        painter.drawPath(self._temple_path)
        painter.setBrush(QColor(190, 220, 240, 120))
        painter.setPen(QPen(QColor("#2a6f97"), 0))
        painter.drawPath(self._lens_path)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor("#b08d57"), 0, Qt.PenStyle.DashLine))
        painter.drawPath(self._nose_path)
        painter.setPen(QPen(QColor("#d62828"), 0))
        for cx, cy in self.preview.outlines.lens_centres_mm:
            painter.drawLine(QPointF(cx - 3, cy), QPointF(cx + 3, cy))
            painter.drawLine(QPointF(cx, cy - 3), QPointF(cx, cy + 3))
        painter.restore()
        self._draw_scale_bar(painter, scale)
        painter.end()

    def _draw_scale_bar(self, painter: QPainter, scale: float) -> None:
        length_mm = 10.0 if scale * 50 > self.width() / 2 else 50.0
        x0, y = 12.0, self.height() - 12.0
        painter.setPen(QPen(QColor("#222"), 2))
        painter.drawLine(QPointF(x0, y), QPointF(x0 + length_mm * scale, y))
        is_true = abs(scale - self.px_per_mm_actual()) < 1e-6
        label = self.tr("{mm:g} mm ({how})").format(
            mm=length_mm, how=self.tr("actual size") if is_true else self.tr("scaled to fit"))
        painter.drawText(QPointF(x0 + length_mm * scale + 8, y + 4), label)
