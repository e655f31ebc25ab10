"""The ``hiptx`` console script and ``python -m hiptx``: one command in a process of its own.

:func:`hiptx.cli.main` is the command; this module only runs it in a process that
exists for that one command, which lets it skip two passes of the garbage collector
that find nothing to free:

- while the command's modules are imported (their classes, functions and constants
  live until the process ends), and
- when the interpreter shuts down, when a full collection would walk every object
  the command created (the catalog's thousands of objects) just before the process
  ends and the operating system frees its memory anyway.

Together these were about 8 of the 64 ms that ``hiptx show hip-arthroscopy`` took
(``benchmarks/bench.py``). While the command itself runs, the collector is on: a
command that creates reference cycles (a long ``check`` of a broken directory) has
them collected as usual. Nothing here changes what the command prints or returns.

It also answers Ctrl-C the same way from the moment :func:`run` starts to the end
of the process (while modules are imported, while the command runs, while the
interpreter shuts down): one line, ``hiptx: error: interrupted``, and exit status
130, never a traceback and never death by the signal. (Before that, Python's own
start-up, hiptx's code has not run yet: Python's default applies.)

Programs that call :func:`hiptx.cli.main` themselves get none of this: their
collector and their signal handlers are theirs to manage.
"""

import gc
import os
import signal
import sys

#: What Ctrl-C prints, at any moment (see _interrupted).
_INTERRUPTED = b"hiptx: error: interrupted\n"
_INTERRUPTED_STATUS = 130  # 128 + SIGINT, as hiptx.cli._status.INTERRUPTED


def _interrupted(_signum: int, _frame: object) -> None:
    # A KeyboardInterrupt raised at an arbitrary point (inside an import, inside
    # the interpreter's shutdown) can escape every handler and print a traceback;
    # ending here cannot. Only async-signal-safe calls: no buffered I/O.
    try:  # noqa: SIM105 - contextlib costs the start-up this handler is racing
        os.write(2, _INTERRUPTED)
    except OSError:  # no stderr to tell; the status still says it
        pass
    os._exit(_INTERRUPTED_STATUS)


def run() -> None:
    """Run the ``hiptx`` command with ``sys.argv`` and exit with its status.

    Not for use inside another program (it calls ``sys.exit`` and leaves the objects
    alive at the end outside the collector's reach); call :func:`hiptx.cli.main`.
    """
    signal.signal(signal.SIGINT, _interrupted)
    # Imports create long-lived objects only; collecting during them frees nothing.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        from hiptx.cli import main
    finally:
        gc.freeze()  # what the imports made is never collected: skip it from now on
        if was_enabled:
            gc.enable()
    status = main()
    # Everything still alive now lives until the process ends: leave it out of the
    # interpreter's last collections.
    gc.freeze()
    sys.exit(status)
