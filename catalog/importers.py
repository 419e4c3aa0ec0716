"""STL/3MF files, folders of them, and Thingiverse/Printables-style zips, turned into design drafts.

Every entry is checked before any is read; files are read once, hashed and stored in the same pass.
"""

from __future__ import annotations

import hashlib
import os
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Protocol

import numpy as np

from catalog.blobstore import BlobRef, BlobStore
from catalog.licences import UNKNOWN_LICENCE, default_attribution, detect_licence, licence_info
from catalog.meshes import (
    MAX_MESH_BYTES,
    CheckedMesh,
    MeshArrays,
    MeshError,
    MeshSizeGuard,
    check_and_repair,
    read_guarded,
    read_mesh,
)
from catalog.records import (
    MEDIA_3MF,
    MEDIA_PNG,
    MEDIA_STL,
    MEDIA_TEXT,
    DesignDraft,
    FileSpec,
    ImportDefaults,
    ImportRefusedError,
)
from catalog.safety import (
    ArchiveError,
    SafeEntry,
    check_import_budget,
    check_zip,
    open_zip,
    read_zip_entry,
    walk_folder,
)
from catalog.store import slugify
from catalog.text_clean import clean_block, clean_line, readable
from catalog.thumbnails import render_png
from i18n import _

MESH_SUFFIXES = (".stl", ".3mf")
IMAGE_MEDIA = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif",
               ".webp": "image/webp"}
MAX_TEXT_BYTES = 256 * 1024
_THINGIVERSE_TITLE_RE = re.compile(r"^(?P<title>.+?) by (?P<author>.+?)(?: on "
                                   r"(?P<site>[A-Za-z]+))?(?::\s*(?P<url>\S+))?\s*$")

ProgressFn = Callable[[float, str], None]


class BlobSink(Protocol):
    def put_bytes(self, data: bytes) -> BlobRef: ...


class HashOnlySink:
    """For dry runs: names the bytes without keeping them."""

    def put_bytes(self, data: bytes) -> BlobRef:
        return BlobRef(hashlib.sha256(data).hexdigest(), len(data))


class TrackingSink:
    """Stores into the blob store and remembers which objects are new, so a refused import can take them back."""

    def __init__(self, blobs: BlobStore) -> None:
        self._blobs = blobs
        self.new_shas: list[str] = []

    def put_bytes(self, data: bytes) -> BlobRef:
        sha = hashlib.sha256(data).hexdigest()
        is_new = not self._blobs.has(sha)
        ref = self._blobs.put_bytes(data)
        if is_new:
            self.new_shas.append(ref.sha256)
        return ref

    def discard_new(self) -> None:
        for sha in self.new_shas:
            self._blobs.delete(sha)
        self.new_shas.clear()


@dataclass
class ImportScan:
    drafts: list[DesignDraft] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class _Package:
    """One design's worth of files, read into memory (each bounded by the safety limits)."""

    name: str
    meshes: list[tuple[str, bytes]] = field(default_factory=list)
    images: list[tuple[str, bytes]] = field(default_factory=list)
    licence_text: str | None = None
    readme_text: str | None = None
    licence_bytes: bytes | None = None
    readme_bytes: bytes | None = None


