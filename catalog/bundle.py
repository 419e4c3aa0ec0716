"""USB catalogue bundles: a signed manifest plus content-addressed objects, refreshed incrementally.

Layout on the stick (FAT32-safe: short ASCII names, no file near 4 GiB):

    heliofab-catalog/
        catalog.json         signed manifest; replaced atomically, last
        objects/ab/abcdef…   one file per SHA-256, rewritten only when found damaged
        .export-pending.json objects an export is writing (only while it runs, or after it was stopped)

A stick pulled at any moment keeps the old catalog.json (pointing at objects that are all still
there, because nothing is deleted until the new manifest is in place) or the new one. The stick is
not ours: an export writes only into a catalogue folder it made or recognises, never through a
link, and deletes only files that the records it replaces name by name and size.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import math
import os
import random
import stat
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from catalog.blobstore import (
    CHUNK_BYTES,
    INCOMING_PREFIX,
    BlobCorruptError,
    BlobStore,
    is_sha256,
)
from catalog.foreign_ground import (
    LinkRefusedError,
    check_real_folder,
    is_link,
    lstat_or_none,
    make_real_folder,
    make_real_folders,
    read_file_nofollow,
    remove_regular_file,
    writer_tag,
)
from catalog.records import DesignDraft, FileSpec, TrustLevel
from catalog.safety import FAT32_MAX_FILE_BYTES, ArchiveError, check_relative_name
from catalog.scad.bundled_renders import RenderEntryError, parse_renders, renders_json
from catalog.scad.render_cache import CachedRender
from catalog.signing import LabKey, fingerprint_of, verify
from catalog.stick import (
    as_full_when_writing,
    explain_write_error,
    format_bytes,
    is_full,
    space_shortage,
    too_big_for_fat32,
)
from catalog.store import DESIGN_ID_RE, InvalidDesignError, validate_draft
from catalog.text_clean import clean_block, clean_line
from db.atomic_files import atomic_write_bytes, give_new_file_mode, replace_with_retry
from db.errors import is_disk_full
from i18n import _

BUNDLE_DIR_NAME = "heliofab-catalog"
MANIFEST_FILE = "catalog.json"
OBJECTS_DIR = "objects"
FORMAT = "heliofab-catalog"
FORMAT_VERSION = 1
MAX_MANIFEST_BYTES = 64 * 1024 * 1024
# Written before objects are copied and removed once the manifest is in place: the objects an
# interrupted export wrote, by name and size, so the next export may delete them.
PENDING_FILE = ".export-pending.json"
PENDING_FORMAT = "heliofab-catalog-pending"
TEMP_PREFIX = ".tmp-"
# What a re-export re-reads to find damaged objects (see _damaged_objects).
VERIFY_BUDGET_BYTES = 256 * 1024 * 1024
MAX_DESIGNS = 100_000
MAX_FILES_PER_DESIGN = 500
MAX_TEXT_CHARS = 20_000
# A design's own settings (parameter declarations, parts): a frame style takes about 12 KB.
MAX_DESIGN_MANIFEST_BYTES = 256 * 1024
# The signed envelope around the manifest (format, signature, indentation) is a few hundred bytes.
MANIFEST_ENVELOPE_BYTES = 4096

ProgressFn = Callable[[float, str], None]
CancelFn = Callable[[], bool]


class BundleError(Exception):
    """A bundle that can't be written or read; the catalogue (and the stick's old catalogue) is unchanged."""


class ForeignCatalogueError(BundleError):
    """The stick holds another lab's catalogue with designs this lab never imported."""


class OperationCancelledError(BundleError):
    """The operator cancelled; nothing half-done was kept."""


def bundle_root(path: Path) -> Path:
    """The catalogue folder for a stick root, a parent folder, or the catalogue folder itself."""
    if (path / MANIFEST_FILE).is_file() or path.name.lower() == BUNDLE_DIR_NAME:
        return path
    return path / BUNDLE_DIR_NAME


def is_bundle(path: Path) -> bool:
    return path.is_dir() and (bundle_root(path) / MANIFEST_FILE).is_file()


def object_path(root: Path, sha256: str) -> Path:
    return root / OBJECTS_DIR / sha256[:2] / sha256


def _canonical(data: Any) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def _draft_json(draft: DesignDraft) -> dict[str, Any]:
    data = draft.content_json()
    data["version"] = draft.version
    return data


