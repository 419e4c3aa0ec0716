from __future__ import annotations

from pathlib import Path

import pytest

from app.services import Services
from catalog.blobstore import BlobStore
from catalog.records import MEDIA_STL, DesignDraft, FileSpec, SearchQuery, TrustLevel
from catalog.store import DesignNotFoundError, DesignStore, InvalidDesignError
from db.engine import unit_of_work
from tests.catalog.catalog_helpers import (
    box_stl,
    bundled,
    services,  # noqa: F401 - the unseeded fixture
)


def _draft(store: BlobStore, design_id: str, title: str, *, bbox: tuple[float, float, float] | None = None,
           **kw: object) -> DesignDraft:
    ref = store.put_bytes(box_stl())
    return DesignDraft(
        id=design_id,
        title=title,
        licence=str(kw.pop("licence", "CC-BY-4.0")),
        attribution="by Kofi",
        files=(FileSpec("mesh", "part.stl", ref.sha256, ref.size_bytes, MEDIA_STL),),
        bbox_mm=bbox,
        **kw,  # type: ignore[arg-type]
    )


def _write(services: Services, *drafts: DesignDraft, trust: TrustLevel = TrustLevel.LOCAL) -> None:
    with unit_of_work(services.session_factory) as session:
        for draft in drafts:
            services.catalog.store.write_version(session, draft, trust=trust)


def test_search_by_words_prefix_and_filters(services: Services) -> None:
    blobs = services.blobs
    _write(
        services,
        _draft(blobs, "hinge-a", "Spring hinge", description="A hinge for temples", category="parts", tags=("hinge",),
               bbox=(30, 10, 5)),
        _draft(blobs, "bowl-b", "Big bowl", category="kitchen", bbox=(300, 300, 100), licence="CC-BY-NC-4.0"),
        _draft(blobs, "clip-c", "Lens clip", tags=("lens", "clip"), category="parts", bbox=(8, 40, 3)),
    )
    store = services.catalog.store
    assert [d.id for d in store.search(SearchQuery(text="hing"))] == ["hinge-a"]
    assert [d.id for d in store.search(SearchQuery(text="temples"))] == ["hinge-a"]
    assert {d.id for d in store.search(SearchQuery(category="parts"))} == {"hinge-a", "clip-c"}
    assert [d.id for d in store.search(SearchQuery(licence="CC-BY-NC-4.0"))] == ["bowl-b"]
    # A 220 × 220 × 250 bed fits the hinge and the clip (turned 90°), not the bowl.
    assert {d.id for d in store.search(SearchQuery(bed_mm=(220, 30, 250)))} == {"hinge-a", "clip-c"}
    assert store.count(SearchQuery(bed_mm=(220, 220, 250))) == 2
    # FTS syntax typed by an operator is treated as words, never as a query language.
    assert store.search(SearchQuery(text='bowl" OR title:*')) == []
    assert [d.id for d in store.search(SearchQuery(text="bowl"))] == ["bowl-b"]


def test_paging_is_stable_and_sorted_by_title(services: Services) -> None:
    _write(services, *(_draft(services.blobs, f"d-{i:03}", f"Design {i:03}") for i in range(25)))
    store = services.catalog.store
    first = store.search(SearchQuery(limit=10))
    second = store.search(SearchQuery(limit=10, offset=10))
    assert [d.title for d in first] == [f"Design {i:03}" for i in range(10)]
    assert [d.title for d in second] == [f"Design {i:03}" for i in range(10, 20)]


def test_get_carries_licence_and_attribution(services: Services) -> None:
    _write(services, _draft(services.blobs, "nc-thing", "Thing", licence="CC-BY-NC-SA-4.0", author="Ama"))
    detail = services.catalog.get("nc-thing")
    assert detail.licence_info.is_non_commercial
    assert detail.licence_info.needs_sale_confirmation
    assert "by Kofi" in detail.licence_notice and "NonCommercial" in detail.licence_notice
    assert detail.files[0].media_type == MEDIA_STL
    with pytest.raises(DesignNotFoundError, match="catalog list"):
        services.catalog.get("nope")


def test_open_licence_requires_attribution_and_ids_are_checked(services: Services) -> None:
    bad = DesignDraft(id="x1", title="X", licence="CC-BY-4.0", attribution="")
    with pytest.raises(InvalidDesignError, match="requires an attribution"):
        _write(services, bad)
    with pytest.raises(InvalidDesignError, match="not allowed"):
        _write(services, DesignDraft(id="../etc", title="X", licence="CC0-1.0"))
    assert services.catalog.count(SearchQuery()) == 0