def scan_path(path: Path, sink: BlobSink, defaults: ImportDefaults = ImportDefaults(),
              progress: ProgressFn | None = None) -> ImportScan:
    """Drafts for a file, folder or zip; raises ImportRefusedError (nothing usable) with a clear reason."""
    where = path.name or str(path)
    # A download holding a .scad file is an OpenSCAD design (parametric), not a set of meshes.
    from catalog.scad.importer import scan_scad_path

    scad = scan_scad_path(path, sink, defaults, progress)
    if scad is not None:
        return scad
    try:
        if path.is_symlink():
            raise ImportRefusedError(_("{where} is a symbolic link: import the file it points to instead.").format(
                    where=where))
        if path.is_dir():
            packages = _packages_from_folder(path, where)
        elif path.suffix.lower() == ".zip":
            packages = _packages_from_zip(path, where)
        elif path.suffix.lower() in MESH_SUFFIXES:
            # A file name whose bytes are not UTF-8 is read by its path, and kept with replacement marks.
            packages = [_Package(readable(path.stem), meshes=[(readable(path.name), _read_limited(path, path.name))])]
        elif path.exists():
            raise ImportRefusedError(_("{where} is not an STL, 3MF, zip or catalogue folder: nothing to "
                                       "import.").format(
                    where=where))
        else:
            raise ImportRefusedError(_("{path} does not exist: check the path or that the stick is plugged "
                                       "in.").format(
                    path=path))
    except (ArchiveError, MeshError) as exc:
        raise ImportRefusedError(str(exc)) from exc
    except OSError as exc:
        raise ImportRefusedError(_("Reading {where} failed ({value}): was the stick removed? Plug it in and"
                                   " try again.").format(
                where=where, value=exc.strerror or exc)) from exc
    scan = ImportScan()
    for index, package in enumerate(packages):
        if progress is not None:
            progress(index / max(len(packages), 1), package.name)
        try:
            scan.drafts.append(_draft_from_package(package, sink, defaults, scan.warnings))
        except MeshError as exc:
            raise ImportRefusedError(str(exc)) from exc
    ids = [d.id for d in scan.drafts]
    if len(set(ids)) != len(ids):
        raise ImportRefusedError(_("{where} holds the same design twice: remove the duplicate and try "
                                   "again.").format(
                where=where))
    if not scan.drafts:
        raise ImportRefusedError(_("{where} holds no STL or 3MF files: nothing to import.").format(where=where))
    return scan


def _read_limited(path: Path, name: str, limit: int = MAX_MESH_BYTES) -> bytes:
    """A file's bytes; a mesh is watched as it is read, so a hostile one is refused before it is all in memory."""
    with path.open("rb") as fh:
        size = os.fstat(fh.fileno()).st_size
        if PurePosixPath(name.lower()).suffix in MESH_SUFFIXES:
            try:
                return read_guarded(fh, path.name, limit_bytes=limit, total_bytes=size)
            except MeshError as exc:
                raise ImportRefusedError(str(exc)) from exc
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise ImportRefusedError(_("{name} is larger than {value} MB: simplify it before importing.").format(
                name=path.name, value=limit >> 20))
    return data


def _packages_from_folder(root: Path, where: str) -> list[_Package]:
    entries = walk_folder(root, where)
    return _group(entries, lambda name: _read_limited(root / name, name), root.name, where)


def _packages_from_zip(path: Path, where: str) -> list[_Package]:
    try:
        archive = open_zip(path, where)
    except zipfile.BadZipFile as exc:
        raise ImportRefusedError(_("{where} is not a valid zip (truncated?): download or copy it again.").format(
                where=where)) from exc
    with archive:
        entries = check_zip(archive, where)
        sizes = {e.name: e.size_bytes for e in entries}

        def read(name: str) -> bytes:
            guard = MeshSizeGuard(PurePosixPath(name).name, sizes.get(name))
            return read_zip_entry(archive, name, where, watch=guard.feed)

        return _group(entries, read, path.stem, where)


