"""Slicing benchmark: `heliofab slice` beside PrusaSlicer's CLI, on the same machine in the same run.

Run: .venv/bin/python bench/slicing_bench.py [--runs N] [--printer ID] [--corpus DIR] [--no-styles]

For the frame set, Benchy and every corpus mesh it prints, for ours and (when installed) PrusaSlicer:
the whole command's wall time, CPU time (user + sys: the reliable figure on a loaded machine, best of
the runs) and peak memory, our in-process time (slice + check + estimate),
filament, the time estimate and retractions; then every adult frame style's frame set in the frames
mode (time with heating up, grams, Wh, cost) in PLA and PETG. It prints figures beside the targets
and asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
# As `heliofab slice` does before numpy loads (app/native_threads.py): the in-process figures then
# share the work the way the command does (a forked child needs a process with no other thread).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from app.gc_policy import collect_automatically
from printers.gcode import analyze_gcode, check_gcode
from printers.profiles import (
    MaterialProfile,
    PrinterProfile,
    find_material,
    find_printer,
)
from printers.prusa_backend import find_prusa_slicer, prusa_ini
from printers.slicer import (
    SliceSettings,
    frames_settings,
    slice_parts,
    standard_settings,
)

PROJECT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = PROJECT.parent / "shared" / "corpus" / "mesh"
ESTIMATE_MARK = "; estimated printing time (normal mode) = "


@dataclass
class Run:
    wall_s: float
    peak_mb: float | None
    cpu_s: float | None  # user + sys of the whole command, its children included
    ok: bool
    message: str
    # The most memory the command's processes held at once: their proportional set sizes summed (pages
    # a forked child shares with its parent count once), sampled every 10 ms; None when not measured.
    tree_pss_mb: float | None = None


@dataclass
class Figures:
    filament_g: float
    print_min: float
    total_min: float
    retractions: int
    energy_wh: float


_WRAPPER = """
import os, subprocess, sys, threading, time
process = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
done = threading.Event()
peak_pss = [0]

def tree(pid):
    pids = [pid]
    for parent in pids:
        try:
            for task in os.listdir(f"/proc/{parent}/task"):
                with open(f"/proc/{parent}/task/{task}/children") as fh:
                    pids += [int(child) for child in fh.read().split()]
        except OSError:
            pass
    return pids

def pss_kb(pid):
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            return next((int(line.split()[1]) for line in fh if line.startswith("Pss:")), 0)
    except OSError:
        return 0

def watch():
    while not done.is_set():
        peak_pss[0] = max(peak_pss[0], sum(pss_kb(pid) for pid in tree(process.pid)))
        done.wait(0.01)

watcher = threading.Thread(target=watch) if os.environ.get("BENCH_TREE_PSS") == "1" else None
if watcher:
    watcher.start()
err = process.stderr.read()
_, status, usage = os.wait4(process.pid, 0)
done.set()
if watcher:
    watcher.join()
sys.stderr.buffer.write(err)
print(peak_pss[0])
print(usage.ru_utime + usage.ru_stime)
print(usage.ru_maxrss)
sys.exit(os.waitstatus_to_exitcode(status))
"""


def run_command(args: list[str], *, tree_memory: bool = False) -> Run:
    """Wall time, CPU time and peak resident memory of one command (the largest of its processes, as
    the kernel counts it). The command is started from a small wrapper process: a child forked from
    this (large) one would count this one's pages as its own. With `tree_memory` (Linux), the wrapper
    also samples the memory of the command and every process it started; the sampling costs CPU, so
    such a run is not timed."""
    started = time.perf_counter()
    if hasattr(os, "wait4"):
        env = {**os.environ, "BENCH_TREE_PSS": "1" if tree_memory else "0"}
        done = subprocess.run([sys.executable, "-c", _WRAPPER, *args], capture_output=True, text=True, check=False,
                              env=env)
        wall = time.perf_counter() - started
        lines = done.stdout.strip().splitlines()
        divisor = 1024.0 * 1024.0 if sys.platform == "darwin" else 1024.0  # bytes on macOS, KiB on Linux
        peak_mb = int(lines[-1]) / divisor if lines and lines[-1].isdigit() else None
        cpu_s = _float_or_none(lines[-2]) if len(lines) >= 2 else None
        pss_kb = int(lines[-3]) if len(lines) >= 3 and lines[-3].isdigit() else 0
        tree_pss_mb = pss_kb / 1024.0 if pss_kb else None
    else:
        done = subprocess.run(args, capture_output=True, text=True, check=False)
        wall = time.perf_counter() - started
        peak_mb = cpu_s = tree_pss_mb = None
    text = (done.stderr or "").strip().splitlines()
    return Run(wall, peak_mb, cpu_s, done.returncode == 0, text[-1] if text else "", tree_pss_mb)


def with_tree_memory(run: Run, args: list[str]) -> Run:
    """`run` with the tree's memory measured in one more, untimed, run."""
    return replace(run, tree_pss_mb=run_command(args, tree_memory=True).tree_pss_mb)


