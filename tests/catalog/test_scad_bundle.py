"""Renders travel with the catalogue on a stick, so a lab without OpenSCAD prints customized parts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.catalog_service import CatalogImportError
from app.scad_customize import ScadCustomizer
from app.services import Services
from catalog.scad.render_cache import render_record
from tests.catalog.catalog_helpers import (
    box_stl,
    other_lab,  # noqa: F401 - the second lab fixture
)
from tests.catalog.scad_fixtures import hook_zip


def _render_in(services: Services, tmp_path: Path) -> tuple[str, bytes]:
    (draft,) = services.catalog.import_path(hook_zip(tmp_path / "hook.zip")).plan.to_write
    customizer = ScadCustomizer(services.catalog, finder=lambda: None)
    design = customizer.design(draft.id)
    values = design.resolve({"plate_width": 44})
    stl = box_stl(44, 9, 20)
    customizer.cache.put(render_record(design.render_key(values), draft.id, design.source_sha256,
                                       design.literals(values), 12, (44.0, 9.0, 20.0), "2021.01", 2.0), stl)
    return draft.id, stl


def test_a_render_goes_to_a_lab_without_openscad(services: Services, other_lab: Services, tmp_path: Path) -> None:
    design_id, stl = _render_in(services, tmp_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    services.catalog.export(stick)
    other_lab.catalog.import_path(stick)
    customizer = ScadCustomizer(other_lab.catalog, finder=lambda: None)
    design = customizer.design(design_id)
    part = customizer.part(design, design.resolve({"plate_width": "44"}))
    assert part.origin == "cache" and part.stl == stl
    assert other_lab.catalog.get(design_id).licence_notice == services.catalog.get(design_id).licence_notice
    # Exporting again with nothing new leaves the manifest as it was.
    assert services.catalog.export(stick).is_manifest_rewritten is False


def test_a_render_that_does_not_match_its_design_is_not_kept(services: Services, other_lab: Services,
                                                            tmp_path: Path) -> None:
    design_id, _ = _render_in(services, tmp_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    services.catalog.export(stick)
    manifest_path = stick / "heliofab-catalog" / "catalog.json"
    envelope = json.loads(manifest_path.read_text())
    manifest = json.loads(envelope["manifest"])
    manifest["renders"][0]["parameters"]["plate_width"] = "58"  # claims other values for the same mesh
    envelope["manifest"] = json.dumps(manifest)
    envelope.pop("signature")
    manifest_path.write_text(json.dumps(envelope))
    other_lab.catalog.import_path(stick)
    customizer = ScadCustomizer(other_lab.catalog, finder=lambda: None)
    assert customizer.cache.count_for(design_id) == 0


def test_a_malformed_render_entry_refuses_the_stick(services: Services, other_lab: Services, tmp_path: Path) -> None:
    _render_in(services, tmp_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    services.catalog.export(stick)
    manifest_path = stick / "heliofab-catalog" / "catalog.json"
    envelope = json.loads(manifest_path.read_text())
    manifest = json.loads(envelope["manifest"])
    manifest["renders"][0]["mesh_sha256"] = "0" * 64
    envelope["manifest"] = json.dumps(manifest)
    envelope.pop("signature")
    manifest_path.write_text(json.dumps(envelope))
    with pytest.raises(CatalogImportError, match="render whose mesh is not in the catalogue"):
        other_lab.catalog.import_path(stick)
