#!/usr/bin/env python3
"""The plan's `python scripts/import_data.py data/backup.json`: `taas db import` under the plan's name.

Loads the file into DATABASE_URL (or POSTGRES_*) in one transaction, idempotently; a malformed
or truncated file is refused with its line number and nothing of it is applied.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from taas.cli.main import app  # noqa: E402

if __name__ == "__main__":
    app(["db", "import", *sys.argv[1:]], prog_name="import_data.py")
