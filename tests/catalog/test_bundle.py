from __future__ import annotations

import errno
import json
import os
from collections import namedtuple
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.catalog_service import CatalogImportError
from app.services import Services
from catalog import bundle as bundle_module
from catalog import stick as stick_module
from catalog.bundle import BUNDLE_DIR_NAME, MANIFEST_FILE, BundleError, OperationCancelledError, read_bundle
from catalog.changes import ChangeKind
from catalog.records import SearchQuery, TrustLevel
from db import atomic_files
from db.engine import unit_of_work
from db.models import Customer, CustomerPhoto, Fit, Measurement
from tests.catalog.catalog_helpers import (
    import_boxes,
    object_copy_failing,
    services,  # noqa: F401 - the unseeded fixture
    thing_zip,
    unseeded_lab,
)

DiskUsage = namedtuple("DiskUsage", "total used free")


@pytest.fixture
def lab_b(tmp_path: Path) -> Iterator[Services]:
    with unseeded_lab(tmp_path / "lab-b") as lab:
        yield lab


def _trust(receiver: Services, sender: Services, name: str = "Lab A") -> None:
    info = sender.catalog.key_info()
    receiver.catalog.trust_publisher(info.public_key_b64, name, info.fingerprint_readable)


def test_round_trip_between_labs_with_trust(services: Services, lab_b: Services, tmp_path: Path) -> None:
    ids = import_boxes(services, tmp_path, 3)
    stick = tmp_path / "stick"
    report = services.catalog.export(stick)
    assert report.design_count == 3 and report.objects_copied == 6  # a mesh and a thumbnail each
    assert (stick / BUNDLE_DIR_NAME / MANIFEST_FILE).is_file()

    dry = lab_b.catalog.import_path(stick, is_dry_run=True)
    assert dry.plan.summary()["new"] == 3 and dry.plan.trust is TrustLevel.UNKNOWN_PUBLISHER
    assert lab_b.catalog.count(SearchQuery()) == 0

    lab_b.catalog.import_path(stick)
    got = {d.id: d for d in lab_b.catalog.search(SearchQuery())}
    assert set(got) == set(ids)
    assert all(d.trust is TrustLevel.UNKNOWN_PUBLISHER for d in got.values())
    detail = lab_b.catalog.get(ids[0])
    assert detail.attribution and detail.licence_info.spdx == "CC-BY-4.0"
    mesh = next(f for f in detail.files if f.role == "mesh")
    assert lab_b.blobs.read_bytes(mesh.sha256) == services.blobs.read_bytes(mesh.sha256)

    _trust(lab_b, services)
    outcome = lab_b.catalog.import_path(stick)
    assert outcome.plan.trust is TrustLevel.TRUSTED
    assert all(d.trust is TrustLevel.TRUSTED for d in lab_b.catalog.search(SearchQuery()))
    assert lab_b.catalog.import_path(stick).plan.summary()["unchanged"] == 3


