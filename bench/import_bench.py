"""What each `heliofab` command costs to start: whole-process wall time, modules imported, heavy imports.

A command line that only lists customers should not pay for Qt, meshes, the slicer or the serial
stack. This script runs each command in a fresh process the way the installed `heliofab` script does
(`ui.entry:main`), against a throw-away lab folder, and prints:

- wall time of the whole process (best of --runs, without -X importtime),
- how many Heliofab modules (app, ui, catalog, printers, db) and how many modules in all were imported
  (as `python -X importtime` lists them: modules loaded before `site` are not counted),
- which heavy libraries were loaded, and the top cumulative import costs of third-party packages.

Usage: `python bench/import_bench.py [--runs N] [--top N] [--only NAME ...]`.
"""

from __future__ import annotations

import argparse
import math
import os
import struct
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
HELIOFAB_PACKAGES = ("app", "ui", "catalog", "printers", "db")
# What a command that does not need it should never load (the first loaded name of each family).
HEAVY = ("PySide6", "trimesh", "shapely", "numpy", "sqlalchemy", "alembic", "serial", "printers")
# The console script `heliofab` runs exactly this.
ENTRY = "import sys; from ui.entry import main; sys.exit(main())"


@dataclass(frozen=True)
class Command:
    name: str
    args: tuple[str, ...]


@dataclass(frozen=True)
class ImportLine:
    module: str
    self_us: int
    cumulative_us: int
    depth: int


@dataclass(frozen=True)
class Measurement:
    command: Command
    wall_s: float
    exit_code: int
    imports: list[ImportLine]

    @property
    def heliofab_count(self) -> int:
        return sum(1 for line in self.imports if line.module.split(".")[0] in HELIOFAB_PACKAGES)

    @property
    def heavy_loaded(self) -> list[str]:
        loaded = {line.module.split(".")[0] for line in self.imports}
        return [name for name in HEAVY if name in loaded]

    def top_third_party(self, count: int) -> list[ImportLine]:
        # Only each package's first (outermost) import: its cumulative time includes its sub-modules.
        tops = [
            line
            for line in self.imports
            if "." not in line.module
            and line.module not in HELIOFAB_PACKAGES
            and line.module not in sys.stdlib_module_names
            # The editable install's path finder and site hooks are not the product's imports.
            and not line.module.startswith("_")
            and line.module != "sitecustomize"
            # Under a millisecond: probes for optional modules (`org` on CPython), not a cost worth showing.
            and line.cumulative_us >= 1000
        ]
        return sorted(tops, key=lambda line: line.cumulative_us, reverse=True)[:count]


