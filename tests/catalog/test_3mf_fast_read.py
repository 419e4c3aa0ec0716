"""Bulk decoding of 3MF vertex and triangle blocks gives, bit for bit, what reading every element does,
and any text it does not take falls back to that element-by-element reading with the same outcome."""

from __future__ import annotations

import io
import itertools
import random
import zipfile
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from catalog import meshes, model_xml
from catalog.meshes import MeshArrays, read_3mf, read_3mf_items

CORPUS_MESH = Path("/work/shared/corpus/mesh")
_NS = "http://schemas.microsoft.com/3dmanufacturing/core/2015/02"
# Numbers in the notations exporters write, including the awkward ones: signed zero, exponents,
# leading dots and plus signs, more digits than a float64 holds.
_COORDINATES = [
    ("0", "0", "0"), ("10.5", "-0", "1e-5"), (".25", "+3.", "-4.4e-14"),
    ("6E2", "0.1000000000000000055511151231257827", "7"), ("-12.5253", "1", "8.375"),
]
_TRIANGLES = [("0", "1", "2"), ("0", "2", "3"), ("0", "3", "1"), ("1", "3", "2"), ("4", "0", "1")]

Outcome = tuple[str, object]


def _vertex(x: str, y: str, z: str) -> str:
    return f'<vertex x="{x}" y="{y}" z="{z}" />'


def _triangle(a: str, b: str, c: str) -> str:
    return f'<triangle v1="{a}" v2="{b}" v3="{c}" />'


def _model(vertices: str, triangles: str, *, root: str = f'<model xmlns="{_NS}" unit="millimeter">') -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n{root}\n <resources>\n  <object id="1" name="part" type="model">\n'
        f"   <mesh>\n    <vertices>\n{vertices}\n    </vertices>\n    <triangles>\n{triangles}\n    </triangles>\n"
        "   </mesh>\n  </object>\n </resources>\n"
        ' <build><item objectid="1" transform="1 0 0 0 1 0 0 0 1 5 0 0"/></build>\n</model>\n'
    )


def _plain(coordinates: list[tuple[str, str, str]] = _COORDINATES, triangles: list[tuple[str, str, str]] = _TRIANGLES,
           ) -> tuple[str, str]:
    return "\n".join("     " + _vertex(*v) for v in coordinates), "\n".join("     " + _triangle(*t) for t in triangles)


