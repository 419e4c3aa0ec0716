"""Several processes adding customers to one data folder at once: every customer saved, every code unique.

The command line takes the data folder for a whole command, but the database is the last guard: the
window, a kiosk script or a command started beside an older Heliofab reach it at the same moment.
"""

from __future__ import annotations

import multiprocessing
from pathlib import Path
from typing import Any

from app.fitting.customers import add_customer, list_customers
from app.fitting.values import CustomerInput
from app.services import StartupOptions, build_services

PROCESSES = 6
ADDS_PER_PROCESS = 5


def _worker(data_dir: str, worker: int, start: Any, results: Any) -> None:
    services = build_services(StartupOptions(data_dir=Path(data_dir), seed_catalogue=False, is_owner=False))
    outcomes: list[str] = []
    try:
        start.wait(60)
        for n in range(ADDS_PER_PROCESS):
            try:
                outcomes.append(add_customer(services.session_factory,
                                             CustomerInput(name=f"Worker {worker} customer {n}")).code)
            except Exception as exc:  # the test reports what went wrong instead of a hung queue
                outcomes.append(f"{type(exc).__name__}: {exc}")
    finally:
        services.close()
        results.put((worker, outcomes))


def test_customers_added_at_once_by_several_processes_all_get_unique_codes(tmp_path: Path) -> None:
    data_dir = tmp_path / "lab"
    build_services(StartupOptions(data_dir=data_dir, seed_catalogue=False)).close()  # migrated once, first
    context = multiprocessing.get_context("spawn")
    start = context.Event()
    results = context.Queue()
    workers = [context.Process(target=_worker, args=(str(data_dir), i, start, results)) for i in range(PROCESSES)]
    for process in workers:
        process.start()
    start.set()
    outcomes = dict(results.get(timeout=240) for _ in workers)
    for process in workers:
        process.join(60)
    codes = [code for worker_codes in outcomes.values() for code in worker_codes]
    assert all(code.startswith("C") and code[1:].isdigit() for code in codes), outcomes
    assert len(set(codes)) == PROCESSES * ADDS_PER_PROCESS
    services = build_services(StartupOptions(data_dir=data_dir, seed_catalogue=False))
    try:
        assert sorted(c.code for c in list_customers(services.session_factory)) == sorted(codes)
    finally:
        services.close()
