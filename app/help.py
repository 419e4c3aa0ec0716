"""Offline help pages, one per screen, in the operator's language where one is written."""

from __future__ import annotations

from importlib import resources

SUPPORTED_LANGUAGES = ("en", "fr", "es", "pt", "sw")
HELP_PACKAGE = "assets.help"


def help_page(area_key: str, language: str = "en") -> str:
    """The HTML help page of a screen; English when the language has none yet."""
    root = resources.files(HELP_PACKAGE)
    for lang in (language, "en"):
        page = root / lang / f"{area_key}.html"
        if page.is_file():
            return page.read_text(encoding="utf-8")
    raise KeyError(f"no help page for {area_key!r}")


def help_areas() -> list[str]:
    return sorted(p.name.removesuffix(".html") for p in (resources.files(HELP_PACKAGE) / "en").iterdir()
                  if p.name.endswith(".html"))
