"""Tiny wheels made on the spot, so wheel-folder checks run with no network and in a second."""

from __future__ import annotations

import zipfile
from pathlib import Path


def fake_wheel(folder: Path, name: str, version: str, tag: str = "py3-none-any", requires: tuple[str, ...] = ()) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}-{version}-{tag}.whl"
    dist_info = f"{name}-{version}.dist-info"
    metadata = "".join(
        [f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n", *(f"Requires-Dist: {r}\n" for r in requires)]
    )
    wheel = f"Wheel-Version: 1.0\nGenerator: heliofab-tests\nRoot-Is-Purelib: true\nTag: {tag}\n"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(f"{name}/__init__.py", "")
        archive.writestr(f"{dist_info}/METADATA", metadata)
        archive.writestr(f"{dist_info}/WHEEL", wheel)
        archive.writestr(f"{dist_info}/RECORD", "")
    return path


def fake_installation_folder(folder: Path, heliofab_version: str, *, requires: tuple[str, ...] = ("widget>=1",)) -> Path:
    """What install.sh keeps beside an installation: Heliofab, its dependencies, setuptools and wheel."""
    fake_wheel(folder, "heliofab", heliofab_version, requires=requires)
    # A Linux-only build, for any Python: a folder for Windows made from it lacks `widget`.
    fake_wheel(folder, "widget", "1.2", "py3-none-manylinux_2_17_x86_64")
    fake_wheel(folder, "setuptools", "80.0")
    fake_wheel(folder, "wheel", "0.45.0")
    return folder
