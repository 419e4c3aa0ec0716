"""Memory figures for a 4 GB lab laptop: the peak resident memory (RSS) of whole Heliofab processes.

Each case runs as its own process in its own temporary data folder; its peak is read from the kernel
when it ends (wait4's ru_maxrss, the high-water mark of that one child), so nothing the bench itself
allocates is counted.

Cases and targets:
  demo         `heliofab --demo` (offscreen window, demo seeding included), closed after 30 s  ≤ 250 MB
  window       the main window at rest on a fresh data folder (first run done), closed after 20 s ≤ 250 MB
  import-stl   `heliofab catalog import` of a small real STL, thumbnail included                ≤ 250 MB
  import-16mb  `heliofab catalog import` of a 16 MB binary STL (327,680 triangles)             ≤ 400 MB
  import-3mf   `heliofab catalog import` of a 3MF project                                      ≤ 250 MB

Run: .venv/bin/python bench/memory_bench.py [--cases demo,window,...] [--demo-seconds 30]
POSIX only (Linux and macOS): Windows has no wait4.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS_MESH = ROOT.parent / "shared" / "corpus" / "mesh"
MB = 1024 * 1024


@dataclass(frozen=True)
class Figure:
    case: str
    what: str
    peak_bytes: int
    target_mb: int
    seconds: float
    exit_code: int

    @property
    def is_within_target(self) -> bool:
        return self.peak_bytes <= self.target_mb * MB


def heliofab_command() -> list[str]:
    """The installed console script when there is one beside this Python, else the same entry point."""
    script = Path(sys.executable).with_name("heliofab")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "import sys; from ui.entry import main; sys.exit(main())"]


def run_measured(argv: list[str], env: dict[str, str], *, close_after_s: float | None = None) -> tuple[int, int, float]:
    """Run argv; with close_after_s, send SIGTERM then (as the operator closing the window would);
    returns (peak RSS in bytes, exit code, seconds)."""
    started = time.monotonic()
    # stderr to a file, not a pipe: a chatty app must never block on a full pipe while being measured.
    with tempfile.TemporaryFile() as stderr_file:
        process = subprocess.Popen(argv, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=stderr_file)
        if close_after_s is not None:
            deadline = started + close_after_s
            # Never poll(): it would reap the child, and wait4 below must be the one to do so.
            while time.monotonic() < deadline and not _has_exited(process.pid):
                time.sleep(0.2)
            if not _has_exited(process.pid):
                process.send_signal(signal.SIGTERM)
                _kill_if_stuck(process, grace_s=20.0)
        # wait4 gives the rusage of this one child (RUSAGE_CHILDREN would be the largest of all so far).
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        stderr_file.seek(0)
        stderr = stderr_file.read().decode("utf-8", "replace")
    if process.returncode not in (0, -signal.SIGTERM):
        print(f"  ({' '.join(argv[1:])} exited {process.returncode}: {stderr.strip()[-400:]})")
    # Linux reports ru_maxrss in KiB, macOS in bytes.
    peak = usage.ru_maxrss if sys.platform == "darwin" else usage.ru_maxrss * 1024
    return peak, process.returncode, time.monotonic() - started


def _kill_if_stuck(process: subprocess.Popen[bytes], grace_s: float) -> None:
    """Give the app grace_s to close after SIGTERM, then kill it; the child is left unreaped so that
    wait4 can still read its rusage."""
    deadline = time.monotonic() + grace_s
    while time.monotonic() < deadline:
        if _has_exited(process.pid):
            return
        time.sleep(0.2)
    print("  (did not close within the grace period: killed)")
    process.kill()


def _has_exited(pid: int) -> bool:
    if not hasattr(os, "waitid"):  # macOS: no waitid, so no peeking; the grace period is simply waited out
        return False
    # WNOWAIT leaves the child waitable, so wait4 can still read its rusage afterwards.
    return os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None


def base_env(tmp: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["TMPDIR"] = str(tmp)  # the demo's own throw-away folder lands here and goes with it
    env.pop("HELIOFAB_HOME", None)
    return env


def write_binary_stl(path: Path, triangles: object) -> None:
    import numpy as np

    tri = np.asarray(triangles, dtype=np.float32)
    record = np.dtype([("normal", "<f4", 3), ("v", "<f4", (3, 3)), ("attr", "<u2")])
    facets = np.zeros(len(tri), dtype=record)
    facets["v"] = tri
    edge_a, edge_b = tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0]
    normals = np.cross(edge_a, edge_b)
    normals /= np.maximum(np.linalg.norm(normals, axis=1, keepdims=True), 1e-12)
    facets["normal"] = normals
    with path.open("wb") as fh:
        fh.write(b"Heliofab memory bench".ljust(80, b" "))
        fh.write(np.uint32(len(tri)).tobytes())
        fh.write(facets.tobytes())


def sphere_triangles(subdivisions: int, radius_mm: float) -> object:
    """An icosphere, slightly squashed so it is not a perfect ball; deterministic."""
    import trimesh

    mesh = trimesh.creation.icosphere(subdivisions=subdivisions, radius=radius_mm)
    vertices = mesh.vertices * [1.0, 0.8, 0.6]
    return vertices[mesh.faces]


def large_stl(folder: Path) -> Path:
    path = folder / "sphere-16mb.stl"
    write_binary_stl(path, sphere_triangles(7, 40.0))  # 20 * 4**7 = 327,680 triangles
    return path


def small_stl(folder: Path) -> Path:
    if CORPUS_MESH.is_dir():
        stls = sorted(CORPUS_MESH.glob("*.stl"), key=lambda p: p.stat().st_size)
        if stls:
            return stls[0]
    path = folder / "small.stl"
    write_binary_stl(path, sphere_triangles(2, 20.0))
    return path


def a_3mf(folder: Path) -> Path:
    if CORPUS_MESH.is_dir():
        candidates = sorted(CORPUS_MESH.glob("*.3mf"), key=lambda p: p.stat().st_size, reverse=True)
        if candidates:
            return candidates[0]
    tri = sphere_triangles(5, 30.0)
    import numpy as np

    vertices = np.asarray(tri).reshape(-1, 3)
    vertex_xml = "".join(f'<vertex x="{x:.4f}" y="{y:.4f}" z="{z:.4f}"/>' for x, y, z in vertices)
    triangle_xml = "".join(f'<triangle v1="{i}" v2="{i + 1}" v3="{i + 2}"/>' for i in range(0, len(vertices), 3))
    model = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<model unit="millimeter" xmlns="http://schemas.microsoft.com/3dmanufacturing/core/2015/02">'
        f'<resources><object id="1" type="model"><mesh><vertices>{vertex_xml}</vertices>'
        f"<triangles>{triangle_xml}</triangles></mesh></object></resources>"
        '<build><item objectid="1"/></build></model>'
    )
    path = folder / "sphere.3mf"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("3D/3dmodel.model", model)
    return path


def finish_first_run(data_dir: Path, env: dict[str, str]) -> None:
    """A fresh data folder whose guided setup was skipped, so the window opens on the main screens."""
    script = (
        "import dataclasses, sys\n"
        "from pathlib import Path\n"
        "from app.services import StartupOptions, build_services\n"
        "from app.settings import UiSettings\n"
        "services = build_services(StartupOptions(data_dir=Path(sys.argv[1])))\n"
        "services.settings.save(dataclasses.replace(services.settings.load(UiSettings), "
        "has_completed_first_run=True))\n"
        "services.close()\n"
    )
    subprocess.run([sys.executable, "-c", script, str(data_dir)], env=env, cwd=ROOT, check=True)


def case_demo(tmp: Path, seconds: float) -> Figure:
    peak, code, took = run_measured([*heliofab_command(), "--demo"], base_env(tmp), close_after_s=seconds)
    return Figure("demo", f"heliofab --demo, closed after {seconds:.0f} s", peak, 250, took, code)


def case_window(tmp: Path, seconds: float) -> Figure:
    env = base_env(tmp)
    data_dir = tmp / "data"
    finish_first_run(data_dir, env)
    peak, code, took = run_measured([*heliofab_command(), "--data-dir", str(data_dir)], env, close_after_s=seconds)
    return Figure("window", f"window at rest, closed after {seconds:.0f} s", peak, 250, took, code)


def case_import(tmp: Path, case: str, source: Path, target_mb: int) -> Figure:
    argv = [*heliofab_command(), "--data-dir", str(tmp / "data"), "catalog", "import", str(source), "--licence",
            "CC0-1.0"]
    peak, code, took = run_measured(argv, base_env(tmp))
    size = source.stat().st_size
    return Figure(case, f"import {source.name} ({size / MB:.2f} MB)", peak, target_mb, took, code)


CASES = ("demo", "window", "import-stl", "import-16mb", "import-3mf")


def run_case(case: str, tmp: Path, inputs: Path, demo_seconds: float) -> Figure:
    if case == "demo":
        return case_demo(tmp, demo_seconds)
    if case == "window":
        return case_window(tmp, 20.0)
    if case == "import-stl":
        return case_import(tmp, case, small_stl(inputs), 250)
    if case == "import-16mb":
        return case_import(tmp, case, large_stl(inputs), 400)
    return case_import(tmp, case, a_3mf(inputs), 250)


def main() -> int:
    if not hasattr(os, "wait4"):
        print("memory_bench needs wait4 (Linux or macOS).")
        return 2
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", default=",".join(CASES), help=f"comma-separated, from {', '.join(CASES)}")
    parser.add_argument("--demo-seconds", type=float, default=30.0)
    args = parser.parse_args()
    chosen = [c.strip() for c in args.cases.split(",") if c.strip()]
    unknown = [c for c in chosen if c not in CASES]
    if unknown:
        parser.error(f"unknown case(s): {', '.join(unknown)}")
    figures: list[Figure] = []
    inputs = Path(tempfile.mkdtemp(prefix="heliofab-membench-inputs-"))
    try:
        for case in chosen:
            with tempfile.TemporaryDirectory(prefix=f"heliofab-membench-{case}-") as tmp:
                figure = run_case(case, Path(tmp), inputs, args.demo_seconds)
            figures.append(figure)
            print(f"{figure.case:<12} {figure.peak_bytes / MB:7.1f} MB peak  (target ≤ {figure.target_mb} MB)  "
                  f"{'ok' if figure.is_within_target else 'OVER'}  {figure.seconds:5.1f} s  {figure.what}", flush=True)
    finally:
        shutil.rmtree(inputs, ignore_errors=True)
    failed = [f for f in figures if f.exit_code not in (0, -signal.SIGTERM)]
    over = [f for f in figures if not f.is_within_target]
    print(f"{len(figures) - len(over)} of {len(figures)} within target; {len(failed)} ended with an error.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
