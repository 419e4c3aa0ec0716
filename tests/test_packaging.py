"""What ships: the wheel built with no network, and the frozen one-folder build, each able to run.

Both read the assets and migrations as package data: a path worked out from a source file would pass
in the checkout and fail in the installed or frozen copy, which is why these run the real artefacts.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "heliofab.spec"
# What a checkout holds that the build must never see (virtual environments, earlier builds).
NOT_SOURCES = shutil.ignore_patterns(".git", ".venv", ".ci-venv", "build", "dist", "*.egg-info", "__pycache__", "*.pyc")


def _source_files(folder: str, pattern: str) -> set[str]:
    return {p.relative_to(ROOT).as_posix() for p in (ROOT / folder).rglob(pattern) if "__pycache__" not in p.parts}


def _offline_env(**extra: str) -> dict[str, str]:
    # PIP_NO_INDEX makes any attempt to reach a package index fail at once instead of succeeding here.
    env = {**os.environ, "PIP_NO_INDEX": "1", "PIP_DISABLE_PIP_VERSION_CHECK": "1", **extra}
    env.pop("PIP_FIND_LINKS", None)
    return env


@pytest.fixture(scope="module")
def offline_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel `pip wheel --no-build-isolation` makes from a copy of the sources, with no index."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "src"
    shutil.copytree(ROOT, source, ignore=NOT_SOURCES)
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--wheel-dir", str(work / "out"),
         str(source)],
        env=_offline_env(), capture_output=True, text=True, timeout=600, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (wheel,) = (work / "out").glob("heliofab-*.whl")
    return wheel


@pytest.fixture(scope="module")
def wheel_names(offline_wheel: Path) -> set[str]:
    with zipfile.ZipFile(offline_wheel) as archive:
        return set(archive.namelist())


def _dist_info_file(offline_wheel: Path, name: str) -> str:
    with zipfile.ZipFile(offline_wheel) as archive:
        (member,) = [n for n in archive.namelist() if n.endswith(f".dist-info/{name}")]
        return archive.read(member).decode("utf-8")


def test_the_wheel_carries_every_asset_the_app_reads(wheel_names: set[str]) -> None:
    expected = {
        "assets/places.json",
        "assets/printers/printers.json",
        "assets/printers/materials.json",
        "assets/translations/heliofab_fr.qm",
        "assets/translations/heliofab_es.qm",
        "assets/translations/core_fr.mo",
        "assets/translations/core_es.mo",
        "i18n/__init__.py",
        "catalog/frames/styles.py",
    }
    expected |= _source_files("assets/help", "*.html")
    assert {name for name in expected if name.startswith("assets/help/")}, "the checkout has no help pages"
    assert expected - wheel_names == set()


def test_the_wheel_carries_the_migrations_alembic_runs(wheel_names: set[str]) -> None:
    expected = ({"db/migrations/env.py", "db/migrations/script.py.mako"}
                | _source_files("db/migrations/versions", "*.py"))
    assert len(expected) > 3, "the checkout has no migration versions"
    assert expected - wheel_names == set()


def test_the_wheel_leaves_tests_and_readme_pictures_out(wheel_names: set[str]) -> None:
    assert not [n for n in wheel_names if n.startswith(("tests/", "bench/", "packaging/", "assets/screenshots/"))]
    assert not [n for n in wheel_names if "__pycache__" in n or n.endswith(".pyc")]


def test_the_wheel_metadata_names_the_command_and_the_pythons(offline_wheel: Path) -> None:
    assert "heliofab = ui.entry:main" in _dist_info_file(offline_wheel, "entry_points.txt")
    metadata = _dist_info_file(offline_wheel, "METADATA")
    assert "Requires-Python: >=3.10" in metadata
    assert "License-Expression: GPL-3.0-or-later" in metadata
    for minor in (10, 11, 12, 13):
        assert f"Classifier: Programming Language :: Python :: 3.{minor}" in metadata


def test_the_installed_wheel_migrates_a_new_lab_from_its_own_files(offline_wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    install = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--target", str(site), str(offline_wheel)],
        env=_offline_env(), capture_output=True, text=True, timeout=300, check=False,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    # Run from an empty folder with the installed copy first on the path, so nothing comes from the checkout.
    env = {**os.environ, "PYTHONPATH": str(site)}
    probe = subprocess.run(
        [sys.executable, "-c", "import db.migrate, printers.profiles; print(db.migrate.migrations_dir()); "
         "print(len(printers.profiles.bundled_printers()))"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert probe.returncode == 0, probe.stderr
    migrations, printer_count = probe.stdout.split()
    assert Path(migrations).is_relative_to(site)
    assert int(printer_count) > 0
    # The core's catalogues are read through importlib.resources from the installed copy.
    french = subprocess.run(
        [sys.executable, "-c", "import i18n; i18n.set_language('fr'); print(i18n._('Job done'))"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert french.stdout.strip() == "Travail terminé", french.stderr
    doctor = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(tmp_path / "lab"), "doctor", "--json"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300, check=False,
    )
    assert doctor.returncode == 0, doctor.stdout + doctor.stderr
    assert '"healthy": true' in doctor.stdout
    assert (tmp_path / "lab" / "heliofab.sqlite").is_file()


@pytest.fixture(scope="module")
def frozen_heliofab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The one-folder build of packaging/heliofab.spec, made once for the frozen checks."""
    pytest.importorskip("PyInstaller", reason="PyInstaller comes with the test extra: pip install '.[test]'")
    work = tmp_path_factory.mktemp("frozen")
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"), str(SPEC)],
        cwd=work, capture_output=True, text=True, timeout=1500, check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    program = work / "dist" / "heliofab" / ("heliofab.exe" if sys.platform == "win32" else "heliofab")
    assert program.is_file()
    yield program
    shutil.rmtree(work, ignore_errors=True)