# ---- export ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportReport:
    root: Path
    design_count: int
    objects_copied: int
    objects_skipped: int
    bytes_copied: int
    objects_removed: int
    is_manifest_rewritten: bool
    # Of objects_copied: copies on the stick whose bytes no longer matched their name, written again.
    objects_repaired: int = 0

    @property
    def is_unchanged(self) -> bool:
        return not (self.objects_copied or self.objects_removed or self.is_manifest_rewritten)

    def to_json(self) -> dict[str, Any]:
        return {
            "root": str(self.root),
            "designs": self.design_count,
            "objects_copied": self.objects_copied,
            "objects_skipped": self.objects_skipped,
            "bytes_copied": self.bytes_copied,
            "objects_removed": self.objects_removed,
            "manifest_rewritten": self.is_manifest_rewritten,
            "objects_repaired": self.objects_repaired,
        }


def export_bundle(
    drafts: list[DesignDraft],
    blobs: BlobStore,
    key: LabKey,
    publisher_name: str,
    dest: Path,
    *,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
    renders: Iterable[CachedRender] = (),
) -> ExportReport:
    """`renders` are OpenSCAD renders of these designs, carried so a lab without OpenSCAD can print them.

    The stick is foreign ground: the catalogue folder must be one this export creates or recognises
    (a signed manifest, or the marker of an export that was interrupted), no folder on the way may be
    a link, and the only files deleted are those the replaced manifest (or the marker) lists, by name
    and size.
    """
    objects: dict[str, int] = {}
    render_list = list(renders)
    for render in render_list:
        objects[render.mesh_sha256] = blobs.path_for(render.mesh_sha256).stat().st_size
    for draft in drafts:
        for spec in (*draft.files, *((draft.thumbnail,) if draft.thumbnail else ())):
            if too_big_for_fat32(spec.size_bytes):
                raise BundleError(
                    _("{id}: {filename} is {value}, more than the 4 GB a FAT32 stick holds in one file: "
                      "leave this design out of the export; nothing was written.").format(
                            id=draft.id, filename=spec.filename, value=format_bytes(spec.size_bytes))
                )
            objects[spec.sha256] = spec.size_bytes
    manifest = {
        "designs": sorted((_draft_json(d) for d in drafts), key=lambda d: d["id"]),
        "objects": dict(sorted(objects.items())),
        "publisher": {"name": publisher_name, "fingerprint": key.fingerprint},
    }
    if render_list:  # only then: a catalogue without renders keeps the manifest older Heliofabs wrote
        manifest["renders"] = renders_json(render_list)
    copied: list[Path] = []
    root = export_root(dest)
    try:
        proven = _recognise(root)
        missing = _missing_objects(objects, root)
        damaged = _damaged_objects(objects, root, {sha for sha, _ in missing}, is_cancelled)
        missing += damaged
        # The new manifest is written beside the old one before replacing it; escaped inside its signed
        # envelope it takes up to twice the manifest's own length.
        shortage = space_shortage(root, [size for _, size in missing],
                                  2 * len(_canonical(manifest)) + MANIFEST_ENVELOPE_BYTES)
        if shortage is not None:
            raise BundleError(
                _("The stick at {dest} needs {value} free for this export but has only {value2}: make room "
                  "on it or use a bigger stick; its previous catalogue is untouched.").format(
                        dest=dest, value=format_bytes(shortage.needed_bytes), value2=format_bytes(shortage.free_bytes))
            )
        if not root.parent.is_dir():
            root.parent.mkdir(parents=True, exist_ok=True)
        make_real_folders(root.parent, (root.name, OBJECTS_DIR))
        # Named before they are written: an export killed midway leaves objects the next one can prove are its own.
        pending = {**proven.pending, **dict(missing)}
        if missing or proven.pending:
            atomic_write_bytes(root / PENDING_FILE, _pending_json(pending), is_private=False)
        copied_bytes = _copy_objects(missing, blobs, root, copied, progress, is_cancelled)
        if copied:
            _flush(())  # every new object (and its directory entry) is on the stick before the manifest names it
        rewritten = not _manifest_matches(root, manifest, key)
        if rewritten:
            manifest["created_at"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
            manifest_bytes = _canonical(manifest)
            envelope = {
                "format": FORMAT,
                "format_version": FORMAT_VERSION,
                "manifest": manifest_bytes.decode("utf-8"),
                "signature": {
                    "algorithm": "ed25519",
                    "public_key": key.public_key_b64,
                    "value": base64.b64encode(key.sign(manifest_bytes)).decode("ascii"),
                },
            }
            # The commit point: until this rename, the stick still holds the old complete catalogue.
            atomic_write_bytes(root / MANIFEST_FILE, json.dumps(envelope, indent=1).encode("utf-8"), is_private=False)
        removed = _remove_unreferenced(root, set(objects), {**proven.listed, **pending})
        if lstat_or_none(root / PENDING_FILE) is not None:
            remove_regular_file(root / PENDING_FILE)
    except LinkRefusedError as exc:
        raise BundleError(_("{message} Nothing was written there.").format(message=exc.message)) from exc
    except OSError as exc:
        if is_full(exc):
            # Objects of this export that no manifest names yet only take room the operator now needs.
            for path in copied:
                path.unlink(missing_ok=True)
        raise BundleError(explain_write_error(exc, root, "its previous catalogue is still complete")) from exc
    if progress is not None:
        progress(1.0, "done")
    return ExportReport(root, len(drafts), len(copied), len(objects) - len(missing), copied_bytes, removed, rewritten,
                        len(damaged))


def export_root(dest: Path) -> Path:
    """Where an export writes: `dest` when it is a catalogue folder, else `dest/heliofab-catalog`."""
    if dest.name.lower() == BUNDLE_DIR_NAME or lstat_or_none(dest / MANIFEST_FILE) is not None:
        return dest
    return dest / BUNDLE_DIR_NAME


@dataclass(frozen=True)
class _Proven:
    """Objects the catalogue folder's own records name (sha → size): the only files an export may delete."""

    listed: dict[str, int]
    pending: dict[str, int]


def _recognise(root: Path) -> _Proven:
    """Check the catalogue folder is ours to write into, and what it can prove it holds."""
    if not check_real_folder(root):
        return _Proven({}, {})
    check_real_folder(root / OBJECTS_DIR)
    pending = _read_pending(root)
    manifest_st = lstat_or_none(root / MANIFEST_FILE)
    if manifest_st is not None:
        listed = _signed_objects(root)
        if listed is not None:
            return _Proven(listed, pending or {})
        if _is_damaged_own_manifest(root):
            return _Proven({}, pending or {})  # written over, but nothing it names is deleted
    elif pending is not None or not _has_entries(root):
        return _Proven({}, pending or {})
    raise BundleError(
        _("{root} holds files that are not a Heliofab catalogue (no valid signed {MANIFEST_FILE}): Heliofab"
          " will not write over them; choose the stick itself or an empty folder. Nothing was written.").format(
                root=root, MANIFEST_FILE=MANIFEST_FILE)
    )


def _has_entries(folder: Path) -> bool:
    with os.scandir(folder) as entries:
        return any(True for _ in entries)


def _signed_objects(root: Path) -> dict[str, int] | None:
    """The object list of a manifest whose signature checks out; None for anything else."""
    try:
        envelope = json.loads(read_file_nofollow(root / MANIFEST_FILE, MAX_MANIFEST_BYTES).decode("utf-8"))
        if not isinstance(envelope, dict) or envelope.get("format") != FORMAT:
            return None
        manifest_text = envelope["manifest"]
        is_signed, _fingerprint, _key = _check_signature(envelope.get("signature"), manifest_text.encode("utf-8"), root)
        if not is_signed:
            return None
        return _parse_objects(json.loads(manifest_text).get("objects"))
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError, BundleError):
        return None


