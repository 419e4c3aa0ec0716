"""The site's energy: sun position, clear sky, PV power, battery, forecast and charge-controller readers."""
