"""Mesh checks and repairs on arrays: what trimesh would report, and the repairs the importer makes."""

from __future__ import annotations

import io
import zipfile

import numpy as np
import pytest
import trimesh

from catalog.meshes import MeshArrays, MeshError, check_and_repair, read_mesh
from catalog.thumbnails import render_rgba

_NS = "http://schemas.microsoft.com/3dmanufacturing/core/2015/02"


def _soup(mesh: trimesh.Trimesh) -> MeshArrays:
    """A triangle soup as an STL holds it: three float32 corners per triangle, nothing shared."""
    corners = np.asarray(mesh.vertices[mesh.faces], dtype=np.float32).reshape(-1, 3)
    return MeshArrays(corners, np.arange(len(corners)).reshape(-1, 3))


def _3mf(model: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("3D/3dmodel.model", model)
    return buffer.getvalue()


def test_a_clean_sphere_reports_what_trimesh_reports() -> None:
    sphere = trimesh.creation.icosphere(subdivisions=3, radius=10.0)
    report = check_and_repair(_soup(sphere), "ball.stl").report
    assert report.triangle_count == len(sphere.faces)
    assert report.is_watertight and report.is_winding_consistent and report.repairs == ()
    assert report.volume_mm3 == pytest.approx(sphere.volume, rel=1e-6)
    assert report.bbox_mm == pytest.approx(tuple(sphere.extents), abs=1e-5)


def test_scattered_flipped_triangles_are_turned_back() -> None:
    sphere = trimesh.creation.icosphere(subdivisions=2)
    faces = sphere.faces.copy()
    faces[::7] = faces[::7, ::-1]
    checked = check_and_repair(_soup(trimesh.Trimesh(sphere.vertices, faces, process=False)), "flips.stl")
    assert "made triangle winding consistent" in checked.report.repairs
    assert checked.report.is_winding_consistent and checked.report.volume_mm3 and checked.report.volume_mm3 > 0
    assert checked.repaired_stl is not None
    again = check_and_repair(read_mesh(checked.repaired_stl, "flips.repaired.stl"), "flips.repaired.stl").report
    assert again.repairs == () and again.is_watertight


def test_a_missing_triangle_is_closed_and_duplicates_are_dropped() -> None:
    box = trimesh.creation.box((4.0, 5.0, 6.0))
    faces = np.vstack([box.faces[1:], box.faces[2:4]])
    report = check_and_repair(_soup(trimesh.Trimesh(box.vertices, faces, process=False)), "box.stl").report
    assert "removed 2 degenerate or duplicate triangles" in report.repairs and "filled holes" in report.repairs
    assert report.is_watertight and report.volume_mm3 == pytest.approx(120.0)


@pytest.mark.parametrize(
    ("vertex", "triangle", "words"),
    [('x="abc" y="0" z="0"', 'v1="0" v2="1" v3="2"', "unreadable coordinates"),
     ('x="0" y="0" z="0"', 'v1="0" v2="x" v3="2"', "unreadable triangles")],
)
def test_3mf_with_unreadable_numbers_is_refused(vertex: str, triangle: str, words: str) -> None:
    model = (
        f'<model xmlns="{_NS}"><resources><object id="1"><mesh><vertices><vertex {vertex}/><vertex x="1" y="0" z="0"/>'
        '<vertex x="0" y="1" z="0"/></vertices><triangles><triangle '
        f'{triangle}/></triangles></mesh></object></resources></model>'
    )
    with pytest.raises(MeshError, match=words):
        read_mesh(_3mf(model), "bad.3mf")


def test_3mf_components_and_build_transforms_are_applied() -> None:
    model = (
        f'<m:model xmlns:m="{_NS}"><m:resources><m:object id="1"><m:mesh><m:vertices><m:vertex x="0" y="0" z="0"/>'
        '<m:vertex x="1" y="0" z="0"/><m:vertex x="0" y="1" z="0"/></m:vertices><m:triangles><m:triangle v1="0" v2="1" '
        'v3="2"/>'
        '</m:triangles></m:mesh></m:object><m:object id="2"><m:components><m:component objectid="1" transform="1 0 0 0 '
        '1 0 0 0 1 10 0 0"/>'
        '</m:components></m:object></m:resources><m:build><m:item objectid="2" transform="2 0 0 0 2 0 0 0 2 0 0 '
        '5"/></m:build></m:model>'
    )
    arrays = read_mesh(_3mf(model), "placed.3mf")
    assert arrays.vertices.tolist() == [[20.0, 0.0, 5.0], [22.0, 0.0, 5.0], [20.0, 2.0, 5.0]]


def test_thumbnail_of_a_fine_mesh_has_no_gaps() -> None:
    sphere = trimesh.creation.icosphere(subdivisions=6, radius=30.0)  # 81,920 triangles, each under a pixel
    alpha = render_rgba(MeshArrays(sphere.vertices, sphere.faces), 64)[..., 3]
    assert (alpha[24:40, 24:40] == 255).all()  # the middle of the ball is solid
    assert alpha[0, 0] == 0 and alpha[63, 63] == 0