def _is_damaged_own_manifest(root: Path) -> bool:
    """A manifest that says it is a Heliofab catalogue but whose signature no longer checks out."""
    try:
        envelope = json.loads(read_file_nofollow(root / MANIFEST_FILE, MAX_MANIFEST_BYTES).decode("utf-8"))
    except (OSError, ValueError, RecursionError):
        return False
    return isinstance(envelope, dict) and envelope.get("format") == FORMAT


def _read_pending(root: Path) -> dict[str, int] | None:
    if lstat_or_none(root / PENDING_FILE) is None:
        return None
    try:
        data = json.loads(read_file_nofollow(root / PENDING_FILE, MAX_MANIFEST_BYTES).decode("utf-8"))
        if not isinstance(data, dict) or data.get("format") != PENDING_FORMAT:
            return None
        return _parse_objects(data.get("objects"))
    except (OSError, ValueError, RecursionError, BundleError):
        return None


def _pending_json(objects: dict[str, int]) -> bytes:
    return json.dumps({"format": PENDING_FORMAT, "objects": dict(sorted(objects.items()))}).encode("utf-8")


def _missing_objects(objects: dict[str, int], root: Path) -> list[tuple[str, int]]:
    # Timestamps are never compared: FAT keeps them to 2 s and other tools rewrite them.
    missing: list[tuple[str, int]] = []
    for sha, size in objects.items():
        st = lstat_or_none(object_path(root, sha))
        if st is None or is_link(st) or not _is_regular(st.st_mode) or st.st_size != size:
            missing.append((sha, size))
    return missing


