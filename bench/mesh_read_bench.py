"""How long reading a 3MF takes: bulk decoding of the vertex and triangle blocks against the
element-by-element reader, on every 3MF of the corpus (3DBenchy is the one `heliofab slice` is
compared on), and whether both give the same arrays, bit for bit.

Each figure is the best of --runs reads of the file's bytes through `read_3mf_items` (unzip, parse,
place the build items), in this process. Usage: `python bench/mesh_read_bench.py [--runs N] [FILE ...]`.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from catalog.meshes import MeshArrays, MeshError, read_3mf_items  # noqa: E402

CORPUS_MESH = Path("/work/shared/corpus/mesh")

Outcome = list[tuple[str, MeshArrays]] | str


def _read(data: bytes, name: str, *, is_bulk: bool) -> Outcome:
    try:
        return read_3mf_items(data, name, is_bulk=is_bulk)
    except MeshError as exc:  # a refusal is an outcome too: both readers must give the same one
        return str(exc)


def _best(runs: int, read: Callable[[], Outcome]) -> tuple[float, Outcome]:
    best = float("inf")
    outcome: Outcome = ""
    for _run in range(runs):
        started = time.perf_counter()
        outcome = read()
        best = min(best, time.perf_counter() - started)
    return best, outcome


def _same(a: Outcome, b: Outcome) -> bool:
    if isinstance(a, str) or isinstance(b, str):
        return a == b
    return len(a) == len(b) and all(
        name_a == name_b
        and arrays_a.vertices.dtype == arrays_b.vertices.dtype
        and arrays_a.faces.dtype == arrays_b.faces.dtype
        and arrays_a.vertices.tobytes() == arrays_b.vertices.tobytes()
        and arrays_a.faces.tobytes() == arrays_b.faces.tobytes()
        for (name_a, arrays_a), (name_b, arrays_b) in zip(a, b, strict=False)
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("files", nargs="*", type=Path)
    args = parser.parse_args(argv)
    files = args.files or sorted(CORPUS_MESH.glob("*.3mf"))
    if not files:
        print(f"no 3MF given and no corpus at {CORPUS_MESH}")
        return 1
    is_all_same = True
    for path in files:
        data = path.read_bytes()
        slow, reference = _best(args.runs, partial(_read, data, path.name, is_bulk=False))
        fast, outcome = _best(args.runs, partial(_read, data, path.name, is_bulk=True))
        is_same = _same(reference, outcome)
        is_all_same &= is_same
        placed = 0 if isinstance(outcome, str) else sum(arrays.triangle_count for _name, arrays in outcome)
        triangles = "refused" if isinstance(outcome, str) else f"{placed:,} triangles"
        print(f"{path.name:<36} {len(data) / 1e6:6.2f} MB  {triangles:>18}  element by element {slow:6.3f} s  "
              f"bulk {fast:6.3f} s  (x{slow / fast:4.1f})  {'identical' if is_same else 'DIFFERENT'}")
    return 0 if is_all_same else 1


if __name__ == "__main__":
    sys.exit(main())
