"""OpenSCAD downloads through the catalogue import, without running OpenSCAD: files, licence, parameters, cache."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from app.catalog_service import CatalogImportError
from app.scad_customize import NEEDS_OPENSCAD, OpenScadMissingError, ScadCustomizer
from app.services import Services
from catalog.scad.diagnostics import diagnose
from catalog.scad.executable import candidate_paths
from catalog.scad.render_cache import render_record
from catalog.scad.sources import SourceError, references
from tests.catalog.catalog_helpers import box_stl
from tests.catalog.scad_fixtures import HOOK_SCAD, MATHS_SCAD, SHAPES_SCAD, hook_zip, write_design
from ui.entry import main


def _import(services: Services, path: Path) -> str:
    outcome = services.catalog.import_path(path)
    (draft,) = outcome.plan.to_write
    return draft.id


def test_zip_with_include_and_use_imports_every_file_and_the_parameters(services: Services, tmp_path: Path) -> None:
    design_id = _import(services, hook_zip(tmp_path / "wall-hook.zip"))
    detail = services.catalog.get(design_id)
    assert detail.summary.is_parametric and detail.manifest["kind"] == "openscad"
    assert detail.manifest["main"] == "files/hook.scad"
    assert {f.filename for f in detail.files if f.role == "scad"} == {
        "files/hook.scad", "files/lib/shapes.scad", "files/lib/maths.scad"}
    assert (detail.summary.title, detail.summary.author) == ("Wall Hook", "Kofi Mensah")
    assert detail.summary.licence == "CC-BY-4.0"  # from the file's opening comment, no LICENSE file
    design = ScadCustomizer(services.catalog, finder=lambda: None).design(design_id)
    assert [p.name for p in design.parameters] == ["plate_width", "reach", "has_hole", "label", "font_style"]
    assert design.declaration.hidden == ("$fn",)
    assert design.declaration.groups() == ["Hook", "Label"]


def test_a_lone_file_brings_the_files_it_includes_and_nothing_else(services: Services, tmp_path: Path) -> None:
    main_file = write_design(tmp_path / "downloads", "hook.scad", {
        "hook.scad": HOOK_SCAD, "lib/shapes.scad": SHAPES_SCAD, "lib/maths.scad": MATHS_SCAD,
        "unrelated.scad": "cube(1);", "holiday.jpg": "not a design"})
    detail = services.catalog.get(_import(services, main_file))
    assert {f.filename for f in detail.files if f.role == "scad"} == {"hook.scad", "lib/shapes.scad", "lib/maths.scad"}


def test_a_missing_include_is_reported_at_import(services: Services, tmp_path: Path) -> None:
    outcome = services.catalog.import_path(hook_zip(tmp_path / "hook.zip", with_shapes=False))
    assert any("lib/shapes.scad" in w and "not in the download" in w for w in outcome.warnings)


def test_a_file_reaching_outside_its_folder_is_refused(services: Services, tmp_path: Path) -> None:
    evil = write_design(tmp_path / "evil", "evil.scad", {"evil.scad": 'include </etc/passwd>\ncube(1);\n'})
    before = services.catalog.count(_all())
    with pytest.raises(CatalogImportError, match="outside its folder"):
        services.catalog.import_path(evil)
    assert services.catalog.count(_all()) == before
    with pytest.raises(SourceError, match="outside the design's folder"):
        references({"a/b.scad": b'import("../../secret.stl");'})


def test_without_openscad_the_design_shows_its_parameters_and_default_mesh(services: Services, tmp_path: Path) -> None:
    archive = tmp_path / "hook.zip"
    hook_zip(archive)
    with zipfile.ZipFile(archive, "a") as zf:
        zf.writestr("wall-hook/files/hook.stl", box_stl(30, 20, 4))
    design_id = _import(services, archive)
    customizer = ScadCustomizer(services.catalog, finder=lambda: None)
    (default,) = customizer.default_parts(design_id)
    assert default.origin == "download" and default.report.bbox_mm == pytest.approx((30, 20, 4))
    assert services.catalog.get(design_id).summary.thumbnail_sha256 is not None
    design = customizer.design(design_id)
    with pytest.raises(OpenScadMissingError, match="needs OpenSCAD"):
        customizer.part(design, design.resolve({"plate_width": 40}))


def test_a_render_in_the_cache_needs_no_openscad(services: Services, tmp_path: Path) -> None:
    design_id = _import(services, hook_zip(tmp_path / "hook.zip"))
    customizer = ScadCustomizer(services.catalog, finder=lambda: None)
    design = customizer.design(design_id)
    values = design.resolve({"plate_width": "40", "label": "HF"})
    stl = box_stl(40, 9, 20)
    record = render_record(design.render_key(values), design_id, design.source_sha256, design.literals(values),
                           12, (40.0, 9.0, 20.0), "2021.01", 1.5)
    customizer.cache.put(record, stl)
    # The same values written differently (defaults spelled out, numbers as text) find the same render.
    again = design.resolve({"plate_width": 40.0, "label": "HF", "reach": "18.5", "has_hole": "true"})
    part = customizer.part(design, again)
    assert part.origin == "cache" and part.stl == stl
    assert design.render_key(design.resolve({"plate_width": 42})) != design.render_key(values)


def test_cli_lists_checks_and_explains_a_missing_openscad(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    assert main([*data, "catalog", "import", str(hook_zip(tmp_path / "hook.zip")), "--json"]) == 0
    design_id = json.loads(capsys.readouterr().out)["changes"][0]["id"]
    assert main([*data, "customize", design_id, "--list-params", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    reach = next(p for p in listed["parameters"] if p["name"] == "reach")
    assert (reach["min"], reach["max"], reach["step"], reach["group"]) == (10, 40, 0.5, "Hook")
    params = tmp_path / "sets.json"
    params.write_text(json.dumps({"parameterSets": {"long": {"reach": "30", "label": "TOOLS"},
                                                    "short": {"reach": "12"}},
                                  "fileFormatVersion": "1"}))
    assert main([*data, "customize", design_id, "--params", str(params), "--param-set", "long", "--check",
                 "--json"]) == 0
    checked = json.loads(capsys.readouterr().out)
    assert checked["parameters"]["reach"] == 30 and checked["parameters"]["label"] == "TOOLS"
    assert main([*data, "customize", design_id, "--set", "reach=99", "--check"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "reach = 99 is out of range: choose 10–40" in err
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs-here"))
    monkeypatch.delenv("HELIOFAB_OPENSCAD", raising=False)
    out_dir = tmp_path / "out"
    assert main([*data, "customize", design_id, "--set", "reach=20", "--out", str(out_dir)]) == 1
    assert NEEDS_OPENSCAD in capsys.readouterr().err
    assert not out_dir.exists()


# Lines as OpenSCAD 2021.01 and later print them, and the sentence each one becomes.
DIAGNOSES = [
    ("ERROR: Parser error: syntax error in file /tmp/w/design/box.scad, line 12\nCan't parse file 'box.scad'!\n",
     "box.scad has a syntax error on line 12"),
    ('ERROR: Parser error in file "/tmp/w/design/box.scad", line 3: syntax error\n',
     "box.scad has a syntax error on line 3"),
    ("WARNING: Can't open include file 'lib/gears.scad'.\n   Top level object is a 3D object:\n",
     "needs lib/gears.scad, which is not among its files"),
    ("WARNING: Can't open library 'MCAD/boxes.scad'.\n", "needs MCAD/boxes.scad"),
    ('ERROR: Assertion \'(w > 10)\' failed: "w too small" in file /tmp/w/design/box.scad, line 2\n',
     "refused these settings (box.scad, line 2): w too small"),
    ("ERROR: Recursion detected calling function 'loop' in file box.scad, line 1\n",
     "Recursion detected calling function"),
    ("Total rendering time: 0:00:00.000\nCurrent top level object is empty.\n", "make no solid"),
    ("   Top level object is a 2D object:\nCurrent top level object is not a 3D object.\n", "flat (2D) shape"),
]


@pytest.mark.parametrize(("log", "expected"), DIAGNOSES)
def test_openscad_console_lines_become_one_plain_sentence(log: str, expected: str) -> None:
    problem = diagnose(log, "/tmp/w/design").problem
    assert problem is not None and expected in problem and "\n" not in problem and "/tmp/w" not in problem


def test_a_clean_render_has_no_problem_but_keeps_warnings() -> None:
    log = ("WARNING: Ignoring unknown variable 'x' in file box.scad, line 3\n"
           "   Top level object is a 3D object:\n   Facets: 6\n")
    diagnosis = diagnose(log)
    assert diagnosis.problem is None and diagnosis.warnings == ("Ignoring unknown variable 'x' in file box.scad, line "
                                                                "3",)


@pytest.mark.parametrize(("platform", "expected"), [
    ("win32", r"C:\Program Files\OpenSCAD\openscad.exe"),
    ("darwin", "/Applications/OpenSCAD.app/Contents/MacOS/OpenSCAD"),
])
def test_openscad_is_looked_for_where_its_installers_put_it(platform: str, expected: str) -> None:
    paths = [str(p) for p in candidate_paths(platform, {"PATH": ""})]
    assert expected in paths


def _all():  # a tiny query helper
    from catalog.records import SearchQuery

    return SearchQuery()