def _group(entries: list[SafeEntry], read: Callable[[str], bytes], fallback_name: str, where: str) -> list[_Package]:
    """A package folder (with files/, LICENSE or README) is one design; loose meshes are one design each."""
    names = [e.name for e in entries]
    prefix = common_folder(names)
    relative = {name: name[len(prefix) :] for name in names}
    is_package = any(
        r.lower().startswith("files/") or r.lower() in ("license.txt", "readme.txt", "license", "readme.md")
        for r in relative.values()
    )
    # Everything that will be read is sized from the listing first: nothing is read past the budget.
    check_import_budget([(e.name, e.size_bytes) for e in entries if _is_read(relative[e.name], is_package)], where)
    if is_package:
        package = _Package(prefix.rstrip("/").split("/")[-1] if prefix else fallback_name)
        for name, rel in relative.items():
            lower = rel.lower()
            suffix = PurePosixPath(lower).suffix
            if suffix in MESH_SUFFIXES:
                package.meshes.append((PurePosixPath(rel).name, read(name)))
            elif suffix in IMAGE_MEDIA and lower.startswith("images/"):
                package.images.append((PurePosixPath(rel).name, read(name)))
            elif lower in ("license.txt", "license"):
                package.licence_bytes = read(name)[:MAX_TEXT_BYTES]
                package.licence_text = package.licence_bytes.decode("utf-8", "replace")
            elif lower in ("readme.txt", "readme.md"):
                package.readme_bytes = read(name)[:MAX_TEXT_BYTES]
                package.readme_text = package.readme_bytes.decode("utf-8", "replace")
        return [package]
    return [
        _Package(PurePosixPath(name).stem, meshes=[(PurePosixPath(name).name, read(name))])
        for name in names
        if PurePosixPath(name).suffix.lower() in MESH_SUFFIXES
    ]


def _is_read(relative: str, is_package: bool) -> bool:
    lower = relative.lower()
    suffix = PurePosixPath(lower).suffix
    if suffix in MESH_SUFFIXES:
        return True
    return is_package and (
        (suffix in IMAGE_MEDIA and lower.startswith("images/"))
        or lower in ("license.txt", "license", "readme.txt", "readme.md")
    )


def common_folder(names: list[str]) -> str:
    if not names:
        return ""
    first = names[0].split("/")
    if len(first) < 2:
        return ""
    top = first[0] + "/"
    return top if all(n.startswith(top) for n in names) else ""


def parse_readme(text: str) -> tuple[str, str, str, str]:
    """Title, author, source URL and summary from a Thingiverse/Printables README.txt."""
    lines = [line.strip() for line in text.splitlines()]
    title = author = url = ""
    first = next((line for line in lines if line), "")
    match = _THINGIVERSE_TITLE_RE.match(first)
    if match:
        title, author, url = match.group("title"), match.group("author"), match.group("url") or ""
    summary = ""
    if "Summary:" in text:
        summary = text.split("Summary:", 1)[1].strip().split("\n\n")[0].strip()
    return title.strip(), author.strip(), url.strip(), summary[:4000]


