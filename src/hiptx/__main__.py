"""``python -m hiptx``: the same as the ``hiptx`` command."""

import sys

from hiptx.cli import main

sys.exit(main())
