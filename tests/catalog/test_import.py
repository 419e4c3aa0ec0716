from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path

import numpy as np
import pytest
import trimesh
from hypothesis import given, settings
from hypothesis import strategies as st

from app.catalog_service import CatalogImportError
from app.services import Services
from catalog.changes import ChangeKind
from catalog.importers import ImportDefaults
from catalog.licences import detect_licence, licence_info
from catalog.meshes import MeshArrays, check_and_repair, read_mesh
from catalog.records import SearchQuery
from catalog.thumbnails import render_png
from tests.catalog.catalog_helpers import (
    box_stl,
    services,  # noqa: F401 - the unseeded fixture
    thing_zip,
    torus_stl,
)


def _png_size(png: bytes) -> tuple[int, int]:
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def test_stl_import_stores_mesh_thumbnail_and_bbox(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "hinge_block.stl"
    path.write_bytes(box_stl(10, 20, 30))
    outcome = services.catalog.import_path(path, defaults=ImportDefaults(licence="CC-BY-4.0", author="Kofi"))
    assert outcome.plan.summary()["new"] == 1
    design = services.catalog.search(SearchQuery())[0]
    assert design.title == "hinge block"
    assert design.bbox_mm == pytest.approx((10, 20, 30))
    detail = services.catalog.get(design.id)
    assert detail.attribution.startswith("“hinge block” by Kofi")
    mesh_file = next(f for f in detail.files if f.role == "mesh")
    assert services.blobs.read_bytes(mesh_file.sha256) == path.read_bytes()
    thumb = services.catalog.thumbnail(design.id)
    assert thumb is not None and thumb[1] == "image/png" and _png_size(thumb[0]) == (256, 256)
    assert detail.manifest["parts"][0]["is_watertight"] is True


def test_reimport_is_unchanged_and_dry_run_writes_nothing(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "box.stl"
    path.write_bytes(box_stl())
    dry = services.catalog.import_path(path, is_dry_run=True)
    assert dry.plan.summary()["new"] == 1
    assert services.catalog.count(SearchQuery()) == 0
    assert list(services.blobs.iter_shas()) == []
    services.catalog.import_path(path)
    again = services.catalog.import_path(path)
    assert again.plan.summary()["unchanged"] == 1


def test_thingiverse_zip_keeps_licence_and_attribution(services: Services, tmp_path: Path) -> None:
    outcome = services.catalog.import_path(thing_zip(tmp_path / "ring.zip"))
    design_id = outcome.plan.changes[0].design_id
    detail = services.catalog.get(design_id)
    assert detail.summary.title == "Ring"
    assert detail.summary.author == "Ama Mensah"
    assert detail.summary.licence == "CC-BY-NC-3.0"
    assert detail.licence_info.needs_sale_confirmation
    assert "thingiverse.com/thing:4242" in detail.attribution and "Ama Mensah" in detail.attribution
    assert detail.description == "A ring for testing the importer."
    assert {f.role for f in detail.files} == {"mesh", "image", "licence", "readme"}


def test_folder_of_meshes_gives_one_design_each(services: Services, tmp_path: Path) -> None:
    folder = tmp_path / "parts"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.stl").write_bytes(box_stl(5, 5, 5))
    (folder / "sub" / "b.stl").write_bytes(box_stl(6, 6, 6))
    (folder / "notes.txt").write_text("ignored")
    outcome = services.catalog.import_path(folder)
    assert outcome.plan.summary()["new"] == 2


def test_3mf_with_build_transform(tmp_path: Path) -> None:
    model = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<model unit="millimeter" xmlns="http://schemas.microsoft.com/3dmanufacturing/core/2015/02"><resources>'
        '<object id="1" type="model"><mesh><vertices>'
        '<vertex x="0" y="0" z="0"/><vertex x="10" y="0" z="0"/><vertex x="0" y="10" z="0"/><vertex x="0" y="0" '
        'z="10"/>'
        '</vertices><triangles><triangle v1="0" v2="2" v3="1"/><triangle v1="0" v2="1" v3="3"/>'
        '<triangle v1="0" v2="3" v3="2"/><triangle v1="1" v2="2" v3="3"/></triangles></mesh></object>'
        '</resources><build><item objectid="1" transform="2 0 0 0 1 0 0 0 1 5 0 0"/></build></model>'
    )
    path = tmp_path / "tetra.3mf"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("3D/3dmodel.model", model)
    arrays = read_mesh(path.read_bytes(), path.name)
    assert arrays.triangle_count == 4
    assert arrays.vertices[:, 0].max() == pytest.approx(25.0)
    report = check_and_repair(arrays, path.name).report
    assert report.is_watertight and report.bbox_mm == pytest.approx((20.0, 10.0, 10.0))


def test_open_mesh_is_imported_with_a_warning(services: Services, tmp_path: Path) -> None:
    mesh = trimesh.creation.icosphere(subdivisions=2)
    mesh.update_faces(np.arange(len(mesh.faces) - 1))
    path = tmp_path / "open.stl"
    path.write_bytes(bytes(trimesh.exchange.stl.export_stl(mesh)))
    outcome = services.catalog.import_path(path)
    assert any("holes" in w for w in outcome.warnings)


def test_ascii_stl_reads_like_binary() -> None:
    mesh = trimesh.creation.box((3, 4, 5))
    ascii_arrays = read_mesh(trimesh.exchange.stl.export_stl_ascii(mesh).encode(), "a.stl")
    binary_arrays = read_mesh(bytes(trimesh.exchange.stl.export_stl(mesh)), "b.stl")
    assert ascii_arrays.triangle_count == binary_arrays.triangle_count == 12
    np.testing.assert_allclose(ascii_arrays.vertices, binary_arrays.vertices, atol=1e-5)


def test_thumbnail_png_is_valid_and_shows_the_mesh() -> None:
    arrays = read_mesh(torus_stl(), "t.stl")
    png = render_png(arrays, 64)
    assert _png_size(png) == (64, 64)
    idat_start = png.index(b"IDAT") + 4
    length = struct.unpack(">I", png[idat_start - 8 : idat_start - 4])[0]
    raw = np.frombuffer(zlib.decompress(png[idat_start : idat_start + length]), dtype=np.uint8).reshape(64, 64 * 4 + 1)
    alpha = raw[:, 1:].reshape(64, 64, 4)[..., 3]
    assert 0.2 < (alpha > 0).mean() < 0.9  # a torus: some pixels covered, the hole and corners not
    assert alpha[32, 32] == 0  # the hole in the middle


@settings(max_examples=25, deadline=None)
@given(
    st.lists(st.floats(min_value=-500, max_value=500, allow_nan=False), min_size=9, max_size=90)
    .filter(lambda v: len(v) % 9 == 0)
)
def test_thumbnail_never_fails_on_any_triangle_soup(values: list[float]) -> None:
    coords = np.array(values, dtype=np.float64).reshape(-1, 3)
    arrays = MeshArrays(coords, np.arange(len(coords)).reshape(-1, 3))
    assert _png_size(render_png(arrays, 32)) == (32, 32)


@pytest.mark.parametrize(
    ("text", "spdx"),
    [
        ("licensed under the Creative Commons - Attribution - Share Alike license.", "CC-BY-SA-3.0"),
        ("http://creativecommons.org/licenses/by-nc-sa/4.0/", "CC-BY-NC-SA-4.0"),
        ("Creative Commons - Public Domain Dedication http://creativecommons.org/publicdomain/zero/1.0/", "CC0-1.0"),
        ("GNU General Public License v3", "GPL-3.0-or-later"),
        ("no idea", "LicenseRef-Unknown"),
    ],
)
def test_licence_detection(text: str, spdx: str) -> None:
    assert detect_licence(text) == spdx


def test_unknown_licence_needs_sale_confirmation() -> None:
    assert licence_info("LicenseRef-Unknown").needs_sale_confirmation
    assert not licence_info("CC-BY-4.0").needs_sale_confirmation
    assert licence_info("CC-BY-NC-4.0").is_non_commercial


def test_open_licence_without_author_is_refused(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "box.stl"
    path.write_bytes(box_stl())
    with pytest.raises(CatalogImportError, match="--author"):
        services.catalog.import_path(path, defaults=ImportDefaults(licence="CC-BY-4.0"))
    assert list(services.blobs.iter_shas()) == []


def test_changed_details_on_reimport_update_a_local_design(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "box.stl"
    path.write_bytes(box_stl())
    services.catalog.import_path(path)
    outcome = services.catalog.import_path(path, defaults=ImportDefaults(category="parts"))
    assert outcome.plan.changes[0].kind is ChangeKind.UPDATED
    assert services.catalog.search(SearchQuery())[0].version == 2


def test_repairs_close_holes_and_fix_winding_keeping_the_original(services: Services, tmp_path: Path) -> None:
    cylinder = trimesh.creation.cylinder(5, 10, sections=24)
    cylinder.update_faces(np.array([i for i, n in enumerate(cylinder.face_normals) if n[2] < 0.9]))  # no lid
    faces = cylinder.faces.copy()
    faces[0] = faces[0][::-1]
    broken = trimesh.Trimesh(cylinder.vertices, faces, process=False)
    assert not broken.is_watertight and not broken.is_winding_consistent
    path = tmp_path / "cup.stl"
    path.write_bytes(bytes(trimesh.exchange.stl.export_stl(broken)))
    outcome = services.catalog.import_path(path)
    assert any("filled holes" in w and "winding" in w for w in outcome.warnings)
    detail = services.catalog.get(outcome.plan.changes[0].design_id)
    roles = {f.role: f for f in detail.files}
    assert services.blobs.read_bytes(roles["source"].sha256) == path.read_bytes()
    repaired = read_mesh(services.blobs.read_bytes(roles["mesh"].sha256), "cup.repaired.stl")
    report = check_and_repair(repaired, "cup.repaired.stl").report
    assert report.is_watertight and report.is_winding_consistent and report.volume_mm3 and report.volume_mm3 > 0
    assert detail.manifest["parts"][0]["is_watertight"] is True
