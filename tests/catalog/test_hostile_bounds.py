"""Hostile files refused within bounds: counted before anything is allocated, every limit named."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import pytest

from app.services import Services
from catalog import importers, meshes
from catalog.meshes import MeshError, read_3mf, read_3mf_items
from tests.catalog.catalog_helpers import (
    box_stl,
    services,  # noqa: F401 - the unseeded fixture
)
from tests.catalog.test_hostile import _refused, _zip

_NS = "http://schemas.microsoft.com/3dmanufacturing/core/2015/02"
_TRIANGLE_OBJECT = (
    '<object id="1"><mesh><vertices><vertex x="0" y="0" z="0"/><vertex x="1" y="0" z="0"/>'
    '<vertex x="0" y="1" z="0"/></vertices><triangles><triangle v1="0" v2="1" v3="2"/></triangles></mesh></object>'
)


def _3mf(resources: str, build: str = '<item objectid="1"/>', head: str = "") -> bytes:
    model = (f'<?xml version="1.0"?>{head}<model xmlns="{_NS}"><resources>{resources}</resources>'
             f'<build>{build}</build></model>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("3D/3dmodel.model", model.encode())
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("resources", "build", "match"),
    [
        (_TRIANGLE_OBJECT.replace('x="1"', 'x="one"'), '<item objectid="1"/>', "unreadable coordinates"),
        (_TRIANGLE_OBJECT.replace('v2="1"', 'v2="1.5"'), '<item objectid="1"/>', "unreadable triangles"),
        (_TRIANGLE_OBJECT, '<item objectid="1" transform="1 0 0 0 1 0 0 0 1 x y z"/>', "unreadable transform"),
        (_TRIANGLE_OBJECT, '<item objectid="1" transform="1 0 0 0 1 0"/>', "12 finite numbers"),
        (
            _TRIANGLE_OBJECT + '<object id="2"><components><component objectid="1" transform="nan 0 0 0 1 0 0 0 1 0 0 '
                               '0"/>'
            "</components></object>",
            '<item objectid="2"/>',
            "12 finite numbers",
        ),
    ],
)
def test_3mf_with_unreadable_numbers_is_one_sentence(resources: str, build: str, match: str) -> None:
    with pytest.raises(MeshError, match=match):
        read_3mf(_3mf(resources, build), "part.3mf")


def _fan_out(levels: int, copies: int) -> str:
    """Object k+1 is `copies` copies of object k: `copies ** levels` triangles from a few hundred bytes."""
    objects = [_TRIANGLE_OBJECT]
    for level in range(2, levels + 2):
        parts = "".join(f'<component objectid="{level - 1}"/>' for _ in range(copies))
        objects.append(f'<object id="{level}"><components>{parts}</components></object>')
    return "".join(objects)


def test_nested_components_are_counted_before_any_copy_is_made(monkeypatch: pytest.MonkeyPatch) -> None:
    data = _3mf(_fan_out(8, 10), '<item objectid="9"/>')
    assert len(data) < 2000

    def must_not_place(*_: object) -> None:
        raise AssertionError("copies were made before the count was checked")

    monkeypatch.setattr(meshes._ModelReader, "_place", must_not_place)
    with pytest.raises(MeshError, match=f"more than the {meshes.MAX_TRIANGLES:,}"):
        read_3mf(data, "fan.3mf")
    with pytest.raises(MeshError, match=f"more than the {meshes.MAX_TRIANGLES:,}"):
        read_3mf_items(data, "fan.3mf")


def test_component_cycle_is_refused() -> None:
    resources = (
        _TRIANGLE_OBJECT + '<object id="2"><components><component objectid="3"/></components></object>'
        '<object id="3"><components><component objectid="2"/></components></object>'
    )
    with pytest.raises(MeshError, match="made of itself"):
        read_3mf(_3mf(resources, '<item objectid="2"/>'), "cycle.3mf")


def test_components_nested_too_deep_are_refused_naming_the_depth() -> None:
    with pytest.raises(MeshError, match=f"more than {meshes.MAX_COMPONENT_DEPTH} deep"):
        item = f'<item objectid="{meshes.MAX_COMPONENT_DEPTH + 3}"/>'
        read_3mf(_3mf(_fan_out(meshes.MAX_COMPONENT_DEPTH + 2, 1), item), "deep.3mf")


def test_unused_vertices_are_refused() -> None:
    extra = "".join(f'<vertex x="{i}" y="0" z="0"/>' for i in range(50))
    resources = _TRIANGLE_OBJECT.replace("</vertices>", extra + "</vertices>")
    with pytest.raises(MeshError, match="only 1 triangles"):
        read_3mf(_3mf(resources), "points.3mf")


def test_vertices_over_the_limit_are_refused_while_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(meshes, "MAX_VERTICES", 20)
    extra = "".join(f'<vertex x="{i}" y="0" z="0"/>' for i in range(30))
    with pytest.raises(MeshError, match="more than the 20 this laptop"):
        read_3mf(_3mf(_TRIANGLE_OBJECT.replace("</vertices>", extra + "</vertices>")), "points.3mf")


def test_doctype_after_the_first_64_kb_is_refused() -> None:
    head = "<!--" + "x" * 70_000 + '--><!DOCTYPE model SYSTEM "http://example.invalid/model.dtd">'
    with pytest.raises(MeshError, match="document type or entity"):
        read_3mf(_3mf(_TRIANGLE_OBJECT, head=head), "late.3mf")


def _mark_names_utf8(path: Path, bad: bytes, good: bytes) -> None:
    """Replace a name's bytes with invalid UTF-8 while the header still says the name is UTF-8."""
    data = path.read_bytes().replace(good, bad)
    path.write_bytes(data)


