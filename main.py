#!/usr/bin/env python3
"""Start the MFC citizen-services kiosk.  ``python main.py --help`` lists the options."""

import sys

from kiosk.cli import main

if __name__ == "__main__":
    sys.exit(main())
