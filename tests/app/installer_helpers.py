"""Tiny wheels made on the spot, so wheel-folder checks run with no network and in a second."""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path


def fake_wheel(folder: Path, name: str, version: str, tag: str = "py3-none-any",
               requires: tuple[str, ...] = ()) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}-{version}-{tag}.whl"
    dist_info = f"{name}-{version}.dist-info"
    metadata = "".join(
        [f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n", *(f"Requires-Dist: {r}\n" for r in requires)]
    )
    wheel = f"Wheel-Version: 1.0\nGenerator: heliofab-tests\nRoot-Is-Purelib: true\nTag: {tag}\n"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(f"{name}/__init__.py", "")
        archive.writestr(f"{dist_info}/METADATA", metadata)
        archive.writestr(f"{dist_info}/WHEEL", wheel)
        archive.writestr(f"{dist_info}/RECORD", "")
    return path


def fake_installation_folder(folder: Path, heliofab_version: str, *,
                             requires: tuple[str, ...] = ("widget>=1",)) -> Path:
    """What install.sh keeps beside an installation: Heliofab, its dependencies, setuptools and wheel."""
    fake_wheel(folder, "heliofab", heliofab_version, requires=requires)
    # A Linux-only build, for any Python: a folder for Windows made from it lacks `widget`.
    fake_wheel(folder, "widget", "1.2", "py3-none-manylinux_2_17_x86_64")
    fake_wheel(folder, "setuptools", "80.0")
    fake_wheel(folder, "wheel", "0.45.0")
    return folder


def _record_hash(data: bytes) -> str:
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


def heliofab_like_wheel(folder: Path, version: str) -> Path:
    """A small wheel shaped like Heliofab's: packages, package data, entry points, a licence, a full RECORD."""
    dist_info = f"heliofab-{version}.dist-info"
    files = {
        "app/__init__.py": b"__version__ = '" + version.encode() + b"'\n",
        "app/entry.py": b"def main() -> None:\n    print('heliofab')\n",
        "assets/translations/heliofab_fr.qm": bytes(range(256)),
        f"{dist_info}/METADATA": f"Metadata-Version: 2.4\nName: heliofab\nVersion: {version}\n"
                                 "Requires-Dist: widget>=1\nLicense-Expression: GPL-3.0-or-later\n".encode(),
        f"{dist_info}/WHEEL": b"Wheel-Version: 1.0\nGenerator: setuptools (80.9.0)\nRoot-Is-Purelib: true\n"
                              b"Tag: py3-none-any\n\n",
        f"{dist_info}/entry_points.txt": b"[console_scripts]\nheliofab = app.entry:main\n",
        f"{dist_info}/licenses/LICENSE": b"GNU GENERAL PUBLIC LICENSE\n",
        f"{dist_info}/top_level.txt": b"app\nassets\n",
    }
    record = io.StringIO()
    csv.writer(record, lineterminator="\n").writerows(
        [*[(name, _record_hash(data), len(data)) for name, data in files.items()], (f"{dist_info}/RECORD", "", "")]
    )
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"heliofab-{version}-py3-none-any.whl"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
        archive.writestr(f"{dist_info}/RECORD", record.getvalue())
    return path


def pip_install_wheel(wheel: Path, target: Path) -> None:
    """`pip install --no-deps --target`, with no index: what pip makes of a wheel is the proof it is one."""
    env = {**os.environ, "PIP_NO_INDEX": "1", "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    result = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-compile", "--target",
                             str(target), str(wheel)], env=env, capture_output=True, text=True, timeout=300,
                             check=False)
    assert result.returncode == 0, result.stdout + result.stderr