def test_reexport_copies_nothing_and_reads_no_object(services: Services, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import_boxes(services, tmp_path, 3)
    stick = tmp_path / "stick"
    services.catalog.export(stick)

    def no_copy(*args: object, **kwargs: object) -> None:
        raise AssertionError("an object was copied again")

    monkeypatch.setattr(bundle_module, "_copy_object", no_copy)
    report = services.catalog.export(stick)
    assert report.objects_copied == 0 and report.objects_skipped == 6 and not report.is_manifest_rewritten


def test_incremental_export_adds_and_prunes(services: Services, tmp_path: Path) -> None:
    ids = import_boxes(services, tmp_path, 2)
    stick = tmp_path / "stick"
    services.catalog.export(stick)
    import_boxes(services, tmp_path, 1, start=5)
    report = services.catalog.export(stick)
    assert report.objects_copied == 2 and report.objects_skipped == 4
    only_one = services.catalog.export(stick, [ids[0]])
    assert only_one.design_count == 1 and only_one.objects_removed == 4
    assert len(read_bundle(stick).drafts) == 1


def test_truncated_object_on_stick_is_replaced_on_export(services: Services, tmp_path: Path) -> None:
    import_boxes(services, tmp_path, 1)
    stick = tmp_path / "stick"
    services.catalog.export(stick)
    victims = [p for p in (stick / BUNDLE_DIR_NAME / "objects").rglob("*") if p.is_file()]
    victims[0].write_bytes(victims[0].read_bytes()[:10])
    assert services.catalog.export(stick).objects_copied == 1
    read_bundle(stick)


def test_stick_pulled_mid_export_keeps_old_complete_catalogue(services: Services, lab_b: Services,
                                                              tmp_path: Path) -> None:
    import_boxes(services, tmp_path, 2)
    stick = tmp_path / "stick"
    services.catalog.export(stick)
    old_manifest = (stick / BUNDLE_DIR_NAME / MANIFEST_FILE).read_bytes()
    import_boxes(services, tmp_path, 2, start=10)
    with object_copy_failing(2, OSError(5, "Input/output error")), pytest.raises(
        BundleError, match="previous catalogue is still complete"
    ):
        services.catalog.export(stick)
    assert (stick / BUNDLE_DIR_NAME / MANIFEST_FILE).read_bytes() == old_manifest
    assert lab_b.catalog.import_path(stick).plan.summary()["new"] == 2
    assert services.catalog.export(stick).design_count == 4
    assert lab_b.catalog.import_path(stick).plan.summary()["new"] == 2


def test_export_can_be_cancelled(services: Services, tmp_path: Path) -> None:
    import_boxes(services, tmp_path, 2)
    with pytest.raises(OperationCancelledError):
        services.catalog.export(tmp_path / "stick", is_cancelled=lambda: True)
    assert not (tmp_path / "stick" / BUNDLE_DIR_NAME / MANIFEST_FILE).exists()


def test_import_can_be_cancelled_leaving_nothing(services: Services, lab_b: Services, tmp_path: Path) -> None:
    import_boxes(services, tmp_path, 2)
    services.catalog.export(tmp_path / "stick")
    with pytest.raises(CatalogImportError, match="cancelled"):
        lab_b.catalog.import_path(tmp_path / "stick", is_cancelled=lambda: True)
    assert lab_b.catalog.count(SearchQuery()) == 0
    assert list(lab_b.blobs.iter_shas()) == []


def test_newer_version_from_same_publisher_replaces_older(services: Services, lab_b: Services, tmp_path: Path) -> None:
    [design_id] = import_boxes(services, tmp_path, 1)
    _trust(lab_b, services)
    stick = tmp_path / "stick"
    services.catalog.export(stick)
    lab_b.catalog.import_path(stick)
    services.catalog.edit(design_id, description="Thicker walls")
    services.catalog.export(stick)
    outcome = lab_b.catalog.import_path(stick)
    assert outcome.plan.changes[0].kind is ChangeKind.UPDATED
    assert lab_b.catalog.get(design_id).description == "Thicker walls"
    assert lab_b.catalog.get(design_id).summary.version == 2


def test_local_edit_is_never_overwritten(services: Services, lab_b: Services, tmp_path: Path) -> None:
    [design_id] = import_boxes(services, tmp_path, 1)
    _trust(lab_b, services)
    stick = tmp_path / "stick"
    services.catalog.export(stick)
    lab_b.catalog.import_path(stick)
    lab_b.catalog.edit(design_id, title="Our version")
    services.catalog.edit(design_id, description="v2 from A")
    services.catalog.export(stick)
    outcome = lab_b.catalog.import_path(stick)
    assert outcome.plan.changes[0].kind is ChangeKind.CONFLICT
    assert lab_b.catalog.get(design_id).summary.title == "Our version"


def test_unsigned_bundle_never_replaces_a_trusted_design(services: Services, lab_b: Services, tmp_path: Path) -> None:
    [design_id] = import_boxes(services, tmp_path, 1)
    _trust(lab_b, services)
    stick = tmp_path / "stick"
    services.catalog.export(stick)
    lab_b.catalog.import_path(stick)
    # A stranger edits the manifest and strips the signature.
    path = stick / BUNDLE_DIR_NAME / MANIFEST_FILE
    envelope = json.loads(path.read_text())
    manifest = json.loads(envelope["manifest"])
    manifest["designs"][0]["title"] = "Replaced by a stranger"
    manifest["designs"][0]["version"] = 99
    envelope["manifest"] = json.dumps(manifest)
    del envelope["signature"]
    path.write_text(json.dumps(envelope))
    outcome = lab_b.catalog.import_path(stick)
    assert outcome.plan.trust is TrustLevel.UNSIGNED
    assert outcome.plan.changes[0].kind is ChangeKind.CONFLICT
    assert lab_b.catalog.get(design_id).summary.title != "Replaced by a stranger"


def test_bundles_never_carry_customers_photos_fits_or_measurements(services: Services, tmp_path: Path) -> None:
    """Privacy: whatever the lab holds about people stays in the lab."""
    import_boxes(services, tmp_path, 1)
    services.catalog.import_path(thing_zip(tmp_path / "ring.zip"))
    photo = services.blobs.put_bytes(b"\xff\xd8\xff photo of Abena's face")
    pd_photo = services.blobs.put_bytes(b"\xff\xd8\xff card photo for PD")
    design_id = services.catalog.search(SearchQuery())[0].id
    with unit_of_work(services.session_factory) as session:
        from catalog.blobstore import register_blob

        register_blob(session, photo, "image/jpeg")
        register_blob(session, pd_photo, "image/jpeg")
        customer = Customer(code="C-0042", name="Abena Osei-Secret", contact="+233 555 0100",
                            notes="allergic to nickel")
        session.add(customer)
        session.flush()
        session.add(CustomerPhoto(customer_id=customer.id, blob_sha256=photo.sha256))
        measurement = Measurement(customer_id=customer.id, far_pd_mm=61.5, photo_sha256=pd_photo.sha256,
                                  notes="measured twice")
        session.add(measurement)
        session.flush()
        session.add(Fit(customer_id=customer.id, measurement_id=measurement.id, design_id=design_id, design_version=1,
                        parameters={"bridge_mm": 17}))
    stick = tmp_path / "stick"
    services.catalog.export(stick)
    services.catalog.export(stick, [design_id])
    names = {p.name for p in stick.rglob("*")}
    assert photo.sha256 not in names and pd_photo.sha256 not in names
    everything = b"".join(p.read_bytes() for p in stick.rglob("*") if p.is_file())
    for secret in (b"Abena", b"C-0042", b"+233 555 0100", b"nickel", b"61.5", b"measured twice", b"face",
                   b"card photo"):
        assert secret not in everything
    manifest = json.loads(json.loads((stick / BUNDLE_DIR_NAME / MANIFEST_FILE).read_text())["manifest"])
    assert set(manifest) == {"designs", "objects", "publisher", "created_at"}


def test_export_never_silently_drops_another_labs_catalogue(services: Services, lab_b: Services,
                                                            tmp_path: Path) -> None:
    import_boxes(services, tmp_path, 2)
    stick = tmp_path / "stick"
    services.catalog.export(stick)
    import_boxes(lab_b, tmp_path, 1, start=20)
    with pytest.raises(BundleError, match="import them first"):
        lab_b.catalog.export(stick)
    assert len(read_bundle(stick).drafts) == 2
    lab_b.catalog.import_path(stick)
    _trust(lab_b, services)
    lab_b.catalog.import_path(stick)
    report = lab_b.catalog.export(stick)
    assert report.design_count == 3  # its own design and the two it now trusts travel on
    assert lab_b.catalog.export(tmp_path / "other", is_overwrite=True).design_count == 3


def test_everything_written_to_the_stick_is_fat32_safe(services: Services, tmp_path: Path) -> None:
    import re

    from catalog.safety import FAT32_MAX_FILE_BYTES, check_relative_name

    import_boxes(services, tmp_path, 2)
    services.catalog.import_path(thing_zip(tmp_path / "ring.zip"))
    stick = tmp_path / "stick"
    services.catalog.export(stick)
    for path in stick.rglob("*"):
        relative = path.relative_to(stick).as_posix()
        assert check_relative_name(relative, "stick") == relative
        assert re.fullmatch(r"[a-z0-9./-]+", relative), relative  # plain ASCII: no case or code-page surprises
        assert all(len(part) <= 255 for part in relative.split("/"))
        if path.is_file():
            assert path.stat().st_size <= FAT32_MAX_FILE_BYTES
    assert not [p for p in stick.rglob(".tmp-*")]


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_a_catalogue_on_a_stick_is_readable_by_other_accounts(services: Services, tmp_path: Path) -> None:
    import stat

    import_boxes(services, tmp_path, 2)
    stick = tmp_path / "stick"
    old_mask = os.umask(0o022)
    try:
        services.catalog.export(stick)
    finally:
        os.umask(old_mask)
    files = [p for p in (stick / BUNDLE_DIR_NAME).rglob("*") if p.is_file()]
    assert any(p.name == MANIFEST_FILE for p in files) and len(files) > 2
    assert {stat.S_IMODE(p.stat().st_mode) for p in files} == {0o644}
    # The lab's own copies stay private, as `heliofab doctor` expects.
    stored = [p for p in services.paths.root.rglob("*") if p.is_file() and "objects" in p.parts]
    assert all(stat.S_IMODE(p.stat().st_mode) & 0o077 == 0 for p in stored)


@settings(max_examples=300, deadline=None)
@given(
    stored_trust=st.sampled_from(list(TrustLevel)),
    incoming_trust=st.sampled_from([TrustLevel.TRUSTED, TrustLevel.UNKNOWN_PUBLISHER, TrustLevel.UNSIGNED,
                                    TrustLevel.LOCAL]),
    stored_fp=st.sampled_from([None, "a" * 32, "b" * 32]),
    incoming_fp=st.sampled_from([None, "a" * 32, "b" * 32]),
    stored_version=st.integers(1, 5),
    incoming_version=st.integers(1, 5),
    is_edited=st.booleans(),
    is_same_content=st.booleans(),
)
def test_replacement_rules_hold_for_every_combination(
    stored_trust: TrustLevel,
    incoming_trust: TrustLevel,
    stored_fp: str | None,
    incoming_fp: str | None,
    stored_version: int,
    incoming_version: int,
    is_edited: bool,
    is_same_content: bool,
) -> None:
    from catalog.changes import decide
    from catalog.records import DesignDraft
    from catalog.store import StoredState

    draft = DesignDraft(id="d", title="D", licence="CC0-1.0", version=incoming_version)
    state = StoredState("d", stored_trust, stored_fp, stored_version,
                        draft.content_sha256() if is_same_content else "x" * 64, is_edited)
    kind, reason, final = decide(draft, state, incoming_trust, incoming_fp)
    replaces = kind is ChangeKind.UPDATED and not is_same_content
    if is_edited:
        assert kind is not ChangeKind.UPDATED  # a local edit is never overwritten
    if stored_trust is TrustLevel.TRUSTED and incoming_trust is not TrustLevel.TRUSTED:
        assert not replaces  # unverified never replaces a trusted publisher's design
    if stored_trust is TrustLevel.TRUSTED and replaces:
        assert incoming_fp == stored_fp and incoming_version > stored_version  # only the same publisher, newer
    if stored_trust is TrustLevel.BUNDLED:
        assert not replaces
    assert final.version >= 1 and reason


def _stick_objects(stick: Path) -> set[str]:
    return {p.name for p in (stick / BUNDLE_DIR_NAME / "objects").rglob("*") if p.is_file()}


def test_a_stick_without_room_is_refused_before_copying(services: Services, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    import_boxes(services, tmp_path, 2)
    stick = tmp_path / "stick"
    services.catalog.export(stick)
    old_manifest = (stick / BUNDLE_DIR_NAME / MANIFEST_FILE).read_bytes()
    old_objects = _stick_objects(stick)
    import_boxes(services, tmp_path, 2, start=10)
    monkeypatch.setattr(stick_module.shutil, "disk_usage",
                        lambda _path: DiskUsage(8_000_000_000, 7_999_950_000, 50_000))
    with pytest.raises(BundleError, match=r"needs 1\.\d MB free for this export but has only 50\.0 kB: make room"):
        services.catalog.export(stick)
    assert (stick / BUNDLE_DIR_NAME / MANIFEST_FILE).read_bytes() == old_manifest
    assert _stick_objects(stick) == old_objects


def test_a_stick_filling_up_midway_keeps_the_old_catalogue(services: Services, lab_b: Services, tmp_path: Path) -> None:
    import_boxes(services, tmp_path, 2)
    stick = tmp_path / "stick"
    services.catalog.export(stick)
    old_manifest = (stick / BUNDLE_DIR_NAME / MANIFEST_FILE).read_bytes()
    old_objects = _stick_objects(stick)
    import_boxes(services, tmp_path, 3, start=10)
    with object_copy_failing(3, OSError(errno.ENOSPC, "No space left on device")), pytest.raises(
        BundleError, match=r"^The stick is full .*previous catalogue is still complete"
    ):
        services.catalog.export(stick)
    assert (stick / BUNDLE_DIR_NAME / MANIFEST_FILE).read_bytes() == old_manifest
    assert _stick_objects(stick) == old_objects  # what this export had copied is taken back to free the room
    assert lab_b.catalog.import_path(stick).plan.summary()["new"] == 2


def test_a_read_only_stick_gives_one_line(services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import_boxes(services, tmp_path, 1)
    services.catalog.lab_key()  # made in the data folder before the stick refuses writes

    def read_only(*args: Any, **kwargs: Any) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(bundle_module.tempfile, "mkstemp", read_only)
    with pytest.raises(BundleError, match=r"is read-only \(the stick's write-protect switch"):
        services.catalog.export(tmp_path / "stick")


def test_an_object_over_4_gb_is_refused_before_anything_is_written(services: Services, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import_boxes(services, tmp_path, 1)
    monkeypatch.setattr(stick_module, "FAT32_MAX_FILE_BYTES", 100)  # the box's mesh now counts as "over 4 GB"
    with pytest.raises(BundleError, match=r"more than the 4 GB a FAT32 stick holds in one file: leave this design out"):
        services.catalog.export(tmp_path / "stick")
    assert not (tmp_path / "stick").exists()


def test_a_manifest_held_by_an_antivirus_is_retried_then_reported(services: Services, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import_boxes(services, tmp_path, 1)
    stick = tmp_path / "stick"
    services.catalog.export(stick)
    old_manifest = (stick / BUNDLE_DIR_NAME / MANIFEST_FILE).read_bytes()
    import_boxes(services, tmp_path, 1, start=10)
    real_replace = os.replace
    failures = {"left": 3}

    def held(source: Any, target: Any) -> None:
        if str(target).endswith(MANIFEST_FILE) and failures["left"]:
            failures["left"] -= 1
            exc = PermissionError(errno.EACCES, "Access is denied")
            exc.winerror = 5  # type: ignore[attr-defined]
            raise exc
        real_replace(source, target)

    monkeypatch.setattr(atomic_files.time, "sleep", lambda _s: None)
    monkeypatch.setattr(atomic_files.os, "replace", held)
    assert services.catalog.export(stick).design_count == 2 and failures["left"] == 0

    import_boxes(services, tmp_path, 1, start=20)
    failures["left"] = 1000
    new_manifest = (stick / BUNDLE_DIR_NAME / MANIFEST_FILE).read_bytes()
    with pytest.raises(BundleError,
                       match=r"is held by another program \(often an antivirus scan\): wait a moment and try again\. "
                             r"Its previous"):
        services.catalog.export(stick)
    assert (stick / BUNDLE_DIR_NAME / MANIFEST_FILE).read_bytes() == new_manifest != old_manifest


def test_names_shown_in_capitals_are_not_taken_for_strangers(services: Services, lab_b: Services,
                                                             tmp_path: Path) -> None:
    """Some systems show a FAT stick's names in capitals; the next export must not delete those objects."""
    import_boxes(services, tmp_path, 1)
    stick = tmp_path / "stick"
    services.catalog.export(stick)
    victim = next(p for p in (stick / BUNDLE_DIR_NAME / "objects").rglob("*") if p.is_file())
    shouted = victim.with_name(victim.name.upper())
    victim.rename(shouted)
    services.catalog.export(stick)
    assert shouted.exists()


def test_temporary_files_left_by_a_pulled_stick_are_cleaned_up(services: Services, tmp_path: Path) -> None:
    import_boxes(services, tmp_path, 1)
    stick = tmp_path / "stick"
    services.catalog.export(stick)
    sub = next(p for p in (stick / BUNDLE_DIR_NAME / "objects").iterdir() if p.is_dir())
    (sub / ".tmp-abc123").write_bytes(b"half a mesh")
    import_boxes(services, tmp_path, 1, start=10)
    services.catalog.export(stick)
    assert not list(stick.rglob(".tmp-*"))
