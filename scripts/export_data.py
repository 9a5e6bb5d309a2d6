#!/usr/bin/env python3
"""The plan's `python scripts/export_data.py > data/backup.json`: `taas db export` under the plan's name.

Reads DATABASE_URL (or POSTGRES_*); `--server URL` exports a running server's memory instead.
Every option of `taas db export` works here (see --help).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from taas.cli.main import app  # noqa: E402

if __name__ == "__main__":
    app(["db", "export", *sys.argv[1:]], prog_name="export_data.py")