def _damaged_objects(
    objects: dict[str, int], root: Path, missing: set[str], is_cancelled: CancelFn | None
) -> list[tuple[str, int]]:
    """Objects of the right size whose bytes no longer hash to their name (a flipped bit, a bad block).

    The name is the hash, so the manifest's object list is the hash list. Re-reading everything would
    make re-exporting a big catalogue slow on a USB 2 stick (20–30 MB/s), so up to VERIFY_BUDGET_BYTES
    are hashed per export: a catalogue of frames (a few MB each) fits whole and is checked entirely
    every time; a bigger one is checked in a random sample, so repeated exports cover all of it.
    """
    present = [(sha, size) for sha, size in objects.items() if sha not in missing]
    total = sum(size for _, size in present)
    if total > VERIFY_BUDGET_BYTES:
        random.shuffle(present)
    damaged: list[tuple[str, int]] = []
    spent = 0
    for sha, size in present:
        if spent >= VERIFY_BUDGET_BYTES:
            break
        if is_cancelled is not None and is_cancelled():
            raise OperationCancelledError(_("Export cancelled: the stick keeps its previous complete "
                                            "catalogue."))
        spent += size
        if _hash_of(object_path(root, sha)) != sha:
            damaged.append((sha, size))
    return damaged


def _hash_of(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(CHUNK_BYTES), b""):
                digest.update(chunk)
    except OSError:
        return ""
    return digest.hexdigest()


def _copy_objects(
    missing: list[tuple[str, int]],
    blobs: BlobStore,
    root: Path,
    copied: list[Path],
    progress: ProgressFn | None,
    is_cancelled: CancelFn | None,
) -> int:
    """Copy each missing object, appending its path to `copied` once it is complete on the stick."""
    total_bytes = sum(size for _, size in missing) or 1
    done_bytes = 0
    made_dirs: set[Path] = set()
    for index, (sha, size) in enumerate(missing):
        if is_cancelled is not None and is_cancelled():
            raise OperationCancelledError(_("Export cancelled: the stick keeps its previous complete "
                                            "catalogue."))
        target = object_path(root, sha)
        if target.parent not in made_dirs:
            make_real_folder(target.parent)
            made_dirs.add(target.parent)
        _copy_object(blobs, sha, target, is_cancelled)
        copied.append(target)
        done_bytes += size
        if progress is not None:
            progress(done_bytes / total_bytes, f"copied {index + 1} of {len(missing)} files")
    return sum(size for _, size in missing)


def _is_regular(mode: int) -> bool:
    return stat.S_ISREG(mode)


def _copy_object(blobs: BlobStore, sha: str, target: Path, is_cancelled: CancelFn | None) -> None:
    source = blobs.path_for(sha)
    digest = hashlib.sha256()
    fd, tmp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=target.parent)
    try:
        with source.open("rb") as src, os.fdopen(fd, "wb") as out:
            for chunk in iter(lambda: src.read(CHUNK_BYTES), b""):
                digest.update(chunk)
                try:
                    out.write(chunk)
                except OSError as exc:
                    raise as_full_when_writing(exc) from exc
                if is_cancelled is not None and is_cancelled():
                    raise OperationCancelledError(_("Export cancelled: the stick keeps its previous "
                                                    "complete catalogue."))
            try:
                out.flush()
                if not hasattr(os, "sync"):  # elsewhere one sync covers the whole export (see export_bundle)
                    os.fsync(out.fileno())
            except OSError as exc:
                raise as_full_when_writing(exc) from exc
        if digest.hexdigest() != sha:
            raise BlobCorruptError(_("object {value}… is corrupt in this lab's store: restore it from a "
                                     "backup").format(
                    value=sha[:12]))
        give_new_file_mode(tmp_name)  # the catalogue is public: another lab's account must read it
        replace_with_retry(tmp_name, target)
    except FileNotFoundError as exc:
        Path(tmp_name).unlink(missing_ok=True)
        if not source.exists():
            raise BundleError(_("The file {value}… is missing from this lab's store: restore it from a "
                                "backup.").format(
                    value=sha[:12])) from exc
        raise
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def _manifest_matches(root: Path, manifest: dict[str, Any], key: LabKey) -> bool:
    try:
        envelope = json.loads(read_file_nofollow(root / MANIFEST_FILE, MAX_MANIFEST_BYTES))
        old = json.loads(envelope["manifest"])
        if envelope["signature"]["public_key"] != key.public_key_b64:
            return False
        return bool(old.get("designs") == manifest["designs"] and old.get("objects") == manifest["objects"]
                    and old.get("publisher") == manifest["publisher"] and old.get("renders") == manifest.get("renders"))
    except (OSError, ValueError, KeyError, TypeError):
        return False


