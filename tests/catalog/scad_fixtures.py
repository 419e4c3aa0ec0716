"""Small OpenSCAD designs written for these tests, covering the Customizer syntax the importer reads."""

from __future__ import annotations

import zipfile
from pathlib import Path

HOOK_SCAD = '''// Wall hook for a lab's tool board
// Author: Kofi Mensah
// License: Creative Commons - Attribution 4.0 International
include <lib/shapes.scad>
use <lib/maths.scad>

/* [Hook] */
// Width of the hook plate
plate_width = 30; // [20:2:60]
// Depth the hook reaches out
reach = 18.5; // [10:0.5:40]
// Hole for a screw
has_hole = true;

/* [Label] */
// Text pressed into the plate
label = "LAB"; // 8
// Letter style
font_style = "Bold"; // [Regular, Bold]

/* [Hidden] */
$fn = 32;

module hook() {
    difference() {
        plate([plate_width, 4, 20]);
        if (has_hole) translate([plate_width / 2, -1, 10]) rotate([-90, 0, 0]) cylinder(d = 4, h = 10);
    }
    translate([0, 0, 0]) cube([plate_width, halve(reach * 2), 4]);
}
hook();
'''
SHAPES_SCAD = "module plate(size) { cube(size); }\n"
MATHS_SCAD = "function halve(x) = x / 2;\n"
README = "Wall Hook by Kofi Mensah on Printables: https://www.printables.com/model/1\n\nSummary:\n\nA hook.\n"


def hook_zip(path: Path, *, with_shapes: bool = True) -> Path:
    """A Thingiverse-style download: a folder with files/, lib/ beside the main file, and a README."""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("wall-hook/files/hook.scad", HOOK_SCAD)
        if with_shapes:
            archive.writestr("wall-hook/files/lib/shapes.scad", SHAPES_SCAD)
        archive.writestr("wall-hook/files/lib/maths.scad", MATHS_SCAD)
        archive.writestr("wall-hook/README.txt", README)
    return path


def write_design(folder: Path, main: str, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return folder / main