def _float_or_none(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def best_of(runs: int, fn: Callable[[], Run]) -> Run:
    results = [fn() for _ in range(runs)]
    ok = [r for r in results if r.ok] or results
    wall = statistics.median(r.wall_s for r in ok)
    peaks = [r.peak_mb for r in ok if r.peak_mb is not None]
    # The least CPU time: other work on the machine only ever adds to it (caches, migrations).
    cpus = [r.cpu_s for r in ok if r.cpu_s is not None]
    return Run(wall, max(peaks) if peaks else None, min(cpus) if cpus else None, ok[0].ok, ok[0].message)


def figures_of(gcode: Path, printer: PrinterProfile, material: MaterialProfile) -> Figures:
    analysis = analyze_gcode(gcode, printer, material)
    return Figures(
        analysis.filament_g,
        analysis.print_time_s / 60.0,
        (analysis.print_time_s + analysis.heat_up_s) / 60.0,
        analysis.retractions,
        analysis.energy_wh,
    )


def prusa_own_minutes(gcode: Path) -> float | None:
    from printers.prusa_backend import parse_duration

    with gcode.open(encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if line.startswith(ESTIMATE_MARK):
                return parse_duration(line[len(ESTIMATE_MARK) :].strip()) / 60.0
    return None


def frame_set_stls(folder: Path, style_id: str, values: dict[str, str] | None = None) -> list[Path]:
    """The style's frame set (its default one without `values`) as STL files, the same input for both slicers."""
    from catalog.frames import generate_frame, resolve_params

    paths = []
    for part in generate_frame(style_id, resolve_params(style_id, dict(values or {}))).parts:
        path = folder / f"{style_id}-{part.name}.stl"
        part.mesh.export(path)
        paths.append(path)
    return paths


def in_process_s(inputs: list[Path], printer: PrinterProfile, material: MaterialProfile,
                 chosen: SliceSettings) -> float:
    """Read, slice, check and estimate in this process, as `heliofab slice` does after its imports."""
    from app.slice_inputs import read_mesh_file

    started = time.perf_counter()
    parts = [part for path in inputs for part in read_mesh_file(path)]
    result = slice_parts(parts, printer, material, chosen)
    check_gcode(result.program, printer)
    analyze_gcode(result.program, printer, material)
    return time.perf_counter() - started


def fmt(value: float | None, spec: str = ".2f", unit: str = "") -> str:
    return "-" if value is None else f"{value:{spec}}{unit}"


def ratio(ours: float | None, theirs: float | None) -> str:
    return f"{ours / theirs:.2f}x" if ours is not None and theirs else "-"


def compare(
    label: str,
    inputs: list[Path],
    mode: str,
    printer: PrinterProfile,
    material: MaterialProfile,
    chosen: SliceSettings,
    root: Path,
    runs: int,
    prusa: str | None,
) -> tuple[Run, Run | None]:
    data_dir = root / "data"
    ours_out = root / f"{label}.ours.gcode"
    cli = [
        sys.executable, "-m", "app", "--data-dir", str(data_dir), "slice", *map(str, inputs),
        "--printer", printer.id, "--material", material.id, "--mode", mode, "--skirt", str(chosen.skirt_loops),
        "-o", str(ours_out),
    ]
    ours_run = with_tree_memory(best_of(runs, lambda: run_command(cli)), cli)
    try:
        inner: float | None = statistics.median(in_process_s(inputs, printer, material, chosen) for _ in range(runs))
    except ValueError:  # refused (SliceError): the command's own message is printed below
        inner = None
    ours = figures_of(ours_out, printer, material) if ours_run.ok else None
    ps_run = theirs = None
    own = None
    if prusa:
        ini = root / f"{label}.ini"
        ini.write_text(prusa_ini(printer, material, chosen), encoding="utf-8")
        ps_out = root / f"{label}.ps.gcode"
        ps_cli = [prusa, "--loglevel", "1", "--load", str(ini), "--export-gcode", "-o", str(ps_out)]
        ps_cli += (["--merge"] if len(inputs) > 1 else []) + [str(p) for p in inputs]
        ps_run = with_tree_memory(best_of(runs, lambda: run_command(ps_cli)), ps_cli)
        if ps_run.ok:
            theirs = figures_of(ps_out, printer, material)
            own = prusa_own_minutes(ps_out)
    print(
        f"{label[:30]:30} {fmt(ours_run.wall_s):>7} {fmt(ours_run.cpu_s):>7} {fmt(inner):>7} "
        f"{fmt(ours_run.peak_mb, '.0f'):>6} {fmt(ps_run.wall_s if ps_run else None):>7} "
        f"{fmt(ps_run.cpu_s if ps_run else None):>7} {fmt(ps_run.peak_mb if ps_run else None, '.0f'):>6} "
        f"{ratio(ours_run.wall_s, ps_run.wall_s if ps_run and ps_run.ok else None):>6} "
        f"{fmt(ours.filament_g if ours else None):>7} {fmt(theirs.filament_g if theirs else None):>7} "
        f"{_pct(ours.filament_g if ours else None, theirs.filament_g if theirs else None):>7} "
        f"{fmt(ours.print_min if ours else None, '.1f'):>7} {fmt(theirs.print_min if theirs else None, '.1f'):>7} "
        f"{fmt(own, '.1f'):>7} {fmt(ours.retractions if ours else None, 'd'):>5} "
        f"{fmt(theirs.retractions if theirs else None, 'd'):>5}"
    )
    for run, who in ((ours_run, "heliofab"), (ps_run, "PrusaSlicer")):
        if run is not None and not run.ok:
            print(f"    {who} refused {label}: {run.message}")
    return ours_run, ps_run


def _pct(ours: float | None, theirs: float | None) -> str:
    return f"{(ours - theirs) / theirs * 100:+.1f}%" if ours is not None and theirs else "-"


# Choices that add parts to a style's default frame set, shown on a row of their own (not counted as a default).
_ASKED_FOR = {"self-adjust-round": {"syringe_clips": "two"}}


def styles_table(printer: PrinterProfile, root: Path, prusa: str | None) -> None:
    from catalog.frames import generate_frame, list_styles, resolve_params

    print()
    print(f"Frame sets in the frames mode on {printer.name} (time includes heating up; targets <= 50 min, <= 75 Wh):")
    print(f"{'style':32} {'material':8} {'min':>6} {'g':>6} {'Wh':>5} {'cost':>6} {'ok?':>5} {'PS min':>7} "
          f"{'PS Wh':>6}")
    worst_min = worst_wh = 0.0
    rows: list[tuple[str, str, dict[str, str]]] = [(s.id, s.id, {}) for s in list_styles() if s.audience == "adult"]
    rows += [(f"{style_id} +{'+'.join(values)}", style_id, values) for style_id, values in _ASKED_FOR.items()]
    for label, style_id, values in rows:
        is_default = not values
        parts = [(p.name, p.mesh) for p in generate_frame(style_id, resolve_params(style_id, values)).parts]
        stls = frame_set_stls(root, style_id, values) if prusa else []
        for material_id in ("pla", "petg"):
            material = find_material(material_id)
            chosen = frames_settings(printer, material)
            result = slice_parts(parts, printer, material, chosen)
            analysis = analyze_gcode(result.program, printer, material)
            total = (analysis.print_time_s + analysis.heat_up_s) / 60.0
            if is_default:
                worst_min, worst_wh = max(worst_min, total), max(worst_wh, analysis.energy_wh)
            ps_min = ps_wh = None
            if prusa:
                ini = root / f"{style_id}-{material_id}.ini"
                ini.write_text(prusa_ini(printer, material, chosen), encoding="utf-8")
                out = root / f"{style_id}-{material_id}.ps.gcode"
                args = [prusa, "--loglevel", "1", "--load", str(ini), "--export-gcode", "-o", str(out), "--merge"]
                if run_command(args + [str(p) for p in stls]).ok:
                    theirs = analyze_gcode(out, printer, material)
                    ps_min = (theirs.print_time_s + theirs.heat_up_s) / 60.0
                    ps_wh = theirs.energy_wh
            is_ok = total <= 50 and analysis.energy_wh <= 75
            print(
                f"{label:32} {material_id:8} {total:6.1f} {analysis.filament_g:6.1f} {analysis.energy_wh:5.0f} "
                f"{analysis.material_cost:6.2f} {'yes' if is_ok else 'no':>5} {fmt(ps_min, '.1f'):>7} "
                f"{fmt(ps_wh, '.0f'):>6}"
            )
    print(f"worst default frame set: {worst_min:.1f} min, {worst_wh:.0f} Wh (ok?: <= 50 min and <= 75 Wh)")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--printer", default="creality-ender3")
    parser.add_argument("--material", default="pla")
    parser.add_argument("--corpus", type=Path, default=Path(os.environ.get("HELIOFAB_CORPUS", DEFAULT_CORPUS)))
    parser.add_argument("--no-styles", action="store_true", help="skip the per-style frame set table")
    args = parser.parse_args()
    collect_automatically()  # the collection policy `heliofab slice` runs under
    printer = find_printer(args.printer)
    material = find_material(args.material)
    prusa = find_prusa_slicer()
    corpus = args.corpus if args.corpus.name == "mesh" else args.corpus / "mesh"
    print(f"printer {printer.id}, material {material.id}, runs {args.runs}, {os.cpu_count()} CPUs")
    print(f"PrusaSlicer: {prusa or 'not installed (benchmarking the built-in slicer alone)'}")
    # Bytecode first, as an installed wheel has it: a checkout may never have written it.
    packages = (str(PROJECT / n) for n in ("app", "catalog", "printers", "db"))
    subprocess.run([sys.executable, "-m", "compileall", "-q", *packages], check=True)
    with tempfile.TemporaryDirectory(prefix="heliofab-bench-") as tmp:
        root = Path(tmp)
        # The first command migrates the data folder; it is not what an operator waits for each time.
        subprocess.run([sys.executable, "-m", "app", "--data-dir", str(root / "data"), "printers", "profiles"],
                       capture_output=True, check=True)
        print(
            f"{'model':30} {'ours s':>7} {'ourCPU':>7} {'in-pr':>7} {'MB':>6} {'PS s':>7} {'PS CPU':>7} {'PS MB':>6} "
            f"{'ratio':>6} "
            f"{'ours g':>7} {'PS g':>7} {'diff':>7} {'ourmin':>7} {'PSmin*':>7} {'PSown':>7} {'retr':>5} {'PSret':>5}"
        )
        frames_inputs = frame_set_stls(root, "oval-everyday")
        results: dict[str, tuple[Run, Run | None]] = {}
        results["frame set"] = compare(
            "frame set oval (frames mode)", frames_inputs, "frames", printer, material,
            frames_settings(printer, material), root, args.runs, prusa,
        )
        compare(
            "frame set oval (standard)", frames_inputs, "standard", printer, material,
            standard_settings(printer), root, args.runs, prusa,
        )
        meshes = sorted(p for p in corpus.glob("*") if p.suffix.lower() in (".stl", ".3mf")) if corpus.is_dir() else []
        if not meshes:
            print(f"(no mesh corpus at {corpus})")
        for path in meshes:
            label = "Benchy" if path.name == "3DBenchy.3mf" else path.name
            results[label] = compare(
                label, [path], "standard", printer, material, standard_settings(printer), root, args.runs, prusa
            )
        print("ours s / PS s: whole command, wall clock (ours also checks the G-code and estimates it);")
        print("ourCPU / PS CPU: whole command's user + sys CPU time, the least of the runs;")
        print("in-pr: our read + slice + check + estimate inside one process; MB: peak resident memory of the")
        print("  largest process (on Linux the built-in slicer shares its work with a forked copy of itself);")
        print("PSmin*: our estimator on PrusaSlicer's G-code; PSown: PrusaSlicer's own estimate.")
        frame_run, frame_ps = results["frame set"]
        benchy = results.get("Benchy")
        print("targets:")
        print(f"  frame set: heliofab slice <= PrusaSlicer: {fmt(frame_run.wall_s)} s vs "
              f"{fmt(frame_ps.wall_s if frame_ps else None)} s wall; {fmt(frame_run.cpu_s)} s vs "
              f"{fmt(frame_ps.cpu_s if frame_ps else None)} s CPU")
        if benchy:
            ours_b, ps_b = benchy
            print(f"  Benchy: <= 1.2x PrusaSlicer's time: {ratio(ours_b.wall_s, ps_b.wall_s if ps_b else None)}; "
                  f"peak memory <= 1.5x: largest process {fmt(ours_b.peak_mb, '.0f')} vs "
                  f"{fmt(ps_b.peak_mb if ps_b else None, '.0f')} MB "
                  f"({ratio(ours_b.peak_mb, ps_b.peak_mb if ps_b else None)}), every process at once (PSS) "
                  f"{fmt(ours_b.tree_pss_mb, '.0f')} vs {fmt(ps_b.tree_pss_mb if ps_b else None, '.0f')} MB "
                  f"({ratio(ours_b.tree_pss_mb, ps_b.tree_pss_mb if ps_b else None)})")
        print("  filament within 10 % of PrusaSlicer's for the corpus parts it slices (diff column)")
        if not args.no_styles:
            styles_table(printer, root, prusa)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