def test_local_edit_makes_a_version_and_is_marked(services: Services) -> None:
    _write(services, _draft(services.blobs, "hinge", "Hinge"))
    edited = services.catalog.edit("hinge", title="Stronger hinge", tags=["strong"])
    assert edited.summary.is_locally_edited and edited.summary.version == 2
    assert edited.versions == (1, 2)
    assert [d.id for d in services.catalog.search(SearchQuery(text="stronger"))] == ["hinge"]
    assert services.catalog.search(SearchQuery(text="Hinge"))[0].title == "Stronger hinge"


def test_seeding_is_idempotent_and_respects_local_edits(services: Services) -> None:
    store = services.catalog.store
    first = store.seed_bundled("s1", lambda: [bundled("frame-round"), bundled("frame-cat", title="Cat eye")])
    assert set(first.added) == {"frame-round", "frame-cat"}
    assert store.seed_bundled("s1", lambda: pytest.fail("not called when already seeded")).is_skipped
    again = store.seed_bundled("s2", lambda: [bundled("frame-round"), bundled("frame-cat", title="Cat eye")])
    assert set(again.unchanged) == {"frame-round", "frame-cat"}

    services.catalog.edit("frame-cat", description="Our own cat eye")
    newer = store.seed_bundled("s3",
                               lambda: [bundled("frame-round", version=2),
                                        bundled("frame-cat", version=2, title="Cat eye")])
    assert newer.updated == ("frame-round",)
    assert newer.kept_local_edits == ("frame-cat",)
    round_frame = services.catalog.get("frame-round")
    assert round_frame.summary.version == 2 and round_frame.summary.trust is TrustLevel.BUNDLED
    assert round_frame.thumbnail is not None and round_frame.thumbnail.media_type == "image/svg+xml"
    assert services.catalog.thumbnail("frame-round") is not None
    assert services.catalog.get("frame-cat").description == "Our own cat eye"

    older = store.seed_bundled("s4", lambda: [bundled("frame-round", version=1)])
    assert older.unchanged == ("frame-round",)
    assert services.catalog.get("frame-round").summary.version == 2


def test_search_index_is_rebuilt_when_out_of_step(services: Services) -> None:
    _write(services, _draft(services.blobs, "hinge", "Hinge"))
    with services.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM designs_fts")
    assert services.catalog.store.ensure_search_index()
    assert [d.id for d in services.catalog.search(SearchQuery(text="hinge"))] == ["hinge"]
    assert not services.catalog.store.ensure_search_index()


def test_delete_removes_from_search(services: Services, tmp_path: Path) -> None:
    store: DesignStore = services.catalog.store
    _write(services, _draft(services.blobs, "hinge", "Hinge"))
    store.delete("hinge")
    assert store.search(SearchQuery(text="hinge")) == []


def test_printable_on_a_printer_profile(services: Services) -> None:
    from db.models import PrinterProfile

    with unit_of_work(services.session_factory) as session:
        session.add(PrinterProfile(id="mini", kind="printer", name="Mini 180",
                                   data={"bed_x_mm": 180, "bed_y_mm": 180, "bed_z_mm": 180}))
        session.add(PrinterProfile(id="pla", kind="material", name="PLA", data={"nozzle_temp_c": 210}))
        session.add(PrinterProfile(id="odd", kind="printer", name="No size", data={}))
    _write(
        services,
        _draft(services.blobs, "small", "Small", bbox=(100, 170, 20)),
        _draft(services.blobs, "wide", "Wide", bbox=(200, 100, 20)),
    )
    beds = {b.profile_id: b.bed_mm for b in services.catalog.printer_beds()}
    assert beds["mini"] == (180.0, 180.0, 180.0)
    assert "odd" not in beds and "pla" not in beds  # no size, or not a printer
    assert beds["creality-ender3"] == (220.0, 220.0, 250.0)  # the bundled presets are there too
    bed = services.catalog.printer_bed("Mini 180").bed_mm
    assert [d.id for d in services.catalog.search(SearchQuery(bed_mm=bed))] == ["small"]
    with pytest.raises(Exception, match="No printer profile"):
        services.catalog.printer_bed("giant")
