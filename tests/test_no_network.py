"""A full demo run never touches the network: no internet socket is created, no name is looked up.

Python's audit hooks see every socket the interpreter creates or connects, including those of
libraries; Qt's own network module is never loaded.
"""

from __future__ import annotations

import socket
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.demo import seed_demo_lab, start_demo_devices
from app.energy.overview import add_manual_reading
from app.fitting.fits import save_fit
from app.orders import queue_fit
from app.services import StartupOptions, build_services
from db.models import Customer, JobState, PrintJob
from ui.app import create_main_window
from ui.main_window import areas

NETWORK_FAMILIES = {socket.AF_INET, socket.AF_INET6}
_attempts: list[str] = []
_armed = [False]


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if not _armed[0]:
        return
    if event == "socket.__new__" and len(args) > 1 and args[1] in NETWORK_FAMILIES:
        _attempts.append(f"{event}{args[1:]}")
    elif event in ("socket.connect", "socket.bind", "socket.sendto") and not isinstance(args[1], (str, bytes)):
        _attempts.append(f"{event}{args[1:]}")  # a (host, port) address: an internet socket
    elif event == "socket.getaddrinfo":
        _attempts.append(f"{event}{args[:2]}")


sys.addaudithook(_audit)


@pytest.fixture
def no_network() -> Iterator[list[str]]:
    _attempts.clear()
    _armed[0] = True
    try:
        yield _attempts
    finally:
        _armed[0] = False


def test_the_audit_hook_would_see_a_network_socket(no_network: list[str]) -> None:
    probe = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    probe.close()
    assert no_network, "the guard must notice an internet socket, or the test below proves nothing"
    no_network.clear()


def test_a_full_demo_run_opens_no_socket(no_network: list[str], qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services = build_services(StartupOptions(data_dir=tmp_path / "demo", is_demo=True))
    devices = None
    try:
        seed_demo_lab(services)
        devices = start_demo_devices(services, printer_speed=0.0)
        add_manual_reading(services.session_factory, soc_pct=90.0, pv_w=300.0, battery_v=None)
        window = create_main_window(services)
        qtbot.addWidget(window)
        window.show()
        for area in areas():
            window.show_area(area.key)
            qtbot.wait(50)
        with services.session_factory() as session:
            ama = session.scalars(select(Customer).where(Customer.code == "D-001")).one()
        fit = save_fit(services.session_factory, ama.id, "round-classic", {"pd_right_mm": 31.5, "pd_left_mm": 31.5,
                                                             "lens_width_mm": 44, "bridge_mm": 19})
        order = queue_fit(
            services.session_factory, services.blobs, services.profiles, services.paths, fit.id,
            printer_id="creality-ender3",
        )
        services.printing.start_job(devices.printer_port, order.job_id)

        def is_done() -> bool:
            with services.session_factory() as session:
                return session.get(PrintJob, order.job_id).state is JobState.DONE  # type: ignore[union-attr]

        qtbot.waitUntil(is_done, timeout=120_000)
        window.close()
    finally:
        if devices is not None:
            devices.stop(services)
        services.close()
    assert no_network == []
    assert "PySide6.QtNetwork" not in sys.modules