def test_zip_with_names_that_are_not_utf8_is_refused(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "names.zip"
    with zipfile.ZipFile(path, "w") as archive:
        info = zipfile.ZipInfo("files/caf\u00e9.stl")  # non-ASCII: zipfile sets the UTF-8 flag
        archive.writestr(info, box_stl())
    _mark_names_utf8(path, b"caf\xff\xfe", "caf\u00e9".encode())
    _refused(services, path, "not valid UTF-8")


def test_3mf_with_names_that_are_not_utf8_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "names.3mf"
    path.write_bytes(_3mf(_TRIANGLE_OBJECT))
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr(zipfile.ZipInfo("Metadata/caf\u00e9.png"), b"x")
    _mark_names_utf8(path, b"caf\xff\xfe", "caf\u00e9".encode())
    with pytest.raises(MeshError, match="not valid UTF-8"):
        read_3mf(path.read_bytes(), "names.3mf")


def test_zip_over_the_import_budget_is_refused_before_anything_is_inflated(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from catalog import safety

    path = _zip(tmp_path / "many.zip", {f"files/part{i}.stl": box_stl(1 + i, 2, 3) for i in range(4)})
    monkeypatch.setattr(safety, "MAX_IMPORT_BYTES", 3 * len(box_stl()))

    def must_not_read(*_: object, **__: object) -> bytes:
        raise AssertionError("an entry was inflated before the budget was checked")

    monkeypatch.setattr(importers, "read_zip_entry", must_not_read)
    _refused(services, path, f"more than the {(3 * len(box_stl())) >> 20} MB one import may hold")


def _ascii_stl(facets: int) -> bytes:
    facet = b"facet normal 0 0 1\nouter loop\nvertex 0 0 0\nvertex 1 0 0\nvertex 0 1 0\nendloop\nendfacet\n"
    return b"solid big\n" + facet * facets + b"endsolid big\n"


@pytest.mark.parametrize("packed", [False, True])
def test_ascii_stl_over_the_triangle_limit_is_refused_while_streaming(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, packed: bool
) -> None:
    monkeypatch.setattr(meshes, "MAX_TRIANGLES", 100)

    def must_not_parse(*_: object) -> None:
        raise AssertionError("the whole file was read before its triangles were counted")

    monkeypatch.setattr(meshes, "read_stl", must_not_parse)
    monkeypatch.setattr(meshes, "_READ_CHUNK_BYTES", 4096)
    path = tmp_path / "big.stl"
    path.write_bytes(_ascii_stl(1000))
    if packed:
        path = _zip(tmp_path / "big.zip", {"big.stl": path.read_bytes()})
    _refused(services, path, "more than the 100 this laptop can check")


def test_ascii_stl_triangles_are_counted_before_they_are_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(meshes, "MAX_TRIANGLES", 100)

    class NoParse:
        def findall(self, *_: object) -> list[object]:
            raise AssertionError("numbers were parsed before the triangles were counted")

    monkeypatch.setattr(meshes, "_ASCII_VERTEX_RE", NoParse())
    with pytest.raises(MeshError, match="1,000 triangles, more than the 100"):
        meshes.read_stl(_ascii_stl(1000), "big.stl")


def test_ascii_stl_is_read_the_same_in_slices(monkeypatch: pytest.MonkeyPatch) -> None:
    whole = meshes.read_stl(_ascii_stl(300), "a.stl")
    monkeypatch.setattr(meshes, "_ASCII_SLICE_BYTES", 1000)
    sliced = meshes.read_stl(_ascii_stl(300), "a.stl")
    assert sliced.vertices.shape == (900, 3) and (sliced.vertices == whole.vertices).all()


def test_binary_stl_claiming_too_many_triangles_is_refused_from_its_header(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(meshes, "MAX_TRIANGLES", 10)
    monkeypatch.setattr(meshes, "read_stl", lambda *_: (_ for _ in ()).throw(AssertionError("read whole")))
    path = tmp_path / "many.stl"
    path.write_bytes(bytes(80) + struct.pack("<I", 11) + bytes(50 * 11))
    _refused(services, path, "11 triangles, more than the 10")
