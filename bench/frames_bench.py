"""Frame generator speed: in-process regeneration and the whole `heliofab customize` command.

Run: .venv/bin/python bench/frames_bench.py [--rounds N] [--cli-runs N]
Prints figures beside the targets; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

OPENSCAD_CPU_S = 30.0  # OpenSCAD rendering a public parametric frame (front + temples) on this machine
TARGET_REGEN_MS = 50.0
TARGET_CLI_S = 1.5


def _param_sequence(style_id: str, rounds: int) -> list[dict[str, object]]:
    """Each round changes what an operator changes while typing: PDs (bridge follows), temple length, tilt."""
    from catalog.frames import get_style

    d = get_style(style_id).defaults()
    seq = []
    for i in range(rounds):
        pd_r = float(d["pd_right_mm"]) + (i % 5 - 2) * 0.2
        pd_l = float(d["pd_left_mm"]) + (i % 3 - 1) * 0.2
        seq.append({
            "pd_right_mm": round(pd_r, 2), "pd_left_mm": round(pd_l, 2),
            "bridge_mm": round(pd_r + pd_l - float(d["lens_width_mm"]), 2),
            "temple_length_mm": 130 + i % 15, "pantoscopic_tilt_deg": 6 + (i % 4),
        })
    return seq


def bench_in_process(rounds: int) -> dict[str, float]:
    from catalog.frames import FrameGenerator, list_styles
    from catalog.frames.checks import find_problems
    from catalog.frames.generator import build_solids, footprints
    from catalog.frames.mesh import to_trimesh
    from catalog.frames.outlines import build_outlines

    generator = FrameGenerator()
    generator.generate("oval-everyday", {})  # warm imports and caches of the libraries, not of our outlines
    totals, previews = [], []
    stage = {"outlines": [], "checks": [], "meshes": []}
    for style in list_styles():
        for params in _param_sequence(style.id, rounds):
            t0 = time.perf_counter()
            result = generator.generate(style.id, params)
            t1 = time.perf_counter()
            assert all(p.mesh.is_watertight for p in result.parts)
            totals.append((t1 - t0) * 1000)
            params = dict(params, temple_drop_mm=34)  # a changed set again: no cache hit
            t2 = time.perf_counter()
            generator.preview(style.id, params)
            previews.append((time.perf_counter() - t2) * 1000)
            resolved = generator.resolve(style.id, dict(params, temple_drop_mm=33))
            s0 = time.perf_counter()
            o = build_outlines(resolved)
            s1 = time.perf_counter()
            find_problems(o, footprints(o), 220.0, 220.0)
            s2 = time.perf_counter()
            for _name, solid in build_solids(o):
                to_trimesh(solid)
            s3 = time.perf_counter()
            stage["outlines"].append((s1 - s0) * 1000)
            stage["checks"].append((s2 - s1) * 1000)
            stage["meshes"].append((s3 - s2) * 1000)
    out = {
        "regen_median_ms": statistics.median(totals),
        "regen_p90_ms": statistics.quantiles(totals, n=10)[-1],
        "regen_min_ms": min(totals),
        "regen_max_ms": max(totals),
        "preview_median_ms": statistics.median(previews),
        "count": len(totals),
    }
    out.update({f"stage_{k}_median_ms": statistics.median(v) for k, v in stage.items()})
    return out


def bench_cli(runs: int) -> dict[str, float]:
    exe = Path(sys.executable).parent / "heliofab"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "app"]
    times, cpu = [], []
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "HELIOFAB_HOME": str(Path(tmp) / "home")}
        for i in range(runs):
            out = Path(tmp) / f"job{i}"
            args = [*cmd, "customize", "oval-everyday", "--set", "pd_right_mm=32", "--set", "pd_left_mm=31",
                    "--set", "bridge_mm=18", "--set", "crest_above_datum_mm=5", "--out", str(out)]
            before = os.times()
            t0 = time.perf_counter()
            proc = subprocess.run(args, capture_output=True, text=True, env=env, timeout=120)
            times.append(time.perf_counter() - t0)
            after = os.times()
            cpu.append((after.children_user - before.children_user) + (after.children_system - before.children_system))
            if proc.returncode != 0:
                raise SystemExit(f"customize failed: {proc.stderr.strip()}")
    return {"cli_median_s": statistics.median(times), "cli_min_s": min(times),
            "cli_cpu_median_s": statistics.median(cpu)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=8, help="parameter changes per style (10 styles)")
    parser.add_argument("--cli-runs", type=int, default=5)
    args = parser.parse_args()
    r = bench_in_process(args.rounds)
    print(f"In-process regeneration of a full frame set (front + 2 temples + 2 rings, watertight meshes laid out), "
          f"{r['count']} changed parameter sets over every bundled style:")
    print(f"  median {r['regen_median_ms']:.1f} ms  (target <= {TARGET_REGEN_MS:.0f} ms)   "
          f"p90 {r['regen_p90_ms']:.1f}  min {r['regen_min_ms']:.1f}  max {r['regen_max_ms']:.1f}")
    print(f"  stages (median): outlines {r['stage_outlines_median_ms']:.1f} ms, "
          f"checks {r['stage_checks_median_ms']:.1f} ms, meshes {r['stage_meshes_median_ms']:.1f} ms")
    print(f"  live preview (2D outlines + checks, no meshes): median {r['preview_median_ms']:.1f} ms")
    print(f"  vs OpenSCAD {OPENSCAD_CPU_S:.0f} s CPU: {OPENSCAD_CPU_S * 1000 / r['regen_median_ms']:.0f}x faster "
          "(target >= 500x)")
    c = bench_cli(args.cli_runs)
    print(f"Whole `heliofab customize ... --out DIR` command (new process, writes 5 STL + 3MF + SVG + JSON), "
          f"{args.cli_runs} runs:")
    print(f"  median {c['cli_median_s']:.2f} s wall (target <= {TARGET_CLI_S} s), min {c['cli_min_s']:.2f} s, "
          f"CPU {c['cli_cpu_median_s']:.2f} s")
    print(f"  vs OpenSCAD {OPENSCAD_CPU_S:.0f} s CPU: {OPENSCAD_CPU_S / c['cli_median_s']:.0f}x faster (target >= 20x)")


if __name__ == "__main__":
    main()
