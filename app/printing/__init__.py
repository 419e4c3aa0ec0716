"""Printing as the app runs it: jobs in the DB, progress committed as it runs, recovery, connected printers."""
