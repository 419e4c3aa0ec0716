from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest

from catalog.frames.export import export_parameter_sets
from ui.entry import main

STYLE = "oval-everyday"
GOOD = ["--set", "pd_right_mm=32", "--set", "pd_left_mm=31", "--set", "bridge_mm=18", "--set",
        "crest_above_datum_mm=5"]


def run(capsys: pytest.CaptureFixture[str], tmp_path: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(tmp_path / "data"), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_list_params_json_is_the_declaration(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, tmp_path, "customize", STYLE, "--list-params", "--json")
    assert code == 0
    manifest = json.loads(out)
    names = [p["name"] for p in manifest["parameters"]]
    assert {"pd_right_mm", "lens_width_mm", "bridge_mm", "pantoscopic_tilt_deg"} <= set(names)
    width = next(p for p in manifest["parameters"] if p["name"] == "lens_width_mm")
    assert (width["unit"], width["min"], width["max"], width["group"]) == ("mm", 30, 60, "Lens")


def test_customize_writes_the_whole_set(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out_dir = tmp_path / "job"
    code, out, err = run(capsys, tmp_path, "customize", STYLE, *GOOD, "--out", str(out_dir), "--json")
    assert code == 0, err
    report = json.loads(out)
    assert sorted(p.name for p in out_dir.iterdir()) == sorted(report["files"])
    for name in ("front", "temple_right", "temple_left", "ring_right", "ring_left"):
        assert (out_dir / f"{name}.stl").stat().st_size > 1000
    saved = json.loads((out_dir / "report.json").read_text())
    assert saved["parameters"]["pd_right_mm"] == 32.0
    assert saved["derived"]["frame_pd_mm"] == pytest.approx(63.0)
    assert saved["derived"]["dbl_mm"] == pytest.approx(18.0)
    assert set(saved["checks_passed"]) >= {"nose_clearance", "centration", "rim_wall"}
    assert 5 < saved["filament_g"] < 30
    assert all(p["is_watertight"] for p in saved["parts"])
    with zipfile.ZipFile(out_dir / "plate.3mf") as archive:
        model = ElementTree.fromstring(archive.read("3D/3dmodel.model"))
    ns = {"m": "http://schemas.microsoft.com/3dmanufacturing/core/2015/02"}
    assert len(model.findall("m:resources/m:object", ns)) == 5
    assert len(model.findall("m:build/m:item", ns)) == 5
    svg = (out_dir / "template.svg").read_text()
    assert 'width="297mm"' in svg and 'width="85.6"' in svg and 'id="scale-bar"' in svg
    scad = json.loads((out_dir / "parameters.json").read_text())
    assert scad["fileFormatVersion"] == "1"
    (values,) = scad["parameterSets"].values()
    assert values["bridge_mm"] == "18"
    # Running again replaces the earlier set in place.
    code, _, err = run(capsys, tmp_path, "customize", STYLE, *GOOD, "--set", "temple_length_mm=135", "--out",
                       str(out_dir))
    assert code == 0, err
    assert json.loads((out_dir / "report.json").read_text())["parameters"]["temple_length_mm"] == 135.0
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--set", "bridge_mm=25"], "bridge_mm = 25 is out of range"),
        (["--set", "lens_width_mm=wide"], "lens_width_mm needs a number"),
        (["--set", "lens_widht_mm=44"], "Unknown parameter lens_widht_mm"),
        (["--set", "bridge_mm"], "--set needs NAME=VALUE"),
        (["--set", "bridge_mm=22"], "Set Bridge (DBL) to 18 mm"),
        (["--set", "hinge_type=screw_m2"], "The hinge knuckle wall is"),
    ],
)
def test_bad_input_is_one_line_and_writes_nothing(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                  args: list[str], expected: str) -> None:
    out_dir = tmp_path / "job"
    code, _, err = run(capsys, tmp_path, "customize", STYLE, *args, "--out", str(out_dir))
    assert code != 0
    assert expected in err
    assert len(err.strip().splitlines()) == 1
    assert not out_dir.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name != "data"] == []


