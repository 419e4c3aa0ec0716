"""Demo mode: a fresh, throw-away data directory filled with a small believable lab.

The demo lab sits in Tamale, Ghana, with a simulated printer and a simulated charge controller
whose sun follows the real clock, so a newcomer sees the whole product with nothing plugged in.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from db.engine import unit_of_work
from db.models import AgeGroup, Customer, JobState, LensStock, Measurement, Printer, PrintJob

if TYPE_CHECKING:
    from app.services import Services

DEMO_PRINTER_NAME = "Demo printer"
DEMO_PRINTER_PROFILE = "creality-ender3"

SAMPLE_CUSTOMERS = [
    # code, name, age group, far PD, near PD, head width
    ("D-001", "Ama Mensah", AgeGroup.ADULT, 63.0, 59.5, 148.0),
    ("D-002", "Kofi Boateng", AgeGroup.SENIOR, 66.5, 63.0, 154.0),
    ("D-003", "Esi Owusu", AgeGroup.CHILD, 52.0, 48.5, 128.0),
    ("D-004", "Yaw Darko", AgeGroup.TEEN, 60.0, 56.5, 142.0),
]

SAMPLE_LENSES = [
    # shape, diameter mm, power D, count
    ("round", 50.0, 1.0, 6),
    ("round", 50.0, 1.5, 8),
    ("round", 50.0, 2.0, 8),
    ("round", 50.0, 2.5, 5),
    ("round", 45.0, -1.0, 4),
    ("round", 55.0, 3.0, 3),
]


@dataclass
class DemoDevices:
    """The simulated printer (connected, `sim://`) and charge controller (feeding readings,
    `simcharger://`): in-process pyserial ports, no pseudo-terminal, so the demo runs on every OS.
    stop() ends both."""

    printer_port: str
    charger: Any

    def stop(self, services: Services) -> None:
        services.energy.stop()
        self.charger.stop()


def start_demo_devices(services: Services, *, printer_speed: float = 1.0) -> DemoDevices:
    """Start and connect the simulated printer and charge controller of the demo lab."""
    from app.energy.monitor import MonitorCallbacks
    from app.energy.overview import load_site, start_controller, start_demo_charger
    from printers.sim.device import printer_for_url

    port = services.printing.start_simulator(speed=printer_speed)
    services.printing.connect(port)
    with unit_of_work(services.session_factory) as session:
        printer = session.scalar(select(Printer).where(Printer.name == DEMO_PRINTER_NAME))
        if printer is not None:
            printer.port = port
    charger = start_demo_charger(load_site(services.settings))
    # The printer hangs on the controller's load output: its heaters and motors drain the demo
    # battery, so a night print runs it down and the dispatcher's pause ladder has something to do.
    charger.engine.set_load(printer_for_url(port).power_w)
    start_controller(
        services.energy, services.session_factory, services.settings, charger.port_path, "vedirect", MonitorCallbacks()
    )
    return DemoDevices(port, charger)


def seed_demo_lab(services: Services, *, now: datetime | None = None) -> None:
    """The demo site, its printer, sample customers, lens stock and months of finished prints; idempotent."""
    from app.energy.site import SiteSettings

    now = now or datetime.now(timezone.utc)
    with unit_of_work(services.session_factory) as session:
        if session.scalar(select(func.count()).select_from(Customer)):
            return
        session.add(Printer(name=DEMO_PRINTER_NAME, profile_id=DEMO_PRINTER_PROFILE))
        customers = []
        for code, name, age_group, far_pd, near_pd, head_width in SAMPLE_CUSTOMERS:
            customer = Customer(code=code, name=name, age_group=age_group, has_photo_consent=False,
                                notes="Sample customer of the demo lab.")
            customer.measurements.append(Measurement(
                method="ruler", far_pd_mm=far_pd, near_pd_mm=near_pd,
                mono_far_right_mm=far_pd / 2, mono_far_left_mm=far_pd / 2,
                mono_near_right_mm=near_pd / 2, mono_near_left_mm=near_pd / 2,
                head_width_mm=head_width, taken_at=now - timedelta(days=40),
            ))
            customers.append(customer)
        session.add_all(customers)
        session.add_all(LensStock(shape=s, diameter_mm=d, power_d=p, count=c) for s, d, p, c in SAMPLE_LENSES)
        session.flush()
        for months_ago, (customer, outcome, grams, minutes, sun_wh, battery_wh) in enumerate([
            (customers[0], JobState.DONE, 13.2, 96.0, 118.0, 12.0),
            (customers[1], JobState.DONE, 14.0, 101.0, 97.0, 35.0),
            (customers[2], JobState.FAILED, 3.1, 22.0, 10.0, 18.0),
            (customers[2], JobState.DONE, 9.4, 74.0, 88.0, 0.0),
        ]):
            finished = now - timedelta(days=30 * (3 - months_ago) + 2)
            session.add(PrintJob(
                name=f"Frames for {customer.name}", state=outcome, customer_id=customer.id,
                licence="CC-BY-SA-4.0", attribution="Heliofab frame styles",
                started_at=finished - timedelta(minutes=minutes), finished_at=finished,
                printed_minutes=minutes, used_filament_g=grams, filament_g=grams,
                used_energy_wh=sun_wh + battery_wh, energy_from_sun_wh=sun_wh,
                energy_from_battery_wh=battery_wh, material_cost=round(grams * 0.02, 2),
            ))
    services.settings.save(dataclasses.replace(
        services.settings.load(SiteSettings),
        latitude_deg=9.40, longitude_deg=-0.84, altitude_m=183.0, timezone="Africa/Accra",
        panels_wp=400.0, tilt_deg=10.0, panel_azimuth_deg=180.0,
        battery_capacity_wh=2400.0, battery_reserve_pct=40.0, controller="sim",
    ))


def seed_demo_order(services: Services) -> int | None:
    """A saved fit for the first sample customer, really sliced and waiting in the queue (about 2 s);
    does nothing when a job is already waiting. Returns the new job's id."""
    from app.fitting.fits import fit_file_parameters, save_fit
    from app.orders import queue_fit

    with services.session_factory() as session:
        if session.scalar(select(func.count()).select_from(PrintJob).where(PrintJob.state == JobState.QUEUED)):
            return None
        customer = session.scalar(select(Customer).where(Customer.code == SAMPLE_CUSTOMERS[0][0]))
        if customer is None:
            return None
        customer_id, far_pd = customer.id, SAMPLE_CUSTOMERS[0][3]
    halves = {"pd_right_mm": far_pd / 2, "pd_left_mm": far_pd / 2}
    params = fit_file_parameters("round-classic", halves)
    fit = save_fit(services.session_factory, customer_id, "round-classic", params, notes="Sample fit of the demo lab.")
    return queue_fit(
        services.session_factory, services.blobs, services.profiles, services.paths, fit.id,
        printer_id=DEMO_PRINTER_PROFILE,
    ).job_id
