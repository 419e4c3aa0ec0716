"""Setting a lab up without the window: `printers add | list | remove`, `energy controller`, and which
commands take the data folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import build_parser, main
from app.cli.folder_access import holder_name, needs_lock


def run(data_dir: Path, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_printers_add_list_remove(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(data_dir, capsys, "printers", "list")
    assert code == 0 and "No printer is set up in this lab yet" in out
    code, out, _ = run(data_dir, capsys, "printers", "add", "Ender by the window", "--port", "/dev/ttyUSB0",
                       "--profile", "creality-ender3")
    assert code == 0 and out.startswith("Added Ender by the window (creality-ender3) on /dev/ttyUSB0.")
    assert run(data_dir, capsys, "printers", "add", "Mini", "--port", "COM12", "--profile", "prusa-mini",
               "--baud", "250000")[0] == 0
    code, out, _ = run(data_dir, capsys, "printers", "list", "--json")
    assert code == 0
    assert json.loads(out) == [
        {"name": "Ender by the window", "profile": "creality-ender3", "port": "/dev/ttyUSB0", "baud": 115200,
         "is_enabled": True},
        {"name": "Mini", "profile": "prusa-mini", "port": "COM12", "baud": 250000, "is_enabled": True},
    ]
    code, out, _ = run(data_dir, capsys, "printers", "list")
    assert out.splitlines()[0].split() == ["name", "profile", "port", "baud", "enabled"]
    assert "Mini" in out and "COM12" in out
    code, out, _ = run(data_dir, capsys, "printers", "remove", "Mini")
    assert code == 0 and out.strip() == "Removed Mini from this lab."
    assert [p["name"] for p in json.loads(run(data_dir, capsys, "printers", "list", "--json")[1])] == [
        "Ender by the window"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["printers", "add", "ender by the window", "--port", "COM3", "--profile", "creality-ender3"],
         "This lab already has a printer called 'Ender by the window': choose another name, or remove it first."),
        (["printers", "add", "Other", "--port", "/dev/ttyUSB0", "--profile", "creality-ender3"],
         "'Ender by the window' is already on /dev/ttyUSB0: one port holds one printer; remove it first."),
        (["printers", "add", "Other", "--port", "COM3", "--profile", "ender9000"],
         "No printer profile is called 'ender9000': choose one of "),
        (["printers", "add", "Other", "--port", "sim://x?sped=2", "--profile", "creality-ender3"],
         "sim:// has no option 'sped'"),
        (["printers", "add", "Other", "--port", " ", "--profile", "creality-ender3"], "Give the printer's port"),
        (["printers", "add", "Other", "--port", "COM3", "--profile", "creality-ender3", "--baud", "11520"],
         "11520 baud is not a rate printers use"),
        (["printers", "remove", "Nope"], "This lab has no printer called 'Nope' (printers: Ender by the window)."),
    ],
)
def test_printers_refuses_with_one_clear_line(
    data_dir: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    assert run(data_dir, capsys, "printers", "add", "Ender by the window", "--port", "/dev/ttyUSB0",
               "--profile", "creality-ender3")[0] == 0
    code, out, err = run(data_dir, capsys, *argv)
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and message in err
    assert len(json.loads(run(data_dir, capsys, "printers", "list", "--json")[1])) == 1  # nothing half-written


def test_a_port_is_not_looked_for_as_a_file(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(data_dir, capsys, "printers", "add", "Later", "--port", "/dev/ttyACM7",
                       "--profile", "prusa-mk3")
    assert code == 0, err  # the printer may be switched off while it is set up


def test_energy_controller_is_stored_in_the_site_settings(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli.common import CliContext
    from app.energy.site import SiteSettings

    code, out, _ = run(data_dir, capsys, "energy", "controller")
    assert code == 0 and out.strip() == "No charge controller: readings are typed by hand (`heliofab energy manual`)."
    code, out, _ = run(data_dir, capsys, "energy", "controller", "--port", "/dev/ttyUSB1", "--kind", "modbus-epever")
    assert code == 0 and out.startswith("Saved. The lab listens to a modbus-epever controller on /dev/ttyUSB1.")
    ctx = CliContext(data_dir=data_dir)
    try:
        site = ctx.services().settings.load(SiteSettings)
        # as the Energy screen keeps it
        assert (site.controller, site.controller_port) == ("modbus-epever", "/dev/ttyUSB1")
    finally:
        ctx.close()
    code, out, _ = run(data_dir, capsys, "energy", "controller", "--port", "simcharger://lab", "--json")
    assert code == 0 and json.loads(out) == {"controller": "vedirect", "port": "simcharger://lab"}
    code, out, _ = run(data_dir, capsys, "energy", "controller", "--none", "--json")
    assert code == 0 and json.loads(out) == {"controller": "manual", "port": ""}


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--port", "COM4"], "Say which controller is on COM4: add --kind vedirect (Victron), --kind modbus-renogy "
                             "or --kind modbus-epever."),
        (["--none", "--port", "COM4", "--kind", "vedirect"], "Give either --none or a --port with its --kind"),
        (["--kind", "vedirect"], "Give the controller's --port too"),
    ],
)
def test_energy_controller_refuses_half_a_link(
    data_dir: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, out, err = run(data_dir, capsys, "energy", "controller", *argv)
    assert code == 2 and message in err and out == ""


@pytest.mark.parametrize(
    ("argv", "is_locked"),
    [
        ([], True),  # the window
        (["lab", "run"], True),
        (["lab", "status"], False),
        (["printers", "add", "P", "--port", "COM3", "--profile", "x"], True),
        (["printers", "remove", "P"], True),
        (["printers", "list"], False),
        (["printers", "profiles"], False),
        (["queue", "list"], False),
        (["queue", "add", "--name", "x", "--duration-min", "3", "--energy-wh", "1"], True),
        (["queue"], False),  # prints its usage only
        (["energy", "controller"], False),
        (["energy", "controller", "--none"], True),
        (["energy", "site"], False),
        (["energy", "site", "--reserve-pct", "40"], True),
        (["energy", "read", "--port", "COM4", "--controller", "vedirect"], True),
        (["energy", "read", "--port", "COM4", "--controller", "vedirect", "--no-store"], False),
        (["doctor"], False),
        (["report"], False),
        (["backup", "/media/stick"], False),
        (["restore", "/media/stick"], True),
        (["restore", "/media/stick", "--replace"], True),
        (["print", "--list"], False),
        (["print", "file.gcode", "--port", "COM3"], True),
        (["catalog", "list"], False),
        (["catalog", "import", "x.stl"], True),
        (["customers", "show", "1"], False),
        (["customers", "add", "--name", "Ama"], True),
        (["fit", "pd-from-photo", "p.png", "--card", "0,0", "1,0", "1,1", "0,1", "--pupils", "0,0", "1,1"], False),
        (["fit", "pd-from-photo", "p.png", "--card", "0,0", "1,0", "1,1", "0,1", "--pupils", "0,0", "1,1",
          "--customer", "D-001"], True),
    ],
)
def test_commands_that_write_take_the_data_folder(argv: list[str], is_locked: bool) -> None:
    args = build_parser().parse_args(argv)
    assert needs_lock(args) is is_locked


def test_the_holder_is_named_as_the_operator_typed_it() -> None:
    parser = build_parser()
    assert holder_name(parser.parse_args([])) == "the window"
    assert holder_name(parser.parse_args(["lab", "run"])) == "heliofab lab run"
    assert holder_name(parser.parse_args(["printers", "remove", "P"])) == "the command heliofab printers remove"
