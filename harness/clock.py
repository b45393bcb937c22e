"""Strictly increasing millisecond timestamps for ECS events and deployments."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone

_lock = threading.Lock()
_last = datetime(1970, 1, 1, tzinfo=timezone.utc)


def now_stamp() -> datetime:
    """Return a UTC timestamp at least 1 ms later than the previous one.

    AWS JSON timestamps carry millisecond precision, so a client printing
    "events newer than X" never sees two events with the same createdAt.
    """
    global _last
    with _lock:
        stamp = datetime.now(timezone.utc)
        stamp = stamp.replace(microsecond=(stamp.microsecond // 1000) * 1000)
        if stamp <= _last:
            stamp = _last + timedelta(milliseconds=1)
        _last = stamp
        return stamp
