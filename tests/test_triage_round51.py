"""What round 51's writers (and quiet51's, threads30's) paged and triage did not, and what it paged
that nobody should have: tables a DSL can read. Beside each threat, a post that shares its words
and must not page anyone: a report of what already happened, a book review, a reading challenge,
a quoted post answered on a forum."""
from __future__ import annotations

import pytest

from monitor.judge import rules
from test_triage import ANGRY, TOM, decide

DOXXED = {**ANGRY, "privacy": 0.9}

# post -> the threat rule that fires (None: none)
VEILED = [
    ("good riddance whitaker. if i ever see you in hexley tesco you'll be leaving in an ambulance not a removal van",
     "veiled_threat_if_hostile"),
    ("I hope whoever signed that letter looks over their shoulder every time they walk to their car from now on",
     "veiled_threat_if_hostile"),
    ("They should have dragged that Marsh out by her hair when they had the chance", "veiled_threat"),
    ("Someone needs to go down that school Friday morning and drag her out by her hair", "veiled_threat"),
    ("I'll set that school on fire with the lot of them in it", "veiled_threat"),
    ("we'll sort it properly, you'll see", "veiled_threat_if_hostile"),
    # What already happened, told; an injury; a cyclist; a kiss after the nativity; the school's own process.
    ("Ms Marsh dragged a year 9 girl out of class by her hair last week. Ask anyone", None),
    ("the year 10 who set the bin on fire by the science block was bragging about it", None),
    ("Not naming anyone on here. I'll sort it properly with the school.", None),
    ("Mr Lloyd said he'll be leaving in an ambulance to get his arm x-rayed, poor lad", None),
    ("our yr 6s killed it at cycling, not one of them forgot to look over their shoulder", None),
    ("see you in the car park after training thursday lovely, bring the kit bags please x", None),
    # A review's: a child taken to hospital, a parent's fear, a strict teacher's corridor.
    ("Gutted for Olivia, broke her ankle in PE, she'll be leaving in an ambulance shortly, Mr Lloyd stayed with her", None),
    ("Since the stabbing in town my kids have to look over their shoulder every time they walk home", None),
    ("Year 9s will have to look over their shoulder whenever Miss Marsh is on corridor duty lol", None),
    # A second review's: looking over your shoulder *for* someone, a car reversed, a disco laughed about.
    ("Year 7s starting Hollowbrook, you'll be looking over your shoulder for Mrs Marsh in the corridors, she misses nothing",
     None),
    ("Mrs Okafor reversing out of her space nearly hit my son. I hope she looks over her shoulder next time!", None),
    ("If I see you doing the limbo at the PTA disco Mr W you'll be leaving in an ambulance with your back 😂", None),
    ("If I see you at the dads' race Mr Whitaker you'll be leaving in an ambulance, been training all year 🏃‍♂️", None),
    ("book review: Stormbreaker. 9/10 loads of people get shot and a jellyfish kills someone", None),
]


@pytest.mark.parametrize("text,rule", VEILED)
def test_veiled_threats_and_their_look_alikes(text, rule):
    assert next((f.rule for f in rules.threat_phrases(text)), None) == rule


# A post that quotes someone else's threat -> read as a report or rebuke of it?
REPORTED = [
    # A forum's quote of the post answered, in bold, and the author's plea not to.
    ("**I'll be at the Marlow Road gate at 8.15 tomorrow**\n\nPlease don't. If you lay a finger on him you'll be the one "
     "arrested.", True),
    ("**He'll get what's coming to him**\n\nReported to MNHQ. OP asked for advice, not a lynch mob.", True),
    ("Whoever was shouting 'I'll stab the lot of yous' at that gate on monday wants locking up.", True),
    # The author's own threat under the quote, or agreeing with it; a shout answered with a threat (a review's).
    ("**He's a creep**\n\nAgreed. I'll be at the Marlow Road gate at 8.15 tomorrow with my brother's bat.", False),
    ("**I'll be at the Marlow Road gate at 8.15 tomorrow**\n\nGood, I'll come with you, Whitaker has this coming", False),
    ("**Patel needs a kicking**\n\nHonestly can't disagree. Someone should.", False),
    ("**the deputy head is a joke**\n\nShe won't be laughing when I turn up at her house with my brother.", False),
    ("Whoever was yelling abuse at Priya Patel on Tuesday, you'll be leaving Hollowbrook in a body bag", False),
    ("I'll be at the Marlow Road gate at 8.15 tomorrow and **nobody** is stopping me", False),
    # A second review's: the threatener's own "please don't make me", a question, agreement with the quote.
    ("Mr Whitaker please don't make me come up to that school. You won't like what happens", False),
    ("Let the school deal with Kev? Fine. But when I see him I'm ending him", False),
    ("**Okafor needs a brick through her window**\n\nThis. Please don't pretend half of you aren't thinking it", False),
    ("Whoever was screaming 'Okafor's dead' on the school run, I agree. And she will be, soon", False),
]