def _remove_unreferenced(root: Path, keep: set[str], proven: dict[str, int]) -> int:
    """Delete the objects the new manifest no longer names, when the replaced records prove they are
    ours (same name, same size), and the temporary files an interrupted copy of ours left behind."""
    objects_dir = root / OBJECTS_DIR
    removed = 0
    with os.scandir(root) as listing:
        # The manifest's and the pending list's own temporary files, left by a stick pulled while writing them.
        temps = [Path(item.path) for item in listing if item.name.startswith(TEMP_PREFIX)]
    removed += sum(remove_regular_file(path) for path in temps)
    if not check_real_folder(objects_dir):
        return removed
    with os.scandir(objects_dir) as listing:
        subs = [sub for sub in listing
                if len(sub.name) == 2 and not sub.is_symlink() and sub.is_dir(follow_symlinks=False)]
    for sub in subs:
        with os.scandir(sub.path) as listing:
            items = list(listing)
        for item in items:
            # FAT and exFAT ignore case, and some systems show their names in capitals: "ABCD…" is "abcd…".
            name = item.name.lower()
            if name.startswith(TEMP_PREFIX):
                removed += remove_regular_file(Path(item.path))
            elif name not in keep and name in proven and name[:2] == sub.name.lower():
                removed += remove_regular_file(Path(item.path), proven[name])
    return removed


# ---- reading --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BundleContents:
    root: Path
    drafts: list[DesignDraft]
    objects: dict[str, int]
    is_signed: bool
    publisher_name: str
    fingerprint: str | None
    public_key_b64: str | None
    created_at: str
    renders: tuple[CachedRender, ...] = ()


def read_bundle(path: Path) -> BundleContents:
    """Parse and verify a bundle's manifest and check every object is on the stick; reads no object."""
    root = bundle_root(path)
    manifest_path = root / MANIFEST_FILE
    try:
        st = os.lstat(manifest_path)
    except FileNotFoundError as exc:
        raise BundleError(_("No catalogue found at {path} (no {MANIFEST_FILE}): choose the stick's "
                            "heliofab-catalog folder.").format(
                path=path, MANIFEST_FILE=MANIFEST_FILE)) from exc
    except OSError as exc:
        raise BundleError(_("Cannot read {manifest_path} ({strerror}): check the stick.").format(
                manifest_path=manifest_path, strerror=exc.strerror)) from exc
    if not _is_regular(st.st_mode):
        raise BundleError(_("{manifest_path} is not a regular file (a link?): refused.").format(
                manifest_path=manifest_path))
    if st.st_size > MAX_MANIFEST_BYTES:
        raise BundleError(_("{manifest_path} is {value} MB, too large to be a catalogue: refused.").format(
                manifest_path=manifest_path, value=st.st_size >> 20))
    try:
        raw = manifest_path.read_bytes()
    except OSError as exc:
        raise BundleError(_("Reading {manifest_path} failed ({strerror}): was the stick removed?").format(
                manifest_path=manifest_path, strerror=exc.strerror)) from exc
    try:
        envelope = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise BundleError(_("{manifest_path} is not valid JSON (damaged or not a catalogue): export it "
                            "again.").format(
                manifest_path=manifest_path)) from exc
    if not isinstance(envelope, dict) or envelope.get("format") != FORMAT:
        raise BundleError(_("{manifest_path} is not a Heliofab catalogue: refused.").format(
                manifest_path=manifest_path))
    if envelope.get("format_version") != FORMAT_VERSION:
        raise BundleError(_("{manifest_path} was written by a different Heliofab (format {value!r}): update"
                            " Heliofab.").format(
                manifest_path=manifest_path, value=envelope.get('format_version')))
    manifest_text = envelope.get("manifest")
    if not isinstance(manifest_text, str):
        raise BundleError(_("{manifest_path} has no manifest: refused.").format(manifest_path=manifest_path))
    manifest_bytes = manifest_text.encode("utf-8")
    is_signed, fingerprint, public_key_b64 = _check_signature(envelope.get("signature"), manifest_bytes, manifest_path)
    try:
        manifest = json.loads(manifest_text)
    except (ValueError, RecursionError) as exc:
        raise BundleError(_("The manifest in {manifest_path} is not valid JSON: refused.").format(
                manifest_path=manifest_path)) from exc
    if not isinstance(manifest, dict):
        raise BundleError(_("The manifest in {manifest_path} is malformed: refused.").format(
                manifest_path=manifest_path))
    objects = _parse_objects(manifest.get("objects"))
    designs_json = manifest.get("designs")
    if not isinstance(designs_json, list) or len(designs_json) > MAX_DESIGNS:
        raise BundleError(_("The manifest in {manifest_path} has no valid design list: refused.").format(
                manifest_path=manifest_path))
    drafts = [_parse_design(item, objects) for item in designs_json]
    ids = [d.id for d in drafts]
    if len(set(ids)) != len(ids):
        duplicate = next(i for i in ids if ids.count(i) > 1)
        raise BundleError(_("The catalogue lists the design {duplicate!r} twice: refused.").format(
                duplicate=duplicate))
    try:
        renders = parse_renders(manifest.get("renders"), objects)
    except RenderEntryError as exc:
        raise BundleError(str(exc)) from exc
    _check_objects_present(root, objects)
    listed_publisher = manifest.get("publisher")
    publisher = listed_publisher if isinstance(listed_publisher, dict) else {}
    return BundleContents(
        root=root,
        drafts=drafts,
        objects=objects,
        is_signed=is_signed,
        publisher_name=str(publisher.get("name", ""))[:200],
        fingerprint=fingerprint,
        public_key_b64=public_key_b64,
        created_at=str(manifest.get("created_at", ""))[:40],
        renders=renders,
    )


