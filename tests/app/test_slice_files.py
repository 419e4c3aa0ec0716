from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from app.fitting.customers import add_customer
from app.fitting.fits import save_fit
from app.fitting.values import CustomerInput
from app.queue.order import SaleNeedsConfirmationError
from app.queue.store import remove_job
from app.services import Services
from app.slice_files import (
    ORPHAN_AGE_S,
    HeldSlices,
    discard_slice,
    slices_folder,
    sweep_data_folder_slices,
    sweep_orphan_slices,
    unfinished_job_gcode,
)
from tests.app.test_orders import GCODE, _queue, _sliced

NOW_S = 2_000_000_000.0


def _file(path: Path, text: str, age_s: float) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    os.utime(path, (NOW_S - age_s, NOW_S - age_s))
    return path


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_only_files_in_the_slices_folder_are_discarded(tmp_path: Path) -> None:
    tmp_dir = tmp_path / "tmp"
    inside = _file(slices_folder(tmp_dir) / "slice-1.gcode", "G28", 0)
    saved = _file(tmp_path / "for-the-sd-card.gcode", "G28", 0)
    beside = _file(tmp_dir / "other.gcode", "G28", 0)
    assert discard_slice(inside, tmp_dir) and not inside.exists()
    assert not discard_slice(inside, tmp_dir)  # already gone: nothing to say
    assert not discard_slice(saved, tmp_dir) and saved.exists()
    assert not discard_slice(beside, tmp_dir) and beside.exists()
    assert not discard_slice(slices_folder(tmp_dir) / ".." / "other.gcode", tmp_dir) and beside.exists()


def test_held_slices_go_one_by_one_or_all_when_the_window_closes(tmp_path: Path) -> None:
    held = HeldSlices(tmp_path / "tmp")
    first, second, never_written = held.new_path(), held.new_path(), held.new_path()
    assert len({first, second, never_written}) == 3 and first.parent == slices_folder(tmp_path / "tmp")
    for path in (first, second):
        _file(path, "G28", 0)
    held.discard(first)
    assert not first.exists() and first not in held.held()
    assert held.discard_all() == [second]
    assert not second.exists() and held.held() == []


def test_the_sweep_removes_old_orphans_only(tmp_path: Path) -> None:
    tmp_dir = tmp_path / "tmp"
    folder = slices_folder(tmp_dir)
    old = _file(folder / "slice-old.gcode", "G28 ; old", ORPHAN_AGE_S + 60)
    young = _file(folder / "slice-young.gcode", "G28 ; young", ORPHAN_AGE_S - 60)
    needed = _file(folder / "slice-needed.gcode", "G28 ; a job's", ORPHAN_AGE_S * 3)
    # What a killed command-line `queue` run leaves: its private folder, with the slice in it.
    left_by_cli = _file(folder / "tmpabc123" / "design.gcode", "G28 ; cli", ORPHAN_AGE_S * 2).parent
    os.utime(left_by_cli, (NOW_S - ORPHAN_AGE_S * 2, NOW_S - ORPHAN_AGE_S * 2))
    removed = sweep_orphan_slices(tmp_dir, lambda: {_sha("G28 ; a job's")}, now_s=NOW_S)
    assert sorted(removed) == sorted([old, left_by_cli])
    assert not old.exists() and not left_by_cli.exists()
    assert young.exists() and needed.exists()


def test_the_sweep_asks_for_jobs_only_when_something_is_old(tmp_path: Path) -> None:
    tmp_dir = tmp_path / "tmp"
    assert sweep_orphan_slices(tmp_dir, lambda: pytest.fail("no folder: no question"), now_s=NOW_S) == []
    _file(slices_folder(tmp_dir) / "slice-young.gcode", "G28", 10)
    assert sweep_orphan_slices(tmp_dir, lambda: pytest.fail("nothing old: no question"), now_s=NOW_S) == []


def _fit(services: Services) -> int:
    customer = add_customer(services.session_factory, CustomerInput(name="Kofi Boateng"))
    return save_fit(services.session_factory, customer.id, "round-classic",
                    {"pd_right_mm": 31.0, "pd_left_mm": 31.0}).id


def test_a_queued_slice_goes_once_the_job_holds_its_own_copy(services: Services, tmp_path: Path) -> None:
    fit_id = _fit(services)
    services.catalog.edit("round-classic", licence="CC-BY-NC-4.0")
    held = HeldSlices(services.paths.tmp_dir)
    slice_path = held.new_path()
    slice_path.parent.mkdir(parents=True, exist_ok=True)
    slice_path.write_text(GCODE, encoding="utf-8")
    with pytest.raises(SaleNeedsConfirmationError):
        _queue(services, fit_id, _sliced(slice_path, services), is_for_sale=True)
    assert slice_path.exists()  # asked first: the same slice is queued once the author's agreement is confirmed
    order = _queue(services, fit_id, _sliced(slice_path, services), is_for_sale=True, is_sale_confirmed=True)
    assert not slice_path.exists()
    assert services.blobs.path_for(_sha(GCODE)).is_file()  # the job prints from the store
    assert unfinished_job_gcode(services.session_factory) == {_sha(GCODE)}
    # A G-code the operator named stays where it is.
    own = tmp_path / "mine.gcode"
    own.write_text(GCODE, encoding="utf-8")
    _queue(services, fit_id, _sliced(own, services))
    assert own.exists()
    assert order.job_id > 0


def test_the_start_up_sweep_keeps_a_copy_an_unfinished_job_needs(services: Services) -> None:
    fit_id = _fit(services)
    queued = HeldSlices(services.paths.tmp_dir).new_path()
    queued.parent.mkdir(parents=True, exist_ok=True)
    queued.write_text(GCODE, encoding="utf-8")
    order = _queue(services, fit_id, _sliced(queued, services))
    stale = _file(slices_folder(services.paths.tmp_dir) / "slice-stale.gcode", GCODE, 0)
    os.utime(stale, (0, 0))  # left by a crash long ago
    assert sweep_data_folder_slices(services.paths.tmp_dir, services.session_factory) == []
    assert stale.exists()  # the same G-code as a queued job's
    remove_job(services.session_factory, order.job_id)
    assert sweep_data_folder_slices(services.paths.tmp_dir, services.session_factory) == [stale]
    assert not stale.exists()
