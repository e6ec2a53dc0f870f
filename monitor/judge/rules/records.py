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
                    r"|dyslexi\w*|epi-?pens?|diabet\w*|allerg\w*|pupil\s+premium|social\s+services|kid'?s\s+on\s+it|child'?s\s+on\s+it)\b", re.I)
# ...not a question about how the records work, nor the school's own notice.
_ASKED = re.compile(r"\b(?:how\s+(?:do|does|can)|does\s+anyone\s+know|is\s+it\s+normal|what\s+(?:is|does)\s+(?:an?\s+)?(?:sen|ehcp)\s+register|please\s+(?:delete|take\s+(?:it|this)\s+down)"
                    r"|reported\s+(?:it|this)|ico|data\s+breach\s+(?:letter|email)|dear\s+parents)\b"
                    # ...nor a register or plan of grown-ups' (a review's look-alikes: a fun run's register, the fair's stalls,
                    # the polling station's, a wedding's seating plan, a teacher's template "link in bio").
                    r"|\b(?:fun\s+run|carnival|fair|stalls?|polling|voters?|electoral|wedding|template|link\s+in\s+bio|raffle|volunteers?)\b", re.I)


def pupil_records(text: str) -> tuple[Finding, ...]:
    """`child_data_shared`: a pupils' register, list or plan with the school's marks on children, shown or linked."""
    record, shown = _RECORD.search(text), _SHOWN.search(text)
    if not (record and shown and _MARKS.search(text)) or _ASKED.search(text):
        return ()
    return (Finding("child_data_shared", " ".join(f"{record.group(0)} ... {shown.group(0)}".split())),)


# A child named and where the child lives (round65's neighbour: "Video attached of the year 8s climbing over my wall
# yesterday. Blonde one in front is Ellie-May, lives on Peel St by the post box"). Not a teacher, a parent or a pet.
# Pointed at, as a child in a video is ("one in front is X", "think it's X", "ringleader is X"): not "Mark who lives on
# Marlow Road has it", "Jenny lives on Peel Street now, bring the girls", "Coach Dave" (a review's look-alikes).
_NAMED_HOME = re.compile(r"\b(?:is|it'?s|its|called|named|name'?s|that'?s|thats)\s+(?P<n>(?<!\bMr\s)(?<!\bMrs\s)(?<!\bMs\s)(?<!\bMiss\s)\b(?!(?-i:Mr|Mrs|Ms|Miss|Dr|Sir|Head)\b)(?-i:[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s+[A-Z][a-z]+)?),?\s+(?:who\s+|she\s+|he\s+)?lives\s+(?:on|at|in|by|near|round)\s+"
                         r"(?:the\s+)?(?-i:[A-Z][a-z]+)\s*(?:st|street|rd|road|lane|close|avenue|ave|way|drive|estate|crescent|grove|court|gardens)\b)", re.I)
_CHILDREN = re.compile(r"\b(?:(?:year|yr|y)\s?\d{1,2}s?|kids?|pupils?|girls?|boys?|lads?|(?:\w+\s+)?one\s+in\s+(?:front|the\s+middle|the\s+back)|in\s+the\s+(?:video|photo|pic|clip))\b", re.I)
_GROWN = re.compile(r"\b(?:my|our|his|her|their)\s+(?:nan|gran|mum|mam|dad|aunt\w*|uncle|landlord|neighbour)\b|\b(?:cat|dog|parcel|tortoise|rabbit)\b", re.I)


def pupil_homes(text: str) -> tuple[Finding, ...]:
    """`identifiable_pupil`: a child named with the street the child lives on, in a post about children."""
    if not _CHILDREN.search(text) or _GROWN.search(text):
        return ()
    return tuple(Finding("identifiable_pupil", " ".join(m.group("n").replace(",", " ...", 1).split()) if "," in m.group("n")
                         else " ".join(m.group("n").split())) for m in _NAMED_HOME.finditer(text))

