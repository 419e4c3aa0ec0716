"""Planning scenarios as JSON (`heliofab queue plan SCENARIO.json`): parse, check, and build the planner's input."""

from __future__ import annotations

import json
import math
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from typing import Any

import numpy as np

from app.energy.forecast import COLD_START_CAUTIOUS_K, COLD_START_MEDIAN_K
from app.energy.pv import clear_sky_pv_slots_w, site_load_slots_w, staffed_slots
from app.energy.site import SiteError, SiteSettings, check_timezone, validate_battery, validate_site
from app.isotime import parse_iso_datetime
from app.queue.model import BatteryState, PlanInput, PlanInputError, PlanJob, ScenarioJobKey
from i18n import _

HORIZON_DAYS = 7


def parse_utc(value: Any, what: str) -> datetime:
    if not isinstance(value, str):
        raise PlanInputError(_("{what} must be an ISO 8601 time in UTC such as 2025-03-01T06:00:00Z.").format(
                what=what))
    try:
        when = parse_iso_datetime(value)
    except ValueError as exc:
        raise PlanInputError(_("{what} '{value}' is not an ISO 8601 time: write e.g. 2025-03-01T06:00:00Z.").format(
                what=what, value=value)) from exc
    if when.tzinfo is None:
        raise PlanInputError(_("{what} '{value}' has no time zone: end it with Z for UTC.").format(
                what=what, value=value))
    return when.astimezone(timezone.utc)


def _number(data: dict[str, Any], key: str, where: str, default: float | None = None) -> float:
    if key not in data:
        if default is None:
            raise PlanInputError(f"{where} needs '{key}'.")
        return default
    value = data[key]
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(float(value)):
        raise PlanInputError(_("{where}: '{key}' must be a number.").format(where=where, key=key))
    return float(value)


def _series(data: dict[str, Any], key: str, n: int) -> np.ndarray | None:
    if key not in data or data[key] is None:
        return None
    values = data[key]
    if not isinstance(values, list) or not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
        raise PlanInputError(_("'{key}' must be a list of numbers, one per slot.").format(key=key))
    if len(values) != n:
        raise PlanInputError(_("'{key}' has {value} values but the plan has {n} slots: give one per slot.").format(
                key=key, value=len(values), n=n))
    arr = np.asarray(values, dtype=float)
    if np.any(~np.isfinite(arr)) or np.any(arr < 0):
        raise PlanInputError(_("'{key}' must hold watts of 0 or more.").format(key=key))
    return arr


def site_from_json(data: dict[str, Any]) -> SiteSettings:
    if not isinstance(data, dict):
        raise PlanInputError(_("'site' must be an object with latitude, longitude, altitude_m, panels_wp, "
                               "tilt_deg, azimuth_deg."))
    where = "site"
    site = SiteSettings(
        latitude_deg=_number(data, "latitude", where),
        longitude_deg=_number(data, "longitude", where),
        altitude_m=_number(data, "altitude_m", where, 0.0),
        timezone=str(data.get("timezone", "UTC")),
        panels_wp=_number(data, "panels_wp", where),
        tilt_deg=_number(data, "tilt_deg", where, 15.0),
        panel_azimuth_deg=_number(data, "azimuth_deg", where, 180.0 if _number(data, "latitude", where) >= 0 else 0.0),
        losses_pct=_number(data, "losses_pct", where, 14.0),
        albedo=_number(data, "albedo", where, 0.2),
        linke_turbidity=_number(data, "linke_turbidity", where, 3.0),
        base_load_w=_number(data, "base_load_w", where, 10.0),
        evening_load_w=_number(data, "evening_load_w", where, 30.0),
        staffed_from_hour=_number(data, "staffed_from_hour", where, 0.0),
        staffed_to_hour=_number(data, "staffed_to_hour", where, 24.0),
    )
    try:
        check_timezone(site.timezone)
        validate_site(replace(site, battery_capacity_wh=1200.0))
    except SiteError as exc:
        raise PlanInputError(str(exc)) from exc
    return site