def parse_importtime(stderr: str) -> list[ImportLine]:
    """Lines look like `import time:       312 |       1045 |   app.cli.common` (depth = indent / 2)."""
    lines: list[ImportLine] = []
    for raw in stderr.splitlines():
        if not raw.startswith("import time:"):
            continue
        parts = raw[len("import time:"):].split("|")
        if len(parts) != 3 or not parts[0].strip().isdigit():
            continue  # the header line
        name = parts[2].rstrip()
        stripped = name.lstrip(" ")
        lines.append(ImportLine(stripped, int(parts[0]), int(parts[1]), (len(name) - len(stripped)) // 2))
    return lines


def write_cube_stl(path: Path, size_mm: float = 20.0) -> None:
    """A closed binary STL cube: the smallest honest input for `slice`."""
    s = size_mm
    corners = [(x, y, z) for x in (0.0, s) for y in (0.0, s) for z in (0.0, s)]
    faces = [
        (0, 2, 3), (0, 3, 1), (4, 5, 7), (4, 7, 6), (0, 1, 5), (0, 5, 4),
        (2, 6, 7), (2, 7, 3), (0, 4, 6), (0, 6, 2), (1, 3, 7), (1, 7, 5),
    ]
    with path.open("wb") as out:
        out.write(b"heliofab import bench cube".ljust(80, b" "))
        out.write(struct.pack("<I", len(faces)))
        for a, b, c in faces:
            out.write(struct.pack("<3f", 0.0, 0.0, 0.0))
            for index in (a, b, c):
                out.write(struct.pack("<3f", *corners[index]))
            out.write(b"\x00\x00")


def write_card_photo(path: Path) -> tuple[list[str], list[str]]:
    """A synthetic card photo (the PD tests' scene) and the corner and pupil arguments for it."""
    sys.path.insert(0, str(REPO))
    from app.fitting.pd_photo import PixelPoint
    from tests.app.fitting_scene import Scene, write_png

    scene = Scene()
    write_png(path, scene.render())

    def point(p: PixelPoint) -> str:
        return f"{p.x:.1f},{p.y:.1f}"

    return [point(p) for p in scene.card_px()], [point(p) for p in scene.pupils_px()]


def prepare_lab(work: Path, run: Callable[[Sequence[str]], subprocess.CompletedProcess[str]]) -> list[Command]:
    data = work / "lab"
    stl = work / "cube.stl"
    write_cube_stl(stl)
    photo = work / "face.png"
    card, pupils = write_card_photo(photo)
    gcode = work / "cube.gcode"
    # Migrations, bundled catalogue and profiles happen once here, not in the measured runs.
    for setup in (
        ["customers", "add", "--name", "Bench Customer"],
        ["slice", str(stl), "--printer", "creality-ender3", "-o", str(gcode)],
    ):
        done = run(["--data-dir", str(data), *setup])
        if done.returncode != 0:
            raise SystemExit(f"Preparing the bench lab failed ({' '.join(setup)}): {done.stderr.strip()}")
    lab = ("--data-dir", str(data))
    return [
        Command("--version", ("--version",)),
        Command("--help", ("--help",)),
        Command("customers list", (*lab, "customers", "list")),
        Command("fit pd-from-photo", (*lab, "fit", "pd-from-photo", str(photo), "--card", *card, "--pupils", *pupils)),
        Command("fit suggest", (*lab, "fit", "suggest", "--style", "oval-everyday", "--pd-mm", "63")),
        Command("gcode info", (*lab, "gcode", "info", str(gcode))),
        Command("slice", (*lab, "slice", str(stl), "--printer", "creality-ender3", "-o", str(work / "out.gcode"))),
        Command("customize --list-params", (*lab, "customize", "oval-everyday", "--list-params")),
        Command("catalog list", (*lab, "catalog", "list")),
        Command("queue list", (*lab, "queue", "list")),
        Command("printers profiles", (*lab, "printers", "profiles")),
    ]


def measure(command: Command, runs: int, env: dict[str, str]) -> Measurement:
    argv = [sys.executable, "-c", ENTRY, *command.args]
    best_s = math.inf
    exit_code = 0
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run(argv, env=env, cwd=REPO, capture_output=True, text=True, check=False)
        best_s = min(best_s, time.perf_counter() - started)
        exit_code = done.returncode
    timed = subprocess.run(
        [sys.executable, "-X", "importtime", *argv[1:]], env=env, cwd=REPO, capture_output=True, text=True, check=False
    )
    return Measurement(command, best_s, exit_code, parse_importtime(timed.stderr))


def report(measurements: list[Measurement], top: int) -> None:
    print(f"Python {sys_version_info_text()}; {os.cpu_count()} CPU(s); wall time is the best of the runs")
    print(f"{'command':<26} {'wall s':>7} {'exit':>4} {'heliofab':>8} {'modules':>7}  heavy libraries loaded")
    for m in measurements:
        heavy = ", ".join(m.heavy_loaded) or "-"
        print(f"{m.command.name:<26} {m.wall_s:>7.2f} {m.exit_code:>4} {m.heliofab_count:>8} {len(m.imports):>7}  "
              f"{heavy}")
    print()
    print(f"Top {top} third-party packages by cumulative import time (ms), per command:")
    for m in measurements:
        costs = ", ".join(f"{line.module} {line.cumulative_us / 1000:.0f}" for line in m.top_third_party(top))
        print(f"  {m.command.name:<24} {costs or '-'}")


def sys_version_info_text() -> str:
    return ".".join(str(part) for part in sys.version_info[:3])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=3, help="timed runs per command (the best is shown)")
    parser.add_argument("--top", type=int, default=4, help="third-party packages shown per command")
    parser.add_argument("--only", nargs="*", default=(), help="measure only these commands (by name)")
    args = parser.parse_args(argv)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("HELIOFAB_HOME", None)
    with tempfile.TemporaryDirectory(prefix="heliofab-import-bench-") as tmp:
        def run(cli_args: Sequence[str]) -> subprocess.CompletedProcess[str]:
            return subprocess.run(
                [sys.executable, "-c", ENTRY, *cli_args], env=env, cwd=REPO, capture_output=True, text=True, check=False
            )

        commands = prepare_lab(Path(tmp), run)
        if args.only:
            commands = [c for c in commands if c.name in args.only]
        report([measure(command, max(1, args.runs), env) for command in commands], args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
