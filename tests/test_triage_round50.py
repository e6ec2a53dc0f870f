"""What round 50's writers paged and triage did not, and the counter-speech it paged: tables a DSL
can read. Damage foretold (forewarned.py), telling someone "in person" beside where they live
(doxxing.py), the means made ready for tonight (selfharm.py), "that's a threat" said of words
quoted (reporting.py). Beside each, a post that shares its words and must not page anyone."""
from __future__ import annotations

import pytest

from monitor.judge import rules
from test_triage import ANGRY, CALM, SCHOOL_ONLY, TOM, decide

AT_RISK = {**CALM, "negative": 0.7, "safeguarding": 0.9}
DOXXED = {**ANGRY, "privacy": 0.9}

# post -> the threat rule that fires (None: none)
DAMAGE = [
    ("okafor's office window is getting a brick through it tonight. 3 days and not one answer", "veiled_threat"),
    ("shame if the ski coach got its tyres done on station lane before saturday. just saying", "veiled_threat"),
    ("someone should let his tyres down and see how funny he finds it then", "veiled_threat_if_hostile"),
    # A brick reported, a parking moan, a tyre changed.
    ("Hollowbrook's window got a brick through it last night, police are looking into it", None),
    ("Mr Whitaker parks on the zigzags every morning, someone should let his tyres down lol", None),
    ("shame if the minibus got its tyres changed before the trip, they're bald", None),
    # A review's: bricks laid, a stage's foam brick, a weekend's vandalism, bald tyres, window cleaning.
    ("Hollowbrook's new science block is getting bricks in this week, looks great", None),
    ("Year 6 drama production tonight! Mr Whitaker's set has a window that is getting a brick through it in act 2, "
     "don't worry it's foam", None),
    ("The bus shelter on Marlow Road is getting a brick through it every weekend, Hollowbrook kids apparently", None),
    ("Would be a shame if the coach got its tyres done before Saturday's trip, they're bald!", None),
    ("Someone should do her windows for her - Mrs Okafor's classroom windows are filthy", None),
    # A second review's: windows fitted, tyres worn by potholes.
    ("School's new windows are going in this weekend so the car park will be shut Saturday", None),
    ("At this rate my Corsa won't have any tyres left by Christmas, the potholes outside Hollowbrook are a joke", None),
]


@pytest.mark.parametrize("text,rule", DAMAGE)
def test_damage_foretold(text, rule):
    assert next((f.rule for f in rules.threat_phrases(text)), None) == rule


def test_a_brick_through_the_heads_window_tonight_is_a_999_call():
    d = decide("okafor's office window is getting a brick through it tonight", TOM, ANGRY)
    assert (d.priority, "call_999" in d.actions, "threat" in d.categories) == ("urgent", True, True), d


# A member of staff's home or car, and a call to tell them "in person": urgent, whatever the tone.
IN_PERSON = [
    ("Mr Whitaker's at 14 Beech Rise, blue front door. if anyone wants to tell him in person", "urgent"),
    ("Mr Whitaker lives in that big house by the rec. Maybe a few of us should pop round and explain it to him in person",
     "urgent"),
    ("for anyone wanting a word, Mr Whitaker parks a silver Octavia on Station Lane from about quarter to 8 every day",
     "urgent"),
    # Said at a parents' evening, the author's own kind words, a card (a review's): no visit.
    ("Mr Whitaker lives on Beech Rise, I'd rather tell him in person at parents evening though", "high"),
    ("Mr Whitaker lives on our road and his car is always parked nicely. I'll tell him in person he's a star", "high"),
    ("Mr Whitaker has moved to 14 Birch Close - if anyone wants to tell him in person how much the card meant, pop round",
     "high"),
    # A second review's: a question at pick-up, flowers for a retirement.
    ("We could ask Mr Whitaker in person at pick up tomorrow about the booster sessions, he lives on Marlow Road",
     "high"),
    ("Mr Whitaker is retiring! Some of us should go and say it face to face, he lives near the church, bring flowers",
     "high"),
]


@pytest.mark.parametrize("text,priority", IN_PERSON)
def test_where_someone_lives_and_a_call_to_tell_them_in_person(text, priority):
    d = decide(text, TOM, DOXXED)
    assert (d.priority, "privacy" in d.categories) == (priority, True), d


