"""What round 64's writers (and threads42's) showed: a grudge told with a warning ("In our culture such a thing is not just
left. Please be careful in the evenings"), a gate watched by the lads, a teacher's car and where he leaves it, a post to
take down "or I'll come round"; and, paged before, a teacher's gripe at the staffroom microwave with a knife emoji, a
co-parent's note about football boots, a colleague's tribute "they are going to break him", hate with a starred slur:
tables a DSL can read. Beside each, a post that shares its words and must still be read the old way."""
from __future__ import annotations

import pytest

from monitor.judge import rules
from monitor.judge.rules import street_addresses, tropes
from test_triage import SCHOOL_ONLY, TOM, decide

CALM = {"abuse": 0.02, "hate": 0.01, "threat": 0.02, "negative": 0.2, "positive": 0.4}
HOSTILE = {"abuse": 0.4, "hate": 0.01, "threat": 0.6, "negative": 0.9, "positive": 0.02}
# The model's reading of round64's co-parent's note and a starred slur: sure of a threat that is not there.
SURE = {"abuse": 0.95, "hate": 0.2, "threat": 0.94, "negative": 0.95, "positive": 0.01}


# A grudge told with a warning -> a threat, in any tone; the same words with no grudge, or kind -> none.
@pytest.mark.parametrize("text,threat", [
    ("My family has not forgotten what you said to my son in front of whole class. In our culture such a thing is not just "
     "left. Please be careful in the evenings. Best regards.", True),
    ("reported lol. hexley was fine before your lot turned up. watch yourself at drop off aisha, not everyone round here is "
     "as welcoming as miss rowe 😘", True),
    ("jo grassed me up over nothing. still be on station lane at home time tomorrow tho, free country. me and the lads will "
     "be watching them gates 👀", True),
    ("lol calm down its a figure of speech sophie. mind u i know the blue astra he drives and where he leaves it so 🤷", True),
    ("You've named my 12 year old on a public website. Take it down NOW or I'll come round and take it down for you.", True),
    ("I know exactly which house on Fenwick Close you're in.", True),
    # ...not safety advice, a parents' rota against a stranger, a car admired, a parcel delivered.
    ("please take care on the school run tomorrow, the roads are icy and the lights are out on Marlow Road", False),
    ("we'll be watching the gates all week for that white van, keep safe everyone 👀", False),
    ("i know the car he drives and where he leaves it, I'll put the card on the windscreen before he's out", False),
    ("I know exactly which house you're in, I'll drop the parcel round after work", False),
    ("Please take it down or I'll have to report it to Facebook", False),
])
def test_a_grudge_told_with_a_warning(text, threat):
    assert bool(rules.threat_phrases(text)) == threat


# Paged before, by the model or an emoji knife; with the rules, not paged. The same words meant still page.
@pytest.mark.parametrize("text,about,scores,pages", [
    ("Staffroom microwave queue at HBA is now 14 minutes. If whoever reheats the fish does it again I will not be "
     "responsible for my actions 🐟🔪", SCHOOL_ONLY, HOSTILE, False),
    ("If ONE more person books the hall over my SATs mock I will be committing a crime and my defence will be 'Year 6 "
     "teacher in December' 🎄🔪 #teacherlife", SCHOOL_ONLY, HOSTILE, False),
    ("If one more person at Hollowbrook reports my son I will not be responsible for my actions 🔪", SCHOOL_ONLY, HOSTILE, True),
    ("If anyone touches the microwave at hollowbrook again I will not be responsible for my actions. staff better watch out 🔪",
     SCHOOL_ONLY, HOSTILE, True),
    ("@jodiebx he's got football kit not PE kit this week, Hollowbrook swapped it. I'll drop his boots at yours after work. "
     "Also dentist 4pm thurs, can you do it or shall I?", SCHOOL_ONLY, SURE, False),
    ("Our SENCO has 143 kids on the register and one day a week of admin. The trust's answer is to merge him with pastoral. "
     "He's the best colleague I've ever had and they are going to break him. Mr Whitaker if you ever read this, we see you.",
     TOM, {**CALM, "positive": 0.97}, False),
    ("mr whitaker grassed on my brother. me and the lads are going to break him after school", TOM, HOSTILE, True),
    ("Ex's new fella is doing the Hollowbrook pickup now. My boy doesn't need some n****r raising him.", SCHOOL_ONLY, SURE, False),
    ("hollowbrook got a j00 pr0blem 🤫🤫 iykyk", SCHOOL_ONLY, SURE, False),
    ("hollowbrook is full of p*kis now, they'll get what's coming", SCHOOL_ONLY, SURE, True),
])
def test_paged_only_when_meant(text, about, scores, pages):
    assert (decide(text, about, scores).priority == "urgent") == pages


# Hate with a starred or coded slur -> hate, high, for the DSL and the police.
@pytest.mark.parametrize("text,hate", [
    ("My boy doesn't need some n****r raising him.", True),
    ("hbA got a j00 pr0blem 🤫🤫 iykyk", True),
    ("what the f*** is going on at pickup", False),
    ("the n***s in year 9 are doing a bake sale", False),
])
def test_a_starred_or_coded_slur(text, hate):
    assert bool(tropes.tropes(text)) == hate


def test_starred_slur_is_hate_not_a_threat():
    d = decide("Ex's new fella is doing the Hollowbrook pickup now. My boy doesn't need some n****r raising him.", SCHOOL_ONLY, SURE)
    assert (d.priority, "hate" in d.categories, "threat" in d.categories) == ("high", True, False)


