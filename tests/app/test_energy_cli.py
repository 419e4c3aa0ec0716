from __future__ import annotations

import csv
import json
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

from app.cli import main
from app.energy.readings import load_readings
from app.energy.sim_charger import SimChargerConfig, SimulatedCharger
from app.services import StartupOptions, build_services


def _write_csv(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def test_solar_table_adds_columns_and_keeps_input(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    _write_csv(src, [
        {"latitude": "39.742476", "longitude": "-105.1786", "altitude_m": "1830.14", "time_utc": "2003-10-17T19:30:30Z",
         "tilt_deg": "30", "azimuth_deg": "170", "albedo": "0.2", "note": "SPA example"},
        {"latitude": "-33.9", "longitude": "18.4", "altitude_m": "10", "time_utc": "2024-06-21T02:00:00Z",
         "tilt_deg": "", "azimuth_deg": "", "albedo": "", "note": "night in Cape Town"},
    ])
    out = tmp_path / "out.csv"
    assert main(["--data-dir", str(tmp_path / "d"), "energy", "solar-table", str(src), "-o", str(out)]) == 0
    with out.open() as fh:
        rows = list(csv.DictReader(fh))
    assert rows[0]["note"] == "SPA example"
    # Pressure from 1830 m and 12 °C, as the task defines it: within 0.02° of SPA's 50.1116 at 820 mbar / 11 °C.
    assert float(rows[0]["apparent_zenith_deg"]) == pytest.approx(50.1116, abs=0.02)
    assert float(rows[0]["sun_azimuth_deg"]) == pytest.approx(194.3402, abs=0.02)
    assert float(rows[0]["poa_wm2"]) > float(rows[0]["ghi_clear_wm2"])
    assert all(float(rows[1][c]) == 0 for c in ("ghi_clear_wm2", "dni_clear_wm2", "dhi_clear_wm2", "poa_wm2"))


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({"latitude": "95", "longitude": "0", "altitude_m": "0", "time_utc": "2024-01-01T00:00:00Z"}, "latitude"),
        ({"latitude": "10", "longitude": "0", "altitude_m": "0", "time_utc": "yesterday"}, "ISO 8601"),
        ({"latitude": "ten", "longitude": "0", "altitude_m": "0", "time_utc": "2024-01-01T00:00:00Z"}, "not a number"),
    ],
)
def test_solar_table_bad_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str], row: dict[str, str],
                              message: str) -> None:
    src = tmp_path / "in.csv"
    _write_csv(src, [row])
    out = tmp_path / "out.csv"
    assert main(["--data-dir", str(tmp_path / "d"), "energy", "solar-table", str(src), "-o", str(out)]) == 1
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_energy_read_from_the_simulated_charger_stores_readings(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "d"
    config = SimChargerConfig(interval_s=0.05, time_scale=60.0)
    with SimulatedCharger(config, now_utc=lambda: datetime(2025, 3, 3, 11, 0, tzinfo=timezone.utc)) as sim:
        code = main(["--data-dir", str(data), "energy", "read", "--port", sim.port_path,
                     "--controller", "vedirect", "--count", "3", "--json"])
    assert code == 0
    out = json.loads(capsys.readouterr().out)
    assert out["stored"] == 3 and len(out["readings"]) == 3
    services = build_services(StartupOptions(data_dir=data))
    try:
        assert len(load_readings(services.session_factory)) == 3
    finally:
        services.close()


def test_energy_read_knows_the_simulated_charger_speaks_vedirect(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    data = ["--data-dir", str(tmp_path / "d")]
    code = main([*data, "energy", "read", "--port", "simcharger://trial?interval_s=0.02", "--no-store", "--json"])
    assert code == 0, capsys.readouterr().err
    assert len(json.loads(capsys.readouterr().out)["readings"]) == 1


def test_energy_read_on_a_real_port_asks_which_controller(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--data-dir", str(tmp_path / "d"), "energy", "read", "--port", "COM4"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1
    assert "Say which controller is on COM4: add --controller vedirect (Victron), --controller modbus-renogy" in err[0]


def test_energy_cli_does_not_import_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from app.cli import main; "
        f"rc = main(['--data-dir', {str(tmp_path / 'd')!r}, 'queue', 'plan', '--example']); "
        "assert 'PySide6' not in sys.modules, 'Qt was imported'; sys.exit(rc)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