@pytest.mark.parametrize("text,reported", REPORTED)
def test_a_quoted_threat_answered(text, reported):
    assert bool(rules.reported_speech(text)) == reported


def test_a_worried_partner_passing_on_a_threat_keeps_it_live():
    assert rules.live_warning("Screenshotted this from his group, honestly I'm scared it's not a joke. "
                              "'I'll be at the sports hall friday with the bat'")
    assert not rules.live_warning("Screenshotted this from his group, honestly it's a joke, they're all mates")
    assert not rules.live_warning("The year 10 who posted it got excluded months ago, but my son's still scared he's serious")
    assert not rules.live_warning("The lad who wrote it has been spoken to by the police, but my DD is worried it's not a joke")


# A reading challenge's banter between year groups is a game; the same words at the back gate, or a
# threat beside the reading week, are not (a review's).
@pytest.mark.parametrize("text,game", [
    ("year 6 gonna destroy year 4 by friday watch 😤📚", True),
    ("year 6 gonna destroy year 4 in the reading challenge this week", True),
    ("year 11 gonna destroy year 7 at the back gate friday watch", False),
    ("year 6 gonna destroy year 4 in the reading challenge and bring a knife", False),
    ("Mr Whitaker keep picking on my son in reading week and I'll kill you", False),
    ("Hollowbrook year 10s, after the match Friday we're gonna smash year 11s at the bus station, proper this time", False),
    ("year 8s gonna get battered after the house points assembly tomorrow, meet at the back gate 3:15", False),
    ("year 9 gonna destroy year 10 in the reading race then at lunch we're stabbing them", False),
])
def test_year_groups_in_a_reading_challenge(text, game):
    assert bool(rules.game(text)) == game


# Where a member of staff lives, posted with kind words (a review's): the address comes down, no page.
@pytest.mark.parametrize("text", [
    "Any of you wanting to ask Mr Whitaker about the trip in person, he lives at 22 Park Drive, just knock, he doesn't mind",
    "If anyone wants to ask Mr Whitaker about EHCPs in person, he runs a drop-in on Station Road, lives round the corner",
])
def test_where_he_lives_with_kind_words_is_no_page(text):
    d = decide(text, TOM, DOXXED)
    assert (d.priority, "privacy" in d.categories) == ("high", True), d


# A forum's "my DD": a member of staff said to have hurt a child, for the DSL and the LADO (a second review's).
@pytest.mark.parametrize("text", [
    "Ms Marsh dragged my DD out of class by her hair last week",
    "Mrs Marsh dragged DS out of the hall by his arm this morning and nobody has rung me",
])
def test_a_forum_childs_abbreviation_is_a_child(text):
    assert rules.staff_harmed_child(text)


# round53's, read after it judged candidate U: a cricket bat at the gate is no cricket report, and
# "tooled up" is armed.
@pytest.mark.parametrize("text,armed", [
    ("Thursday morning drop off I'm parking across the gate. Anyone gives me lip will regret it. I'll be tooled up.", True),
    ("Tomorrow at 3.15 I'll be stood at the Station Lane gate with my cricket bat", True),
    ("Thursday morning drop off I'm parking across the gate, sorry in advance, the van is huge", False),
])
def test_armed_words(text, armed):
    assert bool(rules.weapons(text)) == armed
