"""OpenSCAD's console output turned into one sentence an operator can act on.

Lines handled, as OpenSCAD 2019.05 to 2021.01 and later write them:
    ERROR: Parser error: syntax error in file box.scad, line 12
    ERROR: Parser error in file "/tmp/x/box.scad", line 12: syntax error
    WARNING: Can't open include file 'lib/gears.scad'.
    WARNING: Can't open library 'MCAD/involute_gears.scad'.
    ERROR: Assertion '(w > 10)' failed: "w too small" in file box.scad, line 2
    ERROR: Recursion detected calling function 'loop' in file box.scad, line 1
    Current top level object is empty.
    Current top level object is not a 3D object.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PARSER_RE = re.compile(
    r"ERROR: Parser error(?::\s*(?P<what1>.*?))? in file \"?(?P<file>[^\",]*)\"?,? line "
    r"(?P<line>\d+)(?::\s*(?P<what2>.*))?"
)
_PARSER_NO_FILE_RE = re.compile(r"ERROR: Parser error in line (?P<line>\d+):\s*(?P<what>.*)")
_INCLUDE_RE = re.compile(r"WARNING: Can't open (?:include file|library) '(?P<name>[^']*)'")
_ASSERT_RE = re.compile(r"ERROR: Assertion '(?P<expr>.*)' failed(?::\s*(?P<message>.*?))?(?: in file (?P<file>[^,]*), "
                        r"line (?P<line>\d+))?\s*$")
_ERROR_RE = re.compile(r"^ERROR: (?P<what>.*?)(?: in file (?P<file>[^,]*), line (?P<line>\d+))?\s*$")
_LOCATION_RE = re.compile(r" in file (?P<file>[^,]*), line (?P<line>\d+)")


@dataclass(frozen=True)
class RenderDiagnosis:
    """What went wrong, in one line, or None; and the warnings worth keeping."""

    problem: str | None
    warnings: tuple[str, ...] = ()


def diagnose(log: str, work_dir: str = "") -> RenderDiagnosis:
    """Read OpenSCAD's console (stderr); `work_dir` is removed from paths so only the design's names show."""
    if work_dir:
        log = log.replace(work_dir.rstrip("/\\") + "/", "").replace(work_dir.rstrip("/\\") + "\\", "")
    lines = [line.strip() for line in log.splitlines() if line.strip()]
    warnings = tuple(line.removeprefix("WARNING: ") for line in lines if line.startswith("WARNING:"))
    for line in lines:
        match = _INCLUDE_RE.search(line)
        if match:
            return RenderDiagnosis(
                f"The design needs {match.group('name')}, which is not among its files: import the whole download "
                "(the zip or folder with every .scad file) again.", warnings)
    for line in lines:
        match = _PARSER_RE.search(line)
        if match:
            what = (match.group("what1") or match.group("what2") or "syntax error").strip()
            return RenderDiagnosis(
                f"{_short(match.group('file'))} has a {what} on line {match.group('line')}: "
                "the design's file is broken; fix it in a text editor or download it again.", warnings)
        match = _PARSER_NO_FILE_RE.search(line)
        if match:
            return RenderDiagnosis(
                f"The design has a {match.group('what').strip() or 'syntax error'} on line {match.group('line')}: "
                "fix it in a text editor or download it again.", warnings)
    for line in lines:
        match = _ASSERT_RE.search(line)
        if match:
            reason = (match.group("message") or match.group("expr")).strip().strip('"')
            where = f" ({_short(match.group('file'))}, line {match.group('line')})" if match.group("file") else ""
            return RenderDiagnosis(f"The design refused these settings{where}: {reason}. Change the parameters.",
                                   warnings)
    for line in lines:
        match = _ERROR_RE.match(line)
        if match:
            where = f" ({_short(match.group('file'))}, line {match.group('line')})" if match.group("file") else ""
            return RenderDiagnosis(f"OpenSCAD stopped with an error{where}: {match.group('what').rstrip('.')}. "
                                   "Check the parameters, or the design's files.", warnings)
    if any(line.startswith("Current top level object is empty") for line in lines):
        return RenderDiagnosis(
            "These settings make no solid (OpenSCAD drew nothing): change the parameters, for example the part to "
            "print.",
            warnings)
    if any(line.startswith("Current top level object is not a 3D object") for line in lines):
        return RenderDiagnosis("This design draws a flat (2D) shape, not a solid to print: it cannot be sliced.",
                               warnings)
    return RenderDiagnosis(None, warnings)


def _short(path: str) -> str:
    return path.strip().strip('"').replace("\\", "/")
