"""A stick is foreign ground: an export never writes through a link, never deletes what it can't prove
it wrote, and repairs objects that went bad without changing size."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from app.services import Services
from catalog import bundle as bundle_module
from catalog.bundle import BUNDLE_DIR_NAME, MANIFEST_FILE, OBJECTS_DIR, PENDING_FILE, BundleError, read_bundle
from tests.catalog.catalog_helpers import (
    import_boxes,
    object_copy_failing,
    services,  # noqa: F401 - the unseeded fixture
    unseeded_lab,
)

pytestmark = pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")


def _personal_folder(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    (home / "Pictures").mkdir()
    (home / "Documents" / "thesis.txt").write_text("four years of work")
    (home / "Pictures" / "family.jpg").write_bytes(b"\xff\xd8 a family picture")
    return home


def _all_files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_objects_folder_linked_to_personal_files_is_refused(services: Services, tmp_path: Path) -> None:
    import_boxes(services, tmp_path, 2)
    home = _personal_folder(tmp_path)
    before = _all_files(home)
    stick = tmp_path / "stick"
    (stick / BUNDLE_DIR_NAME).mkdir(parents=True)
    (stick / BUNDLE_DIR_NAME / OBJECTS_DIR).symlink_to(home, target_is_directory=True)
    with pytest.raises(BundleError, match="is a link to another place: Heliofab does not write through links"):
        services.catalog.export(stick)
    assert _all_files(home) == before


def test_catalogue_folder_linked_to_the_labs_own_store_is_refused(services: Services, tmp_path: Path) -> None:
    import_boxes(services, tmp_path, 5)
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / BUNDLE_DIR_NAME).symlink_to(services.paths.root, target_is_directory=True)
    store_before = sorted(services.blobs.iter_shas())
    with pytest.raises(BundleError, match="link"):
        services.catalog.export(stick, [])
    assert sorted(services.blobs.iter_shas()) == store_before and len(store_before) == 10
    for sha in store_before:
        assert services.blobs.verify(sha)


def test_a_linked_object_subfolder_is_refused_after_an_earlier_export(services: Services, tmp_path: Path) -> None:
    import_boxes(services, tmp_path, 1)
    stick = tmp_path / "stick"
    services.catalog.export(stick)
    home = _personal_folder(tmp_path)
    before = _all_files(home)
    objects = stick / BUNDLE_DIR_NAME / OBJECTS_DIR
    sub = next(p for p in objects.iterdir() if p.is_dir())
    for item in sub.iterdir():
        item.unlink()
    sub.rmdir()
    sub.symlink_to(home / "Documents", target_is_directory=True)
    import_boxes(services, tmp_path, 1, start=7)
    with pytest.raises(BundleError, match="link"):
        services.catalog.export(stick)
    assert _all_files(home) == before


def test_a_folder_with_someone_elses_catalog_json_is_left_alone(services: Services, tmp_path: Path) -> None:
    import_boxes(services, tmp_path, 1)
    wrong = tmp_path / "project"
    (wrong / "objects" / "ab").mkdir(parents=True)
    (wrong / MANIFEST_FILE).write_text(json.dumps({"products": ["lamp", "chair"]}))
    (wrong / "objects" / "ab" / "report.docx").write_bytes(b"someone's report")
    before = _all_files(wrong)
    with pytest.raises(BundleError, match=r"not a Heliofab catalogue .*choose the stick itself or an empty folder"):
        services.catalog.export(wrong)
    assert _all_files(wrong) == before


def test_a_heliofab_catalog_folder_with_strangers_files_is_left_alone(services: Services, tmp_path: Path) -> None:
    import_boxes(services, tmp_path, 1)
    stick = tmp_path / "stick"
    (stick / BUNDLE_DIR_NAME / "objects" / "cd").mkdir(parents=True)
    (stick / BUNDLE_DIR_NAME / "objects" / "cd" / "notes.txt").write_text("mine")
    with pytest.raises(BundleError, match="not a Heliofab catalogue"):
        services.catalog.export(stick)
    assert (stick / BUNDLE_DIR_NAME / "objects" / "cd" / "notes.txt").read_text() == "mine"


def test_files_the_manifest_never_listed_are_kept(services: Services, tmp_path: Path) -> None:
    ids = import_boxes(services, tmp_path, 2)
    stick = tmp_path / "stick"
    services.catalog.export(stick)
    sub = next(p for p in (stick / BUNDLE_DIR_NAME / OBJECTS_DIR).iterdir() if p.is_dir())
    stranger = sub / ("ab" * 32)
    stranger.write_bytes(b"not ours")
    report = services.catalog.export(stick, [ids[0]])
    assert report.objects_removed == 2  # the other design's mesh and thumbnail, which the old manifest listed
    assert stranger.read_bytes() == b"not ours"


def test_a_listed_object_of_another_size_is_not_deleted(services: Services, tmp_path: Path) -> None:
    ids = import_boxes(services, tmp_path, 2)
    stick = tmp_path / "stick"
    services.catalog.export(stick)
    dropped = services.catalog.get(ids[1]).files[0].sha256
    path = stick / BUNDLE_DIR_NAME / OBJECTS_DIR / dropped[:2] / dropped
    path.write_bytes(b"someone put something else here")
    services.catalog.export(stick, [ids[0]])
    assert path.read_bytes() == b"someone put something else here"


def test_same_size_corruption_is_found_and_repaired_on_reexport(services: Services, tmp_path: Path) -> None:
    import_boxes(services, tmp_path, 2)
    stick = tmp_path / "stick"
    services.catalog.export(stick)
    victim = next(p for p in (stick / BUNDLE_DIR_NAME / OBJECTS_DIR).rglob("*") if p.is_file())
    data = bytearray(victim.read_bytes())
    data[len(data) // 2] ^= 0xFF
    victim.write_bytes(bytes(data))
    report = services.catalog.export(stick)
    assert report.objects_copied == 1 and report.objects_repaired == 1 and not report.is_unchanged
    assert victim.read_bytes() == services.blobs.read_bytes(victim.name)


def test_a_big_catalogue_is_checked_in_samples(services: Services, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    import_boxes(services, tmp_path, 4)
    stick = tmp_path / "stick"
    services.catalog.export(stick)
    read: list[str] = []
    real = bundle_module._hash_of

    def counting(path: Path) -> str:
        read.append(path.name)
        return real(path)

    monkeypatch.setattr(bundle_module, "_hash_of", counting)
    monkeypatch.setattr(bundle_module, "VERIFY_BUDGET_BYTES", 1)
    services.catalog.export(stick)
    assert len(read) == 1  # one object fills the budget; the others wait for another export
    monkeypatch.setattr(bundle_module, "VERIFY_BUDGET_BYTES", 1 << 30)
    read.clear()
    services.catalog.export(stick)
    assert len(read) == 8


def test_objects_of_an_interrupted_export_are_proven_by_the_pending_list(services: Services, tmp_path: Path) -> None:
    ids = import_boxes(services, tmp_path, 1)
    stick = tmp_path / "stick"
    services.catalog.export(stick)
    more = import_boxes(services, tmp_path, 2, start=3)
    with object_copy_failing(3, OSError(5, "Input/output error")), pytest.raises(BundleError):
        services.catalog.export(stick)
    pending = stick / BUNDLE_DIR_NAME / PENDING_FILE
    assert pending.is_file()
    report = services.catalog.export(stick, ids)  # the new designs are left out: their copied objects go
    assert report.objects_removed == 2 and not pending.exists()
    assert {d.id for d in read_bundle(stick).drafts} == set(ids) and set(more).isdisjoint(ids)
    assert len([p for p in (stick / BUNDLE_DIR_NAME / OBJECTS_DIR).rglob("*") if p.is_file()]) == 2


def test_a_linked_manifest_is_refused(services: Services, tmp_path: Path) -> None:
    import_boxes(services, tmp_path, 1)
    stick = tmp_path / "stick"
    services.catalog.export(stick)
    elsewhere = tmp_path / "elsewhere.json"
    manifest = stick / BUNDLE_DIR_NAME / MANIFEST_FILE
    elsewhere.write_bytes(manifest.read_bytes())
    manifest.unlink()
    manifest.symlink_to(elsewhere)
    with pytest.raises(BundleError, match="not a Heliofab catalogue"):
        services.catalog.export(stick)
    assert elsewhere.is_file() and manifest.is_symlink()


def test_an_import_killed_earlier_leaves_nothing_after_the_next_import(services: Services, tmp_path: Path) -> None:
    from catalog.foreign_ground import writer_tag

    import_boxes(services, tmp_path, 1)
    stick = tmp_path / "stick"
    services.catalog.export(stick)
    with unseeded_lab(tmp_path / "lab-b") as receiver:
        _import_into(receiver, stick, writer_tag)


def _import_into(services: Services, stick: Path, writer_tag: Callable[[], str]) -> None:
    incoming = services.blobs.objects_dir / "incoming"
    incoming.mkdir(exist_ok=True)
    host = writer_tag().rpartition("-")[0]
    killed = incoming / f".in-{host}-999999999-abcd"
    killed.write_bytes(b"half an object")
    running = incoming / f".in-{writer_tag()}-efgh"
    running.write_bytes(b"being copied by this process")
    services.catalog.import_path(stick)
    assert not killed.exists() and running.exists()
