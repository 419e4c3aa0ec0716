"""The slicer reads normals, degenerate faces and volume in batches of faces, without trimesh's caches:
the same answers as trimesh's cached properties, whatever the batch size."""

from __future__ import annotations

import numpy as np
import pytest
import trimesh

from printers.slicer import sections, triangles


def _lumpy_mesh() -> trimesh.Trimesh:
    """A sphere with vertical walls (a cylinder) and a few degenerate faces: every kind of face there is."""
    ball = trimesh.creation.icosphere(subdivisions=3, radius=8.0)
    can = trimesh.creation.cylinder(radius=4.0, height=10.0, sections=24)
    can.apply_translation([20.0, 0.0, 0.0])
    mesh = trimesh.util.concatenate([ball, can])
    slivers = np.array([[0, 0, 1], [2, 3, 3], [5, 5, 5]])  # corners repeated: no area, no normal
    return trimesh.Trimesh(mesh.vertices, np.vstack([mesh.faces, slivers]), process=False)


@pytest.fixture(params=[7, 50_000], ids=["small batches", "one batch"])
def batch(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> int:
    size = int(request.param)
    monkeypatch.setattr(triangles, "_FACES_PER_BATCH", size)
    monkeypatch.setattr(sections, "_FACES_PER_BATCH", size)
    return size


def test_slanted_faces_are_those_of_trimeshs_normals(batch: int) -> None:
    mesh = _lumpy_mesh()
    expected = np.abs(mesh.copy().face_normals[:, 2]) > 1e-6
    assert np.array_equal(sections._slanted_faces(mesh), expected)
    assert not expected.all() and expected.any()


def test_nondegenerate_faces_are_trimeshs(batch: int) -> None:
    mesh = _lumpy_mesh()
    expected = mesh.copy().nondegenerate_faces()
    assert np.array_equal(triangles.nondegenerate_faces(mesh), expected)
    assert (~expected).sum() == 3


def test_signed_volume_is_trimeshs(batch: int) -> None:
    ball = trimesh.creation.icosphere(subdivisions=3, radius=8.0)
    assert sections.signed_volume(ball) == pytest.approx(ball.volume, rel=1e-12)
    ball.invert()
    assert sections.signed_volume(ball) == pytest.approx(-abs(ball.volume), rel=1e-12)


def test_reading_them_leaves_no_cache_on_the_mesh(batch: int) -> None:
    mesh = _lumpy_mesh()
    sections._slanted_faces(mesh)
    triangles.nondegenerate_faces(mesh)
    sections.signed_volume(mesh)
    sections.is_closed(mesh)
    assert "triangles" not in mesh._cache and "face_normals" not in mesh._cache and "edges" not in mesh._cache
