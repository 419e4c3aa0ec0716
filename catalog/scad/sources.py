"""A design's OpenSCAD files: which one is the main file, what each includes, and which names stay inside.

A `.scad` file names other files in `include <…>` and `use <…>`, and data in `import("…")` and
`surface(file = "…")`. Written as literals, those names are checked here: none may leave the design's
folder (an absolute path or `..`), and a missing one is reported before OpenSCAD ever runs.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import PurePosixPath

from i18n import _

SCAD_SUFFIX = ".scad"
_COMMENT_RE = re.compile(r"//[^\n]*|/\*.*?(?:\*/|\Z)", re.DOTALL)
_INCLUDE_RE = re.compile(r"\b(include|use)\s*<([^>\n]*)>")
_DATA_FILE_RE = re.compile(r'\b(?:import|surface)\s*\(\s*(?:file\s*=\s*)?"((?:[^"\\\n]|\\.)*)"')


class SourceError(ValueError):
    """A `.scad` file that names files outside its folder, or a folder with no usable main file."""


@dataclass(frozen=True)
class FileReference:
    source: str  # the file that names it, relative to the design's folder
    statement: str  # include, use or data
    target: str  # as written
    resolved: str | None  # relative path inside the folder, or None when it is not there

    def to_json(self) -> dict[str, str | None]:
        return {"source": self.source, "statement": self.statement, "target": self.target, "resolved": self.resolved}


def references(files: Mapping[str, bytes]) -> list[FileReference]:
    """Every literal file name in every `.scad` file, resolved against the files of the folder.

    OpenSCAD looks a name up beside the file that names it, then in its library folders; a name not
    found in the folder may still be one of OpenSCAD's own libraries (MCAD), so it is reported, not refused.
    """
    folded = {name.casefold(): name for name in files}
    found: list[FileReference] = []
    for name, data in sorted(files.items()):
        if not name.lower().endswith(SCAD_SUFFIX):
            continue
        code = _COMMENT_RE.sub(" ", data.decode("utf-8", "replace"))
        base = PurePosixPath(name).parent
        for statement, target in _INCLUDE_RE.findall(code):
            found.append(_reference(name, statement, target.strip(), base, files, folded))
        for target in _DATA_FILE_RE.findall(code):
            found.append(_reference(name, "data", target, base, files, folded))
    return found


def _reference(source: str, statement: str, target: str, base: PurePosixPath, files: Mapping[str, bytes],
               folded: Mapping[str, str]) -> FileReference:
    check_target(source, target)
    parts: list[str] = []
    for part in (base / target).parts:
        if part == "..":
            if not parts:
                raise SourceError(_("{source} reaches outside the design's folder ({target}): refused.").format(
                        source=source, target=target))
            parts.pop()
        elif part != ".":
            parts.append(part)
    candidate = "/".join(parts)
    if candidate in files:
        return FileReference(source, statement, target, candidate)
    # Designs made on Windows often name files with another case than the zip holds.
    return FileReference(source, statement, target, folded.get(candidate.casefold()))


def check_target(source: str, target: str) -> None:
    if not target:
        raise SourceError(_("{source} has an empty file name in an include, use or import: fix the file.").format(
                source=source))
    if target.startswith(("/", "\\", "~")) or re.match(r"^[A-Za-z]:", target) or "\\\\" in target:
        raise SourceError(
            _("{source} reads a file outside its folder ({value}): Heliofab runs designs only on their own "
              "files.").format(
                    source=source, value=target[:80])
        )


def main_candidates(files: Mapping[str, bytes]) -> list[str]:
    """`.scad` files that no other file includes or uses: each one is a design to render."""
    scad = sorted(name for name in files if name.lower().endswith(SCAD_SUFFIX))
    included = {ref.resolved for ref in references(files) if ref.statement in ("include", "use") and ref.resolved}
    return [name for name in scad if name not in included]


def missing_references(files: Mapping[str, bytes], main: str) -> list[FileReference]:
    """References reachable from `main` that the folder does not hold (maybe an OpenSCAD library)."""
    by_source: dict[str, list[FileReference]] = {}
    for ref in references(files):
        by_source.setdefault(ref.source, []).append(ref)
    missing: list[FileReference] = []
    seen = {main}
    stack = [main]
    while stack:
        for ref in by_source.get(stack.pop(), []):
            if ref.resolved is None:
                missing.append(ref)
            elif ref.resolved not in seen and ref.resolved.lower().endswith(SCAD_SUFFIX):
                seen.add(ref.resolved)
                stack.append(ref.resolved)
    return missing
