"""UTC timestamps as the database and the JSON files write them."""
from __future__ import annotations

import re
from datetime import datetime, timezone

# Rows written before times were canonical have years below 1000 unpadded ("1-01-01T..."):
# glibc's %Y does not pad. Such a row must still read back, or one poison post stops the queue.
_SHORT_YEAR = re.compile(r"^(\d{1,3})-")


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def iso(dt: datetime | None) -> str | None:
    """ISO-8601 UTC ending in Z with a 4-digit year, so stored times sort as text and read back."""
    if dt is None:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    try:
        dt = dt.astimezone(timezone.utc)
    except OverflowError:  # year 1 east of UTC or 9999 west of it: the nearest time there is
        dt = (datetime.min if dt.year < 5000 else datetime.max).replace(tzinfo=timezone.utc)
    frac = f".{dt.microsecond:06d}" if dt.microsecond else ""
    return f"{dt.year:04d}-{dt.month:02d}-{dt.day:02d}T{dt.hour:02d}:{dt.minute:02d}:{dt.second:02d}{frac}Z"


def parse_iso(text: str | None) -> datetime | None:
    """An aware datetime from what iso() writes (and from ISO-8601 generally); ValueError if it is not one."""
    if not text:
        return None
    text = _SHORT_YEAR.sub(lambda m: f"{int(m.group(1)):04d}-", text.strip())
    dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)
