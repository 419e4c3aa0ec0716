from __future__ import annotations

from pathlib import Path

from app.services import Services
from tests.printers.shapes import frame_set
from tests.ui.window_helpers import ctx  # noqa: F401 - the screen context fixture
from ui.context import ScreenContext
from ui.slicing import MaterialProfileDialog, PrinterProfileDialog, SlicingDialog, SlicingPanel


def test_slice_shows_estimate_and_layers(qtbot, ctx: ScreenContext,
                                         tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    panel = SlicingPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1100, 700)
    panel.show()
    qtbot.waitUntil(lambda: panel.printer_combo.count() >= 4)
    assert not panel.slice_button.isEnabled()  # nothing to slice yet
    panel.set_parts(frame_set(), "test frame")
    panel.printer_combo.setCurrentIndex(panel.printer_combo.findData("prusa-mk3"))
    assert panel.slice_button.isEnabled()
    with qtbot.waitSignal(panel.sliced, timeout=60000) as signal:
        panel.slice_button.click()
    outcome = signal.args[0]
    assert outcome.safety.is_safe and outcome.output.is_file()
    assert panel.estimate_labels["layers"].text() == "20"
    assert "Wh" in panel.estimate_labels["energy"].text()
    assert panel.preview.layer_count == 20
    assert panel.queue_button.isEnabled()
    panel.layer_slider.setValue(10)
    assert panel.layer_label.text() == "Layer 11 of 20"
    panel.travels_check.setChecked(True)
    assert panel.grab().save(str(tmp_path / "slicing.png"))


def test_refused_slice_shows_the_reason(qtbot, ctx: ScreenContext) -> None:  # type: ignore[no-untyped-def]
    panel = SlicingPanel(ctx)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.printer_combo.count() >= 4)
    panel.printer_combo.setCurrentIndex(panel.printer_combo.findData("mini-bedless"))
    panel.set_parts(frame_set()[:1])
    panel.slice_button.click()
    qtbot.waitUntil(lambda: "larger than" in panel.status_label.text(), timeout=30000)
    assert panel.outcome is None and not panel.queue_button.isEnabled()


def test_dialog_hands_the_outcome_on(qtbot, ctx: ScreenContext) -> None:  # type: ignore[no-untyped-def]
    dialog = SlicingDialog(ctx, frame_set()[1:2], "a temple")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.panel.printer_combo.count() >= 4)
    with qtbot.waitSignal(dialog.panel.sliced, timeout=60000):
        dialog.panel.slice_button.click()
    outcome = dialog.panel.outcome
    with qtbot.waitSignal(dialog.outcome_accepted) as signal:
        dialog.panel.queue_button.click()
    assert signal.args[0] is outcome and dialog.panel.outcome is None  # the receiver queues it from now on


def test_profile_editor_saves_to_the_store(qtbot, ctx: ScreenContext,
                                           services: Services) -> None:  # type: ignore[no-untyped-def]
    dialog = PrinterProfileDialog(ctx, services.profiles.printer("creality-ender3"))
    qtbot.addWidget(dialog)
    dialog.spins["max_hotend_c"].setValue(245)
    dialog.spins["power.printing_w"].setValue(95)
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        dialog.save()
    saved = services.profiles.printer("creality-ender3")
    assert saved.max_hotend_c == 245 and saved.power.printing_w == 95
    dialog = PrinterProfileDialog(ctx, saved)
    qtbot.addWidget(dialog)
    dialog.spins["bed_x_mm"].setValue(10)
    dialog.spins["standard_layer_height_mm"].setValue(0.8)
    dialog.save()
    qtbot.waitUntil(lambda: "standard_layer_height_mm" in dialog.error_label.text(), timeout=10000)


def test_material_editor_saves_and_the_panel_keeps_the_choice(qtbot, ctx: ScreenContext,
                                                              services: Services) -> None:  # type: ignore[no-untyped-def]
    panel = SlicingPanel(ctx)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.material_combo.count() >= 2)
    assert panel.material_combo.currentData().id == "petg"  # the lab's default material until Settings change it
    dialog = MaterialProfileDialog(ctx, services.profiles.material("petg"))
    qtbot.addWidget(dialog)
    dialog.spins["price_per_kg"].setValue(31.5)
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        dialog.save()
    assert services.profiles.material("petg").price_per_kg == 31.5


