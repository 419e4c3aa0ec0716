"""The site's energy state now: settings, stored readings, the learned forecast, the battery estimate."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING

from app.energy.forecast import Forecast, PvSample, forecast, learn_cloud_model, recent_index
from app.energy.readings import Reading, load_readings
from app.energy.site import SiteSettings, validate_site
from i18n import N_, _

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from app.settings import SettingsStore

HORIZON_DAYS = 7

SLOT_MIN = 15.0
HISTORY_DAYS = 30
# Without a fresh state of charge the planner assumes the battery drained at this rate since the last one.
UNKNOWN_DRAIN_PCT_PER_H = 2.0
# The battery notes are stored in English (plans, --json) and translated where shown: `shown_soc_note`.
NO_SOC_NOTE = N_("no state of charge measured yet: assuming the reserve")
MEASURED_NOTE = N_("measured")
_AGE_NOTE = N_("last measured {hours} h ago: assuming {drain} %/h drain since")
_AGE_PATTERN = re.compile(r"last measured (?P<hours>[\d.]+) h ago: assuming (?P<drain>[\d.]+) %/h drain since")


def shown_soc_note(note: str) -> str:
    """A stored battery note in the operator's language (a note this version does not know stays as is)."""
    match = _AGE_PATTERN.fullmatch(note)
    if match:
        return _(_AGE_NOTE).format(**match.groupdict())
    return _(note) if note else note


@dataclass(frozen=True)
class EnergyNow:
    site: SiteSettings
    latest: Reading | None
    soc_pct: float
    soc_note: str
    forecast: Forecast
    start_utc: datetime

    @property
    def is_soc_assumed(self) -> bool:
        """No state of charge was ever measured: the plan starts from the reserve, a guess."""
        return self.soc_note == NO_SOC_NOTE


def slot_floor(now: datetime) -> datetime:
    now = now.astimezone(timezone.utc)
    return now.replace(minute=(now.minute // 15) * 15, second=0, microsecond=0)


def energy_now(
    session_factory: sessionmaker[Session], settings: SettingsStore, now: datetime | None = None
) -> EnergyNow:
    site = settings.load(SiteSettings)
    validate_site(site)
    now = now or datetime.now(timezone.utc)
    start = slot_floor(now)
    readings = load_readings(session_factory, since_utc=now - timedelta(days=HISTORY_DAYS))
    samples = [PvSample(r.at_utc.timestamp(), r.pv_w, r.is_censored) for r in readings if r.pv_w is not None]
    model = learn_cloud_model(site, samples)
    latest = readings[-1] if readings else None
    k_now = recent_index(site, samples, now.timestamp())
    fc = forecast(
        site, model, start.timestamp(), int(HORIZON_DAYS * 1440 / SLOT_MIN), SLOT_MIN,
        k_now=k_now, last_reading_s=latest.at_utc.timestamp() if latest else None,
    )
    soc, note = _soc_estimate(site, readings, now)
    return EnergyNow(site, latest, soc, note, fc, start)


def _soc_estimate(site: SiteSettings, readings: list[Reading], now: datetime) -> tuple[float, str]:
    with_soc = [r for r in readings if r.soc_pct is not None]
    if not with_soc:
        # No measurement at all: assume the battery sits at its reserve, so nothing is planned on hope.
        return site.battery_reserve_pct, NO_SOC_NOTE
    last = with_soc[-1]
    age_h = max(0.0, (now - last.at_utc).total_seconds() / 3600.0)
    soc = float(last.soc_pct)  # type: ignore[arg-type]
    if age_h > 0.25:
        soc = max(0.0, soc - UNKNOWN_DRAIN_PCT_PER_H * age_h)
        return soc, _AGE_NOTE.format(hours=f"{age_h:.1f}", drain=f"{UNKNOWN_DRAIN_PCT_PER_H:.0f}")
    return soc, MEASURED_NOTE
