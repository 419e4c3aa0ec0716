"""`heliofab energy site` and `heliofab energy manual`: the site's panels and battery, and hand-typed readings."""

from __future__ import annotations

import argparse
import dataclasses

from app.cli.common import CliContext, CliError, CommandResult, add_json_flag, command_group
from i18n import _

# Flag name → SiteSettings field, for the values an operator sets most.
SITE_FLAGS = {
    "latitude": "latitude_deg",
    "longitude": "longitude_deg",
    "altitude_m": "altitude_m",
    "timezone": "timezone",
    "panels_wp": "panels_wp",
    "tilt_deg": "tilt_deg",
    "azimuth_deg": "panel_azimuth_deg",
    "battery_wh": "battery_capacity_wh",
    "reserve_pct": "battery_reserve_pct",
    "evening_load_w": "evening_load_w",
    "base_load_w": "base_load_w",
}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = command_group(subparsers, "energy", "the site's sun, battery and charge controller")
    site = group.add_parser("site", help="show the site (place, panels, battery), or change it with the flags")
    site.add_argument("--latitude", type=float, help="degrees, north positive")
    site.add_argument("--longitude", type=float, help="degrees, east positive")
    site.add_argument("--altitude-m", type=float)
    site.add_argument("--timezone", help="e.g. Africa/Accra")
    site.add_argument("--panels-wp", type=float, help="total watt-peak of the panels")
    site.add_argument("--tilt-deg", type=float)
    site.add_argument("--azimuth-deg", type=float, help="panel direction: 180 south, 0 north")
    site.add_argument("--battery-wh", type=float, help="battery capacity (volts × amp-hours)")
    site.add_argument("--reserve-pct", type=float, help="never printed from: kept for the lights")
    site.add_argument("--evening-load-w", type=float)
    site.add_argument("--base-load-w", type=float)
    add_json_flag(site)
    site.set_defaults(func=site_command)

    manual = group.add_parser("manual", help="store a reading typed in by hand (when no controller is connected)")
    manual.add_argument("--soc-pct", type=float, help="battery state of charge, %%")
    manual.add_argument("--pv-w", type=float, help="solar power now, W")
    manual.add_argument("--battery-v", type=float, help="battery voltage, V")
    add_json_flag(manual)
    manual.set_defaults(func=manual_command)


def site_command(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from app.energy.site import SiteError, SiteSettings, validate_site

    services = ctx.services()
    site = services.settings.load(SiteSettings)
    changes = {field: getattr(args, flag) for flag, field in SITE_FLAGS.items() if getattr(args, flag) is not None}
    if changes:
        site = dataclasses.replace(site, **changes)
        try:
            validate_site(site)
        except SiteError as exc:
            raise CliError(str(exc)) from exc
        services.settings.save(site)
    data = dataclasses.asdict(site)
    text = "\n".join(f"{name}: {value}" for name, value in data.items())
    if changes:
        text = "Saved.\n" + text
    return CommandResult(data, text)


def manual_command(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from app.energy.monitor import manual_reading
    from app.energy.readings import ReadingError, store_reading

    if args.soc_pct is None and args.pv_w is None and args.battery_v is None:
        raise CliError(_("Give at least one of --soc-pct, --pv-w or --battery-v."), exit_code=2)
    reading = manual_reading(soc_pct=args.soc_pct, pv_w=args.pv_w, battery_v=args.battery_v)
    try:
        reading_id = store_reading(ctx.services().session_factory, reading)
    except ReadingError as exc:
        raise CliError(str(exc)) from exc
    data = {"id": reading_id, **{k: v for k, v in dataclasses.asdict(reading).items() if v is not None}}
    return CommandResult(data, f"Stored reading {reading_id}.")
