"""Saving sliced G-code for an SD card: checked for the printer first, written whole or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.gcode_export import GcodeExportError, save_gcode
from app.services import Services
from app.slicing import UnsafeGcodeError

SAFE = "\n".join(
    ["M140 S60", "M104 S205", "M190 S60", "M109 S205", "G28", "G90", "M82", "G92 E0", ";LAYER:0"]
    + [f"G1 X{10 + i} Y{10 + i % 7} E{0.05 * (i + 1):.3f} F1200" for i in range(50)]
    + ["M104 S0", "M140 S0", "M84", ""]
)


def test_checked_file_is_written_with_a_gcode_name(services: Services, tmp_path: Path) -> None:
    source = tmp_path / "slice.gcode"
    source.write_text(SAFE, encoding="utf-8")
    card = tmp_path / "card"
    card.mkdir()
    saved = save_gcode(source, card / "CLIPS", services.profiles.printer("creality-ender3"))
    assert saved.path == card / "CLIPS.gcode" and saved.printer_id == "creality-ender3"
    assert saved.path.read_text(encoding="utf-8").splitlines() == SAFE.splitlines()
    assert [p.name for p in card.iterdir()] == ["CLIPS.gcode"]  # no temporary file left beside it


def test_unsafe_file_is_not_written(services: Services, tmp_path: Path) -> None:
    source = tmp_path / "hot.gcode"
    source.write_text(SAFE.replace("M104 S205", "M104 S400"), encoding="utf-8")
    target = tmp_path / "card" / "hot.gcode"
    with pytest.raises(UnsafeGcodeError):
        save_gcode(source, target, services.profiles.printer("creality-ender3"))
    assert not target.exists()


def test_missing_source_and_a_file_in_place_of_a_folder_are_one_line(services: Services, tmp_path: Path) -> None:
    printer = services.profiles.printer("creality-ender3")
    with pytest.raises(GcodeExportError, match="does not exist"):
        save_gcode(tmp_path / "gone.gcode", tmp_path / "out.gcode", printer)
    source = tmp_path / "slice.gcode"
    source.write_text(SAFE, encoding="utf-8")
    blocker = tmp_path / "card"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(GcodeExportError, match="not a folder"):
        save_gcode(source, blocker / "x.gcode", printer)
    assert blocker.read_text(encoding="utf-8") == "not a folder"