# A child's words: the means made ready for tonight, and an apology or "i'm done". -> a 999 call?
MADE_READY = [
    ("not doing thursday. cant do another day in this house. got everything out the cabinet for tonight. sorry miss "
     "marsh x", True),
    ("admin: we got this an hour ago. 'sorry to everyone in 9M. ive got everything ready for tonight and im done.' if "
     "this is you PLEASE message us", True),
    ("ive got everything ready for tonight. sorry mum for being such a let down x", True),
    # A quiz, marking, revision, a bake sale, a camp-out (a review's).
    ("sorry everyone at the PTA, got everything ready for tonight's quiz", False),
    ("I've got everything ready for tonight, I'm done with marking for the week! Mock results out Monday", False),
    ("ive got everything ready for tonight and im done with revision for today", False),
    ("I have everything ready for tonight, the cakes are iced and im done. Sorry everyone who ordered late, we're sold out!",
     False),
    # A second review's: a tired parent, a heatwave, a homework line that is the child's own.
    ("I can't do another day of this heat, got everything out for tonight - paddling pool, ice lollies", False),
    ("I'm done being messed around by HBA. Got everything lined up for tonight - complaint letter to the governors",
     False),
    ("got everything out the cabinet for tonight. i'm done. don't bother with my homework miss marsh", True),
]


@pytest.mark.parametrize("text,call", MADE_READY)
def test_the_means_made_ready_for_tonight(text, call):
    d = decide(text, SCHOOL_ONLY, AT_RISK)
    assert ("call_999" in d.actions, d.priority == "urgent") == (call, call), d


# Words quoted and called a threat: a rebuke, not the author's threat.
CALLED_A_THREAT = [
    ("'I'll be waiting by his car'... really? Whatever's happened, that's a threat and you've posted it in a group of "
     "3,000 people. Mr Whitaker has done more for my daughter than anyone.", True),
    ("'see you at the gates mr w x' - that's a threat whether you stick a kiss on the end or not. Screenshotted and "
     "sent to the school and the police.", True),
    ("I'll be waiting by Mr Whitaker's car tomorrow, that's a threat not a promise", False),
    # The author's own, with no quotation (a review's).
    ("this is a threat whitaker. you know what you did to my son and you know what's coming", False),
    ("ok lloyd that's a threat. watch yourself", False),
    ("The head wrote \"further action will be taken\" in her letter. That's a threat and she'll find out what action "
     "looks like when I'm at her door", False),
]


@pytest.mark.parametrize("text,rebuked", CALLED_A_THREAT)
def test_words_quoted_and_called_a_threat(text, rebuked):
    assert bool(rules.reported_speech(text)) == rebuked


# probe50's, read after it was measured: a goodbye with "or any day" (not coming back); a match called a bloodbath.
def test_not_in_tomorrow_or_any_day_with_a_goodbye_is_a_999_call():
    d = decide("dont think ill be in tomorrow. or any day tbh. tired of everyone in 10C. sorry mum x", SCHOOL_ONLY, AT_RISK)
    assert (d.priority, "call_999" in d.actions) == ("urgent", True), d


def test_a_match_called_a_bloodbath_is_no_threat():
    text = "hba vs greenfield u16s friday at the rec gonna be a bloodbath (its football. calm down mrs okafor)"
    assert not rules.threat_phrases(rules.strip_idioms(text))


# A third review's: an apology for a PE kit, an operation next week, a friend comforted are no farewell;
# a bloodbath beside a knife is no match.
@pytest.mark.parametrize("text", [
    "mum im sorry i forgot my PE kit again, can u bring it to hollowbrook after school",
    "cant go to hollowbrook tomorrow or any day next week, got my operation. sorry mum for all the fuss x",
    "to my best mate at hollowbrook: none of this is your fault, dont let them get to you anymore",
])
def test_an_apology_or_comfort_is_no_farewell(text):
    d = decide(text, SCHOOL_ONLY, AT_RISK)
    assert "call_999" not in d.actions, d


def test_a_bloodbath_beside_a_knife_is_no_match():
    text = "hollowbrook tomorrow = bloodbath (its football season for me now) bring everything sharp"
    assert rules.threat_phrases(rules.strip_idioms(text))

