"""Builders shared by the catalogue tests: meshes, design zips, a second lab."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import trimesh

from app.services import Services, StartupOptions, build_services
from catalog.records import BundledDesign


def box_stl(x_mm: float = 10.0, y_mm: float = 20.0, z_mm: float = 30.0) -> bytes:
    return bytes(trimesh.exchange.stl.export_stl(trimesh.creation.box((x_mm, y_mm, z_mm))))


def torus_stl() -> bytes:
    return bytes(trimesh.exchange.stl.export_stl(trimesh.creation.torus(20, 5, major_sections=24, minor_sections=12)))


README = "Ring by Ama Mensah on Thingiverse: https://www.thingiverse.com/thing:4242\n\nSummary:\n\nA ring for testing the importer.\n"
LICENCE_NC = (
    "Ring by Ama Mensah is licensed under the Creative Commons - Attribution - Non-Commercial license.\n"
    "http://creativecommons.org/licenses/by-nc/3.0/\n"
)


def thing_zip(path: Path, *, wrap: str = "ring-4242") -> Path:
    prefix = f"{wrap}/" if wrap else ""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"{prefix}files/ring.stl", torus_stl())
        archive.writestr(f"{prefix}images/ring.png", b"\x89PNG\r\n\x1a\nfake")
        archive.writestr(f"{prefix}README.txt", README)
        archive.writestr(f"{prefix}LICENSE.txt", LICENCE_NC)
    return path


def bundled(design_id: str = "frame-round", version: int = 1, title: str = "Round frame") -> BundledDesign:
    return BundledDesign(
        id=design_id,
        title=title,
        description="A round parametric frame for adults.",
        category="eyeglasses",
        tags=("round", "adult"),
        licence="CC-BY-SA-4.0",
        author="Heliofab",
        attribution="Heliofab frame library",
        version=version,
        manifest={"parameters": [{"name": "bridge_mm", "default": 18}], "version_note": version},
        thumbnail_bytes=f'<svg xmlns="http://www.w3.org/2000/svg" data-v="{version}"/>'.encode(),
    )


@pytest.fixture
def services(data_dir: Path) -> Iterator[Services]:
    """A migrated data dir without the bundled frame styles, so the catalogue holds only what a test puts in.

    Imported by the catalogue test modules, where it takes the place of the shared (seeded) fixture.
    """
    built = build_services(StartupOptions(data_dir=data_dir, seed_catalogue=False))
    try:
        yield built
    finally:
        built.close()