def scenario_to_input(data: dict[str, Any]) -> PlanInput:
    if not isinstance(data, dict):
        raise PlanInputError(_("The scenario must be a JSON object: see `heliofab queue plan --example`."))
    start = parse_utc(data.get("start_utc"), "start_utc")
    slot_min = _number(data, "slot_min", "the scenario", 15.0)
    if not 1.0 <= slot_min <= 240.0:
        raise PlanInputError(_("slot_min {slot_min} is outside 1…240 minutes: 15 is usual.").format(
                slot_min=slot_min))
    site = site_from_json(data.get("site"))  # type: ignore[arg-type]
    battery_data = data.get("battery")
    if not isinstance(battery_data, dict):
        raise PlanInputError(_("The scenario needs 'battery' with capacity_wh, soc_pct, reserve_pct and "
                               "efficiencies."))
    capacity = _number(battery_data, "capacity_wh", "battery")
    soc = _number(battery_data, "soc_pct", "battery")
    reserve = _number(battery_data, "reserve_pct", "battery")
    eta_c = _number(battery_data, "charge_efficiency", "battery", 0.95)
    eta_d = _number(battery_data, "discharge_efficiency", "battery", 0.95)
    try:
        validate_battery(capacity_wh=capacity, reserve_pct=reserve, charge_efficiency=eta_c, discharge_efficiency=eta_d)
    except SiteError as exc:
        raise PlanInputError(str(exc)) from exc
    if not 0.0 <= soc <= 100.0:
        raise PlanInputError(_("The battery's soc_pct {soc} is outside 0…100 %.").format(soc=soc))
    battery = BatteryState(
        capacity_wh=capacity,
        soc_pct=soc,
        reserve_pct=reserve,
        charge_efficiency=eta_c,
        discharge_efficiency=eta_d,
        max_charge_w=_number(battery_data, "max_charge_w", "battery", math.inf),
        max_discharge_w=_number(battery_data, "max_discharge_w", "battery", math.inf),
    )
    given = data.get("pv_forecast_w")
    n = len(given) if isinstance(given, list) else round(HORIZON_DAYS * 1440 / slot_min)
    if "n_slots" in data:
        n = int(_number(data, "n_slots", "the scenario"))
    if n <= 0:
        raise PlanInputError(_("The plan needs at least one slot."))
    start_s = start.timestamp()
    pv = _series(data, "pv_forecast_w", n)
    pv_expected = _series(data, "pv_expected_w", n)
    if pv is None:
        clear = clear_sky_pv_slots_w(site, start_s, n, slot_min)
        pv = clear * COLD_START_CAUTIOUS_K
        pv_expected = clear * COLD_START_MEDIAN_K if pv_expected is None else pv_expected
    elif pv_expected is None:
        pv_expected = pv
    load = _series(data, "load_w", n)
    if load is None:
        load = site_load_slots_w(site, start_s, n, slot_min)
    printers_data = data.get("printers")
    if not isinstance(printers_data, list) or not printers_data:
        raise PlanInputError(_("The scenario needs 'printers': a list like [{\"id\": \"P1\"}]."))
    printers = tuple(str(p["id"]) if isinstance(p, dict) and "id" in p else str(p) for p in printers_data)
    jobs_data = data.get("jobs", [])
    if not isinstance(jobs_data, list):
        raise PlanInputError(_("'jobs' must be a list."))
    jobs = tuple(job_from_json(j, i) for i, j in enumerate(jobs_data))
    return PlanInput(
        start_utc=start,
        slot_min=slot_min,
        pv_cautious_w=pv,
        pv_expected_w=pv_expected,
        load_w=load,
        battery=battery,
        printers=printers,
        jobs=jobs,
        start_ok=staffed_slots(site, start_s, n, slot_min),
        timezone=site.timezone,
    )


def job_from_json(data: Any, index: int) -> PlanJob:
    if not isinstance(data, dict) or "id" not in data:
        raise PlanInputError(_("Job number {value} needs at least an 'id'.").format(value=index + 1))
    where = f"Job {data['id']}"
    profile = data.get("profile_w")
    return PlanJob(
        id=ScenarioJobKey(str(data["id"])),
        duration_min=_number(data, "duration_min", where),
        energy_wh=_number(data, "energy_wh", where),
        peak_w=_number(data, "peak_w", where, 0.0),
        priority=int(_number(data, "priority", where, 0.0)),
        deadline_utc=parse_utc(data["deadline_utc"], f"{where}: deadline_utc") if data.get("deadline_utc") else None,
        printer=str(data["printer"]) if data.get("printer") else None,
        profile_w=tuple(float(v) for v in profile) if isinstance(profile, list) else None,
        release_utc=parse_utc(data["release_utc"], f"{where}: release_utc") if data.get("release_utc") else None,
        pinned_start_utc=parse_utc(data["pinned_start_utc"], f"{where}: pinned_start_utc")
        if data.get("pinned_start_utc")
        else None,
        pinned_printer=str(data["pinned_printer"]) if data.get("pinned_printer") else None,
        name=str(data.get("name", "")),
    )


def load_scenario(text: str) -> PlanInput:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise PlanInputError(_("The scenario is not valid JSON (line {lineno}): {msg}.").format(
                lineno=exc.lineno, msg=exc.msg)) from exc
    return scenario_to_input(data)


def example_scenario() -> dict[str, Any]:
    """A complete scenario: a lab near Nairobi, 200 Wp, a 100 Ah 12 V AGM battery, two printers, five jobs."""
    start = datetime(2025, 3, 3, 3, 0, tzinfo=timezone.utc)  # 06:00 in Nairobi

    def at(hours: float) -> str:
        return (start + timedelta(hours=hours)).isoformat().replace("+00:00", "Z")

    return {
        "start_utc": at(0),
        "slot_min": 15,
        "site": {
            "latitude": -1.2921,
            "longitude": 36.8219,
            "altitude_m": 1795,
            "timezone": "Africa/Nairobi",
            "panels_wp": 400,
            "tilt_deg": 10,
            "azimuth_deg": 0,
            "base_load_w": 10,
            "evening_load_w": 30,
        },
        "battery": {
            "capacity_wh": 1200,
            "soc_pct": 70,
            "reserve_pct": 50,
            "charge_efficiency": 0.95,
            "discharge_efficiency": 0.95,
        },
        "printers": [{"id": "P1"}, {"id": "P2"}],
        "jobs": [
            {"id": "frame-amina", "duration_min": 50, "energy_wh": 95, "peak_w": 250, "priority": 5,
             "deadline_utc": at(12)},
            {"id": "frame-joseph", "duration_min": 45, "energy_wh": 85, "peak_w": 250, "priority": 3},
            {"id": "case-batch", "duration_min": 240, "energy_wh": 420, "peak_w": 260, "priority": 1},
            {"id": "hinge-spares", "duration_min": 30, "energy_wh": 45, "peak_w": 240, "priority": 0,
             "printer": "P2"},
            {"id": "rush-demo", "duration_min": 180, "energy_wh": 400, "peak_w": 280, "priority": 9,
             "deadline_utc": at(2)},
        ],
    }
