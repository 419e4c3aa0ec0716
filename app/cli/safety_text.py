"""The safety verdict as `heliofab gcode info` and `heliofab slice` print it: the verdict, then what
refuses the print and what only warns, each reason once with the lines it covers.

A file made for another printer can break one rule on thousands of lines (a centred-origin file puts
every line off the bed): those are one reason, shown once with a count, not a page of the same sentence.
"""

from __future__ import annotations

from printers.gcode import SafetyReport, Severity
from printers.gcode.safety import ProblemGroup

REFUSALS_TITLE = "Refused because:"
WARNINGS_TITLE = "Warnings (the print can go ahead):"
MAX_LINE_NUMBERS = 9  # more would wrap on a laptop's terminal


def safety_text(report: SafetyReport) -> list[str]:
    """Verdict first, then the refusals and the warnings grouped by reason."""
    lines = [_verdict(report)]
    for title, severity in ((REFUSALS_TITLE, Severity.ERROR), (WARNINGS_TITLE, Severity.WARNING)):
        groups = report.groups(severity)
        if groups:
            lines.append(title)
            for group in groups:
                lines.extend(_group_lines(group))
    return lines


def _verdict(report: SafetyReport) -> str:
    refusals = report.groups(Severity.ERROR)
    if refusals:
        count = len(refusals)
        lines = sum(group.total for group in refusals)
        spread = f" on {lines:,} lines" if lines > count else ""
        return f"Not safe to print: {count} {'reason' if count == 1 else 'reasons'} below{spread}."
    warnings = sum(group.total for group in report.groups(Severity.WARNING))
    if warnings:
        return f"Safe to print; read the {'warning' if warnings == 1 else f'{warnings:,} warnings'} below."
    return "Safe to print."


def _group_lines(group: ProblemGroup) -> list[str]:
    lines = [f"  {group.first}"]
    others = group.total - 1
    if others <= 0:
        return lines
    shown = [f"{n:,}" for n in group.line_nos[1 : 1 + MAX_LINE_NUMBERS] if n]
    is_cut = others > len(shown)
    where = ": lines " + ", ".join(shown) + (", …" if is_cut else "") if shown else ""
    noun = "line" if others == 1 else "lines"
    lines.append(f"    … and {others:,} more {noun} like it{where}")
    return lines
