"""Hostile and broken input: each refused with a clear message, the catalogue unchanged, nothing written outside."""

from __future__ import annotations

import json
import os
import stat
import struct
import warnings
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import trimesh
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.catalog_service import CatalogImportError
from app.services import Services, StartupOptions, build_services
from catalog import meshes
from catalog.bundle import BUNDLE_DIR_NAME, MANIFEST_FILE
from catalog.importers import ImportDefaults
from catalog.records import SearchQuery
from tests.catalog.catalog_helpers import (
    README,
    box_stl,
    services,  # noqa: F401 - the unseeded fixture
)


@pytest.fixture
def sender(tmp_path: Path) -> Iterator[Services]:
    built = build_services(StartupOptions(data_dir=tmp_path / "sender", seed_catalogue=False))
    try:
        yield built
    finally:
        built.close()


@pytest.fixture
def stick(sender: Services, tmp_path: Path) -> Path:
    for i in range(2):
        path = tmp_path / f"part{i}.stl"
        path.write_bytes(box_stl(4 + i, 5, 6))
        sender.catalog.import_path(path, defaults=ImportDefaults(licence="CC0-1.0"))
    sender.catalog.export(tmp_path / "stick")
    return tmp_path / "stick"


def _refused(services: Services, path: Path, match: str) -> None:
    before = sorted(services.blobs.iter_shas())
    with pytest.raises(CatalogImportError, match=match):
        services.catalog.import_path(path)
    assert services.catalog.count(SearchQuery()) == 0
    assert sorted(services.blobs.iter_shas()) == before


def _zip(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


# ---- zips -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "match"),
    [
        ("../../evil.stl", "climbs out"),
        ("files/../../evil.stl", "climbs out"),
        ("/etc/evil.stl", "absolute path"),
        ("C:/Windows/evil.stl", "absolute path"),
        ("files\\..\\evil.stl", "backslash"),
        ("files/CON.stl", "reserved device name"),
        ("files/aux", "reserved device name"),
        ("files/lpt1.txt", "reserved device name"),
        ("files/what?.stl", "forbid"),
        ("files/trailing. ", "dot or space"),
    ],
)
def test_zip_with_hostile_name_is_refused_whole(services: Services, tmp_path: Path, name: str, match: str) -> None:
    path = _zip(tmp_path / "thing.zip",
                {"files/good.stl": box_stl(), name: box_stl(1, 1, 1), "README.txt": README.encode()})
    _refused(services, path, match)
    assert not (tmp_path.parent / "evil.stl").exists() and not (tmp_path / "evil.stl").exists()


