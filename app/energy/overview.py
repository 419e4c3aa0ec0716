"""What the Energy screen shows and does, as plain functions over the stores they read (no Qt here)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from app.energy.battery import BatterySpec, SocEstimator, usable_energy_wh
from app.energy.forecast import SILENT_AFTER_S
from app.energy.monitor import MonitorCallbacks, manual_reading
from app.energy.readings import Reading, store_reading
from app.energy.sim_charger import SimChargerConfig
from app.energy.sim_charger_device import SimChargerDevice, start_charger
from app.energy.site import SiteSettings, validate_site
from app.energy.state import SLOT_MIN, energy_now

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from app.energy.monitor import EnergyMonitor
    from app.settings import SettingsStore


@dataclass(frozen=True)
class EnergyOverview:
    site: SiteSettings
    latest: Reading | None
    is_silent: bool
    soc_pct: float
    soc_note: str
    usable_wh: float
    start_utc: datetime
    slot_min: float
    clear_w: tuple[float, ...]  # the next 48 h
    expected_w: tuple[float, ...]
    cautious_w: tuple[float, ...]
    today_kwh_expected: float


def load_site(settings: SettingsStore) -> SiteSettings:
    return settings.load(SiteSettings)


def save_site(settings: SettingsStore, site: SiteSettings) -> None:
    """Raises SiteError (one sentence) and saves nothing when a value makes no sense."""
    validate_site(site)
    settings.save(site)


def energy_overview(
    session_factory: sessionmaker[Session], settings: SettingsStore, now: datetime | None = None
) -> EnergyOverview:
    now = now or datetime.now(timezone.utc)
    state = energy_now(session_factory, settings, now)
    n = int(48 * 60 / SLOT_MIN)
    spec = BatterySpec.from_site(state.site)
    latest = state.latest
    is_silent = latest is None or (now - latest.at_utc).total_seconds() > SILENT_AFTER_S
    day = int(24 * 60 / SLOT_MIN)
    return EnergyOverview(
        site=state.site,
        latest=latest,
        is_silent=is_silent,
        soc_pct=state.soc_pct,
        soc_note=state.soc_note,
        usable_wh=usable_energy_wh(spec, state.soc_pct),
        start_utc=state.start_utc,
        slot_min=SLOT_MIN,
        clear_w=tuple(state.forecast.clear_w[:n].tolist()),
        expected_w=tuple(state.forecast.expected_w[:n].tolist()),
        cautious_w=tuple(state.forecast.cautious_w[:n].tolist()),
        today_kwh_expected=float(state.forecast.expected_w[:day].sum() * SLOT_MIN / 60.0 / 1000.0),
    )


def add_manual_reading(
    session_factory: sessionmaker[Session], *, soc_pct: float | None, pv_w: float | None, battery_v: float | None
) -> None:
    """Raises ReadingError for impossible values; nothing is stored then."""
    store_reading(session_factory, manual_reading(soc_pct=soc_pct, pv_w=pv_w, battery_v=battery_v))


def start_demo_charger(site: SiteSettings, *, time_scale: float = 1.0) -> SimChargerDevice:
    """A simulated VE.Direct controller for demo mode, sized like the site, on a `simcharger://` port
    (no pseudo-terminal: the same on every OS), with the site's own loads on its load output (couple
    a printer with `engine.set_load`); the caller stops it."""
    offset_h = 0.0
    try:
        delta = datetime.now(site.zone).utcoffset()
        offset_h = 0.0 if delta is None else delta.total_seconds() / 3600.0
    except Exception:
        offset_h = 0.0
    return start_charger(
        "demo",
        SimChargerConfig(
            panels_wp=site.panels_wp,
            capacity_wh=site.battery_capacity_wh,
            battery_v=site.system_voltage_v + 0.8,
            utc_offset_h=offset_h,
            time_scale=time_scale,
            other_load_w=site.base_load_w,
        ),
    )


def start_controller(
    energy: EnergyMonitor,
    session_factory: sessionmaker[Session],
    settings: SettingsStore,
    port: str,
    controller: str,
    callbacks: MonitorCallbacks,
) -> None:
    """Start the live link; controllers without a state of charge get the coulomb-counting estimate,
    seeded with the last known one."""
    site = load_site(settings)
    start_soc = energy_overview(session_factory, settings).soc_pct
    energy.start(
        port,
        controller,
        callbacks,
        estimator=SocEstimator(BatterySpec.from_site(site), start_soc),
        other_load_w=site.base_load_w,
    )
