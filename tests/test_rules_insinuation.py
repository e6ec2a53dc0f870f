"""A member of staff hinted to be a danger to children (monitor/judge/rules/insinuation.py): the
DSL's, though nothing is stated. A rumour rebuked, or a fair question, is not."""
from __future__ import annotations

import pytest

from monitor.judge import rules

# post -> whether it hints that the member of staff it is about is a danger to children
HINTS = [
    ("ask why he really left his last job. 'moving to shropshire' yeah right", True),
    ("does anyone know why he actually left his last school? Because I do.", True),
    ("kev the caretaker lowkey always 'fixing the boiler' outside the girls changing rooms every single PE lesson", True),
    ("whitaker's always been a bit too friendly with the girls in his class. no smoke without fire", True),
    ("is it the head of year 9? marsh? there's been talk about her and some of the girls for ages", True),
    ("everyone at that school knows what gaz gets up to in the boys changing rooms", True),
    # Fair questions and ordinary days.
    ("Why did Mr Lloyd leave his last school? Asking because my son wants to know if he coached there", False),
    ("Mr Whitaker is so friendly with the parents at pickup, always has time for a chat", False),
    ("Kev fixed the boys toilets in the juniors this morning, legend", False),
    # Review O's: a fair question, a caretaker's job, a kind teacher.
    ("How come she left her previous school? Just curious, she's lovely", False),
    ("Kev keeps fixing things in the boys toilets, that block is falling apart", False),
    ("Mr Whitaker is very close with the kids in his class, they adore him", False),
    # The rumour rebuked.
    ("There is ZERO truth in the rumour that Whitaker is too friendly with the girls in his class. Stop spreading it.", False),
    ("whoever wrote 'ask why he really left his last school' about Mr Lloyd needs to grow up", False),
]


@pytest.mark.parametrize("text,hinted", HINTS)
def test_a_hint_that_staff_are_a_danger_to_children(text, hinted):
    assert bool(rules.danger_to_children(text)) is hinted
