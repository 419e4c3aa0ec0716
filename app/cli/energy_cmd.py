"""`heliofab energy solar-table | read | controller` and `heliofab sim-charger`. No Qt here: these run headless."""

from __future__ import annotations

import argparse
import csv
import io
import math
import signal
import threading
from datetime import timezone
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.common import CliContext, CliError, CommandResult, add_json_flag, command_group, format_table
from app.isotime import parse_iso_datetime
from i18n import _, ngettext

if TYPE_CHECKING:
    from app.energy.readings import Reading


REQUIRED_COLUMNS = ("latitude", "longitude", "altitude_m", "time_utc")
CONTROLLER_KINDS = ("vedirect", "modbus-renogy", "modbus-epever")
OUT_COLUMNS = ("apparent_zenith_deg", "sun_azimuth_deg", "ghi_clear_wm2", "dni_clear_wm2", "dhi_clear_wm2", "poa_wm2")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = command_group(subparsers, "energy", "the site's sun, clear sky and charge controller")
    table = group.add_parser("solar-table", help="sun position and clear-sky irradiance for each row of a CSV")
    table.add_argument("input", metavar="IN.csv")
    table.add_argument("-o", "--output", metavar="OUT.csv", help="write here instead of printing")
    add_json_flag(table)
    table.set_defaults(func=solar_table)

    read = group.add_parser("read", help="read a charge controller and store its readings")
    read.add_argument(
        "--port", required=True,
        help="serial port, e.g. COM4 or /dev/ttyUSB0, or simcharger:// for the simulated controller"
    )
    read.add_argument(
        "--controller", choices=CONTROLLER_KINDS,
        help="the controller's protocol (vedirect for Victron); not needed for simcharger://, which speaks VE.Direct",
    )
    read.add_argument("--count", type=int, default=1, help="how many readings (default 1)")
    read.add_argument("--timeout", type=float, default=5.0, help="seconds of silence before giving up")
    read.add_argument("--no-store", action="store_true", help="print only, don't store the readings")
    add_json_flag(read)
    read.set_defaults(func=energy_read)

    link = group.add_parser(
        "controller", help="the charge controller the lab listens to (`lab run` and the window), or --none"
    )
    link.add_argument("--port", help="e.g. COM4, /dev/ttyUSB0, or simcharger://NAME for the simulated controller")
    link.add_argument("--kind", choices=CONTROLLER_KINDS, help="the controller's protocol (vedirect for Victron)")
    link.add_argument("--none", action="store_true", help="no controller: readings are typed by hand (`energy manual`)")
    add_json_flag(link)
    link.set_defaults(func=energy_controller)

    sim = subparsers.add_parser(
        "sim-charger",
        help="a simulated VE.Direct charge controller on a pseudo-terminal (POSIX; --port simcharger:// works "
             "everywhere)",
    )
    sim.add_argument("--link", metavar="PATH", help="also make a symlink to the port here")
    sim.add_argument("--panels-wp", type=float, default=200.0)
    sim.add_argument("--time-scale", type=float, default=1.0, help="simulated seconds per real second")
    sim.add_argument("--seconds", type=float, default=0.0, help="stop after this long (default: until Ctrl-C)")
    add_json_flag(sim)
    sim.set_defaults(func=sim_charger)


# ---- solar-table -------------------------------------------------------------------------------

def _float(row: dict[str, str], key: str, line: int, default: float | None = None) -> float:
    text = (row.get(key) or "").strip()
    if not text:
        if default is None:
            raise CliError(_("Row {line}: '{key}' is empty: fill it in.").format(line=line, key=key))
        return default
    try:
        value = float(text)
    except ValueError as exc:
        raise CliError(_("Row {line}: '{key}' = {text!r} is not a number.").format(
                line=line, key=key, text=text)) from exc
    if not math.isfinite(value):
        raise CliError(_("Row {line}: '{key}' is not a finite number.").format(line=line, key=key))
    return value


def _time(text: str, line: int) -> float:
    try:
        when = parse_iso_datetime(text.strip())
    except ValueError as exc:
        raise CliError(_("Row {line}: time_utc {text!r} is not ISO 8601 (write e.g. 2024-06-21T12:00:00Z).").format(
                line=line, text=text)) from exc
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)  # the column is UTC by name
    return when.timestamp()


