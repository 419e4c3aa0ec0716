"""`.scad` files, folders and Thingiverse/Printables zips holding them, turned into parametric design drafts.

Called by catalog.importers before it looks for meshes: a download with a `.scad` file is an OpenSCAD
design, carried with every file beside it (includes, libraries, data), its licence, its README, and
any STL it shipped, which serves as the default mesh and the thumbnail until OpenSCAD renders one.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import numpy as np

from catalog.importers import (
    IMAGE_MEDIA,
    MAX_TEXT_BYTES,
    MESH_SUFFIXES,
    BlobSink,
    ImportScan,
    ProgressFn,
    common_folder,
    parse_readme,
    store_companions,
    store_thumbnail,
    unique_filename,
)
from catalog.licences import UNKNOWN_LICENCE, default_attribution, detect_licence, licence_info
from catalog.meshes import MAX_MESH_BYTES, MeshArrays, MeshError, check_and_repair, read_mesh
from catalog.records import MEDIA_3MF, MEDIA_STL, DesignDraft, FileSpec, ImportDefaults, ImportRefusedError
from catalog.safety import ArchiveError, SafeEntry, check_zip, open_zip, read_zip_entry, walk_folder
from catalog.scad.annotations import parse_customizer
from catalog.scad.design import FILE_ROLE, MANIFEST_KIND, ScadDesign
from catalog.scad.sources import SCAD_SUFFIX, SourceError, main_candidates, missing_references, references
from catalog.store import slugify
from i18n import _

MEDIA_SCAD = "application/x-openscad"
MAX_SCAD_BYTES = 16 * 1024 * 1024  # far above any hand-written design; keeps a mistaken pick cheap to refuse
_DOC_NAMES = ("license.txt", "license", "license.md", "readme.txt", "readme.md")
_AUTHOR_RE = re.compile(r"^(?:author|designed by|created by|made by)\s*:?\s+(\S.*)$", re.IGNORECASE)
_HEADER_RE = re.compile(r"\A(?:\s*(?://[^\n]*\n|/\*.*?\*/))+", re.DOTALL)

Reader = Callable[[str], bytes]


@dataclass
class _Download:
    """What a download holds, read into memory and sorted by what each file is for."""

    name: str
    tree: dict[str, bytes] = field(default_factory=dict)  # the design's folder, as OpenSCAD will see it
    images: list[tuple[str, bytes]] = field(default_factory=list)
    licence_bytes: bytes | None = None
    readme_bytes: bytes | None = None


def scan_scad_path(path: Path, sink: BlobSink, defaults: ImportDefaults = ImportDefaults(),
                   progress: ProgressFn | None = None) -> ImportScan | None:
    """Drafts for an OpenSCAD download, or None when `path` holds no `.scad` file (a mesh import)."""
    where = path.name or str(path)
    if path.is_symlink() or not path.exists():
        return None  # the mesh importer says what is wrong with the path
    try:
        if path.is_dir():
            download = _from_folder(path, where)
        elif path.suffix.lower() == ".zip":
            download = _from_zip(path, where)
        elif path.suffix.lower() == SCAD_SUFFIX:
            download = _from_lone_file(path)
        else:
            return None
    except (ArchiveError, SourceError) as exc:
        raise ImportRefusedError(str(exc)) from exc
    except OSError as exc:
        raise ImportRefusedError(
            _("Reading {where} failed ({value}): was the stick removed? Plug it in and try again.").format(
                    where=where, value=exc.strerror or exc)) from exc
    if download is None:
        return None
    scan = ImportScan()
    try:
        mains = main_candidates(download.tree)
        if not mains:
            raise ImportRefusedError(_("{where}: every .scad file includes another, so none is the main "
                                       "file: import the design's own folder.").format(
                    where=where))
        for index, main in enumerate(mains):
            if progress is not None:
                progress(index / len(mains), main)
            scan.drafts.append(_draft(download, main, len(mains) > 1, sink, defaults, scan.warnings))
    except SourceError as exc:
        raise ImportRefusedError(str(exc)) from exc
    return scan


def _from_lone_file(path: Path) -> _Download:
    """A single `.scad` file, with the files it names that lie beside it (and nothing else of that folder)."""
    root = path.parent
    tree = {path.name: _read(path, MAX_SCAD_BYTES)}
    pending = True
    while pending:
        pending = False
        for ref in references(tree):
            if ref.resolved is not None:
                continue
            candidate = (root / ref.source).parent / ref.target
            try:
                relative = candidate.resolve().relative_to(root.resolve()).as_posix()
            except ValueError:
                raise SourceError(_("{source} reads {target}, outside the design's folder: refused.").format(
                        source=ref.source, target=ref.target)) from None
            if relative not in tree and candidate.is_file() and not candidate.is_symlink():
                tree[relative] = _read(candidate, MAX_MESH_BYTES)
                pending = True
    return _Download(path.stem, tree)


def _from_folder(root: Path, where: str) -> _Download | None:
    entries = walk_folder(root, where)
    return _sorted_download(entries, lambda name: _read(root / name, MAX_MESH_BYTES), root.name)


def _from_zip(path: Path, where: str) -> _Download | None:
    try:
        archive = open_zip(path, where)
    except zipfile.BadZipFile:
        return None  # the mesh importer explains a damaged zip
    with archive:
        entries = check_zip(archive, where)
        return _sorted_download(entries, lambda name: read_zip_entry(archive, name, where), path.stem)


def _sorted_download(entries: list[SafeEntry], read: Reader, fallback_name: str) -> _Download | None:
    names = [entry.name for entry in entries]
    if not any(name.lower().endswith(SCAD_SUFFIX) for name in names):
        return None
    prefix = common_folder(names)
    download = _Download(prefix.rstrip("/").split("/")[-1] if prefix else fallback_name)
    for name in names:
        relative = name[len(prefix):]
        lower = relative.lower()
        suffix = PurePosixPath(lower).suffix
        if lower in _DOC_NAMES:
            data = read(name)[:MAX_TEXT_BYTES]
            if lower.startswith("license"):
                download.licence_bytes = data
            else:
                download.readme_bytes = data
        elif lower.startswith("images/") and suffix in IMAGE_MEDIA:
            download.images.append((PurePosixPath(relative).name, read(name)))
        else:
            download.tree[relative] = read(name)
    return download


def _read(path: Path, limit: int) -> bytes:
    with path.open("rb") as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise ImportRefusedError(_("{name} is larger than {value} MB: this is not a design file to import.").format(
                name=path.name, value=limit >> 20))
    return data


def _draft(download: _Download, main: str, is_one_of_many: bool, sink: BlobSink, defaults: ImportDefaults,
           warnings: list[str]) -> DesignDraft:
    source_text = download.tree[main].decode("utf-8", "replace")
    declaration = parse_customizer(source_text)
    for needed in missing_references(download.tree, main):
        warnings.append(f"{needed.source} needs {needed.target}, which is not in the download: rendering works only "
                        "if OpenSCAD has it as a library.")
    readme = download.readme_bytes.decode("utf-8", "replace") if download.readme_bytes else ""
    title, author, source, summary = parse_readme(readme)
    stem_title = PurePosixPath(main).stem.replace("_", " ").replace("-", " ").strip()
    if not title or is_one_of_many:
        title = f"{title}: {stem_title}" if title and is_one_of_many else (title or stem_title or "OpenSCAD design")
    header = _header_comment(source_text)
    licence = _licence(download, header, defaults)
    author = author or _header_author(header) or defaults.author
    attribution = defaults.attribution or default_attribution(title, author, licence, source)
    if licence_info(licence).requires_attribution and not attribution:
        raise ImportRefusedError(
            _("{name} is licensed {licence}, which requires crediting the author, but no author is known: "
              "give one with --author.").format(
                    name=download.name, licence=licence))
    files: list[FileSpec] = []
    used: set[str] = set()
    for name, data in sorted(download.tree.items()):
        ref = sink.put_bytes(data)
        media = MEDIA_SCAD if name.lower().endswith(SCAD_SUFFIX) else _media_for(name)
        files.append(FileSpec(FILE_ROLE, name, ref.sha256, ref.size_bytes, media))
        used.add(name.casefold())
    parts, preview, bbox = _default_meshes(download, sink, files, used, warnings)
    files.extend(store_companions(sink, download.images, download.licence_bytes, download.readme_bytes, used))
    thumbnail = store_thumbnail(sink, preview)
    design = ScadDesign("", title, main, download.tree)
    manifest = {
        "kind": MANIFEST_KIND,
        "main": main,
        "parameters": [p.declaration() for p in declaration.parameters],
        "hidden": list(declaration.hidden),
        "source_sha256": design.source_sha256,
        "parts": parts,
    }
    return DesignDraft(
        id=f"{slugify(title, max_chars=100)}-{design.source_sha256[:10]}",
        title=title[:200],
        licence=licence,
        description=summary or _plain_comment(header),
        category=defaults.category,
        tags=defaults.tags,
        author=author[:200],
        attribution=attribution,
        source=source or download.name,
        is_parametric=True,
        manifest=manifest,
        files=tuple(files),
        thumbnail=thumbnail,
        bbox_mm=bbox,
    )


def _licence(download: _Download, header: str, defaults: ImportDefaults) -> str:
    licence = (detect_licence(download.licence_bytes.decode("utf-8", "replace")) if download.licence_bytes
               else UNKNOWN_LICENCE)
    if licence == UNKNOWN_LICENCE and header:
        # Many designs state their licence in the file's opening comment ("License: CC BY-SA 4.0").
        licence = detect_licence(header)
    if licence == UNKNOWN_LICENCE:
        licence = defaults.licence
    return licence


def _default_meshes(download: _Download, sink: BlobSink, files: list[FileSpec], used: set[str],
                    warnings: list[str]) -> tuple[list[dict[str, object]], MeshArrays | None,
                                                  tuple[float, float, float] | None]:
    """Meshes the download shipped: kept as the design's default parts, checked as any imported mesh."""
    parts: list[dict[str, object]] = []
    preview: MeshArrays | None = None
    boxes: list[np.ndarray] = []
    for name, data in sorted(download.tree.items()):
        if PurePosixPath(name.lower()).suffix not in MESH_SUFFIXES:
            continue
        basename = PurePosixPath(name).name
        try:
            checked = check_and_repair(read_mesh(data, basename), basename)
        except MeshError as exc:
            warnings.append(f"{basename}: not used as the default mesh ({exc})")
            continue
        media = MEDIA_3MF if basename.lower().endswith(".3mf") else MEDIA_STL
        stored = checked.repaired_stl if checked.repaired_stl is not None else data
        ref = sink.put_bytes(stored)
        stored_name = basename if checked.repaired_stl is None else PurePosixPath(basename).stem + ".repaired.stl"
        filename = unique_filename(stored_name, used)
        files.append(FileSpec("mesh", filename, ref.sha256, ref.size_bytes,
                              media if checked.repaired_stl is None else MEDIA_STL))
        parts.append({"filename": filename, **checked.report.to_json()})
        boxes.append(np.array(checked.report.bbox_mm))
        if preview is None or checked.arrays.triangle_count > preview.triangle_count:
            preview = checked.arrays
    bbox = None
    if boxes:
        top = np.max(np.stack(boxes), axis=0)
        bbox = (round(float(top[0]), 3), round(float(top[1]), 3), round(float(top[2]), 3))
    return parts, preview, bbox


def _media_for(name: str) -> str:
    suffix = PurePosixPath(name.lower()).suffix
    if suffix == ".stl":
        return MEDIA_STL
    if suffix == ".3mf":
        return MEDIA_3MF
    return IMAGE_MEDIA.get(suffix, "application/octet-stream")


def _header_comment(text: str) -> str:
    match = _HEADER_RE.match(text)
    return match.group() if match else ""


def _header_author(header: str) -> str:
    for line in _plain_comment(header).splitlines():
        match = _AUTHOR_RE.match(line)
        if match:
            return match.group(1).strip()[:200]
    return ""


def _plain_comment(header: str) -> str:
    lines = []
    for line in header.splitlines():
        line = line.strip().removeprefix("//").removeprefix("/*").removesuffix("*/").strip().lstrip("*").strip()
        if line:
            lines.append(line)
    return "\n".join(lines)[:4000]
