"""Pupils' records passed round (round65's writer of records and paperwork): "i've got it here if anyone wants to check if
their kid's on it 👇 drive.google.com/file/d/... hollowbrook SEN list nov 26.xlsx", "CONFESSION #215 (seating plan 10B 👇)
Ollie G - do NOT sit next to Fin R (incident 3/11). Priya S - front, hearing aid", "9M register on the board today 😂 jayden
price absent AGAIN ... 'CP' next to two names". A register, a plan or a list named with the school's own marks on children
(SEN, CP, medical, an incident) and shown or linked: the children's data is out, and the post must come down. Not a
parent asking how the SEN register works, nor the school's own letter about it. Pure."""
from __future__ import annotations

import re

from monitor.judge.rules.base import Finding

_RECORD = re.compile(r"\b(?:sen\s+(?:list|register|spreadsheet|data|records?)|seating\s+plans?|registers?|class\s+lists?|safeguarding\s+(?:list|log|file|records?)"
                     r"|cp\s+(?:list|register)|medical\s+(?:list|notes|register)|pupil\s+premium\s+list|behaviou?r\s+(?:log|list)|detention\s+list|spreadsheet)\b"
                     r"|\b\w+\.(?:xlsx|xls|csv)\b", re.I)
# Shown, linked or left up for anyone to see.
_SHOWN = re.compile(r"\b(?:drive\.google|docs\.google|dropbox|wetransfer|onedrive|link\s+(?:in|below|here)|here\s+(?:it\s+is|u\s+go|you\s+go)|i'?ve\s+got\s+it"
                    r"|check\s+if\s+(?:their|your|ur)\s+(?:kids?|child|son|daughter)|on\s+the\s+(?:board|screen|projector|whiteboard)|left\s+(?:it\s+)?up|attached"
                    r"|screenshot\w*|photo|pic)\b|👇|\[(?:photo|screenshot|pic|image)\]", re.I)
# The school's own marks on children.
_MARKS = re.compile(r"\b(?:sen|ehcp|(?-i:CP)|medical|hearing\s+aid|incident|do\s+not\s+sit|absent|looked\s+after|in\s+care|fsm|free\s+school\s+meals|adhd|autis\w*"
                    r"|dyslexi\w*|pupil\s+premium|social\s+services|kid'?s\s+on\s+it|child'?s\s+on\s+it)\b", re.I)
# ...not a question about how the records work, nor the school's own notice.
_ASKED = re.compile(r"\b(?:how\s+(?:do|does|can)|does\s+anyone\s+know|is\s+it\s+normal|what\s+(?:is|does)\s+(?:an?\s+)?(?:sen|ehcp)\s+register|please\s+(?:delete|take\s+(?:it|this)\s+down)"
                    r"|reported\s+(?:it|this)|ico|data\s+breach\s+(?:letter|email)|dear\s+parents)\b", re.I)


def pupil_records(text: str) -> tuple[Finding, ...]:
    """`child_data_shared`: a pupils' register, list or plan with the school's marks on children, shown or linked."""
    record, shown = _RECORD.search(text), _SHOWN.search(text)
    if not (record and shown and _MARKS.search(text)) or _ASKED.search(text):
        return ()
    return (Finding("child_data_shared", " ".join(f"{record.group(0)} ... {shown.group(0)}".split())),)
