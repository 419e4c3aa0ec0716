"""Text from outside is text: imported titles lose controls and direction overrides, a catalogue's
per-design settings are bounded, and a full disk is not blamed on the stick."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

import pytest

from app.catalog_service import CatalogImportError
from app.services import Services
from catalog import bundle
from catalog.records import SearchQuery
from catalog.text_clean import clean_block, clean_line, shown
from tests.catalog.catalog_helpers import (
    box_stl,
    services,  # noqa: F401 - the unseeded fixture
)
from tests.catalog.test_hostile import BUNDLE_DIR_NAME, MANIFEST_FILE, _refused, _rewrite_manifest, _zip, sender, stick  # noqa: F401

HOSTILE = "Frame \u202eC0005\u202c \x1b[31mred\x1b[0m\x07 \u2066x\u2069\x9b2J"


@pytest.mark.parametrize(
    ("raw", "line", "block"),
    [
        (HOSTILE, "Frame C0005 red x", "Frame C0005 red x"),
        ("a\tb\r\nc\x00d", "a b cd", "a\tb\ncd"),
        ("\x1b]0;title\x07name", "name", "name"),
        ("caf\udce9", "caf\ufffd", "caf\ufffd"),
        # Look-alikes that would never match a search; the joiners some scripts need are kept.
        ("Kofi\u200b X\ufeff", "Kofi X", "Kofi X"),
        ("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645", "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",
         "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"),
    ],
)
def test_controls_and_direction_overrides_are_removed(raw: str, line: str, block: str) -> None:
    assert clean_line(raw).replace("  ", " ") == line
    assert clean_block(raw) == block
    assert "\u202e" not in shown(raw) and "\x1b" not in shown(raw)


def _drop_signature(stick: Path) -> None:
    import json

    path = stick / BUNDLE_DIR_NAME / MANIFEST_FILE
    envelope = json.loads(path.read_text())
    envelope.pop("signature")
    path.write_text(json.dumps(envelope))


def test_huge_per_design_manifest_from_a_catalogue_is_refused(services: Services, stick: Path) -> None:
    _rewrite_manifest(stick, lambda m: m["designs"][0]["manifest"].update(notes="x" * (1 << 20)))
    _drop_signature(stick)
    _refused(services, stick, f"more than the {bundle.MAX_DESIGN_MANIFEST_BYTES >> 10} KB a design may")


def test_titles_from_a_catalogue_are_stored_as_plain_text(services: Services, stick: Path) -> None:
    _rewrite_manifest(stick, lambda m: m["designs"][0].update(title=HOSTILE, description="line one\n\x1b[2Jline two"))
    _drop_signature(stick)
    services.catalog.import_path(stick)
    titles = [s.title for s in services.catalog.search(SearchQuery())]
    assert "Frame C0005 red x" in [t.replace("  ", " ") for t in titles]
    assert not any(ch in t for t in titles for ch in "\u202e\x1b\x07\x9b")


def test_full_disk_during_a_catalogue_import_says_so(
    services: Services, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*_: object) -> Path:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(bundle, "_stage_object", full)
    with pytest.raises(CatalogImportError) as refused:
        services.catalog.import_path(stick)
    assert "is full" in str(refused.value) and "removed" not in str(refused.value)
    assert services.catalog.count(SearchQuery()) == 0


def test_readme_title_with_controls_is_imported_as_plain_text(services: Services, tmp_path: Path) -> None:
    readme = (f"{HOSTILE} by Ama\u202e Mensah on Thingiverse: https://example.invalid/thing:1\n\n"
              "Summary:\n\nA \x1b[5mring\n")
    path = _zip(tmp_path / "ring.zip", {"ring/files/ring.stl": box_stl(), "ring/README.txt": readme.encode()})
    services.catalog.import_path(path)
    (design,) = services.catalog.search(SearchQuery())
    assert design.title.replace("  ", " ") == "Frame C0005 red x"
    detail = services.catalog.get(design.id)
    assert "\x1b" not in detail.description and "\u202e" not in detail.summary.author


@pytest.mark.skipif(sys.platform == "win32", reason="Windows file names are always Unicode")
def test_file_named_in_latin1_is_imported_by_its_path(services: Services, tmp_path: Path) -> None:
    path = Path(os.fsdecode(bytes(tmp_path) + b"/caf\xe9.stl"))
    path.write_bytes(box_stl())
    services.catalog.import_path(path)
    (design,) = services.catalog.search(SearchQuery())
    assert design.title == "caf\ufffd"
