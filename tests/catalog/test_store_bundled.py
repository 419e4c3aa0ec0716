"""The bundled frame styles reach the catalogue at start-up, once, and travel nowhere by default."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.bundled_designs import frame_records, frames_stamp
from app.cli import main
from app.services import Services, StartupOptions, build_services
from catalog.frames import list_styles
from catalog.records import SearchQuery, TrustLevel


def test_start_up_seeds_every_frame_style_once(tmp_path: Path) -> None:
    services = build_services(StartupOptions(data_dir=tmp_path / "lab"))
    try:
        styles = list_styles()
        bundled = services.catalog.search(SearchQuery(trust=TrustLevel.BUNDLED))
        assert {d.id for d in bundled} == {s.id for s in styles}
        categories = {s.id: s.category for s in styles}
        assert all(d.is_parametric and d.category == categories[d.id] for d in bundled)
        assert {"eyeglasses", "accessories"} == set(categories.values())
        detail = services.catalog.get(styles[0].id)
        assert detail.manifest == styles[0].manifest()
        assert detail.thumbnail is not None and detail.thumbnail.media_type == "image/svg+xml"
        assert detail.attribution == styles[0].attribution
        assert services.catalog.seed_bundled().is_skipped
        child = {s.id for s in styles if s.audience == "child"}
        assert child <= {d.id for d in services.catalog.search(SearchQuery(text="child"))}
        # Every lab has them: a catalogue export leaves them out unless named.
        assert not set(services.catalog.exportable_ids()) & {s.id for s in styles}
    finally:
        services.close()


def test_stamp_follows_the_frames_source_without_importing_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.machinery
    import importlib.util

    folder = tmp_path / "frames"
    folder.mkdir()
    (folder / "styles.py").write_text("VERSION = 1\n")
    spec = importlib.machinery.ModuleSpec("catalog.frames", None, is_package=True)
    spec.submodule_search_locations = [str(folder)]
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: spec)
    first = frames_stamp()
    assert frames_stamp() == first
    (folder / "styles.py").write_text("VERSION = 22\n")
    assert frames_stamp() != first
    assert len(frame_records()) == len(list_styles())


def test_cli_list_shows_the_frames(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path / "lab"), "catalog", "list", "--category", "eyeglasses", "--json"]) == 0
    listing = json.loads(capsys.readouterr().out)
    assert listing["total"] == len([s for s in list_styles() if s.category == "eyeglasses"]) >= 8


def test_local_edit_of_a_frame_survives_a_new_bundled_version(services: Services,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import catalog.frames as frames

    style = list_styles()[0]
    services.catalog.edit(style.id, description="Our lab's notes")
    bumped = [type(s)(**{**s.__dict__, "version": s.version + 1}) for s in list_styles()]
    monkeypatch.setattr(frames, "list_styles", lambda: bumped)
    report = services.catalog.store.seed_bundled("a newer Heliofab", frame_records)
    assert style.id in report.kept_local_edits
    assert services.catalog.get(style.id).description == "Our lab's notes"
