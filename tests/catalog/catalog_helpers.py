"""Builders shared by the catalogue tests: meshes, design zips, labs, and a stick that fails midway."""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import trimesh

from app.services import Services, StartupOptions, build_services
from catalog import bundle as bundle_module
from catalog.importers import ImportDefaults
from catalog.records import BundledDesign


def box_stl(x_mm: float = 10.0, y_mm: float = 20.0, z_mm: float = 30.0) -> bytes:
    return bytes(trimesh.exchange.stl.export_stl(trimesh.creation.box((x_mm, y_mm, z_mm))))


def torus_stl() -> bytes:
    return bytes(trimesh.exchange.stl.export_stl(trimesh.creation.torus(20, 5, major_sections=24, minor_sections=12)))


README = ("Ring by Ama Mensah on Thingiverse: https://www.thingiverse.com/thing:4242\n\n"
          "Summary:\n\nA ring for testing the importer.\n")
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
def services(data_dir: Path, _new_unseeded_lab: Path) -> Iterator[Services]:
    """A migrated data dir without the bundled frame styles, so the catalogue holds only what a test puts in.

    Imported by the catalogue test modules, where it takes the place of the shared (seeded) fixture.
    """
    with unseeded_lab(data_dir, copy_of=_new_unseeded_lab) as lab:
        yield lab


@pytest.fixture
def other_lab(tmp_path: Path, _new_unseeded_lab: Path) -> Iterator[Services]:
    """A second lab on the same machine, with an empty catalogue: the other end of a stick."""
    with unseeded_lab(tmp_path / "other-lab", copy_of=_new_unseeded_lab) as lab:
        yield lab


@contextmanager
def unseeded_lab(data_dir: Path, copy_of: Path | None = None) -> Iterator[Services]:
    """The services of a lab in `data_dir` whose catalogue holds only what a test puts in; closed on exit.

    `copy_of` is a new lab made the same way to start from (the fixtures' shared one): copying it skips
    running every migration again.
    """
    if copy_of is not None:
        shutil.copytree(copy_of, data_dir)
    built = build_services(StartupOptions(data_dir=data_dir, seed_catalogue=False))
    try:
        yield built
    finally:
        built.close()


def import_boxes(services: Services, tmp_path: Path, count: int, *, start: int = 0) -> list[str]:
    """Import `count` boxes of different sizes as designs of "Lab A"; returns their design ids."""
    ids = []
    for i in range(start, start + count):
        path = tmp_path / f"part-{i}.stl"
        path.write_bytes(box_stl(5 + i, 6, 7))
        outcome = services.catalog.import_path(path, defaults=ImportDefaults(licence="CC-BY-4.0", author="Lab A"))
        ids.append(outcome.plan.changes[0].design_id)
    return ids


@contextmanager
def object_copy_failing(call: int, error: OSError) -> Iterator[None]:
    """Inside the block, an export's `call`-th object copy raises `error`, as a stick pulled or filled midway."""
    real_copy = bundle_module._copy_object
    calls = 0

    def failing(*args: object, **kwargs: object) -> None:
        nonlocal calls
        calls += 1
        if calls == call:
            raise error
        real_copy(*args, **kwargs)  # type: ignore[arg-type]

    bundle_module._copy_object = failing  # type: ignore[assignment]
    try:
        yield
    finally:
        bundle_module._copy_object = real_copy
