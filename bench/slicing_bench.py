"""Slicing benchmark: our slicer and estimator, side by side with PrusaSlicer's CLI when installed.

Run: .venv/bin/python bench/slicing_bench.py [--runs N] [--printer ID]
Prints figures beside the targets; asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import trimesh

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from printers.gcode import analyze_gcode, check_gcode  # noqa: E402
from printers.profiles import find_material, find_printer  # noqa: E402
from printers.prusa_backend import find_prusa_slicer, slice_with_prusa  # noqa: E402
from printers.slicer import SliceSettings, slice_parts, write_text_atomically  # noqa: E402
from tests.printers.shapes import frame_set  # noqa: E402 - the same parts the slicer tests use


def catalogue_frame_set() -> list[trimesh.Trimesh] | None:
    """Real frame parts when the frames generator is present (bench/ may join catalog and printers)."""
    try:
        from catalog.frames import generate_frame, list_styles, resolve_params
    except ImportError:
        return None
    style = list_styles()[0]
    result = generate_frame(style.id, resolve_params(style.id, {}))
    meshes = []
    for part in result.parts:
        mesh = part.mesh.copy()
        mesh.metadata["name"] = part.name
        meshes.append(mesh)
    return meshes


def test_solids() -> dict[str, list[trimesh.Trimesh]]:
    cube = trimesh.creation.box((20, 20, 20))
    cube.metadata["name"] = "cube"
    sphere = trimesh.creation.icosphere(subdivisions=4, radius=15)
    sphere.metadata["name"] = "sphere"
    torus = trimesh.creation.torus(major_radius=20, minor_radius=7, major_sections=96, minor_sections=48)
    torus.metadata["name"] = "torus"
    return {"cube": [cube], "sphere": [sphere], "torus": [torus]}


def median_time(fn, runs: int) -> tuple[float, object]:
    times = []
    result = None
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def pct(ours: float, theirs: float) -> str:
    return f"{(ours - theirs) / theirs * 100:+.1f} %" if theirs else "n/a"


def fmt_min(seconds: float) -> str:
    return f"{seconds / 60:.1f} min"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--printer", default="prusa-mk3")
    parser.add_argument("--material", default="pla")
    args = parser.parse_args()
    printer = find_printer(args.printer)
    material = find_material(args.material)
    # The domain notes' common settings: 0.2 mm, 2 perimeters, 4 top/bottom, 20 % infill, no skirt.
    settings = SliceSettings(skirt_loops=0)
    prusa = find_prusa_slicer()
    print(f"printer {printer.id}, material {material.id}, runs {args.runs}")
    print(f"PrusaSlicer: {prusa or 'not installed (benchmarking the built-in slicer alone)'}")

    models: dict[str, list[trimesh.Trimesh]] = {}
    real = catalogue_frame_set()
    if real is not None:
        models["catalogue frame set"] = real
    models["frame-like set"] = frame_set()
    models["frame-like front"] = frame_set()[:1]
    models.update(test_solids())

    with tempfile.TemporaryDirectory(prefix="heliofab-bench-") as tmp:
        root = Path(tmp)
        header = (
            f"{'model':22} {'ours s':>7} {'+check':>7} {'PS s':>6} {'ours est':>9} {'PS own':>9} {'our est on PS':>14} "
            f"{'est vs PS':>9} {'our vs PS':>9} {'retr ours':>9} {'retr PS':>7} {'safe':>5}"
        )
        print(header)
        for name, meshes in models.items():
            paths = []
            for i, mesh in enumerate(meshes):
                path = root / f"{name.replace(' ', '_')}_{i}.stl"
                mesh.export(path)
                paths.append(path)
            ours_file = root / f"{name.replace(' ', '_')}.ours.gcode"

            def slice_files(p: list[Path] = paths, o: Path = ours_file) -> object:
                # The same work as PrusaSlicer's CLI below: read the STL files, slice, write the G-code.
                result = slice_parts(p, printer, material, settings)
                write_text_atomically(o, result.gcode)
                return result

            ours_s, result = median_time(slice_files, args.runs)
            checked_s, _ = median_time(
                lambda r=result: (check_gcode(r.program, printer), analyze_gcode(r.program, printer, material)),
                args.runs,
            )
            ours = analyze_gcode(ours_file, printer, material)
            is_safe = check_gcode(ours_file, printer).is_safe
            ps_s = ps_own = ps_ours = None
            ps_retr = None
            if prusa:
                out = root / f"{name.replace(' ', '_')}.ps.gcode"
                ps_s, ps = median_time(
                    lambda p=paths, o=out: slice_with_prusa(p, o, printer, material, settings), args.runs
                )
                ps_own = ps.own_estimate_s
                ps_an = analyze_gcode(out, printer, material)
                ps_ours = ps_an.print_time_s
                ps_retr = ps_an.retractions
            print(
                f"{name:22} {ours_s:7.2f} {ours_s + checked_s:7.2f} {ps_s if ps_s is not None else float('nan'):6.2f} "
                f"{fmt_min(ours.print_time_s):>9} {fmt_min(ps_own) if ps_own else '-':>9} "
                f"{fmt_min(ps_ours) if ps_ours else '-':>14} {pct(ps_ours, ps_own) if ps_own else '-':>9} "
                f"{pct(ours.print_time_s, ps_own) if ps_own else '-':>9} {ours.retractions:9d} "
                f"{ps_retr if ps_retr is not None else '-':>7} {'yes' if is_safe else 'NO':>5}"
            )

        # Whole command lines, wall clock: what an operator waits for. Ours also runs the safety check
        # and the estimate on its output; PrusaSlicer only slices (and writes its own estimate).
        # Bytecode is compiled first, as installing the wheel does (a checkout may never have written it).
        project = Path(__file__).resolve().parent.parent
        packages = [str(project / name) for name in ("app", "catalog", "printers", "db")]
        subprocess.run([sys.executable, "-m", "compileall", "-q", *packages], check=True)
        imports = [sys.executable, "-c", "import app.cli, app.database, app.slicing"]
        import_s, _ = median_time(lambda: subprocess.run(imports, check=True), args.runs)
        print(f"Python start-up and exit with the slice command's imports (NumPy, trimesh, ...) {import_s:.2f} s")
        for label in ("catalogue frame set", "frame-like set"):
            stls = sorted(root.glob(f"{label.replace(' ', '_')}_*.stl"))
            if not stls:
                continue
            data_dir = root / "data"
            cli = [
                sys.executable,
                "-m",
                "app",
                "--data-dir",
                str(data_dir),
                "slice",
                *map(str, stls),
                "--printer",
                printer.id,
                "--skirt",
                "0",
                "-o",
                str(root / "cli.gcode"),
            ]
            subprocess.run(cli, capture_output=True, check=True)  # the first run migrates the data directory
            wall, _ = median_time(lambda c=cli: subprocess.run(c, capture_output=True, check=True), args.runs)
            line = f"CLI wall clock, {label}: heliofab slice {wall:.2f} s"
            if prusa:
                ps_cli = [prusa, "--loglevel", "1", "--export-gcode", "-o", str(root / "ps-cli.gcode")]
                ini = root / "ps.ini"
                from printers.prusa_backend import prusa_ini

                ini.write_text(prusa_ini(printer, material, settings))
                ps_cli[1:1] = ["--load", str(ini)]
                ps_cli += (["--merge"] if len(stls) > 1 else []) + [str(p) for p in stls]
                ps_wall, _ = median_time(lambda c=ps_cli: subprocess.run(c, capture_output=True, check=True), args.runs)
                line += f", prusa-slicer {ps_wall:.2f} s"
            print(line)
        gcode = root / "frame-like_set.ours.gcode"
        if gcode.exists():
            est_s, _ = median_time(lambda: analyze_gcode(gcode, printer, material), args.runs)
            chk_s, _ = median_time(lambda: check_gcode(gcode, printer), args.runs)
            lines = len(gcode.read_text().splitlines())
            print(
                f"from the file, reading and parsing included: estimator {est_s:.2f} s, "
                f"safety check {chk_s:.2f} s on {lines} lines"
            )
    print("targets: slicing no slower than PrusaSlicer; our estimator on PS G-code within 2 %;")
    print("         our G-code estimate within 10 % of PrusaSlicer's; retractions <= 1.5x PrusaSlicer's")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
