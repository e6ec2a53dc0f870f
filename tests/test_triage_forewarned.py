"""Threats to a whole school put as a warning or a deadline, and a child's farewell passed on by
someone who cannot reach them: tables a DSL can read (monitor/judge/rules/forewarned.py, relayed.py).
Beside each, a post that shares its words and must not page anyone."""
from __future__ import annotations

import pytest

from monitor.judge import rules
from test_triage import ANGRY, CALM, HAPPY, SCHOOL_ONLY, decide

AT_RISK = {**CALM, "negative": 0.7, "safeguarding": 0.8}

# post -> the threat rule that fires (None: none)
WARNINGS = [
    ("theres a device in ur sports hall. u have till 11. this is for every time u shut on us", "explicit_threat"),
    ("Be a lot of empty classrooms after whats coming to this place. Mark my words.", "veiled_threat"),
    ("keep your kids home on friday, for their own safety", "veiled_threat"),
    ("A bomb has been left in the Hollowbrook sports hall. You have until 2pm.", "explicit_threat"),
    ("There are 2 bombs in hollowbrook academy school. u have till 12", "explicit_threat"),
    ("Ive placed a device under the stage at Hollowbrook. You've got till lunch.", "explicit_threat"),
    ("If HBA get their new block approved I'll make sure opening day is one they never forget. Not a joke.",
     "veiled_threat_if_hostile"),
    ("the lad who keeps messing w my sister in 8R, im outside marlow road gate at 3:15 tmrw and ur getting it",
     "veiled_threat_if_hostile"),
    # A fever, a snow day, a gadget in the hall, a present, a lesson understood.
    ("keep your kids home if they have a temperature, trust me", None),
    ("snow forecast, keep your kids home tomorrow if you can, trust me the roads are lethal", None),
    ("theres a device in the hall that measures the noise, you have to see it", None),
    ("your getting it for your birthday", None),
    ("oh ur getting it now, well done", None),
    ("whats coming to this school after the ofsted report? a new head i bet", None),
    # A read set's: a warning about a person is the DSL's, not a threat to the school.
    ("Mr Whitaker got arrested last night. Keep ur kids away from him thats all im saying", None),
    ("keep your kids away from hollowbrook on friday, you've been warned", "veiled_threat"),
    # A second review's: lost property, a noise meter, roadworks, a leavers' day, a bath bomb.
    ("Theres a device in the lost property box at Hollowbrook reception, someones phone, you have till Friday to collect it",
     None),
    ("There's a device in the Hollowbrook sports hall that goes off if the kids get too loud 😂", None),
    ("Keep your kids away from the school gate at pick up today, trust me, Marlow Road is carnage with the roadworks", None),
    ("Keep your kids off school the last week before half term, trust me, flights are half the price", None),
    ("Hollowbrook leavers! I'll make sure your last day is one you'll never forget 💙", None),
    ("the bath bomb in the hollowbrook raffle hamper smells amazing", None),
    # probe49's, read after it was measured: devices counted and a deadline by the clock; a school to blow up.
    ("there are 3 devices in your building. one in the dining hall. you have until 1400 wednesday. this is not a drill",
     "explicit_threat"),
    ("gona blow up hollowbrok skool on munday lol no1 likes it anyway", "explicit_threat"),
    ("'HBA parents keep your kids home Thursday. Last warning. Something is going off at dinner.'", "veiled_threat"),
    # Not read, after a third review: a council's "advise that the school is empty" for gas repairs is the same words.
    ("I would strongly advise that the school is empty on Friday afternoon, for everyone's sake.", None),
    ("Pete the minibus driver lives behind the Red Lion. hes getting a visit tonight, im not asking",
     "veiled_threat_if_hostile"),
    # Not read either: "No one is safe crossing Marlow Road" is a parking complaint's.
    ("No one is safe crossing Marlow Road at 3.15, the parents parking on the zigzags are a disgrace", None),
    # A third review's: a bouncy castle, water balloons, a TikTok, the police's visit, fireworks on the field.
    ("PTA volunteers needed, we're going to blow up the sports hall bouncy castle and set up the tombola", None),
    ("year 11 leavers prank: they're going to bomb the canteen with water balloons lol", None),
    ("this clip of Mr W dabbing is gonna blow up hollowbrook tiktok 😂😂", None),
    ("that lad who smashed my car window is getting a visit from the police tonight, I've reported it", None),
    ("keep your kids away from the school tonight, something is going off with fireworks on the back field", None),
    ("3 devices have been placed around your building. you have until 1400 to get everyone out", "explicit_threat"),
    ("imma set fire to hollowbrook after half term, hate every teacher there", "explicit_threat"),
    ("no one is safe from the nits at hollowbrook this term lol", None),
    ("shes getting a visit from the health visitor tomorrow", None),
]


