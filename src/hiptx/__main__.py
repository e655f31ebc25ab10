"""``python -m hiptx``: the same as the ``hiptx`` command."""

from hiptx._console import run

run()
