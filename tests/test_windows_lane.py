"""The Windows lane: the product runs with no POSIX-only module (`fcntl`, `termios`, `tty`, `pty`).

Each command runs in a subprocess whose `sitecustomize.py` refuses those modules to code of the
product's own packages (app, ui, printers, catalog, db), as Windows would; pyserial's own POSIX
back end may still use them, since on Windows it would use its Windows back end instead. A port is
a name there, so the printer and the charge controller are the `sim://` and `simcharger://`
simulators, which need no pseudo-terminal.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.cli import main

REPO = Path(__file__).resolve().parents[1]

SITECUSTOMIZE = textwrap.dedent(
    '''
    """Windows has no fcntl, termios, tty or pty: refuse them to the product's own modules."""

    import builtins
    import importlib.abc
    import os
    import sys

    BLOCKED = frozenset({"fcntl", "termios", "tty", "pty"})
    PRODUCT = frozenset({"app", "ui", "printers", "catalog", "db"})


    def _is_product(module_name):
        return str(module_name or "").split(".")[0] in PRODUCT


    def _refuse(name):
        return ModuleNotFoundError(f"No module named {name!r} (the Windows lane refuses it)", name=name)


    class RefusePosixModules(importlib.abc.MetaPathFinder):
        """`importlib.import_module("termios")` from product code, for a module not loaded yet."""

        def find_spec(self, name, path=None, target=None):
            if name not in BLOCKED:
                return None
            frame = sys._getframe(1)
            while frame is not None:
                module = frame.f_globals.get("__name__", "")
                if not module.startswith(("importlib", "_frozen_importlib")) and module != __name__:
                    if _is_product(module):
                        raise _refuse(name)
                    return None
                frame = frame.f_back
            return None


    _import = builtins.__import__


    def _guarded_import(name, globals=None, locals=None, fromlist=(), level=0):
        # pyserial loads termios and fcntl first, so `import termios` in product code would be
        # answered from sys.modules without asking any finder: check the importing module here too.
        if level == 0 and name.split(".")[0] in BLOCKED and _is_product((globals or {}).get("__name__")):
            raise _refuse(name)
        return _import(name, globals, locals, fromlist, level)


    builtins.__import__ = _guarded_import
    sys.meta_path.insert(0, RefusePosixModules())
    if hasattr(os, "openpty"):
        del os.openpty  # Windows has no pseudo-terminals either
    '''
)


@pytest.fixture(scope="module")
def lane_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    site = tmp_path_factory.mktemp("windows-lane")
    (site / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(site), str(REPO), env.get("PYTHONPATH", "")) if p)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("HELIOFAB_HOME", None)
    return env


def heliofab(env: dict[str, str], *args: str, timeout_s: float = 240.0) -> subprocess.CompletedProcess[str]:
    code = "import sys; from ui.entry import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.run(
        [sys.executable, "-c", code, *args], env=env, cwd=REPO, capture_output=True, text=True, timeout=timeout_s,
        check=False
    )


def python(env: dict[str, str], code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], env=env, cwd=REPO, capture_output=True, text=True, timeout=60,
                          check=False)


def test_the_lane_refuses_posix_modules_to_the_product_only(lane_env: dict[str, str]) -> None:
    probe = textwrap.dedent(
        """
        import serial  # pyserial's POSIX back end loads termios and fcntl: allowed
        for owner in ("printers.probe", "app.probe", "ui.probe"):
            for name in ("fcntl", "termios", "tty", "pty"):
                try:
                    exec(f"import {name}", {"__name__": owner})
                except ModuleNotFoundError:
                    continue
                raise SystemExit(f"{owner} could import {name}")
        exec("import termios", {"__name__": "serial.probe"})
        import importlib, os
        assert not hasattr(os, "openpty")
        print("refused")
        """
    )
    result = python(lane_env, probe)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "refused"


def test_version_and_doctor_run(lane_env: dict[str, str], tmp_path: Path) -> None:
    version = heliofab(lane_env, "--version")
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip()
    doctor = heliofab(lane_env, "--data-dir", str(tmp_path / "lab"), "doctor", "--json")
    assert doctor.returncode == 0, doctor.stderr
    assert "serial_ports" in json.loads(doctor.stdout)


def test_print_on_the_simulated_printer_with_line_noise(lane_env: dict[str, str], tmp_path: Path) -> None:
    lines = ["; Windows lane", "G28", "G90", "M82", "G92 E0", "G1 Z0.3 F600"]
    lines += [f"G1 X{20 + i % 40} Y{20 + (i * 7) % 40} F6000" for i in range(300)]
    part = tmp_path / "part.gcode"
    part.write_text("\n".join([*lines, "M84"]) + "\n", encoding="utf-8")
    port = "sim://?faults=corrupt=0.003,lost_ok=0.002&speed=0&seed=11"
    result = heliofab(lane_env, "--data-dir", str(tmp_path / "lab"), "print", str(part), "--port", port, "--json")
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout)
    assert outcome["outcome"] == "done"
    assert outcome["last_acked_line"] == outcome["total_lines"] == len(lines) + 1


def test_a_missing_port_is_one_sentence(lane_env: dict[str, str], tmp_path: Path) -> None:
    part = tmp_path / "part.gcode"
    part.write_text("G28\nG1 X10 F600\n", encoding="utf-8")
    result = heliofab(lane_env, "--data-dir", str(tmp_path / "lab"), "print", str(part), "--port", "sim://gone?speed=x")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].endswith("write e.g. speed=1.")


def _cube_stl(path: Path, size_mm: float = 10.0) -> Path:
    corners = [(x, y, z) for x in (0.0, size_mm) for y in (0.0, size_mm) for z in (0.0, size_mm)]
    quads = [(0, 1, 3, 2), (4, 6, 7, 5), (0, 4, 5, 1), (2, 3, 7, 6), (0, 2, 6, 4), (1, 5, 7, 3)]
    facets = []
    for a, b, c, d in quads:
        for tri in ((a, b, c), (a, c, d)):
            vertices = "".join(f"      vertex {corners[i][0]} {corners[i][1]} {corners[i][2]}\n" for i in tri)
            facets.append(f"  facet normal 0 0 0\n    outer loop\n{vertices}    endloop\n  endfacet\n")
    path.write_text("solid cube\n" + "".join(facets) + "endsolid cube\n", encoding="ascii")
    return path


def test_catalogue_travels_to_another_lab(lane_env: dict[str, str], tmp_path: Path) -> None:
    lab_a, lab_b, stick = tmp_path / "lab-a", tmp_path / "lab-b", tmp_path / "stick"
    cube = _cube_stl(tmp_path / "lane-cube.stl")
    added = heliofab(lane_env, "--data-dir", str(lab_a), "catalog", "import", str(cube), "--licence", "CC0-1.0",
                     "--json")
    assert added.returncode == 0, added.stderr
    exported = heliofab(lane_env, "--data-dir", str(lab_a), "catalog", "export", str(stick), "--json")
    assert exported.returncode == 0, exported.stderr
    assert json.loads(exported.stdout)["designs"] >= 1
    imported = heliofab(lane_env, "--data-dir", str(lab_b), "catalog", "import", str(stick), "--json")
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout)["summary"]["new"] >= 1


def test_demo_window_renders_offscreen_with_the_simulated_devices(lane_env: dict[str, str], tmp_path: Path) -> None:
    # `screenshots` builds the demo lab and starts its devices as `heliofab --demo` does: sim:// and simcharger://.
    result = heliofab(lane_env, "screenshots", str(tmp_path / "shots"), "--json", timeout_s=400.0)
    assert result.returncode == 0, result.stderr
    files = [Path(f) for f in json.loads(result.stdout)["files"]]
    assert len(files) >= 6 and all(f.stat().st_size > 10_000 for f in files)


def test_pty_simulators_say_they_need_posix(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                                            tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    for command in (["sim-printer"], ["sim-charger"]):
        assert main(["--data-dir", str(tmp_path), *command]) == 1
        err = capsys.readouterr().err.strip()
        assert len(err.splitlines()) == 1
        assert "needs a POSIX system" in err and "://" in err
