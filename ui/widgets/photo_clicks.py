"""A zoomable photo on which the operator places (and drags) card corners, pupils and the nose.

Points are reported in image pixels (x right, y down), the same coordinates the CLI takes.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from ui.widgets.loupe import Loupe

# The order in which a fresh photo asks for its points.
POINT_KEYS: tuple[str, ...] = ("card_tl", "card_tr", "card_br", "card_bl", "pupil_left", "pupil_right", "nose")
CARD_KEYS = POINT_KEYS[:4]
ZOOM_STEP = 1.25
MAX_SCALE = 16.0  # screen pixels per photo pixel: past this the photo's own pixels are all there is


class _Marker(QGraphicsEllipseItem):
    """A draggable handle that keeps its size on screen whatever the zoom."""

    def __init__(self, key: str, label: str, colour: QColor, view: PhotoClickView) -> None:
        radius = 7.0
        super().__init__(-radius, -radius, 2 * radius, 2 * radius)
        self.key = key
        self._view = view
        self.setPen(QPen(colour, 2))
        self.setBrush(QBrush(QColor(colour.red(), colour.green(), colour.blue(), 60)))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges, True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setCursor(Qt.CursorShape.SizeAllCursor)
        self.setZValue(10)
        text = QGraphicsSimpleTextItem(label, self)
        text.setBrush(QBrush(colour))
        text.setPos(radius + 2, -radius - 4)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            self._view.marker_moved(self.key)
        return super().itemChange(change, value)


class PhotoClickView(QGraphicsView):
    points_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoClickView")
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # No scroll bars: one appearing on zoom would shrink the view and shift the photo under the cursor.
        # The photo pans with the middle button, Shift+drag or the arrow keys, and zooms under the cursor.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._pixmap_item: QGraphicsPixmapItem | None = None
        self._markers: dict[str, _Marker] = {}
        self._labels = {
            "card_tl": self.tr("card 1"),
            "card_tr": self.tr("card 2"),
            "card_br": self.tr("card 3"),
            "card_bl": self.tr("card 4"),
            "pupil_left": self.tr("pupil (image left)"),
            "pupil_right": self.tr("pupil (image right)"),
            "nose": self.tr("nose"),
        }
        self._card_outline = QGraphicsPathItem()
        self._card_outline.setPen(QPen(QColor("#f0c000"), 0))
        self._card_outline.setZValue(5)
        self._scene.addItem(self._card_outline)
        self._overlay = QGraphicsPathItem()
        overlay_pen = QPen(QColor("#00b4ff"), 2)
        overlay_pen.setCosmetic(True)
        self._overlay.setPen(overlay_pen)
        self._overlay.setZValue(8)
        self._scene.addItem(self._overlay)
        self._is_panning = False
        self._pan_origin = QPointF()
        self._is_auto_fit = True  # refit on resize until the operator zooms
        self.loupe = Loupe(self.viewport())
        self.viewport().setMouseTracking(True)

    # --- the photo -------------------------------------------------------------------------
    def set_image(self, image: QImage) -> None:
        self.clear_points()
        if self._pixmap_item is not None:
            self._scene.removeItem(self._pixmap_item)
        self._pixmap_item = self._scene.addPixmap(QPixmap.fromImage(image))
        self._pixmap_item.setZValue(0)
        self._scene.setSceneRect(QRectF(image.rect()))
        self.fit_photo()

    def has_image(self) -> bool:
        return self._pixmap_item is not None

    def image_size(self) -> tuple[int, int] | None:
        if self._pixmap_item is None:
            return None
        pixmap = self._pixmap_item.pixmap()
        return pixmap.width(), pixmap.height()

    def fit_photo(self) -> None:
        self._is_auto_fit = True
        if self._pixmap_item is not None:
            self.fitInView(self._pixmap_item, Qt.AspectRatioMode.KeepAspectRatio)

    def zoom(self, factor: float) -> None:
        scale = self.view_scale()
        factor = min(factor, MAX_SCALE / scale) if scale > 0 else factor
        self._is_auto_fit = False
        self.scale(factor, factor)

    def zoom_in(self) -> None:
        self.zoom(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom(1 / ZOOM_STEP)

    def view_scale(self) -> float:
        """Screen pixels per photo pixel."""
        return self.transform().m11()

    def is_auto_fit(self) -> bool:
        return self._is_auto_fit

    def _update_loupe(self, position: QPointF) -> None:
        """While points are being placed or dragged, magnify the photo around the cursor."""
        if not self.isInteractive() or self._pixmap_item is None:
            self.loupe.hide()
            return
        scene_pos = self.mapToScene(position.toPoint())
        points = [m.pos() for m in self._markers.values()]
        self.loupe.show_around(self._pixmap_item.pixmap(), scene_pos, self.view_scale(), position, points)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._is_auto_fit and self._pixmap_item is not None:
            self.fitInView(self._pixmap_item, Qt.AspectRatioMode.KeepAspectRatio)

    # --- points ----------------------------------------------------------------------------
    def next_key(self) -> str | None:
        for key in POINT_KEYS:
            if key not in self._markers:
                return key
        return None

    def points(self) -> dict[str, tuple[float, float]]:
        return {key: (m.pos().x(), m.pos().y()) for key, m in self._markers.items()}

    def set_point(self, key: str, x: float, y: float) -> None:
        marker = self._markers.get(key)
        if marker is None:
            colour = (QColor("#f0c000") if key in CARD_KEYS
                      else QColor("#ff3060") if key != "nose" else QColor("#30e070"))
            marker = _Marker(key, self._labels[key], colour, self)
            self._markers[key] = marker
            self._scene.addItem(marker)
        marker.setPos(x, y)
        self.marker_moved(key)

    def set_points(self, points: dict[str, Sequence[float]]) -> None:
        for key, (x, y) in points.items():
            self.set_point(key, x, y)

    def remove_point(self, key: str) -> None:
        marker = self._markers.pop(key, None)
        if marker is not None:
            self._scene.removeItem(marker)
            self.marker_moved(key)

    def clear_points(self) -> None:
        for key in list(self._markers):
            self._scene.removeItem(self._markers.pop(key))
        self._update_card_outline()
        self.set_overlay([])
        self.points_changed.emit()

    def marker_moved(self, key: str) -> None:
        if key in CARD_KEYS:
            self._update_card_outline()
        self.points_changed.emit()

    def _update_card_outline(self) -> None:
        path = QPainterPath()
        corners = [self._markers[k].pos() for k in CARD_KEYS if k in self._markers]
        if len(corners) >= 2:
            path.moveTo(corners[0])
            for corner in corners[1:]:
                path.lineTo(corner)
            if len(corners) == 4:
                path.closeSubpath()
        self._card_outline.setPath(path)

    # --- overlay ---------------------------------------------------------------------------
    def set_overlay(
        self,
        polylines: Sequence[Sequence[tuple[float, float]]],
        crosses: Sequence[tuple[float, float]] = (),
        cross_px: float = 12.0,
    ) -> None:
        """Closed polylines in image pixels (the frame outline) and + marks, drawn over the photo."""
        path = QPainterPath()
        for x, y in crosses:
            path.moveTo(QPointF(x - cross_px, y))
            path.lineTo(QPointF(x + cross_px, y))
            path.moveTo(QPointF(x, y - cross_px))
            path.lineTo(QPointF(x, y + cross_px))
        for line in polylines:
            if len(line) < 2:
                continue
            path.moveTo(QPointF(*line[0]))
            for x, y in line[1:]:
                path.lineTo(QPointF(x, y))
            path.closeSubpath()
        self._overlay.setPath(path)

    def overlay_path(self) -> QPainterPath:
        return self._overlay.path()

    # --- input -----------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton or (
            event.button() == Qt.MouseButton.LeftButton and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self._is_panning = True
            self._pan_origin = event.position()
            return
        item = self.itemAt(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and self.has_image() and not isinstance(item, _Marker):
            key = self.next_key()
            if key is not None:
                scene_pos = self.mapToScene(event.position().toPoint())
                self.set_point(key, scene_pos.x(), scene_pos.y())
                return
        if event.button() == Qt.MouseButton.RightButton and isinstance(item, _Marker):
            self.remove_point(item.key)
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._update_loupe(event.position())
        if self._is_panning:
            delta = event.position() - self._pan_origin
            self._pan_origin = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - int(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - int(delta.y()))
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._is_panning = False
        super().mouseReleaseEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self.loupe.hide()
        super().leaveEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.zoom(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)
        self._update_loupe(event.position())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(ZOOM_STEP)
        elif key == Qt.Key.Key_Minus:
            self.zoom(1 / ZOOM_STEP)
        elif key == Qt.Key.Key_0:
            self.fit_photo()
        elif key == Qt.Key.Key_Backspace:
            placed = [k for k in POINT_KEYS if k in self._markers]
            if placed:
                self.remove_point(placed[-1])
        else:
            super().keyPressEvent(event)
