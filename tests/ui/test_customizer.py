from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDoubleSpinBox

from app.customize import CustomizedFrame
from ui.app import create_main_window
from ui.screens.customizer import CustomizerScreen


@pytest.fixture
def screen(qtbot, services):  # type: ignore[no-untyped-def]
    window = create_main_window(services)
    qtbot.addWidget(window)
    window.resize(1366, 800)
    window.show()
    shown = window.show_area("customizer")
    assert isinstance(shown, CustomizerScreen)
    qtbot.waitUntil(lambda: shown.is_preview_current, timeout=10000)
    return shown


def test_typing_a_value_updates_preview_and_warnings(  # type: ignore[no-untyped-def]
    qtbot, screen: CustomizerScreen, tmp_path: Path
) -> None:
    screen.load_parameters("oval-everyday", {})
    qtbot.waitUntil(lambda: screen.is_preview_current and screen.preview.style_id == "oval-everyday", timeout=10000)
    assert screen.preview.is_valid
    assert "All checks pass" in screen.problems_label.text()
    paints_before = screen.preview_widget.paint_count
    bridge = screen.editors["bridge_mm"]
    assert isinstance(bridge, QDoubleSpinBox)

    bridge.selectAll()
    qtbot.keyClicks(bridge, "22")  # typed, as the operator would
    qtbot.waitUntil(lambda: screen.is_preview_current, timeout=10000)
    assert screen.preview.params["bridge_mm"] == 22.0
    assert [p.check for p in screen.preview.problems] == ["centration"]
    assert "Set Bridge (DBL) to 18 mm" in screen.problems_label.text()
    assert "border" in bridge.styleSheet()
    assert not screen.export_button.isEnabled()
    qtbot.waitUntil(lambda: screen.preview_widget.paint_count > paints_before, timeout=5000)
    assert screen.preview_widget.preview is screen.preview

    screen.fit_bridge_button.click()
    qtbot.waitUntil(lambda: screen.is_preview_current and screen.preview.is_valid, timeout=10000)
    assert screen.preview.params["bridge_mm"] == 18.0
    assert bridge.styleSheet() == ""
    assert screen.result is not None and all(p.mesh.is_watertight for p in screen.result.parts)
    assert screen.export_button.isEnabled()
    assert screen.grab().save(str(tmp_path / "customizer.png"))


def test_load_parameters_and_save_fit_hook(qtbot, screen: CustomizerScreen) -> None:  # type: ignore[no-untyped-def]
    assert not screen.save_fit_button.isEnabled()
    saved: list[CustomizedFrame] = []
    screen.fit_save_requested.connect(saved.append)
    screen.set_fit_saving(True)
    screen.load_parameters("kids-round", {"pd_right_mm": "25", "pd_left_mm": "26", "bridge_mm": "15"})
    qtbot.waitUntil(lambda: screen.is_preview_current and screen.preview.style_id == "kids-round", timeout=10000)
    assert screen.style_combo.currentData() == "kids-round"
    assert screen.preview.is_valid
    assert screen.save_fit_button.isEnabled()
    screen.save_fit_button.click()
    assert len(saved) == 1
    assert saved[0].style_id == "kids-round" and saved[0].params["pd_left_mm"] == 26.0
    assert saved[0].derived["frame_pd_mm"] == pytest.approx(51.0)
    assert saved[0].parameter_set("Ama")["fileFormatVersion"] == "1"


def test_files_from_the_screen(qtbot, screen: CustomizerScreen, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    screen.load_parameters("oval-everyday", {})
    qtbot.waitUntil(lambda: screen.is_preview_current and screen.preview.style_id == "oval-everyday", timeout=10000)
    parts_dir = tmp_path / "parts"
    parts_dir.mkdir()
    screen.export_to(parts_dir)
    screen.save_template(tmp_path / "template.pdf")
    screen.save_parameter_set(tmp_path / "set.json", "Ama")
    # The parts are written in a hidden staging folder, then given their name in one rename.
    def written() -> list[Path]:
        return [p for p in parts_dir.iterdir() if not p.name.startswith(".") and (p / "report.json").exists()]

    qtbot.waitUntil(lambda: (tmp_path / "set.json").exists() and (tmp_path / "template.pdf").exists()
                    and bool(written()), timeout=10000)
    (folder,) = written()
    assert folder.name.startswith("oval-everyday-")
    assert json.loads((folder / "report.json").read_text())["style_id"] == "oval-everyday"
    pdf = (tmp_path / "template.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    assert b"/MediaBox [0 0 842" in pdf  # A4 landscape in whole points: the template prints 1:1
    data = json.loads((tmp_path / "set.json").read_text())
    assert data["parameterSets"]["Ama"]["lens_width_mm"] == "45"

    data["parameterSets"]["Ama"]["temple_length_mm"] = "135"
    (tmp_path / "set.json").write_text(json.dumps(data))
    screen.load_parameter_set(tmp_path / "set.json")
    qtbot.waitUntil(lambda: screen.is_preview_current and screen.preview.params["temple_length_mm"] == 135.0,
                    timeout=10000)
