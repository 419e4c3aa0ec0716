"""pyserial URL handlers of the simulated charge controller (`simcharger://`); see `app.energy.serial_link`."""
