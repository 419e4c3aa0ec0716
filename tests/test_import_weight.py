"""A command imports what it runs: no Qt outside the window, no meshes or serial stack for customer
commands, no printer modules behind the customer module. Checked through `sys.modules` in a fresh
process (never timed: bench/import_bench.py prints the times)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# What `heliofab` (ui.entry:main) runs, then the modules loaded by the time the command is done.
_RUN_COMMAND = """
import json, sys
from ui.entry import main
try:
    code = main(sys.argv[2:])
except SystemExit as done:  # --version and --help leave through argparse
    code = done.code
with open(sys.argv[1], "w", encoding="utf-8") as out:
    json.dump({"exit_code": code, "modules": sorted(sys.modules)}, out)
"""

_IMPORT_MODULE = """
import importlib, json, sys
importlib.import_module(sys.argv[2])
with open(sys.argv[1], "w", encoding="utf-8") as out:
    json.dump({"exit_code": 0, "modules": sorted(sys.modules)}, out)
"""


def _loaded(tmp_path: Path, script: str, *args: str) -> tuple[int, set[str]]:
    out = tmp_path / "modules.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("HELIOFAB_HOME", None)
    done = subprocess.run(
        [sys.executable, "-c", script, str(out), *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert out.exists(), done.stderr
    result = json.loads(out.read_text(encoding="utf-8"))
    return result["exit_code"], set(result["modules"])


def _families(modules: set[str], *names: str) -> list[str]:
    """The given top-level packages that were imported (a package or any of its sub-modules)."""
    return sorted(name for name in names if any(m == name or m.startswith(f"{name}.") for m in modules))


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A lab with one customer, so the commands below read real rows."""
    data_dir = tmp_path_factory.mktemp("lab")
    code, _ = _loaded(data_dir, _RUN_COMMAND, "--data-dir", str(data_dir), "customers", "add", "--name", "Ama")
    assert code == 0
    return data_dir


def test_customer_module_imports_no_printer_module(tmp_path: Path) -> None:
    _, modules = _loaded(tmp_path, _IMPORT_MODULE, "app.fitting.customers")
    assert _families(modules, "printers", "trimesh", "shapely", "serial", "PySide6") == []
    assert "app.services" not in modules


def test_version_loads_neither_the_database_nor_qt(tmp_path: Path) -> None:
    code, modules = _loaded(tmp_path, _RUN_COMMAND, "--version")
    assert code == 0
    assert _families(modules, "sqlalchemy", "alembic", "numpy", "PySide6", "printers", "serial") == []


@pytest.mark.parametrize("command", [["customers", "list"], ["customers", "show", "C0001"]])
def test_customer_commands_load_no_meshes_serial_or_qt(tmp_path: Path, lab: Path, command: list[str]) -> None:
    code, modules = _loaded(tmp_path, _RUN_COMMAND, "--data-dir", str(lab), *command)
    assert code == 0
    assert _families(modules, "PySide6", "trimesh", "shapely", "serial", "printers") == []


def test_gcode_info_loads_no_slicer_meshes_or_qt(tmp_path: Path, lab: Path) -> None:
    gcode = tmp_path / "part.gcode"
    heat, cool = "M140 S60\nM104 S200\nM190 S60\nM109 S200\n", "M104 S0\nM140 S0\n"
    gcode.write_text(f"{heat}G28\nG92 E0\nG1 Z0.2 F600\nG1 X10 Y10 E1 F1200\n{cool}", encoding="utf-8")
    code, modules = _loaded(tmp_path, _RUN_COMMAND, "--data-dir", str(lab), "gcode", "info", str(gcode))
    assert code == 0
    assert _families(modules, "PySide6", "trimesh", "shapely", "serial", "printers.slicer") == []


def test_printer_profiles_load_no_meshes_serial_or_qt(tmp_path: Path, lab: Path) -> None:
    code, modules = _loaded(tmp_path, _RUN_COMMAND, "--data-dir", str(lab), "printers", "profiles")
    assert code == 0
    assert _families(modules, "PySide6", "trimesh", "shapely", "serial") == []


def test_photo_pd_without_a_customer_opens_no_database(tmp_path: Path, lab: Path) -> None:
    from tests.app.fitting_scene import Scene, write_png

    scene = Scene()
    photo = tmp_path / "face.png"
    write_png(photo, scene.render())
    card = [f"{p.x:.1f},{p.y:.1f}" for p in scene.card_px()]
    pupils = [f"{p.x:.1f},{p.y:.1f}" for p in scene.pupils_px()]
    code, modules = _loaded(
        tmp_path, _RUN_COMMAND, "--data-dir", str(lab), "fit", "pd-from-photo", str(photo), "--card", *card,
        "--pupils", *pupils,
    )
    assert code == 0
    assert _families(modules, "sqlalchemy", "PySide6", "trimesh", "shapely", "serial", "printers") == []


def test_catalogue_list_loads_no_geometry_serial_or_qt(tmp_path: Path, lab: Path) -> None:
    # The first full opening of a lab draws the bundled styles' thumbnails (geometry, once); after that a
    # listing reads rows.
    _loaded(tmp_path, _RUN_COMMAND, "--data-dir", str(lab), "catalog", "list")
    code, modules = _loaded(tmp_path, _RUN_COMMAND, "--data-dir", str(lab), "catalog", "list")
    assert code == 0
    assert _families(modules, "PySide6", "trimesh", "shapely", "serial") == []


def test_listing_a_frame_styles_parameters_loads_no_geometry(tmp_path: Path, lab: Path) -> None:
    code, modules = _loaded(
        tmp_path, _RUN_COMMAND, "--data-dir", str(lab), "customize", "oval-everyday", "--list-params"
    )
    assert code == 0
    assert _families(modules, "trimesh", "shapely", "numpy", "sqlalchemy", "serial", "PySide6") == []