@pytest.mark.parametrize("text,rule", WARNINGS)
def test_a_warning_to_the_school(text, rule):
    found = {f.rule for f in rules.threat_phrases(text)}
    assert (rule in found) if rule else not found, found


def test_a_deadline_and_a_device_pages_the_head_and_calls_999():
    d = decide("theres a device in hollowbrook sports hall. u have till 11", SCHOOL_ONLY, ANGRY)
    assert (d.priority, "call_999" in d.actions, "report_police" in d.actions) == ("urgent", True, True), d


# post -> a 999 call for a child out of reach?
RELAYED = [
    ("my brother just messaged me 'sorry for everything' and isnt answering. hes year 10 at hollowbrook and said "
     "hes not coming home after school", True),
    ("My 14yo foster daughter has just texted me from hollowbrook 'im done, sorry, dont come looking' and her phone "
     "is off. Ringing police now.", True),
    # A forgotten PE kit, a sulk, a child found.
    ("my daughter just texted 'sorry for everything mum, i forgot my PE kit again' lol not answering now as shes in "
     "lessons at hollowbrook", False),
    ("my son just texted me 'im done with hollowbrook, not going back' and isnt answering, he's sulking at his dads "
     "again 🙄", False),
    ("my brother just messaged me 'sorry for everything' and wasnt answering but hes been found safe at hollowbrook",
     False),
    # A second review's: apostrophes inside the quote; tea at a friend's, hayfever, a teacher's leaving.
    ("My sister (year 10 at Hollowbrook) just texted me 'I can't do this anymore' and her phone is off", True),
    ("my little sister just texted me “i’m done. sorry.” and isnt answering. shes in year 9 at hollowbrook", True),
    ("My son just texted 'not coming home for tea, at Jakes' and now isn't answering his phone. He's Year 9 at "
     "Hollowbrook.", False),
    ("My son just messaged 'forgot my pills again' (hayfever) and isnt answering now. year 8 at hollowbrook", False),
    ("Mr Whitaker just posted 'goodbye Hollowbrook, 20 wonderful years' and isnt answering his phone", False),
    # A third review's: "its not her fault" about a fight; a phone handed in for lessons.
    ("My daughter (year 8) texted me 'mum its not her fault, Ellie got pushed first' about 20 mins ago and now her "
     "phone's off, they have to hand them in after lunch.", False),
    ("Just got a text from my son in year 10: 'sorry for everything mum' after our row, phone's off now as he's in "
     "lessons at hollowbrook", False),
    ("My daughter is year 9 at hollowbrook and she's just sent me 'im sorry for everything mum. goodbye' and now her "
     "phone's off.", True),
    ("He texted me 'tell mum i love her and its not her fault' about 20 mins ago and his phone's going straight to "
     "voicemail. he's 15, year 10 at hollowbrook", True),
]


@pytest.mark.parametrize("text,call", RELAYED)
def test_a_farewell_passed_on_by_someone_who_cannot_reach_the_child(text, call):
    d = decide(text, SCHOOL_ONLY, AT_RISK)
    assert ("call_999" in d.actions, d.priority == "urgent") == (call, call), d


# threads28's replies: words that promise more than words; a fight video pointed to is the fight's news.
MORE_THAN_WORDS = [
    ("someone needs to put her in her place properly, and not with words", "veiled_threat"),
    ("they're lucky it's only messages. tomorrow at drop off it'll be more than messages", "veiled_threat_if_hostile"),
    ("keep ignoring my emails Mrs Patel, it'll be more than an email next time 👀", "veiled_threat_if_hostile"),
    ("If Hollowbrook don't sort the bullying by Friday it'll be more than emails, it'll be a formal complaint", None),
    ("Year 6 leavers assembly tomorrow, bring tissues, Mr W says it'll be more than words this year", None),
    ("The head needs to sort them out and not with words this time, detentions and phone calls home", None),
    ("she shows she cares with actions and not with words", None),
    ("vids still on tiktok if anyone wants it, its mason from year 10 getting battered by the greenfield lot", None),
    ("mason from year 10 is getting battered by the greenfield lot after school", "explicit_threat"),
    # ...unless it is happening now; "take it down rn" is the video's, not the fight's.
    ("year 7 kid getting jumped by the hollowbrook gates right now, video on tiktok, police needed", "explicit_threat"),
    ("whoever filmed ollie from 8K getting jumped at the 41 stop take it down rn. hes not laughing about it", None),
]


@pytest.mark.parametrize("text,rule", MORE_THAN_WORDS)
def test_more_than_words(text, rule):
    assert next((f.rule for f in rules.threat_phrases(text)), None) == rule