def test_a_changed_setting_puts_the_estimate_away(qtbot, ctx: ScreenContext) -> None:  # type: ignore[no-untyped-def]
    # Queueing must never take G-code sliced with other settings than the ones on screen.
    panel = SlicingPanel(ctx)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.printer_combo.count() >= 4)
    panel.set_parts(frame_set()[1:2], "a temple")
    changes = [
        lambda: panel.infill_spin.setValue(50),
        lambda: panel.perimeters_spin.setValue(3),
        lambda: panel.layer_spin.setValue(0.15),
        lambda: panel.seam_combo.setCurrentIndex(1),
        lambda: panel.material_combo.setCurrentIndex(
            next(i for i in range(panel.material_combo.count()) if panel.material_combo.itemData(i).id == "pla")
        ),
        lambda: panel.printer_combo.setCurrentIndex(panel.printer_combo.findData("creality-ender3")),
    ]
    for change in changes:
        with qtbot.waitSignal(panel.sliced, timeout=60000):
            panel.slice_button.click()
        assert panel.queue_button.isEnabled()
        change()
        assert panel.outcome is None and not panel.queue_button.isEnabled()
        assert panel.estimate_labels["time"].text() == "—"
        assert "slice again" in panel.status_label.text()


def test_a_change_while_slicing_cancels_the_run(qtbot, ctx: ScreenContext) -> None:  # type: ignore[no-untyped-def]
    panel = SlicingPanel(ctx)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.printer_combo.count() >= 4)
    panel.set_parts(frame_set(), "test frame")
    panel.slice_button.click()
    assert panel.cancel_button.isEnabled()
    cancelled_run = panel._run
    panel.infill_spin.setValue(35)
    assert not panel.cancel_button.isEnabled() and panel.slice_button.isEnabled()
    qtbot.wait(300)
    assert panel.outcome is None and not panel.queue_button.isEnabled()
    # A run cancelled after its last progress check still finishes: its result must not show.
    with qtbot.waitSignal(panel.sliced, timeout=60000) as fresh:
        panel.slice_button.click()
    panel.infill_spin.setValue(40)
    panel._sliced(cancelled_run, (fresh.args[0], []))
    assert panel.outcome is None and not panel.queue_button.isEnabled()


def test_the_lab_printer_is_chosen_first(qtbot, ctx: ScreenContext,
                                         services: Services) -> None:  # type: ignore[no-untyped-def]
    from db.engine import unit_of_work
    from db.models import Printer

    with unit_of_work(services.session_factory) as session:
        session.add(Printer(name="Workshop Ender", profile_id="creality-ender3"))
    panel = SlicingPanel(ctx)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.printer_combo.count() >= 4)
    assert panel.printer_combo.currentData() == "creality-ender3"


def test_the_dialog_fits_a_small_laptop_screen(qtbot, ctx: ScreenContext) -> None:  # type: ignore[no-untyped-def]
    dialog = SlicingDialog(ctx, frame_set()[1:2], "a temple")
    qtbot.addWidget(dialog)
    dialog.show()
    # Everything the operator needs must fit 1366×768 less a panel and a title bar.
    dialog.resize(1100, 680)
    qtbot.waitExposed(dialog)
    assert dialog.minimumSizeHint().height() <= 680
    assert dialog.height() <= 680


def test_the_dialog_starts_on_the_material_it_is_given(qtbot,
                                                       ctx: ScreenContext) -> None:  # type: ignore[no-untyped-def]
    # The customizer passes the fit's material (PETG for delivered frames): its grams must match.
    dialog = SlicingDialog(ctx, frame_set()[1:2], "a temple", material_id="petg")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.panel.material_combo.count() >= 2)
    assert dialog.panel.material_combo.currentData().id == "petg"