def _run_frozen(program: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    # The frozen build must stand alone: no checkout or virtual environment on its path.
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run([str(program), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600,
                          check=False)


@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_the_frozen_build_starts_and_migrates_a_new_lab(frozen_heliofab: Path, tmp_path: Path) -> None:
    from app import __version__

    version = _run_frozen(frozen_heliofab, "--version", cwd=tmp_path)
    assert version.returncode == 0, version.stderr
    assert __version__ in version.stdout
    doctor = _run_frozen(frozen_heliofab, "--data-dir", str(tmp_path / "lab"), "doctor", cwd=tmp_path)
    assert doctor.returncode == 0, doctor.stdout + doctor.stderr
    assert "schema_at_head" in doctor.stdout and "Healthy." in doctor.stdout
    assert (tmp_path / "lab" / "heliofab.sqlite").is_file()


@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_the_frozen_build_customizes_and_slices_from_its_assets(frozen_heliofab: Path, tmp_path: Path) -> None:
    lab = str(tmp_path / "lab")
    profiles = _run_frozen(frozen_heliofab, "--data-dir", lab, "printers", "profiles", cwd=tmp_path)
    assert profiles.returncode == 0, profiles.stderr
    assert "creality-ender3" in profiles.stdout
    parts = _run_frozen(frozen_heliofab, "--data-dir", lab, "customize", "oval-everyday", "--out",
                        str(tmp_path / "parts"), cwd=tmp_path)
    assert parts.returncode == 0, parts.stdout + parts.stderr
    gcode = tmp_path / "front.gcode"
    sliced = _run_frozen(frozen_heliofab, "--data-dir", lab, "slice", "--printer", "creality-ender3", "-o", str(gcode),
                         str(tmp_path / "parts" / "front.stl"), cwd=tmp_path)
    assert sliced.returncode == 0, sliced.stdout + sliced.stderr
    assert "Safe to print." in sliced.stdout
    assert gcode.stat().st_size > 10_000


@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_the_frozen_build_renders_every_screen_offscreen(frozen_heliofab: Path, tmp_path: Path) -> None:
    shots = tmp_path / "shots"
    result = _run_frozen(frozen_heliofab, "--data-dir", str(tmp_path / "lab"), "screenshots", str(shots),
                         cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    pictures = sorted(shots.glob("*.png"))
    assert len(pictures) >= 8
    for picture in pictures:
        assert picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert picture.stat().st_size > 10_000, f"{picture.name} is nearly empty"
