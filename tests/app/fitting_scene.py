"""Synthetic card-photo scenes for the PD tests: a pinhole camera looking at two converging eyes
and an ID-1 card on the brow, all placed in millimetres, drawn into a real PNG (numpy + zlib)."""

from __future__ import annotations

import math
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from app.fitting.pd_photo import CARD_HEIGHT_MM, CARD_WIDTH_MM, PixelPoint

Vec3 = tuple[float, float, float]


@dataclass(frozen=True)
class Scene:
    """Camera at the origin looking down +z; x to the image's right, y down (as image pixels)."""

    mono_right_mm: float = 32.0  # the customer's right eye: on the image's LEFT (x < 0)
    mono_left_mm: float = 31.0
    camera_distance_mm: float = 1000.0  # camera to card plane
    card_depth_mm: float = 12.0
    eye_rotation_mm: float = 10.0
    head_offset_mm: tuple[float, float] = (0.0, 0.0)  # face off the optical axis
    card_offset_x_mm: float = 0.0  # card not centred on the nose
    card_roll_deg: float = 0.0  # card rotated in its own plane
    card_pitch_deg: float = 0.0  # card tipped back on a sloping brow
    focal_px: float = 7000.0
    width_px: int = 1600
    height_px: int = 1200
    pupil_radius_mm: float = 2.0

    @property
    def far_pd_mm(self) -> float:
        return self.mono_right_mm + self.mono_left_mm

    def project(self, point: Vec3) -> PixelPoint:
        x, y, z = point
        return PixelPoint(self.width_px / 2 + self.focal_px * x / z, self.height_px / 2 + self.focal_px * y / z)

    def rotation_centres(self) -> tuple[Vec3, Vec3]:
        hx, hy = self.head_offset_mm
        z = self.camera_distance_mm + self.card_depth_mm + self.eye_rotation_mm
        return (hx - self.mono_right_mm, hy, z), (hx + self.mono_left_mm, hy, z)

    def pupils_3d(self) -> tuple[Vec3, Vec3]:
        """Each eye turned to look at the camera: the pupil is r in front of its rotation centre."""
        out = []
        for cx, cy, cz in self.rotation_centres():
            norm = math.sqrt(cx * cx + cy * cy + cz * cz)
            k = 1.0 - self.eye_rotation_mm / norm
            out.append((cx * k, cy * k, cz * k))
        return out[0], out[1]

    def pupils_px(self) -> tuple[PixelPoint, PixelPoint]:
        """(image-left, image-right) = (customer's right eye, customer's left eye)."""
        right_eye, left_eye = self.pupils_3d()
        return self.project(right_eye), self.project(left_eye)

    def nose_px(self) -> PixelPoint:
        hx, hy = self.head_offset_mm
        return self.project((hx, hy + 8.0, self.camera_distance_mm + self.card_depth_mm))

    def card_corners_3d(self) -> list[Vec3]:
        hx, hy = self.head_offset_mm
        centre = (hx + self.card_offset_x_mm, hy - 38.0, self.camera_distance_mm)
        roll, pitch = math.radians(self.card_roll_deg), math.radians(self.card_pitch_deg)
        corners = []
        for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):  # TL, TR, BR, BL
            x, y = sx * CARD_WIDTH_MM / 2, sy * CARD_HEIGHT_MM / 2
            x, y = x * math.cos(roll) - y * math.sin(roll), x * math.sin(roll) + y * math.cos(roll)
            y, z = y * math.cos(pitch), y * math.sin(pitch)  # top edge tips away from the camera
            corners.append((centre[0] + x, centre[1] + y, centre[2] - z))
        return corners

    def card_px(self) -> list[PixelPoint]:
        return [self.project(c) for c in self.card_corners_3d()]

    def render(self) -> np.ndarray:
        """Grey face-ish background, white card, dark pupils: uint8 greyscale."""
        image = np.full((self.height_px, self.width_px), 150, dtype=np.uint8)
        ys, xs = np.mgrid[0 : self.height_px, 0 : self.width_px]
        px, py = xs + 0.5, ys + 0.5
        corners = self.card_px()
        inside = np.ones(image.shape, dtype=bool)
        for i in range(4):
            a, b = corners[i], corners[(i + 1) % 4]
            inside &= (b.x - a.x) * (py - a.y) - (b.y - a.y) * (px - a.x) >= 0
        image[inside] = 255
        for (_x, _y, z), centre in zip(self.pupils_3d(), self.pupils_px(), strict=True):
            radius_px = self.focal_px * self.pupil_radius_mm / z
            image[(px - centre.x) ** 2 + (py - centre.y) ** 2 <= radius_px**2] = 10
        return image


def write_png(path: Path, grey: np.ndarray) -> None:
    height, width = grey.shape
    raw = b"".join(b"\x00" + grey[row].tobytes() for row in range(height))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b"")
    path.write_bytes(data)


def read_png_grey(path: Path) -> np.ndarray:
    """Decode the PNGs written above (8-bit grey, filter 0) — what an operator sees on screen."""
    data = path.read_bytes()
    width, height = struct.unpack(">II", data[16:24])
    pos, idat = 8, b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        if kind == b"IDAT":
            idat += data[pos + 8 : pos + 8 + length]
        pos += 12 + length
    raw = np.frombuffer(zlib.decompress(idat), dtype=np.uint8).reshape(height, width + 1)
    return raw[:, 1:].copy()


def locate_clicks(grey: np.ndarray) -> tuple[list[PixelPoint], tuple[PixelPoint, PixelPoint]]:
    """Where an operator would click: the card's extreme corners and each pupil's centre."""
    ys, xs = np.nonzero(grey >= 250)
    cx, cy = xs + 0.5, ys + 0.5
    picks = [np.argmin(cx + cy), np.argmax(cx - cy), np.argmax(cx + cy), np.argmin(cx - cy)]
    # Pixel centres sit half a pixel inside the true edge; push each corner out diagonally.
    signs = [(-1, -1), (1, -1), (1, 1), (-1, 1)]
    card = [PixelPoint(float(cx[i]) + 0.5 * sx, float(cy[i]) + 0.5 * sy)
            for i, (sx, sy) in zip(picks, signs, strict=True)]
    ys, xs = np.nonzero(grey <= 20)
    split = (xs.min() + xs.max()) / 2
    left = xs < split
    pupils = (
        PixelPoint(float(xs[left].mean()) + 0.5, float(ys[left].mean()) + 0.5),
        PixelPoint(float(xs[~left].mean()) + 0.5, float(ys[~left].mean()) + 0.5),
    )
    return card, pupils
