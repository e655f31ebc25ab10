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

Programs that call :func:`hiptx.cli.main` themselves get none of this: their
collector is theirs to manage.
"""

import gc
import sys


def run() -> None:
    """Run the ``hiptx`` command with ``sys.argv`` and exit with its status.

    Not for use inside another program (it calls ``sys.exit`` and leaves the objects
    alive at the end outside the collector's reach); call :func:`hiptx.cli.main`.
    """
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
