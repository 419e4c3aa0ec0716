"""The log an operator can hand over: a rotating file in the data folder, and crashes recorded in it.

Started once per process by the command line (every command, and the window), before anything else
can fail. What goes in: start-up, versions, migrations, printers connecting, prints starting and
ending, imports and exports, errors with their tracebacks. What never goes in: customer data (names,
photos, measurements, fits); log lines name customers, jobs and fits by their numbers only.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from types import TracebackType
from typing import IO, Any, TextIO

LOGS_FOLDER = "logs"
LOG_FILE_NAME = "heliofab.log"
# faulthandler writes here when the interpreter itself dies (a segfault in Qt or a driver, an abort):
# at that point no Python code runs, so it can't go through `logging`.
CRASH_FILE_NAME = "crash.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUP_COUNT = 5
LEVEL_ENV = "HELIOFAB_LOG_LEVEL"
# The product's own packages log at INFO; libraries (SQLAlchemy, Alembic, Qt) only from WARNING on.
PRODUCT_LOGGERS = ("app", "ui", "catalog", "printers", "db", "heliofab")
CRASH_LOGGER = "heliofab.crash"
# A record carrying this (extra={ON_CONSOLE: True}) was already printed to the operator by the
# command line: the console fallback must not print it twice.
ON_CONSOLE = "is_on_console"
LOG_FORMAT = "%(asctime)s.%(msecs)03dZ %(levelname)-7s [%(threadName)s] %(name)s: %(message)s"
DATE_FORMAT = "%Y-%m-%dT%H:%M:%S"
# A crash record carried into the log is cut to its end, where the innermost frames are.
CRASH_RECORD_MAX_BYTES = 64_000

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]
ThreadHook = Callable[[threading.ExceptHookArgs], Any]


def logs_dir(data_dir: Path) -> Path:
    return data_dir / LOGS_FOLDER


class LogFileHandler(logging.handlers.RotatingFileHandler):
    """Rotating, and never in the way: a file that can't be rotated or written is worked around."""

    def __init__(self, path: Path, *, max_bytes: int, backup_count: int) -> None:
        super().__init__(path, maxBytes=max_bytes, backupCount=backup_count, encoding="utf-8")
        self._has_reported_error = False

    def doRollover(self) -> None:
        try:
            super().doRollover()
        except OSError as exc:
            # Windows refuses to rename a file another process holds open (the window while a
            # command runs on the same lab): keep appending, and stop trying for this process.
            self.maxBytes = 0
            if self.stream is None:
                self.stream = self._open()
            self._report(f"cannot rotate the log {self.baseFilename} ({_reason(exc)}); it keeps growing until the next "
                         "start")

    def handleError(self, record: logging.LogRecord) -> None:
        # A full disk must not print a traceback for every later log line: say it once, go on.
        exc = sys.exc_info()[1]
        self._report(f"cannot write the log {self.baseFilename} ({_reason(exc)}); carrying on without it")

    def _report(self, message: str) -> None:
        if self._has_reported_error:
            return
        self._has_reported_error = True
        _print_warning(message)


class _PendingFolderHandler(logging.Handler):
    """Keeps records in memory while the data folder does not exist; writes them all to the log file
    once it does (the command opened the lab), and drops them if it never does."""

    # A command that logs more than this before opening the lab keeps its latest lines.
    MAX_PENDING_RECORDS = 2000

    def __init__(self, data_dir: Path, *, max_bytes: int, backup_count: int) -> None:
        super().__init__()
        self._data_dir = data_dir
        self._max_bytes = max_bytes
        self._backup_count = backup_count
        self._pending: deque[logging.LogRecord] = deque(maxlen=self.MAX_PENDING_RECORDS)
        self.file_handler: LogFileHandler | None = None
        self.on_opened: Callable[[], None] | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self.file_handler is None and not self._open_when_folder_exists():
            self._pending.append(record)
            return
        assert self.file_handler is not None
        self.file_handler.handle(record)

    def _open_when_folder_exists(self) -> bool:
        if not self._data_dir.is_dir():
            return False
        folder = logs_dir(self._data_dir)
        try:
            folder.mkdir(exist_ok=True)
            handler = LogFileHandler(folder / LOG_FILE_NAME, max_bytes=self._max_bytes, backup_count=self._backup_count)
        except OSError as exc:
            _print_warning(f"cannot write logs in {folder} ({_reason(exc)}); carrying on without a log file")
            self._pending.clear()
            self.file_handler = None
            self.emit = lambda record: None  # type: ignore[method-assign]
            return False
        handler.setFormatter(self.formatter)
        self.file_handler = handler
        while self._pending:
            handler.handle(self._pending.popleft())
        if self.on_opened is not None:
            self.on_opened()
        return True

    def flush(self) -> None:
        if self.file_handler is not None:
            self.file_handler.flush()

    def close(self) -> None:
        if self.file_handler is None:
            self.acquire()
            try:
                self._open_when_folder_exists()  # the folder may have been made since the last line
            finally:
                self.release()
        if self.file_handler is not None:
            self.file_handler.close()
        self._pending.clear()
        super().close()


