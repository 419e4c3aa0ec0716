"""Offline thumbnails: a mesh rendered to PNG with numpy (z-buffered triangle rasterization, flat
shading, 2×2 supersampling) and zlib.

Memory stays bounded whatever the triangle count: triangles are rasterized in chunks of at most
_CHUNK_SAMPLES candidate pixels, and only a z-buffer and a face-index buffer span the whole canvas.
"""

from __future__ import annotations

import struct
import zlib

import numpy as np

from catalog.meshes import MeshArrays

THUMBNAIL_PX = 256
_SUPERSAMPLE = 2
# Candidate pixels examined at once; each costs about 60 bytes of temporaries, so a chunk stays near 16 MB.
_CHUNK_SAMPLES = 1 << 18
_BASE_RGB = np.array([74.0, 144.0, 196.0])
_LIGHT = np.array([0.35, -0.45, 0.82])
# A pixel centre lying exactly on a shared edge belongs to both triangles: the tolerance keeps
# rounding from opening hairline cracks between them.
_EDGE_TOLERANCE = 1e-9


def encode_png(rgba: np.ndarray) -> bytes:
    """A minimal PNG (8-bit RGBA, filter 0 on every row)."""
    height, width, _ = rgba.shape
    raw = np.zeros((height, width * 4 + 1), dtype=np.uint8)
    raw[:, 1:] = rgba.reshape(height, width * 4)

    def chunk(kind: bytes, payload: bytes) -> bytes:
        crc = zlib.crc32(kind + payload) & 0xFFFFFFFF
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    image = zlib.compress(raw.tobytes(), 6)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", image) + chunk(b"IEND", b"")


def _view_rotation() -> np.ndarray:
    """An isometric-ish view: turned 35° about z, tilted 55° down, so three faces of a box show."""
    yaw = np.radians(-35.0)
    pitch = np.radians(-60.0)
    rz = np.array([[np.cos(yaw), -np.sin(yaw), 0], [np.sin(yaw), np.cos(yaw), 0], [0, 0, 1]])
    rx = np.array([[1, 0, 0], [0, np.cos(pitch), -np.sin(pitch)], [0, np.sin(pitch), np.cos(pitch)]])
    turn: np.ndarray = rx @ rz
    return turn


def render_png(arrays: MeshArrays, size_px: int = THUMBNAIL_PX) -> bytes:
    return encode_png(render_rgba(arrays, size_px))


def render_rgba(arrays: MeshArrays, size_px: int = THUMBNAIL_PX) -> np.ndarray:
    canvas = size_px * _SUPERSAMPLE
    faces = np.asarray(arrays.faces)
    # Vertices are turned once; per-triangle copies are made a column at a time, never (m, 3, 3) at once.
    view = np.asarray(arrays.vertices, dtype=np.float64) @ _view_rotation().T  # +z towards the viewer
    used = np.zeros(len(view), dtype=bool)
    used[faces.ravel()] = True
    lo = view[used].min(axis=0)
    hi = view[used].max(axis=0)
    span = float(max(hi[0] - lo[0], hi[1] - lo[1], 1e-9))
    scale = (canvas * 0.9) / span
    centre = (lo + hi) / 2.0
    screen = np.empty_like(view)
    screen[:, 0] = (view[:, 0] - centre[0]) * scale + canvas / 2.0
    screen[:, 1] = canvas - ((view[:, 1] - centre[1]) * scale + canvas / 2.0)  # image rows grow downwards
    screen[:, 2] = view[:, 2]
    face_of_pixel = _rasterize(screen, faces, canvas)
    colours = _face_colours(view, faces)

    covered = face_of_pixel >= 0
    image = np.zeros((canvas * canvas, 4), dtype=np.float32)
    image[covered, :3] = colours[face_of_pixel[covered]]
    image[covered, 3] = 255.0
    image = image.reshape(size_px, _SUPERSAMPLE, size_px, _SUPERSAMPLE, 4).mean(axis=(1, 3))
    # Premultiplied average, then un-premultiply so edges don't darken.
    alpha = image[..., 3:4]
    rgb = np.where(alpha > 0, image[..., :3] * 255.0 / np.maximum(alpha, 1e-9), 0)
    return np.concatenate([np.clip(rgb, 0, 255), alpha], axis=2).astype(np.uint8)


def _face_colours(view: np.ndarray, faces: np.ndarray) -> np.ndarray:
    """Flat shading per face, (m, 3) float32."""
    a = view[faces[:, 0]]
    normals = np.cross(view[faces[:, 1]] - a, view[faces[:, 2]] - a)
    del a
    lengths = np.linalg.norm(normals, axis=1)
    keep = lengths > 0
    normals[keep] /= lengths[keep, None]
    # Meshes with inconsistent winding still look solid: light both sides the same.
    shade = 0.35 + 0.65 * np.abs(normals @ (_LIGHT / np.linalg.norm(_LIGHT)))
    colours: np.ndarray = np.clip(_BASE_RGB[None, :] * shade[:, None] * 1.25, 0, 255).astype(np.float32)
    return colours


