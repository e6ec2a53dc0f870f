"""What round 60's writers (and threads38's) showed: harm wished in everyday words, an attack wished real, a bomb
placed, a home posted with a call to go round, a list of schools run together, headteachers in the plural, toy guns
and a harm feared: tables a DSL can read. Beside each, a post that shares its words and must still be read the old
way."""
from __future__ import annotations

import pytest

from monitor.judge import rules
from test_triage import SCHOOL_ONLY, decide
from tests.test_matching_phenomena import grades

CALM = {"abuse": 0.02, "hate": 0.01, "threat": 0.02, "negative": 0.2, "positive": 0.4}
HOSTILE = {"abuse": 0.4, "hate": 0.01, "threat": 0.6, "negative": 0.9, "positive": 0.02}
THREAT_READ = {"abuse": 0.4, "hate": 0.01, "threat": 0.92, "negative": 0.9, "positive": 0.02}
HEAD = ("school", "staff:sarah-okafor")


# Harm wished, a watch kept, a meeting set by an if -> whether the threat rules find a threat.
@pytest.mark.parametrize("text,threat", [
    ("i hope that head freezes to death in the car park like those poor kids nearly did 🙏", True),
    ("hope mr lloyd gets hit by a bus on his way in", True),
    ("whitaker stuck on a coach with 6W for 3 hours lmaooo hope it goes off the M4 tbh 🚌🔥", True),
    ("hope their minibus goes off a cliff on the way to the match", True),
    ("hope they do it for real tbh. that school deserves it", True),
    ("I'll be at the gates every morning till they're gone, they can look at my face every day and know I'm watching", True),
    ("If Nwosu turns up on the 12th though he's leaving the Crown in an ambulance, I've waited ten years for that.", True),
    ("wish someone would run that okafor woman over on marlow road and be done with it", True),
    # ...not embarrassment, a game's boss, a website, a coach home safe, a play done properly, a match watched.
    ("hope he dies of embarrassment when they play his baby photo at the leavers do", False),
    ("hope the boss dies on the next level, this game is impossible", False),
    ("hope the website crashes again on results day so i dont have to look", False),
    ("hope the coach gets back safe from the trip, roads are awful", False),
    ("hope they do it properly this time, last year's panto was a shambles", False),
    ("know I'm watching the match from the stands, go on the under 12s!", False),
    ("if mum comes to the fancy dress disco she's leaving in an ambulance after that dance lol", False),
])
def test_harm_wished(text, threat):
    assert bool(rules.threat_phrases(text)) == threat


# A bomb placed, in the hoax's own words -> whether the head is paged; not a report that calls it a hoax.
@pytest.mark.parametrize("text,pages", [
    ("Explosive devices have been placed inside your buildings including Hollowbrook Academy. They will detonate at 11:00 today.", True),
    ("a bomb has been planted at hollowbrook and it will go off at 2", True),
    ("Police say the email claiming bombs had been placed at Hollowbrook and Greenfield was a hoax. Schools open as normal.", False),
    ("the fireworks will go off at 7 tonight, hollowbrook bonfire night 🎆", False),
])
def test_a_bomb_placed(text, pages):
    assert (decide(text, SCHOOL_ONLY, CALM).priority == "urgent") == pages


# A home posted -> (priority, whether the police are told): with a call to go round and confront, a threat.
@pytest.mark.parametrize("text,priority,police", [
    ("Since everyones asking where my son is living now. 14 Kestrel Close, Hexley. With HER and HIM. Go round and ask them "
     "yourselves why a boy cant see his dad. Door's blue.", "urgent", True),
    ("Found a ginger cat by hollowbrook, now at 14 Kestrel Close, knock if he's yours", "digest", False),
    # ...nor a bake sale's call to go round, which the model reads as calm.
    ("PTA bake sale at hollowbrook: drop your cakes at 18 Hazel Grove. Go round and ask them what they need", "digest", False),
])
def test_a_home_posted(text, priority, police):
    d = decide(text, SCHOOL_ONLY, HOSTILE if police else CALM)
    assert (d.priority, "report_police" in d.actions) == (priority, police)


