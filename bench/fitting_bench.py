"""Prints how long the fitting core takes: PD from one photo's clicks, and size suggestions per style.

Run: .venv/bin/python bench/fitting_bench.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.fitting.customers import add_customer, add_measurement, list_customers
from app.fitting.pd_photo import PhotoSetup, PixelPoint, measure_photo
from app.fitting.suggest import SuggestionRequest, suggest_sizes
from app.fitting.values import CustomerInput, MeasurementInput
from app.services import StartupOptions, build_services
from catalog.frames import list_styles

CUSTOMERS = 2000

CARD = [PixelPoint(500.4, 145.1), PixelPoint(1099.6, 145.1), PixelPoint(1099.6, 522.9), PixelPoint(500.4, 522.9)]
PUPILS = (PixelPoint(577.4, 600.0), PixelPoint(1012.3, 600.0))


def _time(fn: object, repeats: int) -> list[float]:
    out = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        out.append(time.perf_counter() - start)
    return out


def main() -> None:
    photo = _time(lambda: measure_photo(CARD, PUPILS, (1600, 1200), PhotoSetup(), nose=PixelPoint(800, 655)), 2000)
    print(f"PD from one photo's clicks: median {statistics.median(photo) * 1e6:.0f} µs (target: instant, < 50 ms)")
    print("Size suggestions (all lens sizes of a style, real frame checks), target < 2 s on the lab laptop:")
    for style in list_styles():
        is_child = style.audience == "child"
        pd, head = ((24.5, 24.0), 132.0) if is_child else ((32.0, 31.0), 148.0)
        request = SuggestionRequest(style.id, *pd, head_width_mm=head)
        times = _time(lambda r=request: suggest_sizes(r), 3)
        report = suggest_sizes(request)
        print(
            f"  {style.id:18s} median {statistics.median(times):.2f} s, "
            f"{report.candidates_passed}/{report.candidates_checked} sizes pass"
        )


def bench_customers() -> None:
    with tempfile.TemporaryDirectory() as folder:
        services = build_services(StartupOptions(data_dir=Path(folder)))
        try:
            for i in range(CUSTOMERS):
                c = add_customer(services.session_factory, CustomerInput(name=f"Customer {i}", code=f"K{i:05d}"))
                add_measurement(services.session_factory, c.id, MeasurementInput(far_pd_mm=55.0 + i % 20))
            search = _time(lambda: list_customers(services.session_factory, "customer 19"), 5)
            first_page = _time(lambda: list_customers(services.session_factory), 5)
        finally:
            services.close()
    print(
        f"Customer search among {CUSTOMERS}: median {statistics.median(search) * 1000:.0f} ms; "
        f"first 500 listed: median {statistics.median(first_page) * 1000:.0f} ms (target: < 300 ms while typing)"
    )


if __name__ == "__main__":
    main()
    bench_customers()