def _check_signature(signature: Any, manifest_bytes: bytes, where: Path) -> tuple[bool, str | None, str | None]:
    if signature is None:
        return False, None, None
    if not isinstance(signature, dict) or signature.get("algorithm") != "ed25519":
        raise BundleError(_("{where} has a signature Heliofab can't check: refused.").format(where=where))
    try:
        public_raw = base64.b64decode(str(signature.get("public_key", "")), validate=True)
        value = base64.b64decode(str(signature.get("value", "")), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise BundleError(_("{where} has a damaged signature: refused.").format(where=where)) from exc
    if len(public_raw) != 32 or not verify(public_raw, value, manifest_bytes):
        raise BundleError(
            _("The signature on {where} does not match its contents (altered or damaged): refused; ask the "
              "sender to export again.").format(
                    where=where)
        )
    return True, fingerprint_of(public_raw), base64.b64encode(public_raw).decode("ascii")


def _parse_objects(value: Any) -> dict[str, int]:
    if not isinstance(value, dict):
        raise BundleError(_("The manifest has no object list: refused."))
    objects: dict[str, int] = {}
    for sha, size in value.items():
        if not isinstance(sha, str) or not is_sha256(sha):
            raise BundleError(_("The manifest names an object with a malformed hash: refused."))
        if not isinstance(size, int) or isinstance(size, bool) or not 0 <= size <= FAT32_MAX_FILE_BYTES:
            raise BundleError(_("The manifest gives object {value}… an impossible size: refused.").format(
                    value=sha[:12]))
        objects[sha] = size
    return objects


def _text(
    item: dict[str, Any], key: str, *, limit: int = MAX_TEXT_CHARS, required: bool = False, is_block: bool = False
) -> str:
    value = item.get(key, "")
    if not isinstance(value, str) or len(value) > limit or (required and not value.strip()):
        raise BundleError(_("A design in the manifest has an invalid {key}: refused.").format(key=key))
    # A catalogue from another lab is text to show, never controls for a terminal or the window.
    cleaned = clean_block(value) if is_block else clean_line(value)
    if required and not cleaned:
        raise BundleError(_("A design in the manifest has an invalid {key}: refused.").format(key=key))
    return cleaned


def _parse_file(value: Any, objects: dict[str, int], design_id: str) -> FileSpec:
    if not isinstance(value, dict):
        raise BundleError(_("The design {design_id} has a malformed file entry: refused.").format(
                design_id=design_id))
    sha = value.get("sha256")
    if not isinstance(sha, str) or sha not in objects:
        raise BundleError(_("The design {design_id} refers to a file not listed in the catalogue: refused.").format(
                design_id=design_id))
    size = value.get("size_bytes")
    if size != objects[sha]:
        raise BundleError(_("The design {design_id} gives a file a size that does not match the catalogue: "
                            "refused.").format(
                design_id=design_id))
    filename = value.get("filename", "thumbnail")
    if not isinstance(filename, str):
        raise BundleError(_("The design {design_id} has a file without a name: refused.").format(
                design_id=design_id))
    try:
        check_relative_name(filename, f"The design {design_id}")
    except ArchiveError as exc:
        raise BundleError(str(exc)) from exc
    return FileSpec(
        role=_text(value, "role", limit=30) if "role" in value else "thumbnail",
        filename=filename,
        sha256=sha,
        size_bytes=int(size),
        media_type=_text(value, "media_type", limit=100),
    )


def _parse_design(item: Any, objects: dict[str, int]) -> DesignDraft:
    if not isinstance(item, dict):
        raise BundleError(_("The manifest has a design that is not a record: refused."))
    design_id = _text(item, "id", limit=120, required=True)
    if not DESIGN_ID_RE.match(design_id):
        raise BundleError(_("The manifest has a design id that is not allowed ({value!r}): refused.").format(
                value=design_id[:60]))
    version = item.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version <= 1_000_000_000:
        raise BundleError(_("The design {design_id} has an invalid version: refused.").format(
                design_id=design_id))
    tags = item.get("tags", [])
    if not isinstance(tags, list) or len(tags) > 40 or not all(isinstance(t, str) and len(t) <= 60 for t in tags):
        raise BundleError(_("The design {design_id} has invalid tags: refused.").format(design_id=design_id))
    files_json = item.get("files", [])
    if not isinstance(files_json, list) or len(files_json) > MAX_FILES_PER_DESIGN:
        raise BundleError(_("The design {design_id} has an invalid file list: refused.").format(
                design_id=design_id))
    files = tuple(_parse_file(f, objects, design_id) for f in files_json)
    thumbnail_json = item.get("thumbnail")
    thumbnail = _parse_file(thumbnail_json, objects, design_id) if thumbnail_json is not None else None
    bbox_json = item.get("bbox_mm")
    bbox = None
    if bbox_json is not None:
        if (
            not isinstance(bbox_json, list)
            or len(bbox_json) != 3
            or not all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) and 0 <= v < 1e6
                       for v in bbox_json)
        ):
            raise BundleError(_("The design {design_id} has an invalid bounding box: refused.").format(
                    design_id=design_id))
        bbox = (float(bbox_json[0]), float(bbox_json[1]), float(bbox_json[2]))
    manifest = item.get("manifest", {})
    if not isinstance(manifest, dict):
        raise BundleError(_("The design {design_id} has an invalid manifest: refused.").format(
                design_id=design_id))
    manifest_bytes = len(_canonical(manifest))
    if manifest_bytes > MAX_DESIGN_MANIFEST_BYTES:
        raise BundleError(
            _("The design {design_id} carries {value} KB of settings, more than the {value2} KB a design "
              "may: refused.").format(
                    design_id=design_id, value=manifest_bytes >> 10, value2=MAX_DESIGN_MANIFEST_BYTES >> 10)
        )
    is_parametric = item.get("is_parametric", False)
    if not isinstance(is_parametric, bool):
        raise BundleError(_("The design {design_id} has an invalid parametric flag: refused.").format(
                design_id=design_id))
    draft = DesignDraft(
        id=design_id,
        title=_text(item, "title", limit=200, required=True),
        licence=_text(item, "licence", limit=60, required=True),
        version=version,
        description=_text(item, "description", is_block=True),
        category=_text(item, "category", limit=60) or "other",
        tags=tuple(tags),
        author=_text(item, "author", limit=200),
        attribution=_text(item, "attribution", is_block=True),
        source=_text(item, "source"),
        is_parametric=is_parametric,
        manifest=manifest,
        files=files,
        thumbnail=thumbnail,
        bbox_mm=bbox,
    )
    try:
        validate_draft(draft)
    except InvalidDesignError as exc:
        raise BundleError(f"{exc} Refused.") from exc
    return draft


