"""OpenSCAD Customizer figures: reading the annotations of a large generated `.scad` file, and opening a
customized part that was rendered before (a render-cache hit: key, row, mesh read back).

Run: .venv/bin/python bench/scad_bench.py [--parameters 5000] [--repeat 20]
Targets: a 5,000-parameter file parsed in well under 1 s; a cache hit feels instant (≤ 50 ms median).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.scad_customize import ScadCustomizer  # noqa: E402
from app.services import StartupOptions, build_services  # noqa: E402
from catalog.scad.annotations import parse_customizer  # noqa: E402
from catalog.scad.render_cache import render_record  # noqa: E402

WIDGETS = (
    "// Width of part {i}\nwidth_{i} = {n}; // [1:1:500]\n",
    "// Wall of part {i}\nwall_{i} = 1.{n}; // [0.4:0.05:5]\n",
    '// Label {i}\nlabel_{i} = "part {i}"; // 20\n',
    '// Shape {i}\nshape_{i} = "round"; // [round, square, hex]\n',
    "// Size {i}\nsize_{i} = 20; // [10:Small, 20:Medium, 30:Large]\n",
    "// Lid {i}\nlid_{i} = true;\n",
    "// Offset {i}\noffset_{i} = [1, 2.5, {n}]; // [0:0.5:100]\n",
)


def generated_source(count: int) -> str:
    parts = ["// Generated design for the benchmark\n"]
    for i in range(count):
        if i % 250 == 0:
            parts.append(f"/* [Tab {i // 250}] */\n")
        parts.append(WIDGETS[i % len(WIDGETS)].format(i=i, n=i % 90 + 1))
    parts.append("/* [Hidden] */\n$fn = 48;\n")
    parts.append("module body() {\n" + "    cube([width_0, wall_1 * 10, 5]);\n" * 2000 + "}\nbody();\n")
    return "".join(parts)


def bench_parser(count: int, repeat: int) -> None:
    source = generated_source(count)
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        declaration = parse_customizer(source)
        times.append(time.perf_counter() - started)
    assert len(declaration.parameters) == count
    print(f"annotation parser: {count} parameters, {len(source) / 1e6:.2f} MB of source: "
          f"median {statistics.median(times) * 1000:.1f} ms, best {min(times) * 1000:.1f} ms "
          f"({count / statistics.median(times):,.0f} parameters/s)")


def bench_cache_hit(repeat: int) -> None:
    with tempfile.TemporaryDirectory(prefix="heliofab-scad-bench-") as tmp:
        folder = Path(tmp) / "design"
        folder.mkdir()
        (folder / "box.scad").write_text(generated_source(40).replace("body();", "cube(10);"), encoding="utf-8")
        services = build_services(StartupOptions(data_dir=Path(tmp) / "data", seed_catalogue=False))
        try:
            outcome = services.catalog.import_path(folder / "box.scad")
            design_id = outcome.plan.to_write[0].id
            customizer = ScadCustomizer(services.catalog, finder=lambda: None)
            design = customizer.design(design_id)
            values = design.resolve({"width_0": 120})
            stl = _sphere_stl()
            triangles = (len(stl) - 84) // 50
            customizer.cache.put(render_record(design.render_key(values), design_id, design.source_sha256,
                                               design.literals(values), triangles, (10.0, 10.0, 10.0), "bench", 1.0),
                                               stl)
            times = []
            for _ in range(repeat):
                started = time.perf_counter()
                fresh = ScadCustomizer(services.catalog, finder=lambda: None)  # as a re-opened screen would
                again = fresh.design(design_id)
                part = fresh.part(again, again.resolve({"width_0": "120"}))
                times.append(time.perf_counter() - started)
            assert part.origin == "cache"
            print(f"cache hit (load design, check values, find and read a {triangles:,}-triangle render): "
                  f"median {statistics.median(times) * 1000:.1f} ms, best {min(times) * 1000:.1f} ms")
        finally:
            services.close()


def _sphere_stl() -> bytes:
    import trimesh

    from catalog.frames.export import stl_bytes

    return stl_bytes(trimesh.creation.icosphere(subdivisions=5, radius=5.0), "sphere")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--parameters", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    bench_parser(args.parameters, args.repeat)
    bench_cache_hit(args.repeat)


if __name__ == "__main__":
    main()
