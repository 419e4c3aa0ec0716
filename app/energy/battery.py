"""Battery state of charge: coulomb counting with efficiency and Peukert, resynced when full or at rest."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from app.energy.site import BatteryChemistry, SiteSettings

# Resting open-circuit voltage per 12 V nominal (25 °C). Lead-acid is usable across the range; LFP is
# flat from ~20 to ~90 %, so only its knees are trusted.
_OCV_LEAD_V = ((11.7, 0.0), (12.0, 25.0), (12.2, 50.0), (12.4, 75.0), (12.65, 100.0))
_OCV_LFP_KNEES_V = ((12.0, 5.0), (12.8, 20.0))
ZERO_CURRENT_A = 0.1


@dataclass(frozen=True)
class BatterySpec:
    chemistry: BatteryChemistry
    capacity_wh: float
    nominal_v: float
    reserve_pct: float
    charge_efficiency: float
    discharge_efficiency: float
    peukert_exponent: float = 1.0
    rated_hours: float = 20.0
    charged_v: float = 13.2  # per 12 V nominal: "charged" once above this with a small tail current
    tail_current_pct: float = 4.0
    charged_detect_s: float = 180.0

    @property
    def capacity_ah(self) -> float:
        return self.capacity_wh / self.nominal_v

    @property
    def rest_s(self) -> float:
        return 3 * 3600.0 if self.chemistry is BatteryChemistry.LEAD_ACID else 1800.0

    @classmethod
    def from_site(cls, site: SiteSettings) -> BatterySpec:
        chemistry = BatteryChemistry(site.battery_chemistry)
        return cls(
            chemistry=chemistry,
            capacity_wh=site.battery_capacity_wh,
            nominal_v=site.system_voltage_v,
            reserve_pct=site.battery_reserve_pct,
            charge_efficiency=site.charge_efficiency,
            discharge_efficiency=site.discharge_efficiency,
            peukert_exponent=1.25 if chemistry is BatteryChemistry.LEAD_ACID else 1.05,
            charged_v=13.2 if chemistry is BatteryChemistry.LEAD_ACID else 13.6,
        )


def usable_energy_wh(spec: BatterySpec, soc_pct: float) -> float:
    """Energy above the reserve that the loads can actually get (after discharge losses)."""
    return max(0.0, (soc_pct - spec.reserve_pct) / 100.0 * spec.capacity_wh * spec.discharge_efficiency)


def soc_from_rest_voltage(spec: BatterySpec, volts: float) -> float | None:
    """SoC from a rested battery's voltage, or None where the curve is too flat to tell."""
    per12 = volts * 12.0 / spec.nominal_v
    if spec.chemistry is BatteryChemistry.LEAD_ACID:
        v, soc = zip(*_OCV_LEAD_V, strict=True)
        return float(np.interp(per12, v, soc))
    if per12 <= _OCV_LFP_KNEES_V[-1][0]:
        knee_v, knee_soc = zip(*_OCV_LFP_KNEES_V, strict=True)
        return float(np.interp(per12, knee_v, knee_soc))
    return None


class SocEstimator:
    """Counts charge in and out; `update` takes one measurement interval (current + charging)."""

    def __init__(self, spec: BatterySpec, soc_pct: float) -> None:
        self.spec = spec
        self.soc_pct = float(np.clip(soc_pct, 0.0, 100.0))
        self._charged_for_s = 0.0
        self._rest_for_s = 0.0
        self.last_resync = ""

    def update(self, current_a: float, volts: float, dt_s: float) -> float:
        spec = self.spec
        q_ah = spec.capacity_ah
        if current_a > ZERO_CURRENT_A:
            self.soc_pct += spec.charge_efficiency * current_a * dt_s / 3600.0 / q_ah * 100.0
        elif current_a < -ZERO_CURRENT_A:
            # Peukert: high currents drain the usable capacity faster than their amp-hours suggest.
            rated_a = q_ah / spec.rated_hours
            factor = (abs(current_a) / rated_a) ** (spec.peukert_exponent - 1.0) if abs(current_a) > rated_a else 1.0
            self.soc_pct += current_a * factor * dt_s / 3600.0 / q_ah * 100.0
        self.soc_pct = float(np.clip(self.soc_pct, 0.0, 100.0))
        self._resync(current_a, volts, dt_s)
        return self.soc_pct

    def _resync(self, current_a: float, volts: float, dt_s: float) -> None:
        spec = self.spec
        per12 = volts * 12.0 / spec.nominal_v
        tail_a = spec.capacity_ah * spec.tail_current_pct / 100.0
        if per12 >= spec.charged_v and 0 <= current_a < tail_a:
            self._charged_for_s += dt_s
            if self._charged_for_s >= spec.charged_detect_s:
                self.soc_pct = 100.0
                self.last_resync = "full charge"
        else:
            self._charged_for_s = 0.0
        if abs(current_a) < spec.capacity_ah / 100.0:
            self._rest_for_s += dt_s
            if self._rest_for_s >= spec.rest_s:
                rest = soc_from_rest_voltage(spec, volts)
                if rest is not None:
                    self.soc_pct = rest
                    self.last_resync = "resting voltage"
        else:
            self._rest_for_s = 0.0
