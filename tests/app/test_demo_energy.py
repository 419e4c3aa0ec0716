"""Demo mode's battery feels the printer: a print at night drains the simulated charge controller."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime, timezone

import pytest

from app.energy.sim_charger import ChargerPlant, SimChargerConfig, encode_block
from app.energy.vedirect import VeDirectParser, block_to_reading
from printers.sim.device import SimPrinterDevice, printer_for_url, start_printer
from printers.sim.firmware import SimConfig
from printers.transport import open_serial

MIDNIGHT = datetime(2026, 1, 15, 0, 0, tzinfo=timezone.utc)
NOON = datetime(2026, 1, 15, 12, 0, tzinfo=timezone.utc)


@pytest.fixture
def printer() -> Iterator[SimPrinterDevice]:
    device = start_printer("demo-energy", config=SimConfig(speed=0.0))  # heats at once
    try:
        yield device
    finally:
        device.stop()


def _send(device: SimPrinterDevice, *lines: str) -> None:
    done = len(device.executed_commands()) + len(lines)
    with open_serial(device.url, 115200, timeout_s=1.0) as port:
        for line in lines:
            port.write(f"{line}\n".encode("ascii"))
        deadline = time.monotonic() + 5.0
        while time.monotonic() < deadline and len(device.executed_commands()) < done:
            time.sleep(0.02)
    assert device.executed_commands()[-len(lines):] == list(lines)


def _plant(config: SimChargerConfig, printer: SimPrinterDevice | None) -> ChargerPlant:
    plant = ChargerPlant(config, now_utc=lambda: MIDNIGHT)
    if printer is not None:
        plant.set_load(printer.power_w)
    return plant


def test_an_idle_printer_draws_its_electronics_and_a_heated_one_much_more(printer: SimPrinterDevice) -> None:
    idle = printer.power_w()
    assert 0 < idle < 15
    _send(printer, "M140 S60", "M104 S210")
    held = printer.power_w()
    assert held > idle + 40  # bed and hotend held at temperature
    _send(printer, "M140 S0", "M104 S0")
    assert printer.power_w() == pytest.approx(idle)


def test_a_print_at_night_drains_the_demo_battery(printer: SimPrinterDevice) -> None:
    config = SimChargerConfig(capacity_wh=2400, soc_pct=70, other_load_w=5.0)
    _send(printer, "M140 S60", "M104 S210")
    printing = _plant(config, printer)
    lab_only = _plant(config, None)
    fields: dict[str, str] = {}
    for _ in range(4):  # four hours of night, an hour a block
        fields = dict(printing.block(MIDNIGHT, 3600.0))
        lab_only.block(MIDNIGHT, 3600.0)
    draw_wh = 4 * (printer.power_w() + 5.0)
    assert printing.soc_pct == pytest.approx(70 - draw_wh / 0.95 / 2400 * 100, abs=0.01)
    assert lab_only.soc_pct == pytest.approx(70 - 4 * 5.0 / 0.95 / 2400 * 100, abs=0.01)
    # The controller says so on the wire: the load current is the printer's and the lab's.
    volts = int(fields["V"]) / 1000
    assert int(fields["IL"]) / 1000 * volts == pytest.approx(printer.power_w() + 5.0, rel=0.01)
    blocks = VeDirectParser().feed(encode_block(list(fields.items())))
    reading = block_to_reading(blocks[-1].fields, MIDNIGHT)
    assert reading is not None and reading.load_w == pytest.approx(printer.power_w() + 5.0, rel=0.01)


def test_a_battery_run_flat_cuts_the_load_and_never_goes_negative(printer: SimPrinterDevice) -> None:
    _send(printer, "M140 S100", "M104 S250")
    plant = _plant(SimChargerConfig(capacity_wh=100, soc_pct=5, other_load_w=5.0), printer)
    fields = dict(plant.block(MIDNIGHT, 3600.0))
    assert plant.soc_pct == 0.0
    fields = dict(plant.block(MIDNIGHT, 3600.0))
    assert plant.soc_pct == 0.0 and fields["LOAD"] == "OFF" and fields["IL"] == "0"


def test_the_sun_pays_for_the_print_by_day(printer: SimPrinterDevice) -> None:
    _send(printer, "M140 S60", "M104 S210")
    config = SimChargerConfig(capacity_wh=2400, soc_pct=50, panels_wp=400, cloudiness=0.0)
    plant = ChargerPlant(config, now_utc=lambda: NOON)
    plant.set_load(printer.power_w)
    plant.block(NOON, 600.0)
    assert plant.soc_pct > 50.0


def test_the_demo_couples_its_printer_to_its_charge_controller(services) -> None:  # type: ignore[no-untyped-def]
    from app.demo import seed_demo_lab, start_demo_devices
    from app.energy.site import SiteSettings

    seed_demo_lab(services)
    devices = start_demo_devices(services, printer_speed=0.0)
    try:
        printer = printer_for_url(devices.printer_port)
        plant = devices.charger.engine.plant
        base = services.settings.load(SiteSettings).base_load_w
        assert plant.load_w() == pytest.approx(base + printer.power_w())
        services.printing.set_temperatures(devices.printer_port, hotend_c=210, bed_c=60)
        deadline = time.monotonic() + 10.0
        while time.monotonic() < deadline and printer.power_w() < 50:
            time.sleep(0.05)
        assert plant.load_w() == pytest.approx(base + printer.power_w()) and plant.load_w() > base + 50
    finally:
        devices.stop(services)