def _3mf(model: str | bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("3D/3dmodel.model", model)
    return buffer.getvalue()


def _outcome(data: bytes, name: str, *, is_bulk: bool) -> Outcome:
    """What reading gives: the items' names, dtypes and exact bytes, or the refusal's type and message."""
    try:
        items = read_3mf_items(data, name, is_bulk=is_bulk)
    except Exception as exc:  # whatever stops the reading (a warning too), both ways must stop alike
        return type(exc).__name__, str(exc)
    return "items", [_exact(item_name, arrays) for item_name, arrays in items]


def _exact(name: str, arrays: MeshArrays) -> tuple[str, str, bytes, str, bytes]:
    return (name, arrays.vertices.dtype.str, arrays.vertices.tobytes(), arrays.faces.dtype.str,
            arrays.faces.tobytes())


@pytest.fixture
def decoded(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """One entry per block handed to the bulk decoder: True when it decoded, False when it fell back."""
    calls: list[bool] = []

    def watch(decode: Callable[[bytes, int, int], np.ndarray | None]) -> Callable[[bytes, int, int], np.ndarray | None]:
        def watched(data: bytes, start: int, end: int) -> np.ndarray | None:
            result = decode(data, start, end)
            calls.append(result is not None)
            return result

        return watched

    monkeypatch.setattr(model_xml, "decode_vertices", watch(model_xml.decode_vertices))
    monkeypatch.setattr(model_xml, "decode_triangles", watch(model_xml.decode_triangles))
    return calls


def _corpus_3mfs() -> list[Path]:
    return sorted(CORPUS_MESH.glob("*.3mf")) if CORPUS_MESH.is_dir() else []


@pytest.mark.skipif(not _corpus_3mfs(), reason="the mesh corpus is not on this machine")
@pytest.mark.parametrize("path", _corpus_3mfs(), ids=lambda p: p.name)
def test_every_corpus_3mf_reads_the_same_in_bulk(path: Path) -> None:
    data = path.read_bytes()
    assert _outcome(data, path.name, is_bulk=True) == _outcome(data, path.name, is_bulk=False)


@pytest.mark.skipif(not (CORPUS_MESH / "3DBenchy.3mf").is_file(), reason="the mesh corpus is not on this machine")
def test_benchy_is_decoded_in_bulk(decoded: list[bool]) -> None:
    data = (CORPUS_MESH / "3DBenchy.3mf").read_bytes()
    [(name, arrays)] = read_3mf_items(data, "3DBenchy.3mf")
    assert decoded == [True, True]
    assert name == "3DBenchy" and arrays.vertices.shape == (112569, 3) and arrays.faces.shape == (225154, 3)


def test_plain_blocks_are_decoded_in_bulk_exactly(decoded: list[bool]) -> None:
    data = _3mf(_model(*_plain()))
    bulk = _outcome(data, "plain.3mf", is_bulk=True)
    assert decoded == [True, True]
    assert bulk == _outcome(data, "plain.3mf", is_bulk=False)
    [(name, arrays)] = read_3mf_items(data, "plain.3mf")
    assert name == "part"
    assert arrays.vertices[:, 1].tolist() == [0.0, 0.0, 3.0, 0.1, 1.0]
    assert not np.signbit(arrays.vertices[1, 1])  # -0, placed by the build item, is 0.0 either way
    assert arrays.vertices[1, 2] == float("1e-5") and arrays.vertices[2, 2] == float("-4.4e-14")


def test_blocks_decoded_a_slice_at_a_time_give_the_same_arrays(
    monkeypatch: pytest.MonkeyPatch, decoded: list[bool]
) -> None:
    rng = random.Random(7)
    coordinates = [tuple(f"{rng.uniform(-200, 200):.{rng.randint(0, 9)}f}" for _axis in range(3)) for _i in range(300)]
    triangles = [tuple(str(rng.randrange(300)) for _corner in range(3)) for _j in range(600)]
    data = _3mf(_model(*_plain(coordinates, triangles)))  # type: ignore[arg-type]
    monkeypatch.setattr(model_xml, "_SLICE_BYTES", 100)
    assert _outcome(data, "slices.3mf", is_bulk=True) == _outcome(data, "slices.3mf", is_bulk=False)
    assert decoded == [True, True]


def _reordered() -> tuple[str, str]:
    vertices, triangles = _plain()
    return vertices.replace('<vertex x="10.5" y="-0"', '<vertex y="-0" x="10.5"'), triangles


def _single_quotes() -> tuple[str, str]:
    vertices, triangles = _plain()
    return vertices.replace('"', "'"), triangles


def _character_reference() -> tuple[str, str]:
    vertices, triangles = _plain()
    return vertices.replace('x="10.5"', 'x="10&#46;5"'), triangles


def _extra_triangle_attributes() -> tuple[str, str]:
    vertices, triangles = _plain()
    return vertices, triangles.replace('v3="2" />', 'v3="2" p1="0" pid="1" />')


def _spaces_around_equals() -> tuple[str, str]:
    vertices, triangles = _plain()
    return vertices.replace('z="0" />', 'z = "0" />'), triangles


def _comment_inside() -> tuple[str, str]:
    vertices, triangles = _plain()
    return vertices + "\n<!-- <vertex x=\"9\" y=\"9\" z=\"9\" /> -->", triangles


def _element_with_end_tag() -> tuple[str, str]:
    vertices, triangles = _plain()
    return vertices.replace('z="7" />', 'z="7"></vertex>'), triangles


def _underscores() -> tuple[str, str]:
    vertices, triangles = _plain()
    return vertices.replace('x="10.5"', 'x="1_0.5"'), triangles.replace('v1="4"', 'v1="0_4"')


def _leading_zero_index() -> tuple[str, str]:
    vertices, triangles = _plain()
    return vertices, triangles.replace('v1="4"', 'v1="004"')


# Each of these is text the bulk decoder does not take (or takes only in part): the outcome must be
# exactly what reading element by element gives.
_VARIANTS: dict[str, Callable[[], tuple[str, str]]] = {
    "attributes reordered": _reordered,
    "single quotes": _single_quotes,
    "character reference": _character_reference,
    "extra triangle attributes": _extra_triangle_attributes,
    "spaces around =": _spaces_around_equals,
    "comment inside a block": _comment_inside,
    "element with an end tag": _element_with_end_tag,
    "leading zeros in an index": _leading_zero_index,
    "underscores in numbers": _underscores,
}


@pytest.mark.parametrize("variant", sorted(_VARIANTS))
def test_other_forms_of_the_same_mesh_read_as_element_by_element(variant: str) -> None:
    data = _3mf(_model(*_VARIANTS[variant]()))
    bulk = _outcome(data, f"{variant}.3mf", is_bulk=True)
    assert bulk[0] == "items"
    assert bulk == _outcome(data, f"{variant}.3mf", is_bulk=False)


@pytest.mark.parametrize(
    "variant", ["single quotes", "character reference", "extra triangle attributes", "underscores in numbers"]
)
def test_forms_the_decoder_does_not_take_fall_back(variant: str, decoded: list[bool]) -> None:
    read_3mf_items(_3mf(_model(*_VARIANTS[variant]())), "part.3mf")
    assert False in decoded


def test_a_prefixed_namespace_is_read_as_element_by_element() -> None:
    vertices, triangles = _plain()
    model = _model(vertices.replace("<vertex ", "<m:vertex "), triangles.replace("<triangle ", "<m:triangle "),
                   root=f'<m:model xmlns:m="{_NS}" unit="millimeter">')
    model = (model.replace("<resources>", "<m:resources>").replace("</resources>", "</m:resources>")
             .replace("<object ", "<m:object ").replace("</object>", "</m:object>")
             .replace("<mesh>", "<m:mesh>").replace("</mesh>", "</m:mesh>")
             .replace("<vertices>", "<m:vertices>").replace("</vertices>", "</m:vertices>")
             .replace("<triangles>", "<m:triangles>").replace("</triangles>", "</m:triangles>")
             .replace("<build>", "<m:build>").replace("</build>", "</m:build>").replace("<item ", "<m:item ")
             .replace("</model>", "</m:model>"))
    data = _3mf(model)
    bulk = _outcome(data, "prefixed.3mf", is_bulk=True)
    assert bulk[0] == "items"
    assert bulk == _outcome(data, "prefixed.3mf", is_bulk=False)


def test_blocks_outside_the_mesh_being_read_are_ignored_as_before(decoded: list[bool]) -> None:
    vertices, triangles = _plain()
    # A second mesh in the object, a block in another namespace and one inside a comment: none is read.
    extra = (f"<mesh><vertices>{_vertex('1', '1', '1')}</vertices></mesh>"
             f'<other xmlns="urn:other"><vertices>{_vertex("2", "2", "2")}</vertices></other>'
             f"<!-- <vertices>{_vertex('3', '3', '3')}</vertices> -->")
    model = _model(vertices, triangles).replace("   </mesh>\n", "   </mesh>\n" + extra, 1)
    data = _3mf(model)
    bulk = _outcome(data, "extra.3mf", is_bulk=True)
    assert bulk == _outcome(data, "extra.3mf", is_bulk=False)
    assert decoded == [True, True]
    assert bulk[0] == "items" and len(read_3mf(data, "extra.3mf").vertices) == len(_COORDINATES)


def _with(vertex_text: str | None = None, triangle_text: str | None = None) -> bytes:
    vertices, triangles = _plain()
    return _3mf(_model(vertices if vertex_text is None else vertex_text,
                       triangles if triangle_text is None else triangle_text))


# Hostile or broken blocks: each is refused, by the same words, whichever way it is read.
_HOSTILE: dict[str, bytes] = {
    "nan coordinate": _with(_plain([("nan", "0", "0"), *_COORDINATES[1:]])[0]),
    "infinite coordinate": _with(_plain([("1e999", "0", "0"), *_COORDINATES[1:]])[0]),
    "unreadable coordinate": _with(_plain([("1.2.3", "0", "0"), *_COORDINATES[1:]])[0]),
    "empty coordinate": _with(_plain([("", "0", "0"), *_COORDINATES[1:]])[0]),
    "coordinate with a space": _with(_plain([("1 2", "0", "0"), *_COORDINATES[1:]])[0]),
    "too far away": _with(_plain([("1e6", "0", "0"), *_COORDINATES[1:]])[0]),
    "missing vertex": _with(triangle_text=_plain(triangles=[*_TRIANGLES, ("0", "1", "5")])[1]),
    "negative index": _with(triangle_text=_plain(triangles=[*_TRIANGLES, ("0", "1", "-1")])[1]),
    "index too large for int64": _with(triangle_text=_plain(triangles=[("0", "1", "99999999999999999999")])[1]),
    "unused vertices": _with(triangle_text=_plain(triangles=[("0", "1", "2")])[1]),
    "no triangles": _with(triangle_text=""),
    "unclosed element": _with(_plain()[0].replace('z="7" />', 'z="7" >')),
    "cdata end in text": _with(_plain()[0] + "]]>"),
    "nul byte": _with(_plain()[0].replace('z="7"', 'z="7\x00"')),
    "duplicate attribute": _with(_plain()[0].replace('z="7"', 'z="7" z="8"')),
    "undefined entity": _with(_plain()[0].replace('z="7"', 'z="&seven;"')),
    "block never closed": _3mf(_model(*_plain()).replace("</vertices>", "")),
    "document type": _3mf(_model(*_plain()).replace("<model", '<!DOCTYPE model [<!ENTITY e "1">]><model', 1)),
}


@pytest.mark.parametrize("case", sorted(_HOSTILE))
def test_hostile_blocks_are_refused_the_same_way(case: str) -> None:
    data = _HOSTILE[case]
    bulk = _outcome(data, f"{case}.3mf", is_bulk=True)
    assert bulk[0] != "items"
    assert bulk == _outcome(data, f"{case}.3mf", is_bulk=False)


def test_vertex_and_triangle_limits_refuse_at_the_same_element(monkeypatch: pytest.MonkeyPatch) -> None:
    data = _3mf(_model(*_plain()))
    for name, value in (("MAX_VERTICES", 3), ("MAX_TRIANGLES", 4)):
        with monkeypatch.context() as patch:
            patch.setattr(meshes, name, value)
            bulk = _outcome(data, "limits.3mf", is_bulk=True)
            assert bulk[0] == "MeshError"
            assert bulk == _outcome(data, "limits.3mf", is_bulk=False)


def test_numbers_numpy_reads_are_the_numbers_float_reads() -> None:
    """Every short text over the characters a coordinate may hold: numpy takes only what float()
    takes, and reads it to the same bits."""
    alphabet = "0123456789.-+eE"
    texts = ["".join(chars) for length in (1, 2, 3) for chars in itertools.product(alphabet, repeat=length)]
    rng = random.Random(3)
    texts += [f"{rng.choice('-+')}{rng.randrange(10**rng.randint(1, 25))}.{rng.randrange(10**9)}"
              f"e{rng.randint(-330, 330)}" for _i in range(2000)]
    for text in texts:
        decoded = model_xml._decimals(text.encode(), 1)
        try:
            expected = float(text)
        except ValueError:
            assert decoded is None, text
            continue
        if decoded is not None:
            assert decoded.view(np.int64)[0] == np.float64(expected).view(np.int64), text
