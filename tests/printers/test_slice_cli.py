from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from printers.profiles import find_material, find_printer
from printers.prusa_backend import find_prusa_slicer, parse_duration, prusa_ini
from printers.slicer import SliceSettings
from tests.printers.gcode_samples import good_program
from tests.printers.shapes import frame_set
from ui.entry import main


@pytest.fixture
def frame_stls(tmp_path: Path) -> list[Path]:
    paths = []
    for mesh in frame_set():
        path = tmp_path / f"{mesh.metadata['name']}.stl"
        mesh.export(path)
        paths.append(path)
    return paths


def run(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_printers_profiles_json(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, out, _ = run(capsys, data_dir, "printers", "profiles", "--json")
    assert code == 0
    profiles = {p["id"]: p for p in json.loads(out)}
    assert "creality-ender3" in profiles
    for profile in profiles.values():
        for key in ("id", "bed_x_mm", "bed_y_mm", "bed_z_mm", "max_hotend_c", "max_bed_c"):
            assert key in profile
    code, out, _ = run(capsys, data_dir, "printers", "profiles")
    assert code == 0 and "prusa-mk3" in out
    code, out, _ = run(capsys, data_dir, "printers", "materials", "--json")
    assert code == 0 and {m["id"] for m in json.loads(out)} >= {"pla", "petg"}


def test_slice_then_info(
    capsys: pytest.CaptureFixture[str], data_dir: Path, frame_stls: list[Path], tmp_path: Path
) -> None:
    out_file = tmp_path / "out" / "set.gcode"
    code, out, err = run(
        capsys,
        data_dir,
        "slice",
        *map(str, frame_stls),
        "--printer",
        "creality-ender3",
        "--infill",
        "15",
        "--perimeters",
        "3",
        "-o",
        str(out_file),
        "--json",
    )
    assert code == 0, err
    data = json.loads(out)
    assert data["parts"] == ["front", "temple-right", "temple-left"]
    assert data["settings"] == {
        "mode": "standard",
        "layer_height_mm": 0.2,
        "perimeters": 3,
        "infill_pct": 15.0,
        "first_layer_speed_mm_s": 20,
        "travel_speed_mm_s": 150,
        "bed_lowered_c": None,
    }
    assert data["problems"] == [] and data["is_safe"]
    assert out_file.is_file()
    code, out, err = run(capsys, data_dir, "gcode", "info", str(out_file), "--printer", "creality-ender3", "--json")
    assert code == 0, err
    info = json.loads(out)
    for key in ("print_time_s", "heat_up_s", "filament_mm", "filament_g", "energy_wh", "layers", "bbox", "problems"):
        assert key in info
    assert info["print_time_s"] == pytest.approx(data["print_time_s"])
    assert info["layers"] == 20
    assert info["energy_profile"][0]["phase"] == "heat_up"
    code, out, _ = run(capsys, data_dir, "gcode", "info", str(out_file))
    assert code == 0 and "Safe to print." in out
    assert out.startswith("Checked for an unspecified printer; add --printer PROFILE")
    code, out, _ = run(capsys, data_dir, "gcode", "info", str(out_file), "--printer", "creality-ender3")
    assert code == 0 and "unspecified" not in out


def test_slice_refusals_leave_no_file(
    capsys: pytest.CaptureFixture[str], data_dir: Path, frame_stls: list[Path], tmp_path: Path
) -> None:
    out_file = tmp_path / "never.gcode"
    code, _, err = run(capsys, data_dir, "slice", str(frame_stls[0]), "--printer", "mini-bedless", "-o", str(out_file))
    assert code == 1 and "larger than" in err and len(err.strip().splitlines()) == 1
    empty = tmp_path / "empty.stl"
    empty.write_bytes(b"")
    code, _, err = run(capsys, data_dir, "slice", str(empty), "--printer", "prusa-mk3", "-o", str(out_file))
    assert code == 1 and "empty" in err
    code, _, err = run(capsys, data_dir, "slice", str(frame_stls[0]), "--printer", "nope", "-o", str(out_file))
    assert code == 1 and "creality-ender3" in err
    code, _, err = run(
        capsys, data_dir, "slice", str(tmp_path / "missing.stl"), "--printer", "prusa-mk3", "-o", str(out_file)
    )
    assert code == 1 and "does not exist" in err
    code, _, err = run(
        capsys,
        data_dir,
        "slice",
        str(frame_stls[0]),
        "--printer",
        "prusa-mk3",
        "--layer-height",
        "0.9",
        "-o",
        str(out_file),
    )
    assert code == 1 and "Layer height" in err
    assert not out_file.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".never")] == []


