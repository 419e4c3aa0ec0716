"""The slicing window's print mode: frames by default for frame sets, its values in editable fields,
and the estimate's total time with "fits in one hour"."""

from __future__ import annotations

import pytest

from app.slicing import PrintMode
from tests.printers.shapes import frame_set
from tests.ui.window_helpers import ctx  # noqa: F401 - the screen context fixture
from ui.context import ScreenContext
from ui.slicing import SlicingDialog


def test_frame_sets_slice_in_the_frames_mode_and_say_if_they_fit_an_hour(
    qtbot, ctx: ScreenContext
) -> None:  # type: ignore[no-untyped-def]
    dialog = SlicingDialog(ctx, frame_set(), "test frame", material_id="petg")
    qtbot.addWidget(dialog)
    panel = dialog.panel
    qtbot.waitUntil(lambda: panel.printer_combo.count() >= 4)
    panel.printer_combo.setCurrentIndex(panel.printer_combo.findData("creality-ender3"))
    assert panel.mode_combo.currentData() is PrintMode.FRAMES
    assert panel.layer_spin.value() == pytest.approx(0.3)
    assert panel.first_speed_spin.value() == pytest.approx(35)
    assert panel.bed_lowered_check.isChecked()
    chosen = panel.settings()
    assert chosen.mode is PrintMode.FRAMES and chosen.bed_lowered_c == 0
    with qtbot.waitSignal(panel.sliced, timeout=60000) as signal:
        panel.slice_button.click()
    outcome = signal.args[0]
    assert "fits in one hour" in panel.estimate_labels["total"].text()
    assert outcome.estimate.is_within_one_hour

    # The standard mode brings the printer's standard values back; an edited field is what is sliced.
    panel.mode_combo.setCurrentIndex(panel.mode_combo.findData(PrintMode.STANDARD))
    assert panel.layer_spin.value() == pytest.approx(0.2)
    assert not panel.bed_lowered_check.isChecked()
    assert panel.outcome is None  # the estimate went with the settings it belonged to
    panel.first_speed_spin.setValue(25)
    assert panel.settings().first_layer_speed_mm_s == 25
