"""An OpenSCAD design as the catalogue holds it: its files, its main file and its declared parameters."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property

from catalog.blobstore import BlobStore
from catalog.frames.parameter_set import ParameterSet, resolve_parameters
from catalog.frames.params import Parameter, ParameterError, ParamValue
from catalog.records import DesignDetail, FileSpec
from catalog.scad.annotations import CustomizerDeclaration, parse_customizer
from catalog.scad.literals import LiteralError, format_literal
from i18n import _

MANIFEST_KIND = "openscad"
FILE_ROLE = "scad"  # every file of the design's folder, named by its path inside the folder
RENDER_KEY_FORMAT = 1


class NotScadDesignError(ValueError):
    """The design is not an OpenSCAD design."""


@dataclass(frozen=True)
class ScadDesign:
    design_id: str
    title: str
    main: str
    files: Mapping[str, bytes]

    @cached_property
    def declaration(self) -> CustomizerDeclaration:
        return parse_customizer(self.files[self.main].decode("utf-8", "replace"))

    @property
    def parameters(self) -> tuple[Parameter, ...]:
        return self.declaration.parameters

    @cached_property
    def file_hashes(self) -> dict[str, str]:
        return {name: hashlib.sha256(data).hexdigest() for name, data in sorted(self.files.items())}

    @cached_property
    def source_sha256(self) -> str:
        """One hash for the main file and everything beside it that it may include or use."""
        return source_sha256_of(self.main, self.file_hashes)

    def resolve(self, overrides: Mapping[str, object]) -> ParameterSet:
        """Defaults plus overrides, each checked against its declaration (range, choices, length)."""
        return resolve_parameters(self.design_id, self.parameters, overrides)

    def parameter_set(self, params: ParameterSet | Mapping[str, object]) -> ParameterSet:
        """`params` as this design's ParameterSet: trusted when it was made for this declaration, else
        checked here, once."""
        if (isinstance(params, ParameterSet) and params.owner == self.design_id
                and params.declaration == self.parameters):
            return params
        return self.resolve(params)

    def literals(self, values: Mapping[str, ParamValue]) -> dict[str, str]:
        """name -> OpenSCAD literal, in declaration order: exactly what `-D` hands to OpenSCAD."""
        kinds = self.declaration.kinds
        out: dict[str, str] = {}
        for param in self.parameters:
            try:
                out[param.name] = format_literal(kinds[param.name], values[param.name])
            except LiteralError as exc:
                raise ParameterError(f"{param.name}: {exc}.", parameter=param.name) from None
        return out

    def render_key(self, values: Mapping[str, ParamValue]) -> str:
        """The cache key of a render: the design's source files and the canonical parameter values."""
        return render_key_of(self.source_sha256, self.literals(values))


def source_sha256_of(main: str, file_hashes: Mapping[str, str]) -> str:
    text = json.dumps({"main": main, "files": dict(file_hashes)}, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def render_key_of(source_sha256: str, literals: Mapping[str, str]) -> str:
    """Known from hashes alone, so a lab receiving a render can check its key without the files' bytes."""
    document = {"format": RENDER_KEY_FORMAT, "source": source_sha256, "parameters": dict(literals)}
    text = json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def draft_source_sha256(manifest: Mapping[str, object], files: list[FileSpec] | tuple[FileSpec, ...]) -> str | None:
    """The source hash of a stored or incoming OpenSCAD design, from its file list; None for other designs."""
    if not is_scad_manifest(manifest):
        return None
    return source_sha256_of(str(manifest["main"]), {f.filename: f.sha256 for f in files if f.role == FILE_ROLE})


def is_scad_manifest(manifest: Mapping[str, object]) -> bool:
    return manifest.get("kind") == MANIFEST_KIND and isinstance(manifest.get("main"), str)


def scad_files(detail: DesignDetail) -> list[FileSpec]:
    return [spec for spec in detail.files if spec.role == FILE_ROLE]


def load_scad_design(detail: DesignDetail, blobs: BlobStore) -> ScadDesign:
    """The design's files read back from the store (each one verified against its hash)."""
    if not is_scad_manifest(detail.manifest):
        raise NotScadDesignError(_("{id} is not an OpenSCAD design.").format(id=detail.id))
    files = {spec.filename: blobs.read_bytes(spec.sha256) for spec in scad_files(detail)}
    main = str(detail.manifest["main"])
    if main not in files:
        raise NotScadDesignError(_("{id} lacks its main file {main}: import it again.").format(
                id=detail.id, main=main))
    return ScadDesign(detail.id, detail.summary.title, main, files)