def test_gcode_info_refuses_bad_files(capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.gcode"
    garbage.write_bytes(os.urandom(4096))
    code, out, err = run(capsys, data_dir, "gcode", "info", str(garbage), "--json")
    assert code == 1 and "not G-code" in json.loads(out)["error"]
    empty = tmp_path / "empty.gcode"
    empty.write_text("")
    code, _, err = run(capsys, data_dir, "gcode", "info", str(empty))
    assert code == 1 and "empty" in err
    nan = tmp_path / "nan.gcode"
    nan.write_text("\n".join(good_program()[:-4] + ["G1 XNAN Y10 E1"]) + "\n")
    code, out, _ = run(capsys, data_dir, "gcode", "info", str(nan), "--printer", "prusa-mk3", "--json")
    assert code == 1
    problems = json.loads(out)["problems"]
    assert problems[0]["line"] == 19 and problems[0]["kind"] == "bad_number"
    hot = tmp_path / "hot.gcode"
    hot.write_text("\n".join(good_program()).replace("M104 S210", "M104 S290") + "\n")
    assert run(capsys, data_dir, "gcode", "info", str(hot), "--printer", "creality-ender3")[0] == 1
    assert run(capsys, data_dir, "gcode", "info", str(hot), "--printer", "prusa-mk3")[0] == 0


def test_prusa_ini_carries_the_profile() -> None:
    ini = prusa_ini(find_printer("creality-ender3"), find_material("petg"), SliceSettings(infill_pct=15, perimeters=3))
    values = dict(line.split(" = ", 1) for line in ini.splitlines())
    assert values["bed_shape"] == "0x0,220x0,220x220,0x220"
    assert values["fill_density"] == "15%"
    assert values["perimeters"] == "3"
    assert values["temperature"] == "235"
    assert values["gcode_flavor"] == "marlin2"
    assert "M109 S240" in values["start_gcode"]
    assert parse_duration("1h 07m 48s") == 4068
    assert parse_duration("1d 0h 0m 5s") == 86405


@pytest.mark.skipif(find_prusa_slicer() is None, reason="prusa-slicer is not installed")
def test_prusa_backend_same_profile(
    capsys: pytest.CaptureFixture[str], data_dir: Path, frame_stls: list[Path], tmp_path: Path
) -> None:
    out_file = tmp_path / "ps.gcode"
    code, out, err = run(
        capsys,
        data_dir,
        "slice",
        *map(str, frame_stls),
        "--printer",
        "prusa-mk3",
        "--backend",
        "prusa",
        "-o",
        str(out_file),
        "--json",
    )
    assert code == 0, err
    data = json.loads(out)
    assert data["is_safe"] and data["layers"] == 20
    assert out_file.is_file()


@pytest.mark.skipif(find_prusa_slicer() is None, reason="prusa-slicer is not installed")
def test_prusa_backend_does_not_fit(
    capsys: pytest.CaptureFixture[str], data_dir: Path, frame_stls: list[Path], tmp_path: Path
) -> None:
    out_file = tmp_path / "ps.gcode"
    code, _, err = run(
        capsys,
        data_dir,
        "slice",
        str(frame_stls[0]),
        "--printer",
        "mini-bedless",
        "--backend",
        "prusa",
        "-o",
        str(out_file),
    )
    assert code == 1 and "The part does not fit on the 100×100 mm bed" in err and "smaller size" in err
    assert not out_file.exists()


def test_output_that_cannot_be_written(
    capsys: pytest.CaptureFixture[str], data_dir: Path, frame_stls: list[Path], tmp_path: Path
) -> None:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    code, _, err = run(capsys, data_dir, "slice", str(frame_stls[1]), "--printer", "prusa-mk3", "-o", str(folder))
    assert code == 1 and "Cannot write" in err
    assert list(folder.iterdir()) == []


def test_sliced_file_goes_into_the_blob_store(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.slicing import slice_to_file, store_gcode
    from db.models import Blob

    outcome = slice_to_file(services.profiles, frame_set()[1:2], tmp_path / "t.gcode", printer_id="prusa-mk3")
    text = outcome.output.read_text()
    sha = store_gcode(services.blobs, services.session_factory, outcome.output)
    assert services.blobs.read_bytes(sha).decode() == text
    assert not outcome.output.exists()
    with services.session_factory() as session:
        assert session.get(Blob, sha).media_type == "text/x.gcode"