def _check_objects_present(root: Path, objects: dict[str, int]) -> None:
    missing = 0
    truncated = 0
    for sha, size in objects.items():
        try:
            st = os.lstat(object_path(root, sha))
        except FileNotFoundError:
            missing += 1
            continue
        except OSError as exc:
            raise BundleError(_("Reading the stick failed ({strerror}): was it removed? Plug it in and try "
                                "again.").format(
                    strerror=exc.strerror)) from exc
        if not _is_regular(st.st_mode):
            raise BundleError(_("The catalogue on the stick holds a link or device in place of object "
                                "{value}…: refused.").format(
                    value=sha[:12]))
        if st.st_size != size:
            truncated += 1
    if missing or truncated:
        raise BundleError(
            _("The catalogue on the stick is incomplete ({missing} files missing, {truncated} truncated), "
              "perhaps the stick was pulled out during an export: export it again from the lab that made "
              "it.").format(
                    missing=missing, truncated=truncated)
        )


# ---- copying in -----------------------------------------------------------------------------------


@dataclass
class IncomingObjects:
    """Objects copied from the stick into the store during one import, so a refusal can take them back."""

    new_shas: list[str] = field(default_factory=list)
    bytes_copied: int = 0

    def discard(self, blobs: BlobStore) -> None:
        for sha in self.new_shas:
            blobs.delete(sha)
        self.new_shas.clear()


