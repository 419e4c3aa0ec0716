"""Does a wheel folder hold everything Heliofab needs on one machine? Judged with that machine's markers.

pip evaluates environment markers on the machine that downloads (pypa/pip#6117), so a folder made on
Python 3.12 for Python 3.10 silently lacks `tomli` (alembic) and `typing-extensions` (cryptography), and
one made on Linux for Windows lacks whatever is marked `sys_platform == 'win32'`. This walk reads each
wheel's own Requires-Dist and judges every marker as the target machine would.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from email.parser import HeaderParser
from pathlib import Path

from packaging.requirements import InvalidRequirement, Requirement
from packaging.tags import Tag, compatible_tags, cpython_tags, mac_platforms
from packaging.utils import InvalidWheelFilename, NormalizedName, canonicalize_name, parse_wheel_filename
from packaging.version import Version

from app.installer.targets import Target


@dataclass(frozen=True)
class FolderWheel:
    name: NormalizedName
    version: Version
    path: Path
    is_compatible: bool


@dataclass(frozen=True)
class MissingRequirement:
    requirement: str  # as written by the package that needs it, e.g. "tomli" or "numpy>=1.26"
    needed_by: str

    @property
    def name(self) -> str:
        return Requirement(self.requirement).name


def supported_tags(target: Target) -> frozenset[Tag]:
    major, minor = (int(part) for part in target.python_version.split("."))
    platforms = list(mac_platforms((12, 0), target.machine)) if target.system == "macos" else list(target.pip_platforms)
    return frozenset([*cpython_tags((major, minor), platforms=platforms),
                      *compatible_tags((major, minor), interpreter=f"cp{major}{minor}", platforms=platforms)])


def folder_wheels(folder: Path, target: Target) -> dict[NormalizedName, list[FolderWheel]]:
    tags = supported_tags(target)
    found: dict[NormalizedName, list[FolderWheel]] = {}
    for path in sorted(folder.glob("*.whl")):
        try:
            name, version, _build, wheel_tags = parse_wheel_filename(path.name)
        except InvalidWheelFilename:
            continue
        found.setdefault(name, []).append(FolderWheel(name, version, path, not tags.isdisjoint(wheel_tags)))
    return found


def wheel_requirements(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        metadata_name = next((n for n in archive.namelist() if n.endswith(".dist-info/METADATA") and n.count("/") == 1),
                             None)
        if metadata_name is None:
            return []
        text = archive.read(metadata_name).decode("utf-8", errors="replace")
    return HeaderParser().parsestr(text).get_all("Requires-Dist") or []


def missing_requirements(folder: Path, target: Target, roots: list[str]) -> list[MissingRequirement]:
    """What the target machine would need and the folder cannot give it (empty when complete)."""
    wheels = folder_wheels(folder, target)
    environment = target.marker_environment()
    missing: list[MissingRequirement] = []
    visited: set[tuple[NormalizedName, frozenset[str]]] = set()
    pending: list[tuple[Requirement, str]] = [(Requirement(root), "the stick") for root in roots]
    while pending:
        requirement, needed_by = pending.pop()
        name = canonicalize_name(requirement.name)
        candidates = [w for w in wheels.get(name, []) if w.is_compatible
                      and requirement.specifier.contains(w.version, prereleases=True)]
        if not candidates:
            missing.append(MissingRequirement(str(_without_marker(requirement)), needed_by))
            continue
        chosen = max(candidates, key=lambda w: w.version)
        extras = frozenset(canonicalize_name(e) for e in requirement.extras)
        if (name, extras) in visited:
            continue
        visited.add((name, extras))
        for line in wheel_requirements(chosen.path):
            try:
                dependency = Requirement(line)
            except InvalidRequirement:
                continue
            if dependency.marker is None or any(
                dependency.marker.evaluate({**environment, "extra": extra}) for extra in ("", *extras)
            ):
                pending.append((dependency, f"{chosen.name} {chosen.version}"))
    return missing


def _without_marker(requirement: Requirement) -> Requirement:
    plain = Requirement(str(requirement))
    plain.marker = None
    return plain
