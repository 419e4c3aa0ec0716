"""Any catalogue design in the window: catalogue → Slice & queue → slicing panel → Add to queue (for a customer
or the lab's stock) or Save G-code for an SD card; parametric designs go through their customizer first."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.fitting.customers import add_customer
from app.fitting.values import CustomerInput
from app.scad_customize import ScadCustomizer
from app.services import Services
from app.slicing import inspect_gcode
from catalog.scad.render_cache import render_record
from db.models import PrintJob
from tests.catalog.catalog_helpers import box_stl
from tests.catalog.scad_fixtures import hook_zip
from tests.ui.window_helpers import shown_window
from ui.screens.catalogue import CatalogueScreen
from ui.screens.customizer import CustomizerScreen
from ui.screens.queue import QueueScreen
from ui.slicing import DesignSlicingDialog

STEP_MS = 20_000
SLICE_MS = 90_000
CLIPS = "self-adjust-syringe-clips"


@pytest.fixture
def window(qtbot, services: Services):  # type: ignore[no-untyped-def]
    return shown_window(qtbot, services)


def _import_box(services: Services, path: Path, size: tuple[float, float, float]) -> str:
    path.write_bytes(box_stl(*size))
    (draft,) = services.catalog.import_path(path).plan.to_write
    return draft.id


def _open_from_catalogue(qtbot, window, services: Services, design_id: str) -> DesignSlicingDialog:  # type: ignore[no-untyped-def]
    catalogue = window.show_area("catalogue")
    assert isinstance(catalogue, CatalogueScreen)
    catalogue._show_detail(services.catalog.get(design_id))
    assert catalogue.slice_button.isVisibleTo(catalogue) and not catalogue.customize_button.isVisibleTo(catalogue)
    catalogue.slice_button.click()
    dialog = catalogue.slicing_dialog
    assert isinstance(dialog, DesignSlicingDialog)
    return dialog


def _slice(qtbot, dialog: DesignSlicingDialog, printer: str = "creality-ender3") -> None:  # type: ignore[no-untyped-def]
    panel = dialog.panel
    qtbot.waitUntil(lambda: panel.printer_combo.count() >= 4 and panel.slice_button.isEnabled(), timeout=STEP_MS)
    panel.printer_combo.setCurrentIndex(panel.printer_combo.findData(printer))
    panel.slice_button.click()


def _job(services: Services, job_id: int) -> PrintJob:
    with services.session_factory() as session:
        job = session.get(PrintJob, job_id)
        assert job is not None
        session.expunge(job)
        return job


def test_imported_stl_is_sliced_and_queued_for_a_customer(qtbot, window, services: Services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    customer = add_customer(services.session_factory, CustomerInput(name="Kwame Boateng", code="C-21"))
    design_id = _import_box(services, tmp_path / "bracket.stl", (30.0, 12.0, 8.0))
    dialog = _open_from_catalogue(qtbot, window, services, design_id)
    qtbot.waitUntil(lambda: dialog.customer_combo.count() == 2 and "Licence" in dialog.licence_label.text(),
                    timeout=STEP_MS)
    dialog.customer_combo.setCurrentIndex(dialog.customer_combo.findData(customer.id))
    _slice(qtbot, dialog)
    panel = dialog.panel
    qtbot.waitUntil(lambda: panel.outcome is not None, timeout=SLICE_MS)
    assert panel.estimate_labels["energy"].text().endswith("W)") and panel.preview.layer_count > 10
    assert panel.queue_button.isEnabled() and panel.save_button.isEnabled()
    assert dialog.grab().save(str(tmp_path / "design-slicing.png"))
    with qtbot.waitSignal(dialog.queued, timeout=STEP_MS) as queued:
        panel.queue_button.click()
    order = queued.args[0]
    queue = window.screens["queue"]
    assert isinstance(queue, QueueScreen)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is queue and queue.selected_job_id() == order.job_id,
                    timeout=STEP_MS)
    job = _job(services, order.job_id)
    assert (job.customer_id, job.design_id, job.fit_id) == (customer.id, design_id, None)
    assert job.name == "bracket for C-21" and job.printer_profile_id == "creality-ender3"
    assert job.licence == services.catalog.get(design_id).summary.licence == "LicenseRef-Unknown"


def test_save_gcode_writes_a_checked_file_and_queues_nothing(  # type: ignore[no-untyped-def]
    qtbot, window, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    design_id = _import_box(services, tmp_path / "knob.stl", (18.0, 18.0, 10.0))
    dialog = _open_from_catalogue(qtbot, window, services, design_id)
    _slice(qtbot, dialog, "prusa-mk3")
    panel = dialog.panel
    qtbot.waitUntil(lambda: panel.outcome is not None, timeout=SLICE_MS)
    card = tmp_path / "sd-card"
    card.mkdir()
    asked: list[str] = []

    def choose(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(card / "KNOB"), "G-code (*.gcode)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    panel.save_button.click()
    target = card / "KNOB.gcode"
    qtbot.waitUntil(lambda: "Saved" in panel.status_label.text(), timeout=STEP_MS)
    assert asked and asked[0].endswith("knob.gcode")
    assert target.is_file() and [p.name for p in card.iterdir()] == ["KNOB.gcode"]
    info = inspect_gcode(services.profiles, target, printer_id="prusa-mk3")
    assert info.safety.is_safe and info.analysis.filament_g > 0.5
    assert dialog.isVisible()  # saving is not queueing: the operator may still add it to the queue
    with services.session_factory() as session:
        assert session.query(PrintJob).count() == 0


def test_too_large_for_the_bed_is_one_line_and_nothing_is_queued_or_written(  # type: ignore[no-untyped-def]
    qtbot, window, services: Services, tmp_path: Path
) -> None:
    design_id = _import_box(services, tmp_path / "shelf.stl", (260.0, 30.0, 5.0))
    dialog = _open_from_catalogue(qtbot, window, services, design_id)
    _slice(qtbot, dialog, "prusa-mini")
    panel = dialog.panel
    qtbot.waitUntil(lambda: "larger than" in panel.status_label.text(), timeout=SLICE_MS)
    assert "\n" not in panel.status_label.text()
    assert panel.outcome is None and not panel.queue_button.isEnabled() and not panel.save_button.isEnabled()
    with services.session_factory() as session:
        assert session.query(PrintJob).count() == 0


def test_selling_a_non_commercial_design_asks_first(qtbot, window, services: Services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    design_id = _import_box(services, tmp_path / "charm.stl", (14.0, 14.0, 3.0))
    services.catalog.edit(design_id, licence="CC-BY-NC-4.0", attribution="Charm by Efua, printables.com")
    dialog = _open_from_catalogue(qtbot, window, services, design_id)
    dialog.for_sale_check.setChecked(True)
    _slice(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.panel.outcome is not None, timeout=SLICE_MS)
    dialog.panel.queue_button.click()
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "saleQuestion") is not None, timeout=STEP_MS)
    question = dialog.findChild(QMessageBox, "saleQuestion")
    assert "does not allow selling" in question.text()
    with services.session_factory() as session:
        assert session.query(PrintJob).count() == 0  # nothing queued before the answer
    with qtbot.waitSignal(dialog.queued, timeout=STEP_MS) as queued:
        question.button(QMessageBox.StandardButton.Yes).click()
    job = _job(services, queued.args[0].job_id)
    assert job.is_for_sale and job.licence == "CC-BY-NC-4.0" and job.customer_id is None


def test_syringe_clips_go_through_the_customizer_and_are_queued(qtbot, window, services: Services) -> None:  # type: ignore[no-untyped-def]
    catalogue = window.show_area("catalogue")
    assert isinstance(catalogue, CatalogueScreen)
    catalogue._show_detail(services.catalog.get(CLIPS))
    assert catalogue.slice_button.isVisibleTo(catalogue)
    assert catalogue.slice_and_queue() is None  # parametric: its values are chosen in the customizer first
    customizer = window.screens["customizer"]
    assert isinstance(customizer, CustomizerScreen) and window.stack.currentWidget() is customizer
    qtbot.waitUntil(lambda: customizer.style_id == CLIPS and customizer.is_preview_current
                    and customizer.result is not None, timeout=STEP_MS)
    customizer.editors["clip_length_mm"].setValue(24)
    qtbot.waitUntil(lambda: customizer.is_preview_current and customizer.slice_button.isEnabled(), timeout=STEP_MS)
    assert customizer.fit_id is None
    customizer.slice_button.click()
    dialog = customizer.slicing_dialog
    assert isinstance(dialog, DesignSlicingDialog)
    _slice(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.panel.outcome is not None, timeout=SLICE_MS)
    assert dialog.panel.outcome.material.id == "petg"  # the clips' own material, as for frames
    with qtbot.waitSignal(dialog.queued, timeout=STEP_MS) as queued:
        dialog.panel.queue_button.click()
    job = _job(services, queued.args[0].job_id)
    assert (job.design_id, job.fit_id, job.customer_id) == (CLIPS, None, None) and job.licence == "CC0-1.0"
    qtbot.waitUntil(lambda: "Queued job" in customizer.status_label.text(), timeout=STEP_MS)


def test_openscad_design_slices_the_rendered_part(qtbot, window, services: Services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (draft,) = services.catalog.import_path(hook_zip(tmp_path / "hook.zip")).plan.to_write
    design_id = draft.id
    # A render brought from a lab with OpenSCAD: the customizer and the slicer find it without the program.
    customizer = ScadCustomizer(services.catalog, finder=lambda: None)
    design = customizer.design(design_id)
    values = design.resolve({})
    customizer.cache.put(render_record(design.render_key(values), design_id, design.source_sha256,
                                       design.literals(values), 12, (30.0, 9.0, 20.0), "2021.01", 1.0),
                         box_stl(30, 9, 20))
    catalogue = window.show_area("catalogue")
    assert isinstance(catalogue, CatalogueScreen)
    catalogue._show_detail(services.catalog.get(design_id))
    catalogue.slice_button.click()
    screen = window.screens["customizer"]
    assert isinstance(screen, CustomizerScreen)
    qtbot.waitUntil(lambda: screen.scad_panel is not None and screen.scad_panel.part is not None, timeout=STEP_MS)
    panel = screen.scad_panel
    assert panel.slice_button.isEnabled()
    panel.slice_button.click()
    dialog = panel.slicing_dialog
    assert isinstance(dialog, DesignSlicingDialog)
    _slice(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.panel.outcome is not None, timeout=SLICE_MS)
    with qtbot.waitSignal(dialog.queued, timeout=STEP_MS) as queued:
        dialog.panel.queue_button.click()
    job = _job(services, queued.args[0].job_id)
    assert job.design_id == design_id and job.licence == services.catalog.get(design_id).summary.licence
