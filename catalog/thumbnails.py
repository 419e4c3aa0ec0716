"""Offline thumbnails: a mesh rendered to PNG with numpy (z-buffered point splats, flat shading) and zlib."""

from __future__ import annotations

import struct
import zlib

import numpy as np

from catalog.meshes import MeshArrays

THUMBNAIL_PX = 256
_SUPERSAMPLE = 2
_MAX_SAMPLES = 3_000_000
_BASE_RGB = np.array([74.0, 144.0, 196.0])
_LIGHT = np.array([0.35, -0.45, 0.82])


def encode_png(rgba: np.ndarray) -> bytes:
    """A minimal PNG (8-bit RGBA, filter 0 on every row)."""
    height, width, _ = rgba.shape
    raw = np.zeros((height, width * 4 + 1), dtype=np.uint8)
    raw[:, 1:] = rgba.reshape(height, width * 4)

    def chunk(kind: bytes, payload: bytes) -> bytes:
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw.tobytes(), 6)) + chunk(b"IEND", b"")


def _view_rotation() -> np.ndarray:
    """An isometric-ish view: turned 35° about z, tilted 55° down, so three faces of a box show."""
    yaw = np.radians(-35.0)
    pitch = np.radians(-60.0)
    rz = np.array([[np.cos(yaw), -np.sin(yaw), 0], [np.sin(yaw), np.cos(yaw), 0], [0, 0, 1]])
    rx = np.array([[1, 0, 0], [0, np.cos(pitch), -np.sin(pitch)], [0, np.sin(pitch), np.cos(pitch)]])
    return rx @ rz


def render_png(arrays: MeshArrays, size_px: int = THUMBNAIL_PX) -> bytes:
    return encode_png(render_rgba(arrays, size_px))


def render_rgba(arrays: MeshArrays, size_px: int = THUMBNAIL_PX) -> np.ndarray:
    canvas = size_px * _SUPERSAMPLE
    triangles = arrays.vertices[arrays.faces] @ _view_rotation().T  # (m, 3, 3), view space; +z towards viewer
    lo = triangles.reshape(-1, 3).min(axis=0)
    hi = triangles.reshape(-1, 3).max(axis=0)
    span = float(max(hi[0] - lo[0], hi[1] - lo[1], 1e-9))
    scale = (canvas * 0.9) / span
    centre = (lo + hi) / 2.0
    xy = (triangles[..., :2] - centre[:2]) * scale + canvas / 2.0
    xy[..., 1] = canvas - xy[..., 1]  # image rows grow downwards
    depth = triangles[..., 2]

    normals = np.cross(triangles[:, 1] - triangles[:, 0], triangles[:, 2] - triangles[:, 0])
    lengths = np.linalg.norm(normals, axis=1)
    keep = lengths > 0
    normals[keep] /= lengths[keep, None]
    # Meshes with inconsistent winding still look solid: light both sides the same.
    shade = 0.35 + 0.65 * np.abs(normals @ (_LIGHT / np.linalg.norm(_LIGHT)))
    colours = np.clip(_BASE_RGB[None, :] * shade[:, None] * 1.25, 0, 255)

    edges = np.stack([xy[:, 1] - xy[:, 0], xy[:, 2] - xy[:, 1], xy[:, 0] - xy[:, 2]], axis=1)
    longest_px = np.linalg.norm(edges, axis=2).max(axis=1)
    steps = np.clip(np.ceil(longest_px * 1.5), 1, None).astype(np.int64)
    samples_per = (steps + 1) * (steps + 2) // 2
    total = int(samples_per.sum())
    if total > _MAX_SAMPLES:
        steps = np.clip((steps * np.sqrt(_MAX_SAMPLES / total)).astype(np.int64), 1, None)

    zbuffer = np.full(canvas * canvas, -np.inf)
    image = np.zeros((canvas * canvas, 4))
    pixel_chunks: list[np.ndarray] = []
    depth_chunks: list[np.ndarray] = []
    face_chunks: list[np.ndarray] = []
    for k in np.unique(steps):
        selected = np.nonzero(steps == k)[0]
        i, j = np.meshgrid(np.arange(k + 1), np.arange(k + 1), indexing="ij")
        mask = (i + j) <= k
        a = i[mask] / k
        b = j[mask] / k
        c = 1.0 - a - b
        weights = np.stack([c, a, b], axis=1)  # (s, 3)
        px = np.einsum("sv,fvd->fsd", weights, xy[selected])  # (f, s, 2)
        pz = np.einsum("sv,fv->fs", weights, depth[selected])
        cols = np.clip(px[..., 0].astype(np.int64), 0, canvas - 1)
        rows = np.clip(px[..., 1].astype(np.int64), 0, canvas - 1)
        pixel_chunks.append((rows * canvas + cols).ravel())
        depth_chunks.append(pz.ravel())
        face_chunks.append(np.repeat(selected, weights.shape[0]))
    pixels = np.concatenate(pixel_chunks)
    depths = np.concatenate(depth_chunks)
    faces = np.concatenate(face_chunks)
    # Nearest sample wins: sort by pixel, then by depth descending, keep the first of each pixel.
    order = np.lexsort((-depths, pixels))
    pixels, faces, depths = pixels[order], faces[order], depths[order]
    first = np.ones(len(pixels), dtype=bool)
    first[1:] = pixels[1:] != pixels[:-1]
    zbuffer[pixels[first]] = depths[first]
    image[pixels[first], :3] = colours[faces[first]]
    image[pixels[first], 3] = 255.0
    image = image.reshape(size_px, _SUPERSAMPLE, size_px, _SUPERSAMPLE, 4).mean(axis=(1, 3))
    # Premultiplied average, then un-premultiply so edges don't darken.
    alpha = image[..., 3:4]
    rgb = np.where(alpha > 0, image[..., :3] * 255.0 / np.maximum(alpha, 1e-9), 0)
    return np.concatenate([np.clip(rgb, 0, 255), alpha], axis=2).astype(np.uint8)
