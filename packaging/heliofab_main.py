"""Start script of the frozen build: the same entry point as the installed `heliofab` command."""

from __future__ import annotations

import sys

from ui.entry import main

if __name__ == "__main__":
    sys.exit(main())
