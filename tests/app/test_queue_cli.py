from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.queue.scenario import example_scenario


def test_plan_example_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = ["--data-dir", str(tmp_path / "d")]
    assert main([*data, "queue", "plan", "--example"]) == 0
    scenario = tmp_path / "s.json"
    scenario.write_text(capsys.readouterr().out)
    assert main([*data, "queue", "plan", str(scenario), "--json"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert {"assignments", "unscheduled", "soc_pct"} <= set(plan)
    assert len(plan["soc_pct"]) == 672
    assert all(v >= 50 - 1e-6 for v in plan["soc_pct"])
    first = plan["assignments"][0]
    assert {"job", "printer", "start_utc", "end_utc"} <= set(first)
    assert any(u["job"] == "rush-demo" and "deadline" in u["reason"] for u in plan["unscheduled"])


def test_plan_with_given_series_and_bad_values(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = example_scenario()
    data["pv_forecast_w"] = [0.0] * 8
    data["load_w"] = [5.0] * 8
    data["jobs"] = [{"id": "a", "duration_min": 30, "energy_wh": 40, "peak_w": 100, "priority": 1}]
    path = tmp_path / "s.json"
    path.write_text(json.dumps(data))
    assert main(["--data-dir", str(tmp_path / "d"), "queue", "plan", str(path), "--json"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert len(plan["soc_pct"]) == 8
    data["battery"]["reserve_pct"] = 150
    path.write_text(json.dumps(data))
    assert main(["--data-dir", str(tmp_path / "d"), "queue", "plan", str(path)]) == 1
    assert "reserve" in capsys.readouterr().err
    path.write_text("{not json")
    assert main(["--data-dir", str(tmp_path / "d"), "queue", "plan", str(path)]) == 1
    assert "not valid JSON" in capsys.readouterr().err


def test_queue_add_list_remove(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = ["--data-dir", str(tmp_path / "d")]
    assert main([*data, "queue", "add", "--name", "frame", "--duration-min", "45", "--energy-wh", "90",
                 "--peak-w", "250", "--priority", "3", "--deadline", "2025-03-04T12:00:00Z", "--json"]) == 0
    job = json.loads(capsys.readouterr().out)
    assert job["priority"] == 3 and job["deadline_utc"] == "2025-03-04T12:00:00Z"
    assert main([*data, "queue", "list", "--json"]) == 0
    assert [j["name"] for j in json.loads(capsys.readouterr().out)["jobs"]] == ["frame"]
    assert main([*data, "queue", "add", "--name", "x", "--duration-min", "5", "--energy-wh", "1", "--printer",
                 "nope"]) == 1
    assert "no printer named" in capsys.readouterr().err
    assert main([*data, "queue", "remove", str(job["id"])]) == 0
    assert main([*data, "queue", "remove", "99"]) == 1


GCODE = """; a tiny print
M140 S60
M104 S210
M190 S60
M109 S210
G28
G92 E0
G1 Z0.2 F3000
;LAYER:0
G1 X10 Y10 F3000
G1 X60 Y10 E3 F1500
G1 X60 Y60 E6
G1 X10 Y60 E9
G1 X10 Y10 E12
;LAYER:1
G1 Z0.4
G1 X60 Y10 E15
G1 X60 Y60 E18
M104 S0
M140 S0
"""


def test_queue_add_from_gcode_uses_the_analysis(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "part.gcode"
    path.write_text(GCODE)
    assert main(["--data-dir", str(tmp_path / "d"), "queue", "add", str(path), "--printer-profile", "creality-ender3",
                 "--json"]) == 0
    job = json.loads(capsys.readouterr().out)
    assert job["name"] == "part" and job["duration_min"] > 0 and job["energy_wh"] > 0 and job["peak_w"] > 0
    assert job["printer_profile"] == "creality-ender3"
    bad = tmp_path / "bad.gcode"
    bad.write_bytes(b"\x00\x01\x02")
    assert main(["--data-dir", str(tmp_path / "d"), "queue", "add", str(bad), "--printer-profile",
                 "creality-ender3"]) == 1


def test_queue_set_changes_priority_and_deadline(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = ["--data-dir", str(tmp_path / "lab")]
    assert main([*data, "queue", "add", "--name", "frame", "--duration-min", "60", "--energy-wh", "80",
                 "--peak-w", "200", "--json"]) == 0
    job_id = json.loads(capsys.readouterr().out)["id"]

    assert main([*data, "queue", "set", str(job_id), "--priority", "7", "--deadline", "2099-01-01T10:00:00Z",
                 "--json"]) == 0
    changed = json.loads(capsys.readouterr().out)
    assert changed["job"]["priority"] == 7 and changed["job"]["deadline_utc"] == "2099-01-01T10:00:00Z"
    assert changed["reason"]

    assert main([*data, "queue", "set", str(job_id), "--no-deadline"]) == 0
    assert "priority 7, needed by no deadline" in capsys.readouterr().out
    assert main([*data, "queue", "set", "99", "--priority", "1"]) == 1
    assert "no job 99" in capsys.readouterr().err