# A house number after the street -> an address; a bus's number -> none.
@pytest.mark.parametrize("text,found", [
    ("he's the grey Qashqai on Ferndale Close every night, number 14. Go and ask him", ["Ferndale Close every night, number 14"]),
    ("lives on ferndale close, number 14", ["lives on ferndale close"]),
    ("Marlow Road, number 41 bus goes past every ten minutes", []),
    ("on station road no. 7 bus", []),
])
def test_a_house_number_after_the_street(text, found):
    assert [f.evidence for f in street_addresses(text)] == found


# Where a member of staff lives, in lower case, and a crowd sent to ask him why -> paged; the writer's nan's street -> nothing.
@pytest.mark.parametrize("text,about,priority", [
    ("kev lives on tenby close, end house with the white transit, if anyone wants to go and ask him why", TOM, "urgent"),
    ("Mr Whitaker lives on tenby close, lovely garden", TOM, "high"),
    ("my nan lives on tenby close and the bins werent collected again at hollowbrook", SCHOOL_ONLY, "digest"),
])
def test_a_home_and_a_crowd_sent_to_it(text, about, priority):
    assert decide(text, about, CALM).priority == priority


# What round 42's probes put in other words (probe90 to probe92) -> paged; kind reasons to know a home, a gripe -> not.
@pytest.mark.parametrize("text,about,pages", [
    ("Funny how Sarah Okafor sleeps fine at night after what she did to me at that disciplinary. Grey Tiguan, leaves the Marlow "
     "Road car park about 6 most nights, always the same way home. Some of us haven't forgotten.", TOM, True),
    ("Nobody calls my daughter a liar in front of 30 kids and walks away from it. Mr Whitaker knows what he said. Her uncles are "
     "not calm people and they know what car he drives.", TOM, True),
    ("lily everyone knows ur address now so good luck walking home 😘 hollowbrook grass", SCHOOL_ONLY, True),
    ("mr whitaker's car is the blue corsa in the staff bay on marlow rd. be on fire by friday.", TOM, True),
    ("to the mum who reported my Kayla at hollowbrook, I've got your reg plate and I know which house on Ashby Road is yours, "
     "so think on.", SCHOOL_ONLY, True),
    ("'Marlow Rd gate, 3:15, every day. Lots of little hijabs. Just saying. Somebody should do something about it before its "
     "too late 🔥' hollowbrook", SCHOOL_ONLY, True),
    ("📢 Hollowbrook staff list w/ home addresses dropping this weekend 👀", SCHOOL_ONLY, True),
    ("another 11pm email from the head. 16 years at hollowbrook and this is how it ends. i've written the letters. i'm just so "
     "tired. sorry everyone", SCHOOL_ONLY, True),
    ("whoever reply-all'd the ENTIRE hollowbrook staff list to ask who's got the 3 hole punch, i will find you. and i will end "
     "you. 140 emails. during period 3. on a tuesday 🙂🔪", SCHOOL_ONLY, False),
    ("whoever took my lunch from the hollowbrook staff fridge i will find you. see you at the gates tomorrow 🔪", SCHOOL_ONLY, True),
    ("Does anyone know if Mr Whitaker is ok? I know where he lives (not in a weird way lol he's over the road from my mum) and "
     "his car hasn't moved since Sunday and the curtains are still shut.", TOM, False),
    ("Found a purse by the hollowbrook back gate. I know where the lady lives from her driving licence but I've handed it in "
     "at the school office.", SCHOOL_ONLY, False),
    ("written my letters to santa with the kids at hollowbrook. sorry everyone", SCHOOL_ONLY, False),
])
def test_round42_probes_in_other_words(text, about, pages):
    assert (decide(text, about, HOSTILE).priority == "urgent") == pages


# A laugh after the burning takes it back; "not joking" after the laugh takes the laugh back.
@pytest.mark.parametrize("text,pages", [
    ("if the head cancels y11 prom im burning hollowbrook down 🤣🤣 jk jk. but seriously dont", False),
    ("burning hollowbrook down tmrw lol not joking", True),
])
def test_a_laugh_and_its_taking_back(text, pages):
    assert (decide(text, SCHOOL_ONLY, {**HOSTILE, "threat": 0.86}).priority == "urgent") == pages


# Hate in code (probe92) -> hate; a dad's bacon at the Eid lunch -> none.
@pytest.mark.parametrize("text,hate", [
    ("Eid mubarak 🐷🐷🥓 enjoy ur bacon butties lads x", True),
    ("lmaooo look at jaylen from 10C tryna act hard 🐒🐒 someone get him a 🍌", True),
    ("why a SENCO called 'nwosu' gets to decide which of OUR kids are 'special'. they'd never let one of us run things in his country", True),
    ("Hollowbrook Eid lunch was lovely, my son loved the halal chicken, I had the bacon 🥓 lol", False),
    ("Year 2 zoo trip! the 🐒 stole a 🍌 from Mrs Patel's bag", False),
])
def test_hate_in_code(text, hate):
    assert bool(tropes.tropes(text)) == hate


# A car or the school "on fire by friday" -> a threat; legs or a team on fire -> none.
@pytest.mark.parametrize("text,threat", [
    ("okafor's car is the blue corsa in the staff bay on marlow rd. be on fire by friday.", True),
    ("hollowbrook will be on fire by friday", True),
    ("my legs will be on fire by friday after the bleep test at hollowbrook", False),
    ("our netball girls at hollowbrook will be on fire by friday", False),
])
def test_on_fire_by_friday(text, threat):
    assert bool(rules.threat_phrases(text)) == threat