def _rasterize(screen: np.ndarray, faces: np.ndarray, canvas: int) -> np.ndarray:
    """For each pixel of the canvas (row-major), the index of the nearest face covering its centre, or -1."""
    corner_x = screen[faces, 0]  # (m, 3)
    corner_y = screen[faces, 1]
    # The pixels whose centres (i + 0.5) can fall inside each triangle's bounding box.
    x_first = np.clip(np.ceil(corner_x.min(axis=1) - 0.5), 0, canvas).astype(np.int32)
    x_last = np.clip(np.floor(corner_x.max(axis=1) - 0.5), -1, canvas - 1).astype(np.int32)
    y_first = np.clip(np.ceil(corner_y.min(axis=1) - 0.5), 0, canvas).astype(np.int32)
    y_last = np.clip(np.floor(corner_y.max(axis=1) - 0.5), -1, canvas - 1).astype(np.int32)
    del corner_x, corner_y
    width = x_last - x_first + 1
    height = y_last - y_first + 1
    drawable = np.nonzero((width > 0) & (height > 0))[0]
    depth = np.full(canvas * canvas, -np.inf)
    face_of_pixel = np.full(canvas * canvas, -1, dtype=np.int64)
    if len(drawable) == 0:
        return face_of_pixel
    # Triangles are grouped by their box rounded up to powers of two, so each group is one dense grid.
    box_w = _next_power_of_two(width[drawable])
    box_h = _next_power_of_two(height[drawable])
    group_key = box_w.astype(np.int64) * (canvas * 2) + box_h
    order = np.argsort(group_key, kind="stable")
    drawable, box_w, box_h, group_key = drawable[order], box_w[order], box_h[order], group_key[order]
    starts = np.flatnonzero(np.r_[True, group_key[1:] != group_key[:-1]])
    ends = np.r_[starts[1:], len(drawable)]
    for start, end in zip(starts.tolist(), ends.tolist(), strict=True):
        grid_w, grid_h = int(box_w[start]), int(box_h[start])
        per_chunk = max(1, _CHUNK_SAMPLES // (grid_w * grid_h))
        for chunk_start in range(start, end, per_chunk):
            chosen = drawable[chunk_start : min(chunk_start + per_chunk, end)]
            _rasterize_chunk(screen, faces, chosen, grid_w, grid_h, x_first, x_last, y_first, y_last, canvas, depth,
                             face_of_pixel)
    return face_of_pixel


def _rasterize_chunk(
    screen: np.ndarray,
    faces: np.ndarray,
    chosen: np.ndarray,
    grid_w: int,
    grid_h: int,
    x_first: np.ndarray,
    x_last: np.ndarray,
    y_first: np.ndarray,
    y_last: np.ndarray,
    canvas: int,
    depth: np.ndarray,
    face_of_pixel: np.ndarray,
) -> None:
    corners = screen[faces[chosen]]  # (n, 3, 3): x, y, depth of each corner
    ax, ay = corners[:, 0, 0, None, None], corners[:, 0, 1, None, None]
    bx, by = corners[:, 1, 0, None, None], corners[:, 1, 1, None, None]
    cx, cy = corners[:, 2, 0, None, None], corners[:, 2, 1, None, None]
    area = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax)
    flat = area[:, 0, 0] == 0  # edge-on: covers no area, its neighbours draw that edge
    area[flat] = 1.0
    cols = x_first[chosen, None] + np.arange(grid_w, dtype=np.int32)[None, :]  # (n, w)
    rows = y_first[chosen, None] + np.arange(grid_h, dtype=np.int32)[None, :]  # (n, h)
    px = (cols + 0.5)[:, None, :]
    py = (rows + 0.5)[:, :, None]
    # Barycentric weights from edge functions; dividing by the signed area makes either winding positive inside.
    weight_a = ((cx - bx) * (py - by) - (cy - by) * (px - bx)) / area
    weight_b = ((ax - cx) * (py - cy) - (ay - cy) * (px - cx)) / area
    weight_c = 1.0 - weight_a - weight_b
    inside = (weight_a >= -_EDGE_TOLERANCE) & (weight_b >= -_EDGE_TOLERANCE) & (weight_c >= -_EDGE_TOLERANCE)
    inside &= (cols <= x_last[chosen, None])[:, None, :]
    inside &= (rows <= y_last[chosen, None])[:, :, None]
    inside &= ~flat[:, None, None]
    z = (weight_a * corners[:, 0, 2, None, None] + weight_b * corners[:, 1, 2, None, None]
         + weight_c * corners[:, 2, 2, None, None])
    del weight_a, weight_b, weight_c
    which, row_index, col_index = np.nonzero(inside)
    if len(which) == 0:
        return
    pixel = rows[which, row_index].astype(np.int64) * canvas + cols[which, col_index]
    sample_depth = z[which, row_index, col_index]
    # Nearest sample of the chunk per pixel (sort by pixel, then depth descending), then against the z-buffer.
    order = np.lexsort((-sample_depth, pixel))
    pixel, sample_depth, which = pixel[order], sample_depth[order], which[order]
    first = np.ones(len(pixel), dtype=bool)
    first[1:] = pixel[1:] != pixel[:-1]
    pixel, sample_depth, which = pixel[first], sample_depth[first], which[first]
    nearer = sample_depth > depth[pixel]
    depth[pixel[nearer]] = sample_depth[nearer]
    face_of_pixel[pixel[nearer]] = chosen[which[nearer]]


def _next_power_of_two(values: np.ndarray) -> np.ndarray:
    result = np.ones_like(values)
    while (small := result < values).any():
        result[small] *= 2
    return result
