"""Our staff as the threat and staff-harm rules read them: "the teacher". Pure."""
from __future__ import annotations

import re
from typing import Sequence

from monitor.config.types import School


def as_teacher(text: str, school: School, about: Sequence[str] = ()) -> str:
    """'Tom Whitaker hit a pupil' reads to the staff-harm and threat rules as 'the teacher hit
    a pupil'. A bare surname ("whitaker") counts for the staff matching found in the post."""
    names = {n for m in school.staff for n in (m.name, *m.aliases) if n.strip()}
    names |= {m.name.split()[-1] for m in school.staff
              if f"staff:{m.id}" in about and len(m.name.split()) > 1 and len(m.name.split()[-1]) >= 4}
    if not names:
        return text
    pattern = r"(?<!\w)(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?:'s)?(?!\w)"
    return re.sub(pattern, "the teacher", text, flags=re.I)
