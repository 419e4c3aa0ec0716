"""G-code reading, analysis (time, filament, energy), the safety check and the command stream."""

from __future__ import annotations

from printers.gcode.analysis import BoundingBox, EnergyPhase, EnergySegment, GcodeAnalysis, analyze_gcode
from printers.gcode.motion import MachineLimits, plan_times
from printers.gcode.parse import (
    GcodeCommand,
    GcodeReadError,
    GcodeSource,
    ParsedGcode,
    iter_commands,
    parse_gcode,
    program_for_passes,
    read_gcode_lines,
)
from printers.gcode.preview import PreviewLayer, preview_layers
from printers.gcode.safety import ProblemKind, SafetyProblem, SafetyReport, Severity, check_gcode
from printers.gcode.state import StateAtLine, state_at_line
from printers.gcode.stream import StreamLine, stream_commands

__all__ = [
    "BoundingBox",
    "EnergyPhase",
    "EnergySegment",
    "GcodeAnalysis",
    "GcodeCommand",
    "GcodeReadError",
    "GcodeSource",
    "MachineLimits",
    "ParsedGcode",
    "PreviewLayer",
    "ProblemKind",
    "SafetyProblem",
    "SafetyReport",
    "Severity",
    "StateAtLine",
    "StreamLine",
    "analyze_gcode",
    "check_gcode",
    "iter_commands",
    "parse_gcode",
    "plan_times",
    "preview_layers",
    "program_for_passes",
    "read_gcode_lines",
    "state_at_line",
    "stream_commands",
]
