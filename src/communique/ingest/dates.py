"""Calendar dates read from metadata strings (HTML meta tags, PDF info dictionaries)."""

from __future__ import annotations

import datetime as dt
import re


def day_from(pattern: re.Pattern[str], value: str) -> dt.date | None:
    """The date whose year, month and day are the three groups ``pattern`` matches at the start of ``value``."""
    match = pattern.match(value.strip())
    if match is None:
        return None
    try:
        return dt.date(*map(int, match.groups()))
    except ValueError:
        return None
