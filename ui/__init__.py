"""The PySide6 desktop app: one module per screen, widgets, and the single bridge to the core."""
