"""pyserial URL handlers of the simulated printer (`sim://`); registered by `printers.transport`."""