def _draft_from_package(package: _Package, sink: BlobSink, defaults: ImportDefaults,
                        warnings: list[str]) -> DesignDraft:
    if not package.meshes:
        raise ImportRefusedError(_("{name} holds no STL or 3MF files: nothing to import.").format(
                name=package.name))
    title, author, source, summary = parse_readme(package.readme_text or "")
    # Text from a download is kept as text: no controls, escapes or direction overrides.
    title, author, source, summary = clean_line(title), clean_line(author), clean_line(source), clean_block(summary)
    title = title or clean_line(package.name.replace("_", " ").replace("-", " ")) or "Imported design"
    author = clean_line(author or defaults.author)
    licence = detect_licence(package.licence_text) if package.licence_text else defaults.licence
    if licence == UNKNOWN_LICENCE and defaults.licence != UNKNOWN_LICENCE:
        licence = defaults.licence
    attribution = clean_block(defaults.attribution or default_attribution(title, author, licence, source))
    if licence_info(licence).requires_attribution and not attribution:
        raise ImportRefusedError(
            _("{name} is licensed {licence}, which requires crediting the author, but no author is known: "
              "give one with --author.").format(
                    name=package.name, licence=licence)
        )
    files: list[FileSpec] = []
    parts: list[dict[str, object]] = []
    boxes: list[np.ndarray] = []
    preview: MeshArrays | None = None
    used_names: set[str] = set()
    for filename, data in package.meshes:
        media = MEDIA_3MF if filename.lower().endswith(".3mf") else MEDIA_STL
        arrays = read_mesh(data, filename)
        checked: CheckedMesh = check_and_repair(arrays, filename)
        report = checked.report
        for problem in report.problems:
            warnings.append(f"{filename}: {problem}")
        stored_name = unique_filename(filename, used_names)
        if checked.repaired_stl is not None:
            original = sink.put_bytes(data)
            files.append(FileSpec("source", stored_name, original.sha256, original.size_bytes, media))
            repaired_name = unique_filename(PurePosixPath(filename).stem + ".repaired.stl", used_names)
            ref = sink.put_bytes(checked.repaired_stl)
            files.append(FileSpec("mesh", repaired_name, ref.sha256, ref.size_bytes, MEDIA_STL))
            warnings.append(f"{filename}: repaired ({'; '.join(report.repairs)})")
        else:
            ref = sink.put_bytes(data)
            files.append(FileSpec("mesh", stored_name, ref.sha256, ref.size_bytes, media))
        parts.append({"filename": stored_name, **report.to_json()})
        boxes.append(np.array(report.bbox_mm))
        if preview is None or report.triangle_count > preview.triangle_count:
            preview = checked.arrays
    files.extend(store_companions(sink, package.images, package.licence_bytes, package.readme_bytes, used_names))
    thumbnail = store_thumbnail(sink, preview)
    bbox = np.max(np.stack(boxes), axis=0)
    mesh_shas = sorted(f.sha256 for f in files if f.role in ("mesh", "source"))
    fingerprint = hashlib.sha256("".join(mesh_shas).encode()).hexdigest()[:10]
    return DesignDraft(
        id=f"{slugify(title, max_chars=100)}-{fingerprint}",
        title=title[:200],
        licence=licence,
        description=summary,
        category=defaults.category,
        tags=defaults.tags,
        author=author[:200],
        attribution=attribution,
        source=source or clean_line(package.name),
        is_parametric=False,
        manifest={"kind": "meshes", "parts": parts},
        files=tuple(files),
        thumbnail=thumbnail,
        bbox_mm=(round(float(bbox[0]), 3), round(float(bbox[1]), 3), round(float(bbox[2]), 3)),
    )


def unique_filename(filename: str, used: set[str]) -> str:
    """`filename`, or `stem-2.ext`, `stem-3.ext`… when a design already has a file of that name (any case)."""
    candidate = filename
    stem, suffix = PurePosixPath(filename).stem, PurePosixPath(filename).suffix
    counter = 2
    while candidate.casefold() in used:
        candidate = f"{stem}-{counter}{suffix}"
        counter += 1
    used.add(candidate.casefold())
    return candidate


def store_companions(sink: BlobSink, images: list[tuple[str, bytes]], licence_bytes: bytes | None,
                     readme_bytes: bytes | None, used: set[str]) -> list[FileSpec]:
    """The pictures, licence and README a download came with, stored and named as files of its design."""
    files: list[FileSpec] = []
    for filename, data in images:
        ref = sink.put_bytes(data)
        files.append(FileSpec("image", unique_filename(filename, used), ref.sha256, ref.size_bytes,
                              IMAGE_MEDIA[PurePosixPath(filename.lower()).suffix]))
    for role, filename, blob in (("licence", "LICENSE.txt", licence_bytes), ("readme", "README.txt", readme_bytes)):
        if blob is not None:
            ref = sink.put_bytes(blob)
            files.append(FileSpec(role, unique_filename(filename, used), ref.sha256, ref.size_bytes, MEDIA_TEXT))
    return files


def store_thumbnail(sink: BlobSink, preview: MeshArrays | None) -> FileSpec | None:
    """A picture of the `preview` mesh for the catalogue, or None when the design has no mesh to show yet."""
    if preview is None:
        return None
    ref = sink.put_bytes(render_png(preview))
    return FileSpec("thumbnail", "thumbnail.png", ref.sha256, ref.size_bytes, MEDIA_PNG)

__all__ = ["BlobSink", "HashOnlySink", "ImportDefaults", "ImportRefusedError", "ImportScan", "TrackingSink",
           "scan_path"]
