"""A 3MF's parsed model and placed copies are freed when reading returns, not left to the cycle collector."""

from __future__ import annotations

import gc
import io
import weakref
import zipfile
from collections.abc import Iterator

import pytest

from catalog import meshes
from catalog.meshes import read_3mf_items

_NS = "http://schemas.microsoft.com/3dmanufacturing/core/2015/02"
_TRIANGLE = (
    '<mesh><vertices><vertex x="0" y="0" z="0"/><vertex x="1" y="0" z="0"/><vertex x="0" y="1" z="0"/></vertices>'
    '<triangles><triangle v1="0" v2="1" v3="2"/></triangles></mesh>'
)
# Object 3 is object 1 moved by 10 in x, then object 2 (object 1 moved by 20 in y) moved by 5 in z.
_NESTED = (
    f'<model xmlns="{_NS}"><resources><object id="1">{_TRIANGLE}</object>'
    '<object id="2"><components><component objectid="1" transform="1 0 0 0 1 0 0 0 1 0 20 0"/></components></object>'
    '<object id="3" name="pair"><components><component objectid="1" transform="1 0 0 0 1 0 0 0 1 10 0 0"/>'
    '<component objectid="2" transform="1 0 0 0 1 0 0 0 1 0 0 5"/></components></object></resources>'
    '<build><item objectid="3"/></build></model>'
)


def _3mf(model: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("3D/3dmodel.model", model)
    return buffer.getvalue()


@pytest.fixture
def no_cycle_collection() -> Iterator[None]:
    """Only reference counting frees anything while a test runs: what a cycle holds stays held."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def test_nested_components_are_placed_depth_first_in_file_order() -> None:
    [(name, arrays)] = read_3mf_items(_3mf(_NESTED), "pair.3mf")
    assert name == "pair"
    assert arrays.vertices.tolist() == [
        [10.0, 0.0, 0.0], [11.0, 0.0, 0.0], [10.0, 1.0, 0.0],
        [0.0, 20.0, 5.0], [1.0, 20.0, 5.0], [0.0, 21.0, 5.0],
    ]
    assert arrays.faces.tolist() == [[0, 1, 2], [3, 4, 5]]


def test_the_parsed_model_is_freed_when_reading_returns(
    monkeypatch: pytest.MonkeyPatch, no_cycle_collection: None
) -> None:
    readers: list[weakref.ref[meshes._ModelReader]] = []
    original = meshes._ModelReader.__init__

    def watched(self: meshes._ModelReader, filename: str) -> None:
        original(self, filename)
        readers.append(weakref.ref(self))

    monkeypatch.setattr(meshes._ModelReader, "__init__", watched)
    items = read_3mf_items(_3mf(_NESTED), "pair.3mf")
    assert len(items) == 1 and len(readers) == 1
    assert readers[0]() is None
