"""The ``hiptx`` command's exit statuses: the contract scripts rely on."""

from __future__ import annotations

#: The command did what was asked.
OK = 0
#: hiptx refused the input or the data: an unknown id, a value out of range, a
#: session that does not fit the exercise, an invalid catalog directory.
REFUSED = 1
#: The command line could not be parsed: an unknown command or option, a missing
#: argument, a value not in the form the option takes, an option given twice.
USAGE = 2
#: A bug in hiptx: an error it did not expect. Please report it.
INTERNAL = 3
#: Interrupted with Ctrl-C (128 + SIGINT, as shells report it).
INTERRUPTED = 130
#: The reader of the output went away (``hiptx list risks | head -1``): 128 + SIGPIPE,
#: what a shell reports for other commands whose pipe was closed.
BROKEN_PIPE = 141

EPILOG = f"""\
exit status:
  {OK}    success
  {REFUSED}    the input or the data was refused (unknown id, value out of range,
       invalid catalog); one line on stderr says why
  {USAGE}    usage error: the command line could not be parsed
  {INTERNAL}    internal error, a bug in hiptx: please report it
  {INTERRUPTED}  interrupted (Ctrl-C)
  {BROKEN_PIPE}  the output's reader closed the pipe (e.g. | head); nothing is printed

Every error is one line on stderr, "hiptx: error: ...". With --json an error is also
a JSON object on stdout: {{"error": MESSAGE, "kind": ERROR CLASS, "problems": [...]}}.
"""
