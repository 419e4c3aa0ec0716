"""The safety verdict as `heliofab gcode info` and `heliofab slice` print it: the verdict, then what
refuses the print and what only warns, each reason once with the lines it covers.

A file made for another printer can break one rule on thousands of lines (a centred-origin file puts
every line off the bed): those are one reason, shown once with a count, not a page of the same sentence.
"""

from __future__ import annotations

from i18n import N_, _, ngettext
from printers.gcode import SafetyReport, Severity
from printers.gcode.safety import ProblemGroup

REFUSALS_TITLE = N_("Refused because:")
WARNINGS_TITLE = N_("Warnings (the print can go ahead):")
MAX_LINE_NUMBERS = 9  # more would wrap on a laptop's terminal


def safety_text(report: SafetyReport) -> list[str]:
    """Verdict first, then the refusals and the warnings grouped by reason."""
    lines = [_verdict(report)]
    for title, severity in ((REFUSALS_TITLE, Severity.ERROR), (WARNINGS_TITLE, Severity.WARNING)):
        groups = report.groups(severity)
        if groups:
            lines.append(_(title))
            for group in groups:
                lines.extend(_group_lines(group))
    return lines


def _verdict(report: SafetyReport) -> str:
    refusals = report.groups(Severity.ERROR)
    if refusals:
        count = len(refusals)
        lines = sum(group.total for group in refusals)
        spread = _(" on {lines} lines").format(lines=f"{lines:,}") if lines > count else ""
        return ngettext("Not safe to print: {count} reason below{spread}.",
                        "Not safe to print: {count} reasons below{spread}.", count).format(count=count, spread=spread)
    warnings = sum(group.total for group in report.groups(Severity.WARNING))
    if warnings == 1:
        return _("Safe to print; read the warning below.")
    if warnings:
        return _("Safe to print; read the {count} warnings below.").format(count=f"{warnings:,}")
    return _("Safe to print.")


def _group_lines(group: ProblemGroup) -> list[str]:
    lines = [f"  {group.first}"]
    others = group.total - 1
    if others <= 0:
        return lines
    shown = [f"{n:,}" for n in group.line_nos[1 : 1 + MAX_LINE_NUMBERS] if n]
    is_cut = others > len(shown)
    where = _(": lines {numbers}").format(numbers=", ".join(shown) + (", …" if is_cut else "")) if shown else ""
    lines.append("    " + ngettext("… and {count} more line like it{where}", "… and {count} more lines like it{where}",
                                     others).format(count=f"{others:,}", where=where))
    return lines