def copy_objects_in(
    contents: BundleContents,
    shas: set[str],
    blobs: BlobStore,
    *,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
) -> IncomingObjects:
    """Copy what the store lacks, hashing while copying (one read of the stick); all or nothing.

    Objects are staged under temporary names and flushed to disk together (one sync instead of one per
    file, which would make small objects cost more than reading them), then renamed into the store.
    """
    incoming = IncomingObjects()
    wanted = sorted(sha for sha in shas if not blobs.has(sha))
    total = sum(contents.objects[sha] for sha in wanted) or 1
    staging = blobs.objects_dir / "incoming"
    staging.mkdir(parents=True, exist_ok=True)
    blobs.remove_stale_incoming()  # what an import killed earlier left
    staged: list[tuple[Path, str]] = []
    copied = 0
    try:
        for index, sha in enumerate(wanted):
            if is_cancelled is not None and is_cancelled():
                raise OperationCancelledError(_("Import cancelled: the catalogue is unchanged."))
            try:
                staged.append((_stage_object(object_path(contents.root, sha), staging, sha, contents.objects[sha]),
                               sha))
            except OSError as exc:
                if is_disk_full(exc):  # the copy is written to this laptop's disk: the stick is not to blame
                    raise BundleError(
                        _("The disk holding {parent} is full: nothing was imported; free some space and try"
                          " again.").format(
                                parent=blobs.objects_dir.parent)
                    ) from exc
                raise BundleError(
                    _("Reading the stick failed ({value}): was it removed? Nothing was imported; plug it in"
                      " and try again.").format(
                            value=exc.strerror or exc)
                ) from exc
            copied += contents.objects[sha]
            if progress is not None:
                progress(copied / total, f"copied {index + 1} of {len(wanted)} files")
        _flush(path for path, _sha in staged)
        for path, sha in staged:
            target = blobs.path_for(sha)
            if target.exists():
                path.unlink()
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            replace_with_retry(path, target)
            incoming.new_shas.append(sha)
            incoming.bytes_copied += contents.objects[sha]
        _flush(())  # the renames, before the database refers to them
    except BaseException:
        for path, _sha in staged:
            path.unlink(missing_ok=True)
        incoming.discard(blobs)
        raise
    return incoming


def _stage_object(source: Path, staging: Path, sha: str, size: int) -> Path:
    digest = hashlib.sha256()
    copied = 0
    # Named after this process, like the store's own staging: a leftover is told from a copy still running.
    fd, tmp_name = tempfile.mkstemp(prefix=f"{INCOMING_PREFIX}{writer_tag()}-", dir=staging)
    try:
        with source.open("rb") as src, os.fdopen(fd, "wb") as out:
            for chunk in iter(lambda: src.read(CHUNK_BYTES), b""):
                digest.update(chunk)
                copied += len(chunk)
                if copied > size:
                    break
                out.write(chunk)
        if copied != size:
            raise BundleError(_("A file on the stick changed size while it was read ({value}…): nothing was"
                                " imported.").format(
                    value=sha[:12]))
        if digest.hexdigest() != sha:
            raise BundleError(
                _("A file on the stick does not match its name ({value}…): the stick is damaged or was "
                  "altered; nothing was imported.").format(
                        value=sha[:12])
            )
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return Path(tmp_name)


def _flush(paths: Iterable[Path]) -> None:
    """Make written files durable: one system-wide sync where there is one, else a sync per file."""
    if hasattr(os, "sync"):
        os.sync()
        return
    for path in paths:  # pragma: no cover - platforms without os.sync (Windows)
        with path.open("rb+") as fh:
            os.fsync(fh.fileno())


def trust_level_for(contents: BundleContents, trusted: set[str], own_fingerprint: str | None) -> TrustLevel:
    if not contents.is_signed or contents.fingerprint is None:
        return TrustLevel.UNSIGNED
    if contents.fingerprint in trusted or contents.fingerprint == own_fingerprint:
        return TrustLevel.TRUSTED
    return TrustLevel.UNKNOWN_PUBLISHER

