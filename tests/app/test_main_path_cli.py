"""The main path through the command line alone: from a customer in the chair to frames printed.

customer intake → PD from a card photo → size suggestion → customize (parts + paper template,
saved as a fit) → slice + estimate + queue → plan → print on the simulated printer → done, with
grams, minutes and watt-hours on the customer's order and in the lab report.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from app.services import StartupOptions, build_services
from db.models import JobState, PrintJob
from printers.sim.firmware import SimConfig
from printers.sim.printer import SimulatedPrinter
from tests.app.fitting_scene import Scene, write_png
from ui.entry import main


def _cli(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> dict:  # type: ignore[type-arg]
    code = main(["--data-dir", str(data_dir), *args, "--json"])
    captured = capsys.readouterr()
    assert code == 0, f"heliofab {' '.join(args)} failed: {captured.err}"
    return json.loads(captured.out)  # type: ignore[no-any-return]


def _pt(p: object) -> str:
    return f"{p.x:.1f},{p.y:.1f}"  # type: ignore[attr-defined]


def test_customer_to_printed_frames_through_the_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = tmp_path / "lab"
    customer = _cli(capsys, d, "customers", "add", "--name", "Ama Mensah", "--code", "C-1", "--head-width-mm", "148")

    scene = Scene(mono_right_mm=32.0, mono_left_mm=31.0)
    photo = tmp_path / "ama.png"
    write_png(photo, scene.render())
    pd = _cli(
        capsys, d, "fit", "pd-from-photo", str(photo), "--card", *[_pt(p) for p in scene.card_px()],
        "--pupils", *[_pt(p) for p in scene.pupils_px()], "--nose", _pt(scene.nose_px()), "--customer", "C-1",
    )
    assert pd["far_pd_mm"] == pytest.approx(63.0, abs=0.5)

    suggestions = _cli(capsys, d, "fit", "suggest", "--style", "oval-everyday", "--customer", "C-1")["suggestions"]
    best = suggestions[0]["parameters"]
    sets = [arg for name, value in best.items() for arg in ("--set", f"{name}={value}")]
    parts_dir = tmp_path / "parts"
    made = _cli(capsys, d, "customize", "oval-everyday", *sets, "--out", str(parts_dir), "--save-fit", "C-1")
    assert (parts_dir / "template.svg").is_file() and (parts_dir / "front.stl").is_file()
    fit_id = made["fit_id"]

    _cli(capsys, d, "energy", "site", "--latitude", "9.4", "--longitude", "-0.84", "--timezone", "Africa/Accra",
         "--panels-wp", "400", "--battery-wh", "2400", "--reserve-pct", "40")
    _cli(capsys, d, "energy", "manual", "--soc-pct", "90", "--pv-w", "350")
    queued = _cli(capsys, d, "queue", "add-fit", str(fit_id), "--printer-profile", "creality-ender3")
    job_id = queued["job_id"]
    assert queued["estimate"]["filament_g"] > 3 and queued["estimate"]["energy_wh"] > 10
    assert queued["licence"] and queued["customer_id"] == customer["id"]

    plan = _cli(capsys, d, "queue", "plan")
    assert [a["job"] for a in plan["assignments"]] == [job_id]
    assert plan["assignments"][0]["start_utc"]

    with SimulatedPrinter(SimConfig(speed=0)) as sim:
        printed = _cli(capsys, d, "print", "--job", str(job_id), "--port", sim.port, "--printer", "creality-ender3")
        assert printed["outcome"] == "done"
        executed = sim.executed()
    assert sum(1 for e in executed if e.command.startswith("G1")) > 1000

    shown = _cli(capsys, d, "customers", "show", "C-1")
    assert [(o["id"], o["state"]) for o in shown["orders"]] == [(job_id, "done")]

    services = build_services(StartupOptions(data_dir=d))
    try:
        with services.session_factory() as session:
            job = session.scalars(select(PrintJob).where(PrintJob.id == job_id)).one()
            assert job.state is JobState.DONE and job.customer_id == customer["id"] and job.fit_id == fit_id
            assert job.used_filament_g == pytest.approx(queued["estimate"]["filament_g"], rel=0.01)
            assert job.used_energy_wh > 0 and job.printed_minutes > 0
            assert job.energy_from_sun_wh + job.energy_from_battery_wh == pytest.approx(job.used_energy_wh, abs=0.01)
            assert job.energy_from_sun_wh > 0  # 350 W of spare sun was reported as it started
    finally:
        services.close()

    report = _cli(capsys, d, "report", "--customer", str(customer["id"]))
    assert report["by_customer"][0]["items_made"] == 1
