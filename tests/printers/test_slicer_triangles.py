"""The slicer's own mesh type gives the G-code trimesh meshes gave, byte for byte, and keeps trimesh
out of `heliofab slice` on STL files.

The trimesh reference runs the same slicer with trimesh meshes put back where the slicer builds its
own (the part's working copy, the degenerate-face test, the split shells): what the slicer did before.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import trimesh

from app.slice_inputs import NamedPart, read_mesh_file
from printers.profiles import find_material, find_printer
from printers.slicer import frames_settings, prepare_part, slice_parts, standard_settings
from printers.slicer import meshes as slicer_meshes
from printers.slicer import sections as slicer_sections
from printers.slicer.triangles import TriangleMesh, nondegenerate_faces
from tests.printers.shapes import frame_set

PROJECT = Path(__file__).resolve().parents[2]
CORPUS = Path(os.environ.get("HELIOFAB_CORPUS", PROJECT.parent / "shared" / "corpus")) / "mesh"


class _TrimeshCopies:
    """Stands in for TriangleMesh.of: the working copy as the slicer made it with trimesh."""

    @staticmethod
    def of(mesh: Any) -> trimesh.Trimesh:
        return trimesh.Trimesh(np.array(mesh.vertices, dtype=np.float64), np.array(mesh.faces), process=False)


def _trimesh_nondegenerate(mesh: trimesh.Trimesh) -> np.ndarray:
    corners = mesh.vertices[mesh.faces]
    kept: np.ndarray = trimesh.triangles.nondegenerate(corners, areas=trimesh.triangles.area(corners),
                                                       height=trimesh.tol.merge)
    return kept


def _gcode(parts: list[NamedPart], mode: str) -> str:
    printer, material = find_printer("creality-ender3"), find_material("pla")
    settings = frames_settings(printer, material) if mode == "frames" else standard_settings(printer)
    return slice_parts(parts, printer, material, settings).gcode


def _both(parts: list[NamedPart], mode: str, monkeypatch: pytest.MonkeyPatch) -> tuple[str, str]:
    ours = _gcode(parts, mode)
    with monkeypatch.context() as patch:
        patch.setattr(slicer_meshes, "TriangleMesh", _TrimeshCopies)
        patch.setattr(slicer_meshes, "nondegenerate_faces", _trimesh_nondegenerate)
        patch.setattr(slicer_sections, "TriangleMesh",
                      lambda vertices, faces: trimesh.Trimesh(vertices, faces, process=False))
        theirs = _gcode(parts, mode)
    return ours, theirs


@pytest.fixture
def frame_stls(tmp_path: Path) -> list[Path]:
    paths = []
    for mesh in frame_set():
        path = tmp_path / f"{mesh.metadata['name']}.stl"
        mesh.export(path)
        paths.append(path)
    return paths


def test_frame_set_gcode_is_what_trimesh_meshes_gave(frame_stls: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    parts = [part for path in frame_stls for part in read_mesh_file(path)]
    assert all(isinstance(part.mesh, TriangleMesh) for part in parts)
    ours, theirs = _both(parts, "frames", monkeypatch)
    assert ours == theirs
    assert ours.count("\n") > 1000


@pytest.mark.parametrize("name", ["3DBenchy.3mf", "KeyCasing-RP_binary_solidheader.STL", "alby_case_part_macho.stl"])
def test_corpus_gcode_is_what_trimesh_meshes_gave(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    path = CORPUS / name
    if not path.is_file():
        pytest.skip(f"no {name} in the mesh corpus at {CORPUS}")
    parts = read_mesh_file(path)
    ours, theirs = _both(parts, "standard", monkeypatch)
    assert ours == theirs


def _open_box_with_defects() -> TriangleMesh:
    """A box as an STL holds it (every corner apart) with its top missing, one triangle twice and a sliver."""
    box = trimesh.creation.box(extents=[20.0, 10.0, 6.0])
    keep = box.face_normals[:, 2] < 0.5  # drop the two top triangles: a hole
    faces = box.faces[keep]
    corners = box.vertices[faces].reshape(-1, 3)
    sliver = np.array([[-10.0, -5.0, -3.0], [0.0, -5.0, -3.0], [10.0, -5.0, -3.0]])
    soup = np.vstack([corners, corners[:3], sliver])
    return TriangleMesh(soup, np.arange(len(soup)).reshape(-1, 3))


def test_repairs_match_trimesh(monkeypatch: pytest.MonkeyPatch) -> None:
    mesh = _open_box_with_defects()
    ours = prepare_part("box", mesh)
    with monkeypatch.context() as patch:
        patch.setattr(slicer_meshes, "TriangleMesh", _TrimeshCopies)
        patch.setattr(slicer_meshes, "nondegenerate_faces", _trimesh_nondegenerate)
        theirs = prepare_part("box", mesh)
    assert ours.repairs == theirs.repairs
    assert "1 degenerate sliver removed" in ours.repairs and "1 duplicate triangle removed" in ours.repairs
    assert "1 hole closed" in ours.repairs
    assert np.array_equal(ours.mesh.vertices, theirs.mesh.vertices)
    assert np.array_equal(ours.mesh.faces, theirs.mesh.faces)
    assert np.array_equal(ours.mesh.bounds, theirs.mesh.bounds)


def test_operations_match_trimesh() -> None:
    rng = np.random.default_rng(7)
    # Corners on a coarse grid, so many coincide (to 8 decimals, with noise below that) and faces repeat.
    grid = rng.integers(0, 6, size=(300, 3)).astype(np.float64) * 1.5 + rng.normal(0.0, 1e-10, size=(300, 3))
    faces = rng.integers(0, len(grid) - 20, size=(400, 3))  # the last corners are used by no face
    ours = TriangleMesh(grid, faces)
    theirs = trimesh.Trimesh(grid, faces, process=False)
    ours.merge_vertices()
    theirs.merge_vertices()
    assert np.array_equal(ours.vertices, theirs.vertices) and np.array_equal(ours.faces, theirs.faces)
    assert np.array_equal(ours.unique_faces(), theirs.unique_faces())
    assert np.array_equal(nondegenerate_faces(ours), _trimesh_nondegenerate(theirs))
    mirror_turn = np.array([[0.0, 1.0, 0.0, 3.0], [1.0, 0.0, 0.0, -2.0], [0.0, 0.0, 1.0, 0.5], [0.0, 0.0, 0.0, 1.0]])
    ours.apply_transform(mirror_turn)
    theirs.apply_transform(mirror_turn)
    assert np.array_equal(ours.vertices, theirs.vertices) and np.array_equal(ours.faces, theirs.faces)
    assert np.array_equal(ours.bounds, theirs.bounds) and np.array_equal(ours.extents, theirs.extents)
    ours.update_faces(ours.unique_faces())
    theirs.update_faces(theirs.unique_faces())
    ours.remove_unreferenced_vertices()
    theirs.remove_unreferenced_vertices()
    assert np.array_equal(ours.vertices, theirs.vertices) and np.array_equal(ours.faces, theirs.faces)


def test_export_writes_what_trimesh_writes(tmp_path: Path) -> None:
    box = trimesh.creation.box(extents=[3.0, 4.0, 5.0])
    TriangleMesh.of(box).export(tmp_path / "ours.stl")
    record = np.dtype([("normal", "<f4", 3), ("v", "<f4", (3, 3)), ("attr", "<u2")])
    ours, theirs = (tmp_path / "ours.stl").read_bytes(), box.export(file_type="stl")
    assert len(ours) == len(theirs) and ours[:84] == theirs[:84]
    ours_rows, their_rows = np.frombuffer(ours[84:], dtype=record), np.frombuffer(theirs[84:], dtype=record)
    assert np.array_equal(ours_rows["v"], their_rows["v"])
    assert np.array_equal(ours_rows["normal"], their_rows["normal"])  # equal as numbers (0.0 == -0.0)


def test_slice_command_on_stl_files_does_not_import_trimesh(frame_stls: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "set.gcode"
    script = (
        "import sys\n"
        "from ui.entry import main\n"
        f"code = main(['--data-dir', {str(tmp_path / 'data')!r}, 'slice', *{[str(p) for p in frame_stls]!r}, "
        f"'--printer', 'creality-ender3', '-o', {str(out)!r}])\n"
        "print('trimesh loaded' if 'trimesh' in sys.modules else 'no trimesh')\n"
        "sys.exit(code)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=PROJECT, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "no trimesh"
    assert out.is_file()
