"""Rendering imported OpenSCAD designs with the real OpenSCAD program (skipped where it is not installed)."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest

from app.customize import design_meshes
from app.scad_customize import ScadCustomizeError, ScadCustomizer
from app.services import Services
from catalog.records import SearchQuery
from catalog.scad.executable import find_openscad
from tests.catalog.scad_fixtures import hook_zip, write_design
from ui.entry import main

OPENSCAD = find_openscad()
pytestmark = pytest.mark.skipif(
    OPENSCAD is None, reason="OpenSCAD is not installed (Debian: apt-get install openscad; .ci/run installs it)")

ENDLESS = """// Turns forever: 10^12 empty steps in constant memory
size = 10; // [1:20]
x = [for (i = [0:9999]) for (j = [0:9999]) for (k = [0:9999]) if (i < 0) i];
cube(size);
"""


def _import(services: Services, path: Path) -> str:
    (draft,) = services.catalog.import_path(path).plan.to_write
    return draft.id


def _state(services: Services) -> tuple[int, list[object]]:
    with services.session_factory() as session:
        from db.models import ScadRender

        renders = session.query(ScadRender).count()
    return renders, [s.id for s in services.catalog.search(SearchQuery())]


def test_customize_renders_writes_the_stl_and_finds_it_again(capsys: pytest.CaptureFixture[str],
                                                             tmp_path: Path) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    assert main([*data, "catalog", "import", str(hook_zip(tmp_path / "hook.zip")), "--json"]) == 0
    design_id = json.loads(capsys.readouterr().out)["changes"][0]["id"]
    out_dir = tmp_path / "parts"
    args = [*data, "customize", design_id, "--set", "plate_width=50", "--set", 'label=A "B"', "--out", str(out_dir),
            "--json"]
    assert main(args) == 0
    report = json.loads(capsys.readouterr().out)
    (part,) = report["parts"]
    assert part["origin"] == "render" and part["triangle_count"] > 12
    assert part["bbox_mm"][0] == pytest.approx(50, abs=0.01)
    assert sorted(p.name for p in out_dir.iterdir()) == ["hook.stl", "parameters.json", "report.json"]
    scad_set = json.loads((out_dir / "parameters.json").read_text())
    (values,) = scad_set["parameterSets"].values()
    assert values["plate_width"] == "50" and values["label"] == 'A "B"'
    assert main([*args[:-3], "--out", str(tmp_path / "again"), "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert again["parts"][0]["origin"] == "cache"
    assert (tmp_path / "again" / "hook.stl").read_bytes() == (out_dir / "hook.stl").read_bytes()


def test_slicing_gets_the_same_mesh_the_customizer_rendered(services: Services, tmp_path: Path) -> None:
    design_id = _import(services, hook_zip(tmp_path / "hook.zip"))
    customizer = ScadCustomizer(services.catalog)
    design = customizer.design(design_id)
    rendered = customizer.part(design, design.resolve({"reach": 30}))
    ((name, mesh),) = design_meshes(services.catalog, services.blobs, design_id, design.resolve({"reach": "30"}))
    assert name == "hook" and mesh.is_watertight
    expected = [*rendered.arrays.vertices.min(axis=0), *rendered.arrays.vertices.max(axis=0)]
    assert mesh.bounds.ravel().tolist() == pytest.approx([float(v) for v in expected], abs=1e-4)


BROKEN = [
    ("syntax.scad", {"syntax.scad": "width = 20; // [10:30]\ncube([width 10, 5]);\n"}, [],
     "syntax.scad has a syntax error on line 2"),
    ("needs.scad", {"needs.scad": "include <parts/missing.scad>\nw = 5;\ncube(w);\n"}, [],
     "needs parts/missing.scad, which is not among its files"),
    ("empty.scad", {"empty.scad": 'part = "none"; // [none, box]\nif (part == "box") cube(5);\n'}, [],
     "make no solid"),
    ("checked.scad", {"checked.scad": "w = 5; // [1:20]\nassert(w > 10, \"w must be over 10\");\ncube(w);\n"}, [],
     "w must be over 10"),
    ("endless.scad", {"endless.scad": ENDLESS}, ["--timeout-s", "2"], "took longer than 2 s and was stopped"),
]


@pytest.mark.parametrize(("main_name", "files", "extra", "expected"), BROKEN, ids=[b[0] for b in BROKEN])
def test_a_broken_render_says_one_line_and_changes_nothing(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                           main_name: str, files: dict[str, str], extra: list[str],
                                                           expected: str) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    path = write_design(tmp_path / "design", main_name, files)
    assert main([*data, "catalog", "import", str(path), "--author", "Lab", "--json"]) == 0
    design_id = json.loads(capsys.readouterr().out)["changes"][0]["id"]
    assert main([*data, "catalog", "list", "--json"]) == 0
    listed_before = capsys.readouterr().out
    out_dir = tmp_path / "out"
    started = time.monotonic()
    assert main([*data, "customize", design_id, "--out", str(out_dir), *extra]) == 1
    elapsed = time.monotonic() - started
    err = capsys.readouterr().err
    assert expected in err and err.count("\n") == 1, err
    assert not out_dir.exists() and not list(tmp_path.glob(".out.*"))
    assert main([*data, "catalog", "list", "--json"]) == 0
    assert capsys.readouterr().out == listed_before
    if main_name == "endless.scad":
        assert elapsed < 60  # stopped, not left running (generous: the machine may be busy)


def test_a_render_can_be_cancelled(services: Services, tmp_path: Path) -> None:
    design_id = _import(services, write_design(tmp_path / "d", "endless.scad", {"endless.scad": ENDLESS}))
    customizer = ScadCustomizer(services.catalog)
    design = customizer.design(design_id)
    cancel = threading.Event()
    threading.Timer(0.5, cancel.set).start()
    before = _state(services)
    with pytest.raises(ScadCustomizeError, match="cancelled"):
        customizer.part(design, design.resolve({}), timeout_s=120, is_cancelled=cancel.is_set)
    assert _state(services) == before