def compute_solar_table(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    import numpy as np

    from app.energy.clearsky import day_of_year, extra_radiation_wm2, ineichen
    from app.energy.poa import poa_irradiance_wm2
    from app.energy.sunpos import pressure_hpa_from_altitude, solar_position

    n = len(rows)
    lat, lon, alt, times, tilt, az, albedo = (np.empty(n) for _column in range(7))
    for i, row in enumerate(rows):
        line = i + 2  # header is line 1
        lat[i] = _float(row, "latitude", line)
        lon[i] = _float(row, "longitude", line)
        alt[i] = _float(row, "altitude_m", line, 0.0)
        times[i] = _time(row.get("time_utc", ""), line)
        tilt[i] = _float(row, "tilt_deg", line, 0.0)
        az[i] = _float(row, "azimuth_deg", line, 180.0)
        albedo[i] = _float(row, "albedo", line, 0.2)
        if not -90 <= lat[i] <= 90:
            raise CliError(_("Row {line}: latitude {value} is outside -90…90°.").format(line=line, value=lat[i]))
        if not -180 <= lon[i] <= 360:
            raise CliError(_("Row {line}: longitude {value} is outside -180…180°.").format(
                    line=line, value=lon[i]))
        if not 0 <= tilt[i] <= 180:
            raise CliError(_("Row {line}: tilt_deg {value} is outside 0…180°.").format(line=line, value=tilt[i]))
        if not 0 <= albedo[i] <= 1:
            raise CliError(_("Row {line}: albedo {value} is outside 0…1.").format(line=line, value=albedo[i]))
    pos = solar_position(times, lat, lon, altitude_m=alt, pressure_hpa=pressure_hpa_from_altitude(alt),
                         temperature_c=12.0)
    sky = ineichen(pos.apparent_zenith_deg, alt, extra_radiation_wm2(day_of_year(times)))
    poa = poa_irradiance_wm2(
        tilt_deg=tilt, panel_azimuth_deg=az, sun_zenith_deg=pos.apparent_zenith_deg, sun_azimuth_deg=pos.azimuth_deg,
        ghi_wm2=sky.ghi_wm2, dni_wm2=sky.dni_wm2, dhi_wm2=sky.dhi_wm2, albedo=albedo,
    )
    out = []
    for i, row in enumerate(rows):
        values = (pos.apparent_zenith_deg[i], pos.azimuth_deg[i], sky.ghi_wm2[i], sky.dni_wm2[i], sky.dhi_wm2[i],
                  poa[i])
        computed = {k: f"{v:.6f}" if k.endswith("_deg") else f"{v:.4f}"
                    for k, v in zip(OUT_COLUMNS, values, strict=True)}
        out.append({**row, **computed})
    return out


def _csv_text(columns: list[str], rows: list[dict[str, str]], line_end: str) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator=line_end)
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def solar_table(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    path = Path(args.input)
    try:
        with path.open(newline="", encoding="utf-8-sig") as fh:
            reader = csv.DictReader(fh)
            header = list(reader.fieldnames or [])
            rows = list(reader)
    except OSError as exc:
        raise CliError(_("Cannot read {path}: {strerror}.").format(path=path, strerror=exc.strerror)) from exc
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise CliError(_("{name} lacks the column(s) {value}: the header needs {value2}.").format(
                name=path.name, value=', '.join(missing), value2=', '.join(REQUIRED_COLUMNS)))
    out_rows = compute_solar_table(rows) if rows else []
    columns = header + [c for c in OUT_COLUMNS if c not in header]
    if args.output:
        from catalog.blobstore import atomic_write_bytes

        target = Path(args.output)
        atomic_write_bytes(target, _csv_text(columns, out_rows, "\r\n").encode("utf-8"))
        text = ngettext("Wrote {count} row to {path}.", "Wrote {count} rows to {path}.", len(out_rows)).format(
            count=len(out_rows), path=target)
    else:
        text = _csv_text(columns, out_rows, "\n")
    return CommandResult({"rows": out_rows, "output": args.output}, text)


# ---- read ---------------------------------------------------------------------------------------

def controller_kind(port: str, given: str | None, *, flag: str) -> str:
    """The protocol named with `flag`, else the one the port implies (the simulated controller speaks
    VE.Direct); a real port says nothing about what is plugged into it, so the operator must."""
    from app.energy.site import ControllerKind

    if given:
        return given
    if port.strip().lower().startswith("simcharger://"):
        return ControllerKind.VEDIRECT.value
    raise CliError(
        _("Say which controller is on {port}: add {flag} vedirect (Victron), {flag} modbus-renogy or {flag}"
          " modbus-epever.").format(
                port=port, flag=flag),
        exit_code=2,
    )


def _read_readings(port_path: str, controller: str, count: int, timeout_s: float) -> tuple[list[Reading], list[str]]:
    from app.energy import modbus, vedirect
    from app.energy.serial_link import open_controller_port
    from app.energy.site import ControllerKind
    from printers.transport import PortError

    kind = ControllerKind(controller)
    baud = {ControllerKind.VEDIRECT: vedirect.BAUD, ControllerKind.MODBUS_RENOGY: modbus.RENOGY_BAUD}.get(
        kind, modbus.EPEVER_BAUD
    )
    try:
        port = open_controller_port(port_path, baud, timeout_s=0.5 if kind is ControllerKind.VEDIRECT else timeout_s)
    except PortError as exc:
        raise CliError(str(exc)) from exc
    try:
        if kind is ControllerKind.VEDIRECT:
            parser = vedirect.VeDirectParser()
            readings = list(vedirect.read_vedirect(port, count=count, timeout_s=timeout_s, parser=parser))
            return readings, list(dict.fromkeys(parser.messages))
        read_once = ((lambda: modbus.read_renogy(port)) if kind is ControllerKind.MODBUS_RENOGY
                     else (lambda: modbus.read_epever(port)))
        return modbus.poll(read_once, count=count, interval_s=1.0), []
    except modbus.ModbusError as exc:
        raise CliError(str(exc)) from exc
    finally:
        port.close()


def energy_read(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from app.energy.readings import ControllerSilentError, ReadingError, store_reading

    if args.count < 1:
        raise CliError(_("--count must be 1 or more."))
    try:
        kind = controller_kind(args.port, args.controller, flag="--controller")
        readings, problems = _read_readings(args.port, kind, args.count, args.timeout)
    except ControllerSilentError as exc:
        raise CliError(str(exc)) from exc
    stored = 0
    if not args.no_store:
        factory = ctx.services().session_factory
        for reading in readings:
            try:
                store_reading(factory, reading)
                stored += 1
            except ReadingError as exc:
                problems.append(str(exc))
    rows = [
        [f"{r.at_utc:%H:%M:%S}", _fmt(r.pv_w, "W"), _fmt(r.battery_v, "V", 2), _fmt(r.battery_a, "A", 2),
         _fmt(r.soc_pct, "%"), r.charge_state.label or "?"]
        for r in readings
    ]
    text = format_table([_("time (UTC)"), _("PV"), _("battery"), _("current"), _("SoC"), _("stage")], rows)
    if not args.no_store:
        text += "\n" + ngettext("Stored {stored} of {count} reading.", "Stored {stored} of {count} readings.",
                                 len(readings)).format(stored=stored, count=len(readings))
    text += "".join(f"\n{p}" for p in problems)
    return CommandResult({"readings": [r.to_json() for r in readings], "stored": stored, "problems": problems}, text)


def _fmt(value: float | None, unit: str, digits: int = 0) -> str:
    return "—" if value is None else f"{value:.{digits}f} {unit}"


# ---- controller ---------------------------------------------------------------------------------

def energy_controller(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    """Stored in the site settings, where the Energy screen keeps its controller link."""
    import dataclasses

    from app.energy.site import ControllerKind, SiteError, SiteSettings, validate_site

    port = (args.port or "").strip()
    if args.none and (port or args.kind):
        raise CliError(_("Give either --none or a --port with its --kind, not both."), exit_code=2)
    if args.kind and not port and not args.none:
        raise CliError(_("Give the controller's --port too, e.g. --port /dev/ttyUSB0."), exit_code=2)
    kind = controller_kind(port, args.kind, flag="--kind") if port else args.kind
    services = ctx.services()
    site = services.settings.load(SiteSettings)
    if args.none:
        site = dataclasses.replace(site, controller=ControllerKind.MANUAL.value, controller_port="")
    elif port:
        site = dataclasses.replace(site, controller=kind, controller_port=port)
    is_changed = bool(args.none or port)
    if is_changed:
        try:
            validate_site(site)
        except SiteError as exc:
            raise CliError(str(exc)) from exc
        services.settings.save(site)
    data = {"controller": site.controller, "port": site.controller_port}
    if site.controller_port and site.controller not in (ControllerKind.MANUAL.value, ControllerKind.SIMULATED.value):
        text = _("The lab listens to a {kind} controller on {port}.").format(
            kind=site.controller, port=site.controller_port)
    elif site.controller == ControllerKind.SIMULATED.value:
        text = _("The lab listens to a simulated controller (demo).")
    else:
        text = _("No charge controller: readings are typed by hand (`heliofab energy manual`).")
    if is_changed:
        text = _("Saved.") + " " + text + (" " + _("`heliofab lab run` or the window's Energy screen connects it.")
                                           if site.controller_port else "")
    return CommandResult(data, text)


# ---- sim-charger ----------------------------------------------------------------------------------

def sim_charger(args: argparse.Namespace, ctx: CliContext) -> CommandResult:
    from app.energy.sim_charger import SimChargerConfig, SimulatedCharger, SimulatedChargerError, require_pty

    try:
        require_pty()
    except SimulatedChargerError as exc:
        raise CliError(str(exc)) from exc
    config = SimChargerConfig(panels_wp=args.panels_wp, time_scale=args.time_scale)
    sim = SimulatedCharger(config, link=args.link)
    path = sim.start()
    done = threading.Event()
    previous = signal.signal(signal.SIGTERM, lambda *_: done.set())
    print(_("Simulated VE.Direct charge controller on {path} (19200 baud). Ctrl-C stops it.").format(path=path),
          flush=True)
    try:
        done.wait(args.seconds if args.seconds > 0 else None)
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        sim.stop()
    stopped = ngettext("Stopped after {count} block.", "Stopped after {count} blocks.", sim.blocks_sent)
    return CommandResult({"port": path, "blocks_sent": sim.blocks_sent}, stopped.format(count=sim.blocks_sent))