class _NotOnConsoleYet(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not getattr(record, ON_CONSOLE, False)


@dataclass
class ProcessLog:
    """What `start_logging` set up; `close` undoes it (the process is ending, or a test is)."""

    log_file: Path | None
    crash_file: Path | None
    # "" when the log file works; else the one-line reason logging fell back to the console.
    problem: str = ""
    _handler: logging.Handler | None = None
    _crash_stream: IO[bytes] | None = None
    _had_fault_handler: bool = False
    _levels: dict[str, int] = field(default_factory=dict)
    _previous_excepthook: ExceptHook | None = None
    _previous_thread_hook: ThreadHook | None = None
    _excepthook: ExceptHook | None = None
    _thread_hook: ThreadHook | None = None

    def close(self) -> None:
        if self._handler is not None:
            logging.getLogger().removeHandler(self._handler)
            self._handler.close()
            self._handler = None
        for name, level in self._levels.items():
            logging.getLogger(name).setLevel(level)
        self._levels = {}
        # Hooks someone installed on top of ours stay theirs.
        if self._excepthook is not None and sys.excepthook is self._excepthook:
            sys.excepthook = self._previous_excepthook or sys.__excepthook__
        if self._thread_hook is not None and threading.excepthook is self._thread_hook:
            threading.excepthook = self._previous_thread_hook or threading.__excepthook__
        self._excepthook = self._thread_hook = None
        if self._crash_stream is not None:
            _restore_fault_handler(self._had_fault_handler)
            self._crash_stream.close()
            self._crash_stream = None


def start_logging(
    data_dir: Path,
    *,
    max_bytes: int = LOG_MAX_BYTES,
    backup_count: int = LOG_BACKUP_COUNT,
) -> ProcessLog:
    """Log to `<data_dir>/logs/heliofab.log`, record crashes there; never raises.

    A folder that can't be written (read-only, full disk, not a folder) leaves the console (stderr,
    warnings and errors only) as the log, with a one-line warning, and the command goes on.
    """
    _drop_earlier_handlers()
    folder = logs_dir(data_dir)
    log_file: Path | None = folder / LOG_FILE_NAME
    if not data_dir.exists():
        # A command that never opens the lab (a PD computed from a photo, --help) must not create a
        # data folder just to log it: lines wait in memory until the folder exists.
        pending = _PendingFolderHandler(data_dir, max_bytes=max_bytes, backup_count=backup_count)
        pending.setFormatter(_formatter())
        logging.getLogger().addHandler(pending)
        process_log = ProcessLog(log_file=log_file, crash_file=None, _handler=pending)
        pending.on_opened = lambda: _start_fault_handler(process_log, folder / CRASH_FILE_NAME)
        process_log._levels = _set_product_levels(_level_from_environment())
        _install_hooks(process_log)
        return process_log
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = LogFileHandler(folder / LOG_FILE_NAME, max_bytes=max_bytes,
                                                  backup_count=backup_count)
        problem = ""
    except OSError as exc:
        problem = f"cannot write logs in {folder} ({_reason(exc)})"
        handler = _console_handler()
        log_file = None
        # A data folder that can't be made at all is the start-up error itself, said once by the caller.
        if data_dir.is_dir():
            _print_warning(f"{problem}; logging to the console instead")
    handler.setFormatter(_formatter())
    logging.getLogger().addHandler(handler)
    process_log = ProcessLog(log_file=log_file, crash_file=None, problem=problem, _handler=handler)
    process_log._levels = _set_product_levels(_level_from_environment())
    _install_hooks(process_log)
    if not problem:
        _start_fault_handler(process_log, folder / CRASH_FILE_NAME)
    return process_log


def active_log_file() -> Path | None:
    """The file this process logs to, or None when it logs to the console only."""
    for handler in _file_handlers():
        return Path(handler.baseFilename)
    return None


def flush_logs() -> None:
    for handler in _file_handlers():
        handler.flush()


def _file_handlers() -> list[LogFileHandler]:
    found = []
    for handler in logging.getLogger().handlers:
        if isinstance(handler, _PendingFolderHandler):
            handler = handler.file_handler  # type: ignore[assignment]
        if isinstance(handler, LogFileHandler):
            found.append(handler)
    return found


def log_uncaught(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, *,
                 where: str = "") -> None:
    """Write an exception nobody caught to the log, with its traceback."""
    if issubclass(exc_type, KeyboardInterrupt):
        logging.getLogger(CRASH_LOGGER).info("Interrupted (Ctrl-C)")
        return
    place = f" in thread {where}" if where else ""
    logging.getLogger(CRASH_LOGGER).critical("Unhandled exception%s", place, exc_info=(exc_type, exc, tb))


# -- set-up steps ----------------------------------------------------------------------------------


def _drop_earlier_handlers() -> None:
    # A second start in one process (tests drive the CLI in-process) replaces the first, never stacks.
    root = logging.getLogger()
    for handler in list(root.handlers):
        is_ours = isinstance(handler, (LogFileHandler, _PendingFolderHandler))
        if is_ours or getattr(handler, "is_heliofab_console", False):
            root.removeHandler(handler)
            handler.close()


def _console_handler() -> logging.Handler:
    stream: TextIO | None = sys.stderr
    if stream is None:
        # pythonw (a Windows shortcut) has no console at all: nowhere to write, stay quiet.
        handler: logging.Handler = logging.NullHandler()
    else:
        handler = logging.StreamHandler(stream)
        handler.setLevel(logging.WARNING)
        handler.addFilter(_NotOnConsoleYet())
    handler.is_heliofab_console = True  # type: ignore[attr-defined]
    return handler


def _formatter() -> logging.Formatter:
    formatter = logging.Formatter(LOG_FORMAT, DATE_FORMAT)
    # UTC: logs travel to people in other time zones, and laptops' clocks change zone and DST.
    formatter.converter = time.gmtime
    return formatter


def _level_from_environment() -> int:
    name = os.environ.get(LEVEL_ENV, "").strip().upper()
    level = logging.getLevelName(name) if name else logging.INFO
    return level if isinstance(level, int) else logging.INFO


def _set_product_levels(level: int) -> dict[str, int]:
    previous: dict[str, int] = {}
    for name in PRODUCT_LOGGERS:
        logger = logging.getLogger(name)
        previous[name] = logger.level
        logger.setLevel(level)
    return previous


def _install_hooks(process_log: ProcessLog) -> None:
    previous_hook = sys.excepthook
    previous_thread_hook = threading.excepthook

    def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log_uncaught(exc_type, exc, tb)
        flush_logs()
        previous_hook(exc_type, exc, tb)  # the console (if any) still shows it

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if not issubclass(args.exc_type, SystemExit):
            where = args.thread.name if args.thread is not None else "?"
            log_uncaught(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback, where=where)
            flush_logs()
        previous_thread_hook(args)

    process_log._previous_excepthook = previous_hook
    process_log._previous_thread_hook = previous_thread_hook
    process_log._excepthook = excepthook
    process_log._thread_hook = thread_hook
    sys.excepthook = excepthook
    threading.excepthook = thread_hook


def _start_fault_handler(process_log: ProcessLog, crash_file: Path) -> None:
    _carry_over_crash_record(crash_file)
    try:
        # faulthandler writes to the file descriptor directly when the process dies: it needs a real
        # file that stays open for the life of the process (this object is kept by ProcessLog).
        stream = crash_file.open("ab")
    except OSError as exc:
        logging.getLogger(__name__).warning("Fatal crashes will not be recorded: cannot open %s (%s)", crash_file,
                                            _reason(exc))
        return
    process_log._had_fault_handler = faulthandler.is_enabled()
    faulthandler.enable(file=stream, all_threads=True)
    process_log._crash_stream = stream
    process_log.crash_file = crash_file


def _carry_over_crash_record(crash_file: Path) -> None:
    """A process that died on a fatal error left faulthandler's record: copy it into the log, then empty it."""
    try:
        size = crash_file.stat().st_size
    except OSError:
        return
    if size == 0:
        return
    try:
        with crash_file.open("rb") as fh:
            fh.seek(max(0, size - CRASH_RECORD_MAX_BYTES))
            record = fh.read().decode("utf-8", "replace")
        written = datetime.fromtimestamp(crash_file.stat().st_mtime, timezone.utc).strftime("%Y-%m-%d %H:%M:%SZ")
        crash_file.write_bytes(b"")
    except OSError as exc:
        logging.getLogger(__name__).warning("Could not read the crash record %s (%s)", crash_file, _reason(exc))
        return
    logging.getLogger(CRASH_LOGGER).error(
        "A Heliofab process ended on a fatal error (recorded %s by Python's fault handler):\n%s", written,
        record.rstrip()
    )


def _restore_fault_handler(had_fault_handler: bool) -> None:
    faulthandler.disable()
    if not had_fault_handler:
        return
    # The host (pytest, PYTHONFAULTHANDLER) had it on the console: put it back there if there is one.
    stderr = sys.__stderr__
    try:
        if stderr is not None:
            faulthandler.enable(file=stderr, all_threads=True)
    except (OSError, ValueError, RuntimeError):
        pass


def _reason(exc: BaseException | None) -> str:
    if exc is None:
        return "unknown error"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or exc.__class__.__name__


def _print_warning(message: str) -> None:
    stream = sys.stderr
    if stream is None:
        return
    try:
        print(f"heliofab: warning: {message}", file=stream, flush=True)
    except (OSError, ValueError):
        pass
