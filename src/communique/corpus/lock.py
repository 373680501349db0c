"""An exclusive lock on a batch's output, so that two runs never write the same files.

The lock is an OS advisory lock (``flock``) on ``OUT.lock``: the OS drops it when the process
ends, however it ends, so a run killed with ``kill -9`` never leaves a stale lock behind.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from types import TracebackType
from typing import TextIO

from communique.errors import OutputLocked, OutputNotWritable


def lock_path(out: Path) -> Path:
    """Where the lock of ``out`` lives."""
    return out.with_name(out.name + ".lock")


class OutputLock:
    """``with OutputLock(out):`` holds the lock of ``out`` or raises E301 at once."""

    def __init__(self, out: Path) -> None:
        self.path = lock_path(out)
        self._handle: TextIO | None = None

    def __enter__(self) -> OutputLock:
        out = str(self.path.with_suffix(""))
        folder = self.path.parent
        if folder.exists() and not folder.is_dir():
            raise OutputNotWritable(f"{folder} is a file, not a folder", source=out)
        try:  # the output's folder is made if missing, as for any file a command writes
            folder.mkdir(parents=True, exist_ok=True)
            handle = self.path.open("a+", encoding="utf-8")
        except OSError as exc:
            raise OutputNotWritable(f"cannot write in {folder}: {exc.strerror}", source=out) from None
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            handle.close()
            raise OutputLocked(
                f"another run ({holder}) is writing to this output; wait for it to finish or choose another --out",
                source=str(self.path.with_suffix(""))) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}")
        handle.flush()
        self._handle = handle
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        if self._handle is not None:
            self._handle.truncate(0)
            fcntl.flock(self._handle.fileno(), fcntl.LOCK_UN)
            self._handle.close()
            self._handle = None
