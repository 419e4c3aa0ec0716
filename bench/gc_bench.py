"""Collection pauses on the GUI thread while a slice runs in a worker, under the window's policy.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/gc_bench.py [--runs N]

Builds the main window as `heliofab` does (collection on the GUI thread, start-up objects frozen),
slices the first catalogue frame set in a worker thread (slice, safety check, estimate) while the
GUI thread turns its event loop, and prints, per run, the slice's wall time and the collections the
GUI thread ran meanwhile: how many, how many full, the longest and their sum. Asserts nothing.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from app.services import StartupOptions, build_services
from catalog.frames import generate_frame, list_styles, resolve_params
from printers.gcode import analyze_gcode, check_gcode
from printers.profiles import find_material, find_printer
from printers.slicer import SliceSettings, slice_parts
from ui.app import create_main_window
from ui.gc_guard import MainThreadGarbageCollector


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    collector = MainThreadGarbageCollector(app)
    with tempfile.TemporaryDirectory(prefix="heliofab-gc-bench-") as tmp:
        services = build_services(StartupOptions(data_dir=Path(tmp)))
        try:
            window = create_main_window(services)
            window.show()
            app.processEvents()
            collector.start_up_done()
            style = list_styles()[0]
            parts = [part.mesh for part in generate_frame(style.id, resolve_params(style.id, {})).parts]
            printer, material = find_printer("prusa-mk3"), find_material("pla")
            gui_thread = threading.get_ident()
            pauses_ms: list[tuple[int, float]] = []
            started = [0.0]

            def on_collection(phase: str, info: dict[str, Any]) -> None:
                if threading.get_ident() != gui_thread:
                    return
                if phase == "start":
                    started[0] = time.perf_counter()
                else:
                    pauses_ms.append((info["generation"], (time.perf_counter() - started[0]) * 1000))

            gc.callbacks.append(on_collection)
            print(f"style {style.id}, printer {printer.id}, material {material.id}, runs {args.runs}")
            for run in range(1, args.runs + 1):
                pauses_ms.clear()
                done = threading.Event()

                def work(done: threading.Event = done) -> None:
                    result = slice_parts(parts, printer, material, SliceSettings(skirt_loops=0))
                    check_gcode(result.program, printer)
                    analyze_gcode(result.program, printer, material)
                    done.set()

                began = time.perf_counter()
                threading.Thread(target=work, name="bench-slice").start()
                while not done.is_set():
                    app.processEvents()
                    done.wait(0.005)
                took_s = time.perf_counter() - began
                full = sum(1 for generation, _ms in pauses_ms if generation == 2)
                longest = max((ms for _generation, ms in pauses_ms), default=0.0)
                print(f"run {run}: slice {took_s:.2f} s; GUI-thread collections {len(pauses_ms)} ({full} full), "
                      f"longest {longest:.0f} ms, in all {sum(ms for _g, ms in pauses_ms):.0f} ms")
            gc.callbacks.remove(on_collection)
            window.close()
        finally:
            services.close()
    print("target: no GUI-thread pause a person notices (100 ms) while a slice runs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
