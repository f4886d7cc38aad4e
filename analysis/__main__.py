"""``python -m analysis`` runs the ``newsquotes`` command line."""
import sys

from analysis.cli import main

sys.exit(main())
