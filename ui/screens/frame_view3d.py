"""A shaded 3D picture of the parts on the print bed, drawn in software so it works without OpenGL."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen, QPolygonF, QShowEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.customize import FrameResult
from app.tasks import TaskContext
from ui.context import ScreenContext

PART_COLOURS = {"front": (59, 74, 90), "temple_right": (72, 98, 122), "temple_left": (72, 98, 122),
                "ring_right": (160, 120, 60), "ring_left": (160, 120, 60)}
LIGHT = np.array([0.35, -0.45, 0.82]) / np.linalg.norm([0.35, -0.45, 0.82])


def render_bed(result: FrameResult, width_px: int, height_px: int) -> QImage:
    """Painter's-algorithm rendering; QImage painting is safe off the GUI thread."""
    image = QImage(max(width_px, 1), max(height_px, 1), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#f6f4ef"))
    bed_x, bed_y = result.bed_mm
    az, el = math.radians(-30.0), math.radians(55.0)
    rot_z = np.array([[math.cos(az), -math.sin(az), 0], [math.sin(az), math.cos(az), 0], [0, 0, 1]])
    rot_x = np.array([[1, 0, 0], [0, math.cos(el), -math.sin(el)], [0, math.sin(el), math.cos(el)]])
    view = rot_x @ rot_z
    centre = np.array([bed_x / 2, bed_y / 2, 0.0])
    corners = (np.array([[0, 0, 0], [bed_x, 0, 0], [bed_x, bed_y, 0], [0, bed_y, 0]]) - centre) @ view.T
    span = max(np.ptp(corners[:, 0]), np.ptp(corners[:, 1]) + 20)
    scale = 0.92 * min(width_px, height_px * np.ptp(corners[:, 0]) / max(np.ptp(corners[:, 1]), 1)) / span

    def to_screen(points: np.ndarray) -> np.ndarray:
        return np.column_stack([width_px / 2 + points[:, 0] * scale, height_px / 2 - points[:, 1] * scale])

    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    bed = to_screen(corners)
    painter.setPen(QPen(QColor("#9a9a9a"), 1))
    painter.setBrush(QColor("#e3e1dc"))
    painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in bed]))
    tris, colours = [], []
    for part in result.parts:
        mesh = part.mesh
        world = (mesh.vertices - centre) @ view.T
        faces = mesh.faces
        normals = mesh.face_normals @ view.T
        facing = normals[:, 2] > 0
        shade = np.clip(normals[facing] @ LIGHT, 0.0, 1.0) * 0.7 + 0.3
        base = np.array(PART_COLOURS.get(part.name, (90, 90, 90)), dtype=float)
        tris.append(world[faces[facing]])
        colours.append(np.clip(base[None, :] * shade[:, None] * 1.6, 0, 255))
    if tris:
        all_tris = np.concatenate(tris)
        all_colours = np.concatenate(colours)
        order = np.argsort(all_tris[:, :, 2].mean(axis=1))
        screen = to_screen(all_tris[order].reshape(-1, 3)).reshape(-1, 3, 2)
        painter.setPen(Qt.PenStyle.NoPen)
        for tri, colour in zip(screen, all_colours[order], strict=True):
            painter.setBrush(QColor(int(colour[0]), int(colour[1]), int(colour[2])))
            painter.drawPolygon(QPolygonF([QPointF(tri[0, 0], tri[0, 1]), QPointF(tri[1, 0], tri[1, 1]),
                                           QPointF(tri[2, 0], tri[2, 1])]))
    painter.end()
    return image


class BedView3D(QWidget):
    def __init__(self, ctx: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bedView3d")
        self.ctx = ctx
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.result: FrameResult | None = None
        self.image: QImage | None = None
        self._is_stale = False
        self._is_rendering = False

    def set_result(self, result: FrameResult | None) -> None:
        self.result = result
        if result is None:
            self.image = None
        self._is_stale = True
        if self.isVisible():
            self._render()
        self.update()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._is_stale:
            self._render()

    def _render(self) -> None:
        if self._is_rendering or self.result is None:
            return
        self._is_rendering, self._is_stale = True, False
        result, w, h = self.result, self.width(), self.height()

        def work(task: TaskContext) -> QImage:
            return render_bed(result, w, h)

        def done(image: QImage) -> None:
            self._is_rendering = False
            self.image = image
            self.update()
            if self._is_stale:
                self._render()

        def failed(exc: BaseException) -> None:
            self._is_rendering = False

        self.ctx.tasks.run(self.tr("3D view"), work, on_result=done, on_error=failed, show_progress=False)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#f6f4ef"))
        if self.image is not None:
            painter.drawImage(0, 0, self.image)
        else:
            painter.setPen(QColor("#666"))
            text = (self.tr("The parts appear here once every check passes.") if self.result is None
                    else self.tr("Drawing…"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
