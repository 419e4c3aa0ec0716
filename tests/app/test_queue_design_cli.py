"""`heliofab queue add-design` and `slice --design --set`: any catalogue design, customized, sliced, checked and
queued, tied to a customer's order and to the design's licence; bad input is one line and nothing queued."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import trimesh

from app.cli import main
from app.services import StartupOptions, build_services
from catalog.scad.executable import find_openscad
from db.models import PrintJob
from tests.catalog.scad_fixtures import hook_zip

PRINTER = "creality-ender3"
CLIPS = "self-adjust-syringe-clips"


def _run(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _ok(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> dict:  # type: ignore[type-arg]
    code, out, err = _run(capsys, data_dir, *args, "--json")
    assert code == 0, f"heliofab {' '.join(args)} failed: {err}"
    return json.loads(out)  # type: ignore[no-any-return]


def _import_box(capsys: pytest.CaptureFixture[str], data_dir: Path, path: Path,
                size: tuple[float, float, float]) -> str:
    trimesh.creation.box(extents=size).export(path)
    imported = _ok(capsys, data_dir, "catalog", "import", str(path))
    return str(imported["changes"][0]["id"])


def _jobs(capsys: pytest.CaptureFixture[str], data_dir: Path) -> list[dict]:  # type: ignore[type-arg]
    return _ok(capsys, data_dir, "queue", "list")["jobs"]  # type: ignore[no-any-return]


def _orders(capsys: pytest.CaptureFixture[str], data_dir: Path, customer: str) -> list[dict]:  # type: ignore[type-arg]
    return _ok(capsys, data_dir, "customers", "show", customer)["orders"]  # type: ignore[no-any-return]


@pytest.fixture
def lab(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Path:
    data_dir = tmp_path / "lab"
    _ok(capsys, data_dir, "customers", "add", "--name", "Ama Mensah", "--code", "C-7")
    return data_dir


def test_imported_stl_is_queued_for_the_customer_with_its_licence(
    capsys: pytest.CaptureFixture[str], lab: Path, tmp_path: Path
) -> None:
    design_id = _import_box(capsys, lab, tmp_path / "spacer.stl", (20.0, 16.0, 6.0))
    order = _ok(capsys, lab, "queue", "add-design", design_id, "--printer-profile", PRINTER, "--customer", "C-7")
    assert order["design_id"] == design_id and order["fit_id"] is None
    assert order["licence"] == "LicenseRef-Unknown" and order["estimate"]["filament_g"] > 0.5
    (job,) = _jobs(capsys, lab)
    assert job["id"] == order["job_id"] and job["name"] == "spacer for C-7"
    assert (job["printer_profile"], job["material"]) == (PRINTER, "pla")  # what the planner and check use
    (shown,) = _orders(capsys, lab, "C-7")
    assert shown["id"] == order["job_id"]


def test_mesh_design_without_a_customer_is_queued_for_the_lab(
    capsys: pytest.CaptureFixture[str], lab: Path, tmp_path: Path
) -> None:
    design_id = _import_box(capsys, lab, tmp_path / "token.stl", (12.0, 12.0, 3.0))
    code, out, err = _run(capsys, lab, "queue", "add-design", design_id, "--printer-profile", PRINTER)
    assert code == 0, err
    assert out.startswith("Queued job 1 'token'") and "g," in out and "Wh" in out
    assert _jobs(capsys, lab)[0]["name"] == "token" and _orders(capsys, lab, "C-7") == []


def test_syringe_clips_with_values_slice_in_their_own_material(capsys: pytest.CaptureFixture[str], lab: Path) -> None:
    default = _ok(capsys, lab, "queue", "add-design", CLIPS, "--printer-profile", PRINTER)
    wider = _ok(capsys, lab, "queue", "add-design", CLIPS, "--set", "syringe_barrel_d_mm=14",
                "--set", "clip_length_mm=30", "--printer-profile", PRINTER, "--customer", "C-7")
    assert wider["parameters"] == {"syringe_barrel_d_mm": "14", "clip_length_mm": "30"}
    assert wider["licence"] == "CC0-1.0" and wider["customer_id"] is not None
    # Longer clips round a wider barrel take more filament: the values reached the generator.
    assert wider["estimate"]["filament_g"] > 1.3 * default["estimate"]["filament_g"]
    jobs = {j["id"]: j for j in _jobs(capsys, lab)}
    assert jobs[wider["job_id"]]["material"] == "petg"  # the clips' declared material, as for frames
    assert [o["id"] for o in _orders(capsys, lab, "C-7")] == [wider["job_id"]]


def test_selling_a_non_commercial_design_needs_confirmation(
    capsys: pytest.CaptureFixture[str], lab: Path, tmp_path: Path
) -> None:
    design_id = _import_box(capsys, lab, tmp_path / "clip.stl", (18.0, 10.0, 4.0))
    services = build_services(StartupOptions(data_dir=lab))
    try:
        services.catalog.edit(design_id, licence="CC-BY-NC-4.0", attribution="Clip by Kofi Mensah, printables.com")
    finally:
        services.close()
    args = ("queue", "add-design", design_id, "--printer-profile", PRINTER, "--customer", "C-7", "--for-sale")
    code, _out, err = _run(capsys, lab, *args)
    assert code == 1 and "does not allow selling" in err and len(err.strip().splitlines()) == 1
    assert _jobs(capsys, lab) == []
    order = _ok(capsys, lab, *args, "--sale-confirmed")
    assert order["licence"] == "CC-BY-NC-4.0"
    services = build_services(StartupOptions(data_dir=lab))
    try:
        with services.session_factory() as session:
            job = session.get(PrintJob, order["job_id"])
            assert job is not None and job.is_for_sale and job.licence == "CC-BY-NC-4.0"
    finally:
        services.close()


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("no-such-design", "--printer-profile", PRINTER), "no design 'no-such-design'"),
        ((CLIPS, "--set", "clip_length_mm=99", "--printer-profile", PRINTER), "clip_length_mm = 99 is out of range"),
        ((CLIPS, "--set", "clip_length_mm", "--printer-profile", PRINTER), "NAME=VALUE"),
        ((CLIPS, "--printer-profile", PRINTER, "--customer", "C-404"), "No customer"),
        ((CLIPS, "--printer-profile", "no-such-printer"), "no-such-printer"),
    ],
)
def test_bad_input_is_one_line_and_nothing_is_queued(
    capsys: pytest.CaptureFixture[str], lab: Path, args: tuple[str, ...], expected: str
) -> None:
    code, out, err = _run(capsys, lab, "queue", "add-design", *args)
    assert code != 0 and out == ""
    assert expected in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert _jobs(capsys, lab) == []


def test_too_large_for_the_bed_and_values_on_a_mesh_are_refused(
    capsys: pytest.CaptureFixture[str], lab: Path, tmp_path: Path
) -> None:
    large = _import_box(capsys, lab, tmp_path / "shelf.stl", (300.0, 40.0, 5.0))
    code, _out, err = _run(capsys, lab, "queue", "add-design", large, "--printer-profile", PRINTER)
    assert code == 1 and "larger than" in err and len(err.strip().splitlines()) == 1
    code, _out, err = _run(capsys, lab, "queue", "add-design", large, "--set", "width=3", "--printer-profile",
                           "prusa-mk3")
    assert code == 1 and "no parameters to set" in err
    assert _jobs(capsys, lab) == []
    assert not list((lab / "tmp" / "slices").glob("**/*.gcode"))  # nothing half-written left behind


def test_slice_design_takes_values(capsys: pytest.CaptureFixture[str], lab: Path, tmp_path: Path) -> None:
    out = tmp_path / "clips.gcode"
    sliced = _ok(capsys, lab, "slice", "--design", CLIPS, "--set", "clip_length_mm=12", "--printer", PRINTER,
                 "-o", str(out))
    assert out.is_file() and sliced["is_safe"] and sliced["material"] == "petg"
    code, _out, err = _run(capsys, lab, "slice", "--design", CLIPS, "--set", "clip_length_mm=9", "--printer", PRINTER,
                           "-o", str(tmp_path / "bad.gcode"))
    assert code == 1 and "out of range" in err and not (tmp_path / "bad.gcode").exists()
    code, _out, err = _run(capsys, lab, "slice", str(out), "--set", "a=1", "--printer", PRINTER,
                           "-o", str(tmp_path / "x.gcode"))
    assert code == 1 and "--design" in err


@pytest.mark.skipif(find_openscad() is None, reason="OpenSCAD is not installed (Debian: apt-get install openscad)")
def test_openscad_design_is_rendered_with_the_values_and_queued(
    capsys: pytest.CaptureFixture[str], lab: Path, tmp_path: Path
) -> None:
    imported = _ok(capsys, lab, "catalog", "import", str(hook_zip(tmp_path / "hook.zip")))
    design_id = imported["changes"][0]["id"]
    narrow = _ok(capsys, lab, "queue", "add-design", design_id, "--set", "plate_width=20",
                 "--printer-profile", PRINTER)
    wide = _ok(capsys, lab, "queue", "add-design", design_id, "--set", "plate_width=60", "--set", "reach=30",
               "--printer-profile", PRINTER, "--customer", "C-7")
    assert wide["licence"] and wide["licence"] == narrow["licence"]
    assert wide["estimate"]["filament_g"] > 1.5 * narrow["estimate"]["filament_g"]
    assert [o["id"] for o in _orders(capsys, lab, "C-7")] == [wide["job_id"]]
    code, _out, err = _run(capsys, lab, "queue", "add-design", design_id, "--set", "plate_width=99",
                           "--printer-profile", PRINTER)
    assert code == 1 and "plate_width" in err and len(err.strip().splitlines()) == 1
    assert len(_jobs(capsys, lab)) == 2
