"""The Customizer opens an imported OpenSCAD design with a generated form, a cached preview and a render."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox

from app.scad_customize import ScadCustomizer
from app.services import Services
from catalog.scad.executable import find_openscad
from catalog.scad.render_cache import render_record
from tests.catalog.catalog_helpers import box_stl
from tests.catalog.scad_fixtures import hook_zip
from tests.ui.window_helpers import shown_window
from ui.screens.catalogue import CatalogueScreen
from ui.screens.customizer import CustomizerScreen


@pytest.fixture
def window(qtbot, services: Services):  # type: ignore[no-untyped-def]
    return shown_window(qtbot, services)


def _import(services: Services, tmp_path: Path) -> str:
    (draft,) = services.catalog.import_path(hook_zip(tmp_path / "hook.zip")).plan.to_write
    return draft.id


def test_catalogue_opens_the_design_with_its_form_and_a_cached_render(qtbot, window,
                                                                      services: Services,  # type: ignore[no-untyped-def]
                                                                      tmp_path: Path) -> None:
    design_id = _import(services, tmp_path)
    customizer = ScadCustomizer(services.catalog, finder=lambda: None)
    design = customizer.design(design_id)
    values = design.resolve({"plate_width": 40})
    customizer.cache.put(render_record(design.render_key(values), design_id, design.source_sha256,
                                       design.literals(values), 12, (40.0, 9.0, 20.0), "2021.01", 1.0),
                                       box_stl(40, 9, 20))
    catalogue = window.show_area("catalogue")
    assert isinstance(catalogue, CatalogueScreen)
    catalogue._show_detail(services.catalog.get(design_id))
    assert catalogue.customize_button.isVisibleTo(catalogue)
    catalogue.open_in_customizer()
    screen = window.screens["customizer"]
    assert isinstance(screen, CustomizerScreen)
    qtbot.waitUntil(lambda: screen.scad_panel is not None and screen.scad_panel.design is not None, timeout=10000)
    panel = screen.scad_panel
    assert screen.pages.currentWidget() is panel
    width = panel.findChild(QSpinBox, "param_plate_width")
    font = panel.findChild(QComboBox, "param_font_style")
    label = panel.findChild(QLineEdit, "param_label")
    assert (width.minimum(), width.maximum(), width.singleStep(), width.value()) == (20, 60, 2, 30)
    assert [font.itemText(i) for i in range(font.count())] == ["Regular", "Bold"] and font.currentData() == "Bold"
    assert label.maxLength() == 8 and label.text() == "LAB"
    assert "Kofi Mensah" in panel.licence_label.text()
    width.setValue(40)
    qtbot.waitUntil(lambda: panel.part is not None, timeout=10000)
    assert panel.part.origin == "cache" and not panel.preview_label.pixmap().isNull()
    screen.load_parameters("oval-everyday", {})
    assert screen.pages.currentWidget() is screen.frames_page


@pytest.mark.skipif(find_openscad() is None, reason="OpenSCAD is not installed (Debian: apt-get install openscad)")
def test_render_button_runs_openscad_in_the_background(qtbot, window, services: Services,
                                                       tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    design_id = _import(services, tmp_path)
    screen = window.show_area("customizer")
    screen.open_design(design_id)
    qtbot.waitUntil(lambda: screen.scad_panel is not None and screen.scad_panel.design is not None, timeout=10000)
    panel = screen.scad_panel
    panel.findChild(QSpinBox, "param_plate_width").setValue(50)
    qtbot.waitUntil(lambda: panel.render_button.isEnabled(), timeout=10000)
    panel.render_button.click()
    qtbot.waitUntil(lambda: panel.part is not None, timeout=60000)
    assert panel.part.origin == "render" and panel.part.report.bbox_mm[0] == pytest.approx(50, abs=0.01)
    assert panel.export_button.isEnabled()
    panel.export_to(tmp_path)
    qtbot.waitUntil(lambda: any(tmp_path.glob(f"{design_id}-*/hook.stl")), timeout=10000)