def test_zip_symlink_is_refused(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "link.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("files/good.stl", box_stl())
        info = zipfile.ZipInfo("files/link.stl")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(info, "/etc/passwd")
    _refused(services, path, "symbolic link")


def test_zip_bomb_is_refused_by_ratio(services: Services, tmp_path: Path) -> None:
    path = _zip(tmp_path / "bomb.zip", {"files/good.stl": box_stl(), "files/bomb.stl": bytes(30 * 1024 * 1024)})
    _refused(services, path, "zip bomb")


def test_zip_over_size_limits_is_refused(services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from catalog import safety

    path = _zip(tmp_path / "big.zip", {"files/a.stl": box_stl(), "files/b.stl": box_stl(2, 2, 2)})
    monkeypatch.setattr(safety, "MAX_ENTRY_BYTES", 100)
    _refused(services, path, "over the limit")
    monkeypatch.setattr(safety, "MAX_ENTRY_BYTES", 10_000)
    monkeypatch.setattr(safety, "MAX_TOTAL_BYTES", 1000)
    _refused(services, path, "more than")


def test_truncated_zip_is_refused(services: Services, tmp_path: Path) -> None:
    path = _zip(tmp_path / "cut.zip", {"files/a.stl": box_stl()})
    path.write_bytes(path.read_bytes()[:-40])
    _refused(services, path, "not a valid zip")


def test_zip_with_non_utf8_name_is_refused(services: Services, tmp_path: Path) -> None:
    path = _zip(tmp_path / "latin.zip", {"files/a.stl": box_stl(), "files/caf\u00e9.stl": box_stl(2, 2, 2)})
    data = bytearray(path.read_bytes())
    # Clear the "name is UTF-8" flag in every local and central header, as old Windows zippers write.
    for signature, flag_offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (start := data.find(signature, start)) != -1:
            flags = struct.unpack_from("<H", data, start + flag_offset)[0]
            struct.pack_into("<H", data, start + flag_offset, flags & ~0x800)
            start += 4
    path.write_bytes(bytes(data))
    _refused(services, path, "not UTF-8")


def test_zip_with_duplicate_names_is_refused(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "dup.zip"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("files/a.stl", box_stl())
            archive.writestr("files/A.stl", box_stl(2, 2, 2))
    _refused(services, path, "twice")


def test_folder_with_symlink_is_refused(services: Services, tmp_path: Path) -> None:
    folder = tmp_path / "parts"
    folder.mkdir()
    (folder / "a.stl").write_bytes(box_stl())
    os.symlink("/etc/passwd", folder / "b.stl")
    _refused(services, folder, "symbolic link")


# ---- meshes ---------------------------------------------------------------------------------------


def test_stl_with_nan_vertices_is_refused(services: Services, tmp_path: Path) -> None:
    data = bytearray(box_stl())
    struct.pack_into("<f", data, 84 + 12, float("nan"))
    path = tmp_path / "nan.stl"
    path.write_bytes(bytes(data))
    _refused(services, path, "NaN")


def test_stl_with_too_many_triangles_is_refused(services: Services, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "dense.stl"
    path.write_bytes(bytes(trimesh.exchange.stl.export_stl(trimesh.creation.icosphere(subdivisions=3))))
    monkeypatch.setattr(meshes, "MAX_TRIANGLES", 1000)
    _refused(services, path, "triangles")


def test_stl_claiming_millions_of_triangles_is_refused(services: Services, tmp_path: Path) -> None:
    data = bytearray(box_stl())
    struct.pack_into("<I", data, 80, 5_000_000)
    path = tmp_path / "liar.stl"
    path.write_bytes(bytes(data))
    _refused(services, path, "not a valid STL")


def test_empty_and_garbage_stl_are_refused(services: Services, tmp_path: Path) -> None:
    (tmp_path / "empty.stl").write_bytes(b"")
    _refused(services, tmp_path / "empty.stl", "not a valid STL")
    (tmp_path / "junk.stl").write_bytes(os.urandom(1000))
    _refused(services, tmp_path / "junk.stl", "not a valid STL")


def test_3mf_with_entity_expansion_is_refused(services: Services, tmp_path: Path) -> None:
    model = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><model>&lol;</model>'
    path = _zip(tmp_path / "lol.3mf", {"3D/3dmodel.model": model.encode()})
    _refused(services, path, "entity")


def test_3mf_pointing_at_missing_vertices_is_refused(services: Services, tmp_path: Path) -> None:
    model = (
        '<model xmlns="http://schemas.microsoft.com/3dmanufacturing/core/2015/02"><resources><object id="1"><mesh>'
        '<vertices><vertex x="0" y="0" z="0"/></vertices><triangles><triangle v1="0" v2="5" v3="9"/></triangles>'
        "</mesh></object></resources><build><item objectid=\"1\"/></build></model>"
    )
    _refused(services, _zip(tmp_path / "bad.3mf", {"3D/3dmodel.model": model.encode()}), "missing vertices")


# ---- bundles --------------------------------------------------------------------------------------


def _objects(stick: Path) -> list[Path]:
    return sorted(p for p in (stick / BUNDLE_DIR_NAME / "objects").rglob("*") if p.is_file())


def _rewrite_manifest(stick: Path, edit: object) -> None:
    path = stick / BUNDLE_DIR_NAME / MANIFEST_FILE
    envelope = json.loads(path.read_text())
    manifest = json.loads(envelope["manifest"])
    edit(manifest)  # type: ignore[operator]
    envelope["manifest"] = json.dumps(manifest)
    path.write_text(json.dumps(envelope))


def test_missing_object_is_refused(services: Services, stick: Path) -> None:
    _objects(stick)[0].unlink()
    _refused(services, stick, "incomplete")


def test_truncated_object_is_refused(services: Services, stick: Path) -> None:
    victim = _objects(stick)[0]
    victim.write_bytes(victim.read_bytes()[:-1])
    _refused(services, stick, "incomplete")


def test_hash_mismatch_is_refused(services: Services, stick: Path) -> None:
    victim = max(_objects(stick), key=lambda p: p.stat().st_size)
    data = bytearray(victim.read_bytes())
    data[-1] ^= 0xFF
    victim.write_bytes(bytes(data))
    _refused(services, stick, "does not match its name")


def test_tampered_manifest_fails_signature(services: Services, stick: Path) -> None:
    _rewrite_manifest(stick, lambda m: m["designs"][0].update(title="Evil"))
    _refused(services, stick, "signature")


def test_garbled_signature_is_refused(services: Services, stick: Path) -> None:
    path = stick / BUNDLE_DIR_NAME / MANIFEST_FILE
    envelope = json.loads(path.read_text())
    envelope["signature"]["value"] = "not base64 at all!"
    path.write_text(json.dumps(envelope))
    _refused(services, stick, "damaged signature")


def test_manifest_not_json_is_refused(services: Services, stick: Path) -> None:
    (stick / BUNDLE_DIR_NAME / MANIFEST_FILE).write_bytes(b"\xff\xfe not json")
    _refused(services, stick, "not valid JSON")


def test_huge_manifest_is_refused_without_reading_it(services: Services, stick: Path) -> None:
    path = stick / BUNDLE_DIR_NAME / MANIFEST_FILE
    with path.open("r+b") as fh:
        fh.truncate(100 * 1024 * 1024)  # sparse: no disk used
    _refused(services, stick, "too large")


def test_duplicate_ids_are_refused(services: Services, stick: Path) -> None:
    def duplicate(manifest: dict) -> None:  # type: ignore[type-arg]
        manifest["designs"].append(dict(manifest["designs"][0]))

    _rewrite_manifest(stick, duplicate)
    path = stick / BUNDLE_DIR_NAME / MANIFEST_FILE
    envelope = json.loads(path.read_text())
    envelope.pop("signature", None)
    path.write_text(json.dumps(envelope))
    _refused(services, stick, "twice")


@pytest.mark.parametrize(
    ("field", "value", "match"),
    [
        ("id", "../../etc", "not allowed"),
        ("id", "CON", "not allowed"),
        ("version", "1", "invalid version"),
        ("bbox_mm", [1, "x", 3], "bounding box"),
        ("title", "", "invalid title"),
    ],
)
def test_malformed_design_records_are_refused(services: Services, stick: Path, field: str, value: object,
                                              match: str) -> None:
    def edit(manifest: dict) -> None:  # type: ignore[type-arg]
        manifest["designs"][0][field] = value

    _rewrite_manifest(stick, edit)
    path = stick / BUNDLE_DIR_NAME / MANIFEST_FILE
    envelope = json.loads(path.read_text())
    envelope.pop("signature")
    path.write_text(json.dumps(envelope))
    _refused(services, stick, match)


@pytest.mark.parametrize(("filename", "match"),
                         [("../x.stl", "climbs out"), ("NUL.stl", "reserved"), ("a\x01.stl", "forbid")])
def test_hostile_file_names_in_bundle_are_refused(services: Services, stick: Path, filename: str, match: str) -> None:
    def edit(manifest: dict) -> None:  # type: ignore[type-arg]
        manifest["designs"][0]["files"][0]["filename"] = filename

    _rewrite_manifest(stick, edit)
    path = stick / BUNDLE_DIR_NAME / MANIFEST_FILE
    envelope = json.loads(path.read_text())
    envelope.pop("signature")
    path.write_text(json.dumps(envelope))
    _refused(services, stick, match)


def test_symlinked_object_is_refused(services: Services, stick: Path, tmp_path: Path) -> None:
    victim = _objects(stick)[0]
    secret = tmp_path / "secret"
    secret.write_bytes(b"x" * victim.stat().st_size)
    victim.unlink()
    os.symlink(secret, victim)
    _refused(services, stick, "link")


def test_stick_removed_mid_import_leaves_catalogue_unchanged(
    services: Services, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from catalog import bundle as bundle_module

    real = bundle_module._stage_object
    calls = {"n": 0}

    def pulled(source: Path, staging: Path, sha: str, size: int) -> Path:
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError(5, "Input/output error")
        return real(source, staging, sha, size)

    monkeypatch.setattr(bundle_module, "_stage_object", pulled)
    _refused(services, stick, "was it removed")
    assert not any((services.paths.objects_dir / "incoming").iterdir())
    monkeypatch.setattr(bundle_module, "_stage_object", real)
    assert services.catalog.import_path(stick).plan.summary()["new"] == 2


def test_refusal_is_recorded_in_sync_history(services: Services, stick: Path) -> None:
    _objects(stick)[0].unlink()
    with pytest.raises(CatalogImportError):
        services.catalog.import_path(stick)
    from db.models import SyncRecord

    with services.session_factory() as session:
        record = session.query(SyncRecord).one()
        assert record.status == "refused" and "incomplete" in record.summary["reason"]


def test_nothing_is_written_outside_the_data_dir(services: Services, tmp_path: Path) -> None:
    path = _zip(tmp_path / "slip.zip", {"files/a.stl": box_stl(), "../../../slip.stl": box_stl()})

    def outside() -> set[Path]:
        root = services.paths.root
        return {p for p in tmp_path.parent.rglob("*") if p != root and root not in p.parents}

    before = outside()
    with pytest.raises(CatalogImportError):
        services.catalog.import_path(path)
    assert outside() == before


def test_deeply_nested_manifest_is_refused(services: Services, stick: Path) -> None:
    (stick / BUNDLE_DIR_NAME / MANIFEST_FILE).write_text("[" * 200_000 + "]" * 200_000)
    _refused(services, stick, "not valid JSON")


def test_folder_with_undecodable_name_is_refused(services: Services, tmp_path: Path) -> None:
    folder = tmp_path / "parts"
    folder.mkdir()
    (folder / "a.stl").write_bytes(box_stl())
    try:
        undecodable = Path(os.fsencode(folder).decode("utf-8", "surrogateescape")) / os.fsdecode(b"caf\xe9.stl")
        undecodable.write_bytes(box_stl())
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system refuses non-UTF-8 names")
    _refused(services, folder, "not UTF-8")


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=1, max_size=30, alphabet=st.characters(blacklist_categories=("Cs",))))
def test_any_accepted_name_stays_inside_its_folder(name: str) -> None:
    from catalog.safety import ArchiveError, check_relative_name

    try:
        clean = check_relative_name(name, "test")
    except ArchiveError:
        return
    assert os.path.normpath(os.path.join("/root-of-import", clean)).startswith("/root-of-import/")
    assert not any(part.split(".")[0].upper() in {"CON", "PRN", "AUX", "NUL"} for part in clean.split("/"))


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    field=st.sampled_from(["id", "title", "licence", "version", "tags", "files", "thumbnail", "bbox_mm", "manifest",
                           "is_parametric", "attribution"]),
    value=_JSON,
)
def test_any_malformed_design_field_is_refused_or_imported_cleanly(
    services: Services, stick: Path, field: str, value: object
) -> None:
    path = stick / BUNDLE_DIR_NAME / MANIFEST_FILE
    original = path.read_bytes()
    try:
        envelope = json.loads(original)
        manifest = json.loads(envelope["manifest"])
        manifest["designs"][0][field] = value
        envelope["manifest"] = json.dumps(manifest)
        envelope.pop("signature")
        path.write_text(json.dumps(envelope))
        try:
            services.catalog.import_path(stick, is_dry_run=True)
        except CatalogImportError as exc:
            assert str(exc).endswith((".", "?", "!")) and "\n" not in str(exc)
    finally:
        path.write_bytes(original)
