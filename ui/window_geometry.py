"""Where the main window opens: all of a small laptop screen, a comfortable size centred on a large
one, or where the operator left it last time (kept in the settings store, not in QSettings)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtWidgets import QMainWindow

# 1366×768 and 1440×900 laptops: anything smaller than the window's design size cuts columns, so the
# window takes the whole screen there.
SMALL_SCREEN = QSize(1440, 900)
LARGE_SCREEN_SIZE = QSize(1440, 900)


def is_small_screen(available: QRect) -> bool:
    return available.width() <= SMALL_SCREEN.width() or available.height() <= SMALL_SCREEN.height()


def initial_geometry(available: QRect) -> QRect:
    """All of a small screen; on a large one the design size, centred."""
    if is_small_screen(available):
        return QRect(available)
    rect = QRect(0, 0, LARGE_SCREEN_SIZE.width(), LARGE_SCREEN_SIZE.height())
    rect.moveCenter(available.center())
    return rect


def fit_to_screen(window: QMainWindow) -> None:
    """Size the window for the screen it is on before it is first shown."""
    screen = window.screen()
    if screen is not None:
        window.setGeometry(initial_geometry(screen.availableGeometry()))


def encode_geometry(window: QMainWindow) -> str:
    return bytes(window.saveGeometry().toBase64().data()).decode("ascii")


def show_placed(window: QMainWindow, saved: str) -> None:
    """Show the window where it was closed if that still fits this screen; else as a new window opens."""
    screen = window.screen()
    available = screen.availableGeometry() if screen is not None else QRect()
    is_restored = bool(saved) and window.restoreGeometry(QByteArray.fromBase64(QByteArray(saved.encode("ascii"))))
    # A laptop once plugged into a large monitor: a remembered size bigger than this screen cuts columns.
    if is_restored and (window.isMaximized() or available.isNull() or available.contains(window.geometry())):
        window.show()
        return
    fit_to_screen(window)
    if not available.isNull() and is_small_screen(available):
        window.showMaximized()
    else:
        window.show()
