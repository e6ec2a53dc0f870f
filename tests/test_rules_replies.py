"""A reply read with what it answers (monitor/judge/rules/replies.py): joining in with the harm above
it, or not. The post answered is the reply's `context`, as a connector gives it."""
from __future__ import annotations

import pytest

from monitor.judge import rules

GOODBYE = "wont have to sit marsh's detention tomorrow or anyone's ever again 🙂 bye everyone. tonight's the night x"

# reply, the post it answers -> whether it urges a child on
URGING = [
    ("attention seeking 🙄 do it then", GOODBYE, True),
    ("go on then. nobody cares", f"Reply to @kayla.x: {GOODBYE}", True),
    # Pleading, reporting, or answering something else is not urging.
    ("please don't do it, ring childline, we love you x", GOODBYE, False),
    ("don't you dare do it. messaging your mum now", GOODBYE, False),
    ("do it then, reported", GOODBYE, False),
    ("do it then 😂 pink suits you", "do I dare dye my hair pink for non-uniform day at hollowbrook", False),
    ("do it then", "", False),
]


@pytest.mark.parametrize("text,context,urges", URGING)
def test_a_reply_urging_on_a_child_who_says_goodbye(text, context, urges):
    assert bool(rules.urges_self_harm(text, context)) is urges


def test_the_reason_quotes_the_goodbye_without_the_reply_to_label():
    (found,) = rules.urges_self_harm("do it then", f"Reply to @kayla.x: {GOODBYE}")
    assert found.evidence == "do it then (to: wont have to sit marsh's detention tomorrow or anyone's ever again 🙂)"


# reply, the post it answers, whether the reply reads as hostile -> whether it joins in with a threat
JOINING = [
    ("say the word 😂", "someone needs to wait for him in the staff car park and have a proper word 👊", False, True),
    ("what number 👀", "for anyone who fancies a word with marsh - she lives on Ashdown Close", False, True),
    ("postcode??", "for anyone who fancies a word with marsh - she lives on Ashdown Close", False, True),
    # A home posted without menace, asked after calmly: a neighbour's question.
    ("which house?", "Found a spaniel, owner lives on Ashdown Close", False, False),
    ("what number 👀", "for anyone who fancies a word with marsh - she lives on Ashdown Close. delete this", False, True),
    ("what number?? delete this now", "for anyone who fancies a word with marsh - she lives on Ashdown Close", True, False),
    ("say the word 😂", "anyone want the spare nativity tickets?", False, False),
    # A review's: another number asked for, help offered, dismay, a rebuke in joining-in words.
    ("whats the number for 101 again? this needs reporting", "for anyone who fancies a word with marsh - she lives on Ashdown Close", True, False),
    ("what number bus goes past hollowbrook?", "for anyone who fancies a word with marsh - she lives on Ashdown Close", False, False),
    ("which house? I'll pop a card through, poor woman has had a rough year", "marsh lives on Ashdown Close, just saying", True, False),
    ("say the word and I'll report you to the police mate", "someone needs to wait for him in the staff car park", True, False),
    ("get down there mate ill come with u. about time someone put that woman in her place proper",
     "someone needs to wait for her in the staff car park", True, True),
    # Round 39's: going round to the home posted above, with menace; not with a card, not rebuked.
    ("cheers for this. me and the lads will pop round fenwick ave tonight and have a word 👊",
     "Mr Nwosu at Hollowbrook. Address: 14 Fenwick Avenue, Hexley.", False, True),
    ("i'll pop round with a card for him tonight, poor man", "Mr Nwosu is off sick, he lives at 14 Fenwick Avenue", False, False),
    ("nobody is going round there tonight to have a word. reported", "Mr Nwosu lives at 14 Fenwick Avenue", True, False),
    ("me and the lads will pop round tonight 👊", "anyone want the spare nativity tickets?", True, False),
]


@pytest.mark.parametrize("text,context,hostile,joins", JOINING)
def test_a_reply_joining_in_with_a_threat_or_a_home_posted(text, context, hostile, joins):
    assert bool(rules.joins_in(text, context, hostile)) is joins