def test_unknown_design_and_foreign_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, tmp_path, "customize", "no-such-frame", "--list-params")
    assert code != 0 and "No frame style called 'no-such-frame'" in err
    foreign = tmp_path / "photos"
    foreign.mkdir()
    (foreign / "holiday.jpg").write_bytes(b"x")
    code, _, err = run(capsys, tmp_path, "customize", STYLE, "--out", str(foreign))
    assert code != 0 and "already holds other files" in err
    assert [p.name for p in foreign.iterdir()] == ["holiday.jpg"]


def test_openscad_parameter_set_import(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    sets = export_parameter_sets({"Ama 2026-11-25": {"pd_right_mm": 30.0, "pd_left_mm": 30.0, "bridge_mm": 18.0,
                                                     "lens_width_mm": 42.0,
                                                     "crest_above_datum_mm": 4.0}})
    path = tmp_path / "ama.json"
    path.write_text(json.dumps(sets))
    code, out, err = run(capsys, tmp_path, "customize", STYLE, "--params", str(path), "--check", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["parameters"]["bridge_mm"] == 18.0 and data["is_valid"]


def test_customize_does_not_load_qt() -> None:
    code = ("import sys; from ui.entry import main; main(['customize', 'oval-everyday', '--check']); "
            "assert 'PySide6' not in sys.modules, 'Qt loaded'")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr


def _saved_report(out_dir: Path) -> dict[str, object]:
    report: dict[str, object] = json.loads((out_dir / "report.json").read_text())
    return report


def test_grams_and_cost_come_from_the_chosen_material_profile(capsys: pytest.CaptureFixture[str],
                                                              tmp_path: Path) -> None:
    from dataclasses import replace

    from app.database import open_database
    from app.printer_profiles import ProfileStore
    from printers.profiles import find_material

    database = open_database(tmp_path / "data")
    try:
        # The lab pays its own price for PETG: the frame's cost follows the lab's material profile.
        ProfileStore(database.session_factory).save_material(replace(find_material("petg"), price_per_kg=40.0))
    finally:
        database.engine.dispose()
    for material in ("PETG", "PLA"):
        out_dir = tmp_path / material
        code, _, err = run(capsys, tmp_path, "customize", STYLE, *GOOD, "--set", f"material={material}", "--out",
                           str(out_dir))
        assert code == 0, err
        report = _saved_report(out_dir)
        volume = sum(float(part["volume_mm3"]) for part in report["parts"])  # type: ignore[attr-defined]
        profile = find_material(material)
        price = 40.0 if material == "PETG" else profile.price_per_kg
        assert report["material"] == material
        # Printed with perimeters and sparse infill, the frame weighs less than its solid volume would.
        solid_g = volume / 1000 * profile.density_g_cm3
        assert 0.5 * solid_g < float(report["filament_g"]) < 0.95 * solid_g  # type: ignore[arg-type]
        assert report["material_cost"] == pytest.approx(float(report["filament_g"]) / 1000 * price,  # type: ignore[arg-type]
                                                        abs=0.002)


def test_old_parameter_set_with_the_retired_price_still_loads(capsys: pytest.CaptureFixture[str],
                                                              tmp_path: Path) -> None:
    # Written by a version that declared the filament price as a frame parameter.
    path = tmp_path / "old.json"
    path.write_text(json.dumps(export_parameter_sets({"Ama": {"bridge_mm": 18.0, "filament_price_per_kg": 35.0}})))
    code, out, err = run(capsys, tmp_path, "customize", STYLE, "--params", str(path), "--check", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["parameters"]["bridge_mm"] == 18.0
    assert "filament_price_per_kg" not in data["parameters"]


def test_setting_the_retired_price_says_where_the_price_lives(capsys: pytest.CaptureFixture[str],
                                                              tmp_path: Path) -> None:
    code, _, err = run(capsys, tmp_path, "customize", STYLE, "--set", "filament_price_per_kg=30", "--check")
    assert code == 2
    assert "material profile" in err and "heliofab printers materials" in err
    assert len(err.strip().splitlines()) == 1