# Toys and a harm feared -> whether the head is paged.
@pytest.mark.parametrize("text,scores,pages", [
    ("if it turns out my Tyler was the one who took that nerf gun in I will murder him myself 😂", HOSTILE, False),
    ("some lad brought a water gun into hollowbrook and soaked the head 😂", CALM, False),
    ("Kayla take my sons name off this NOW. He's 14. you're going to get him jumped", THREAT_READ, False),
    # ...a real gun, and a threat in the same words, still page.
    ("some lad said hes bringing a gun into hollowbrook tomorrow", HOSTILE, True),
    ("you're going to get jumped at the gates tomorrow, hollowbrook grass", THREAT_READ, True),
])
def test_toys_and_fears(text, scores, pages):
    assert (decide(text, SCHOOL_ONLY, scores).priority == "urgent") == pages


# Who it is about: our name in a list run together, the headteachers of a county.
@pytest.mark.parametrize("text,expected", [
    ("TO THE HEADTEACHERS OF HEXSHIRE. Devices placed in Hollowbrook Academy Greenfield High Hexley Grammar.", {"school": "sure"}),
    ("the heads husband at hollowbrook is a creep", {"school": "likely", "staff:sarah-okafor": "likely"}),
])
def test_lists_and_plurals(text, expected):
    assert grades(text) == expected


# Read afterwards, round 38's probes: harm wished sideways -> whether the threat rules find a threat.
@pytest.mark.parametrize("text,threat", [
    ("Honestly hope the coach doesn't make it back. Marsh and the rest of them on one bus", True),
    ("hope that okafor woman gets sent back on the next plane and it goes down over the sea", True),
    ("heard someones planning to torch hollowbrook over the holidays. honestly? hope it actually happens", True),
    ("hope someone rips it off her at the bus stop", True),
    ("shes lucky its only letters so far", True),
    ("I hope his dad teaches him a lesson, or someone else will", True),
    ("Someone tell Mr Lloyd that camper van of his looks very flammable in this dry cold weather 🙂", True),
    # ...not a coach late home, a snow day hoped for, a cold, a plaster, a jumper.
    ("hope the coach doesn't make it back before 6, I'm still at work", False),
    ("rumour of a snow day friday at hollowbrook, hope it actually happens!!", False),
    ("she's lucky it's only a cold so far, half of 6W are off", False),
    ("hope someone rips it off her quick, she hates plasters", False),
    ("that christmas jumper looks very flammable lol", False),
])
def test_harm_wished_sideways(text, threat):
    assert bool(rules.threat_phrases(text)) == threat


def test_freezing_on_the_touchline_is_the_cold():
    text = "under 13s away at greenfield saturday 9am ko. I will freeze to death on that touchline I just know it 🥶 bring flasks"
    assert decide(text, SCHOOL_ONLY, THREAT_READ).priority != "urgent"
    assert decide("i hope that head freezes to death in the car park", HEAD, HOSTILE).priority == "urgent"


# The reviews' look-alikes -> whether the threat rules find a threat.
@pytest.mark.parametrize("text,threat", [
    ("hope mrs okafor just drops dead", True),
    ("hope she dies out there in the cold, hollowbrook deserves better", True),
    ("3 bombs are hidden inside hollowbrook. they will go off during assembly", True),
    # ...not rumours that die down, the way home off the M4, a bath bomb, the police's all clear.
    ("hope the rumours die down before the christmas fair", False),
    ("hope the coach comes off the M4 at junction 17 soon, they're an hour late", False),
    ("bath bombs have been placed in every Year 6 goody bag, enjoy!", False),
    ("Police have confirmed no bomb has been placed at Hollowbrook", False),
])
def test_the_reviews_look_alikes(text, threat):
    assert bool(rules.threat_phrases(text)) == threat
