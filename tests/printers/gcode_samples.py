"""Small hand-written G-code programs for the analysis and safety tables."""

from __future__ import annotations

GOOD_START = [
    "G90",
    "M83",
    "M140 S60",
    "M104 S210",
    "G28",
    "M190 S60",
    "M109 S210",
    "G92 E0",
]

GOOD_BODY = [
    "G1 Z0.2 F600",
    "G1 X10 Y10 F6000",
    "G1 X50 Y10 E1.5 F1200 ; first line",
    "G1 X50 Y50 E1.5",
    "G1 E-0.8 F2100",
    "G0 X100 Y100 F9000",
    "G1 E0.8 F2100",
    "G1 X120 Y100 E0.75 F1200",
    "G1 Z0.4 F600",
    "G1 X120 Y120 E0.75 F1200",
]

GOOD_END = ["M104 S0", "M140 S0", "G1 Z10 F600", "M84"]


def good_program() -> list[str]:
    return GOOD_START + GOOD_BODY + GOOD_END
