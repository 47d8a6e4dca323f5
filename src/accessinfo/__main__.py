"""``python -m accessinfo``: the same as the ``accessinfo`` command."""

import sys

from accessinfo.surfaces.cli import main

if __name__ == "__main__":
    sys.exit(main())
