"""Run the quick benchmarks one after the other (``make bench``); HeidelTime's comparison is separate.

Usage: python bench/run.py
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
QUICK = ["kb_load.py", "temporal_speed.py", "sentences.py", "linking_speed.py", "coding_speed.py", "temporal_dev.py"]


def main() -> int:
    status = 0
    for script in QUICK:
        print(f"== {script}", flush=True)
        status |= subprocess.run([sys.executable, str(HERE / script)], check=False).returncode
    return status


if __name__ == "__main__":
    sys.exit(main())
