"""`heliofab slice` inputs: STL (binary, ASCII), 3MF with several objects, designs, fits, bad files."""

from __future__ import annotations

import io
import json
import os
import struct
import zipfile
from pathlib import Path

import numpy as np
import pytest
import trimesh

from app.fitting.customers import add_customer
from app.fitting.fits import save_fit
from app.fitting.suggest import SuggestionRequest, suggest_sizes
from app.fitting.values import CustomerInput
from app.services import Services
from printers.prusa_backend import find_prusa_slicer
from ui.entry import main

# The shared corpus beside the checkout (HELIOFAB_CORPUS names another place), never copied into it.
CORPUS = Path(os.environ.get("HELIOFAB_CORPUS") or Path(__file__).resolve().parents[3] / "shared" / "corpus") / "mesh"


def run(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _three_mf(objects: list[tuple[str, trimesh.Trimesh, str]], *, head: str = "") -> bytes:
    """A 3MF package: one object and one build item (with its transform) per entry."""
    body = []
    for index, (name, mesh, _) in enumerate(objects, start=1):
        vertices = "".join(f'<vertex x="{x}" y="{y}" z="{z}"/>' for x, y, z in mesh.vertices)
        triangles = "".join(f'<triangle v1="{a}" v2="{b}" v3="{c}"/>' for a, b, c in mesh.faces)
        body.append(
            f'<object id="{index}" name="{name}" type="model"><mesh><vertices>{vertices}</vertices>'
            f"<triangles>{triangles}</triangles></mesh></object>"
        )
    items = "".join(
        f'<item objectid="{index}" transform="{transform}"/>' for index, (_, _, transform) in enumerate(objects, 1)
    )
    model = (
        f'<?xml version="1.0" encoding="UTF-8"?>{head}'
        '<model unit="millimeter" xmlns="http://schemas.microsoft.com/3dmanufacturing/core/2015/02">'
        f"<resources>{''.join(body)}</resources><build>{items}</build></model>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("3D/3dmodel.model", model)
    return buffer.getvalue()


def test_binary_and_ascii_stl_slice_alike(capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path) -> None:
    box = trimesh.creation.box((12, 10, 6))
    binary = tmp_path / "box.stl"
    binary.write_bytes(box.export(file_type="stl"))
    ascii_file = tmp_path / "box_ascii.stl"
    ascii_file.write_text(box.export(file_type="stl_ascii"))
    grams = []
    for path in (binary, ascii_file):
        code, out, err = run(
            capsys, data_dir, "slice", str(path), "--printer", "creality-ender3", "-o", str(tmp_path / "o.gcode"),
            "--json"
        )
        assert code == 0, err
        grams.append(json.loads(out)["filament_g"])
    assert grams[0] == pytest.approx(grams[1], rel=1e-6)


def test_3mf_objects_are_separate_parts_with_their_transforms(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    cube = trimesh.creation.box((10, 10, 10))
    tall = trimesh.creation.box((8, 8, 20))
    # The second item is lifted 40 mm: the slicer must still lay it on the bed (its own part).
    path = tmp_path / "two.3mf"
    path.write_bytes(_three_mf([("cube", cube, "1 0 0 0 1 0 0 0 1 0 0 0"),
                                ("tower", tall, "1 0 0 0 1 0 0 0 1 60 0 40")]))
    code, out, err = run(
        capsys, data_dir, "slice", str(path), "--printer", "creality-ender3", "-o", str(tmp_path / "o.gcode"), "--json"
    )
    assert code == 0, err
    data = json.loads(out)
    assert data["parts"] == ["cube", "tower"]
    assert data["bbox"]["max_z"] == pytest.approx(20.0, abs=0.01)


def test_open_mesh_is_repaired_and_the_operator_told(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    box = trimesh.creation.box((20, 20, 10))
    box.update_faces([i for i in range(len(box.faces)) if i not in (0, 5)])
    path = tmp_path / "open.stl"
    path.write_bytes(box.export(file_type="stl"))
    code, out, err = run(capsys, data_dir, "slice", str(path), "--printer", "creality-ender3", "-o",
                         str(tmp_path / "o.gcode"))
    assert code == 0, err
    assert "Repaired:" in out and "hole" in out


def _bad_files(tmp_path: Path) -> dict[str, Path]:
    files = {}
    empty = tmp_path / "empty.stl"
    empty.write_bytes(b"")
    files["empty"] = empty
    broken = tmp_path / "broken.stl"
    broken.write_bytes(b"\x00\x01garbage that is no mesh" * 7)
    files["broken"] = broken
    huge = tmp_path / "huge.stl"
    triangle = struct.pack("<12fH", 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0)
    huge.write_bytes(b"\0" * 80 + struct.pack("<I", 10_000_000) + triangle * 3)
    files["huge"] = huge
    nan = tmp_path / "nan.stl"
    nan.write_text("solid x\nfacet normal 0 0 1\nouter loop\nvertex nan 0 0\nvertex 1 0 0\nvertex 0 1 0\n"
                   "endloop\nendfacet\nendsolid x\n")
    files["nan"] = nan
    entity = tmp_path / "entity.3mf"
    entity.write_bytes(
        _three_mf(
            [("cube", trimesh.creation.box((5, 5, 5)), "1 0 0 0 1 0 0 0 1 0 0 0")],
            head='<!DOCTYPE model [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>',
        )
    )
    files["entity"] = entity
    return files


@pytest.mark.parametrize("kind", ["empty", "broken", "huge", "nan", "entity"])
def test_bad_input_gives_one_line_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path, kind: str
) -> None:
    path = _bad_files(tmp_path)[kind]
    output = tmp_path / "out" / "never.gcode"
    code, _out, err = run(capsys, data_dir, "slice", str(path), "--printer", "creality-ender3", "-o", str(output))
    assert code != 0
    message = err.strip()
    assert len(message.splitlines()) == 1, message
    assert path.name in message
    assert "Traceback" not in message
    assert not output.exists()
    assert not list(tmp_path.glob("out/*"))


def test_no_input_or_two_kinds_is_refused(capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path) -> None:
    code, _, err = run(capsys, data_dir, "slice", "--printer", "creality-ender3", "-o", str(tmp_path / "o.gcode"))
    assert code != 0 and "one of them" in err
    code, _, err = run(
        capsys, data_dir, "slice", "x.stl", "--design", "oval-everyday", "--printer", "creality-ender3",
        "-o", str(tmp_path / "o.gcode"),
    )
    assert code != 0 and "one of them" in err


def test_design_by_id_slices_the_default_frame_set(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    code, out, err = run(
        capsys, data_dir, "slice", "--design", "oval-everyday", "--printer", "creality-ender3",
        "-o", str(tmp_path / "o.gcode"), "--json",
    )
    assert code == 0, err
    assert {"front", "temple_left", "temple_right"} <= set(json.loads(out)["parts"])
    code, _, err = run(
        capsys, data_dir, "slice", "--design", "no-such-design", "--printer", "creality-ender3",
        "-o", str(tmp_path / "p.gcode"),
    )
    assert code != 0 and "no-such-design" in err
    assert not (tmp_path / "p.gcode").exists()


def test_unknown_fit_is_refused(capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path) -> None:
    code, _, err = run(
        capsys, data_dir, "slice", "--fit", "999", "--printer", "creality-ender3", "-o", str(tmp_path / "o.gcode")
    )
    assert code != 0 and "999" in err
    assert not (tmp_path / "o.gcode").exists()


@pytest.mark.skipif(not (CORPUS / "benchy_cargo_box.stl").is_file(), reason="mesh corpus not present")
@pytest.mark.parametrize(
    "name",
    ["benchy_cargo_box.stl", "KeyCasing-RP_binary_solidheader.STL", "FruitFlyTrap_openscad_ascii.stl", "3mfc_box.3mf"],
)
def test_corpus_meshes_slice(capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path, name: str) -> None:
    path = CORPUS / name
    if not path.is_file():
        pytest.skip(f"{name} not in the corpus")
    output = tmp_path / "o.gcode"
    code, out, err = run(capsys, data_dir, "slice", str(path), "--printer", "creality-ender3", "-o", str(output),
                         "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["is_safe"] and data["filament_g"] > 0


def test_a_saved_fit_slices_in_the_frames_mode_for_its_material(
    capsys: pytest.CaptureFixture[str], services: Services, data_dir: Path, tmp_path: Path
) -> None:
    customer = add_customer(services.session_factory, CustomerInput(name="Amina", code="AM-1"))
    suggestion = suggest_sizes(SuggestionRequest("oval-everyday", 32.0, 31.0, 148.0)).suggestions[0]
    fit = save_fit(services.session_factory, customer.id, "oval-everyday", dict(suggestion.parameters))
    services.close()
    output = tmp_path / "fit.gcode"
    code, out, err = run(
        capsys, data_dir, "slice", "--fit", str(fit.id), "--printer", "creality-ender3", "-o", str(output), "--json"
    )
    assert code == 0, err
    data = json.loads(out)
    assert data["settings"]["mode"] == "frames"
    assert data["material"] == str(fit.parameters.get("material", "pla")).lower()
    assert data["is_within_one_hour"] and data["total_min"] <= 50
    assert output.is_file()


@pytest.mark.skipif(find_prusa_slicer() is None, reason="prusa-slicer is not installed")
def test_prusa_backend_takes_the_same_3mf_objects(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    cube = trimesh.creation.box((10, 10, 10))
    tall = trimesh.creation.box((8, 8, 20))
    path = tmp_path / "two.3mf"
    path.write_bytes(_three_mf([("cube", cube, "1 0 0 0 1 0 0 0 1 0 0 0"),
                                ("tower", tall, "1 0 0 0 1 0 0 0 1 60 0 40")]))
    output = tmp_path / "ps.gcode"
    code, out, err = run(
        capsys, data_dir, "slice", str(path), "--printer", "creality-ender3", "--backend", "prusa",
        "-o", str(output), "--json",
    )
    assert code == 0, err
    data = json.loads(out)
    assert data["backend"] == "prusa" and data["is_safe"]
    assert data["bbox"]["max_z"] == pytest.approx(20.0, abs=0.05)


@pytest.mark.skipif(find_prusa_slicer() is None, reason="prusa-slicer is not installed")
def test_prusa_failure_reason_is_shown_whole(capsys: pytest.CaptureFixture[str], data_dir: Path,
                                             tmp_path: Path) -> None:
    # A cone on its tip: PrusaSlicer finds nothing to print on the first layer and says so in two lines.
    cone = trimesh.creation.cone(radius=8, height=12, sections=32)
    cone.apply_transform(trimesh.transformations.rotation_matrix(np.pi, [1, 0, 0]))
    path = tmp_path / "cone.stl"
    path.write_bytes(cone.export(file_type="stl"))
    output = tmp_path / "never.gcode"
    code, _, err = run(
        capsys, data_dir, "slice", str(path), "--printer", "creality-ender3", "--backend", "prusa", "-o", str(output)
    )
    assert code != 0
    assert "PrusaSlicer failed" in err and len(err.strip().splitlines()) == 1
    assert "no extrusions in the first layer. Object name: cone.stl." in err
    assert not output.exists()


def test_mode_choices_match_the_print_modes() -> None:
    from app.cli.slice_cmd import MODE_CHOICES
    from printers.slicer import PrintMode

    assert tuple(m.value for m in PrintMode) == MODE_CHOICES
