"""Jobs from a G-code file book the material the file names (or the printer's default) and its cost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.printing.job_material import material_for_file
from app.services import StartupOptions, build_services
from db.models import PrintJob
from printers.gcode.notes import read_slicer_notes
from printers.profiles import MaterialProfile, find_material, generic_printer
from tests.app.test_safe_printing import gcode


@pytest.mark.parametrize(
    ("comment", "material"),
    [
        ("; material = petg", "petg"),  # Heliofab's own header
        ("; filament_type = PETG", "PETG"),  # PrusaSlicer, Orca, SuperSlicer
        ("; filament_type = PLA;PETG", "PLA"),  # several extruders: the first
        ('; filament_type = "ABS"', "ABS"),
        ("; material_diameter = 2.85", None),  # another setting
        (";SETTING_3 {material_print_temperature = 200}", None),
        ("; material = ", None),
    ],
)
def test_the_material_a_slicer_names_is_read(comment: str, material: str | None) -> None:
    assert read_slicer_notes(["G28", comment]).material == material


def test_a_material_the_lab_does_not_know_falls_back_to_the_printers_default() -> None:
    printer = generic_printer()
    assert material_for_file(["; filament_type = PETG", "G28"], printer).id == "petg"  # type: ignore[union-attr]
    assert material_for_file(["; filament_type = PLA Basic", "G28"], printer).id == printer.default_material_id  # type: ignore[union-attr]
    assert material_for_file(["G28"], printer).id == printer.default_material_id  # type: ignore[union-attr]


def _file(tmp_path: Path, header: str) -> Path:
    path = tmp_path / "part.gcode"
    path.write_text(f"{header}\n{gcode()}" if header else gcode())
    return path


def _jobs(data_dir: Path) -> list[PrintJob]:
    services = build_services(StartupOptions(data_dir=data_dir))
    try:
        with services.session_factory() as session:
            jobs = list(session.query(PrintJob).order_by(PrintJob.id))
            session.expunge_all()
            return jobs
    finally:
        services.close()


def _expected_cost(job: PrintJob, material: MaterialProfile) -> float:
    return job.filament_g / 1000.0 * material.price_per_kg


@pytest.mark.parametrize(("header", "material_id"), [("; material = petg", "petg"), ("", "pla")])
def test_print_file_books_the_files_material_and_its_cost(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], header: str, material_id: str
) -> None:
    data_dir = tmp_path / "lab"
    part = _file(tmp_path, header)
    port = f"sim://material-{material_id}?speed=0"
    assert main(["--data-dir", str(data_dir), "print", str(part), "--port", port, "--baud", "115200",
                 "--printer", "creality-ender3", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["outcome"] == "done"
    [job] = _jobs(data_dir)
    assert job.material_id == material_id and job.filament_g > 0
    assert job.material_cost == pytest.approx(_expected_cost(job, find_material(material_id)), rel=1e-3)


@pytest.mark.parametrize(("header", "material_id"), [("; filament_type = PETG", "petg"), ("", "pla")])
def test_queue_add_file_books_the_files_material_and_its_cost(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], header: str, material_id: str
) -> None:
    data_dir = tmp_path / "lab"
    part = _file(tmp_path, header)
    assert main(["--data-dir", str(data_dir), "queue", "add", str(part), "--printer-profile", "creality-ender3",
                 "--json"]) == 0
    capsys.readouterr()
    [job] = _jobs(data_dir)
    assert job.material_id == material_id and job.material_cost > 0
    assert job.material_cost == pytest.approx(_expected_cost(job, find_material(material_id)), rel=1e-3)
