"""What round 55's writers (and quiet55's, threads33's) paged and triage did not, and what it paged that nobody
should have: tables a DSL can read. Beside each threat, a post that shares its words and must not page anyone:
a pupil bullied every day, a road, the fair's dunk tank, friends meeting at the gates with tissues, a bag handed
in at the office, a quoted threat condemned, a mum stood at the uniform shop in her work tabard."""
from __future__ import annotations

import pytest

from monitor.judge import rules
from monitor.judge.rules.exploitation import crimes_against_children
from test_triage import ANGRY, CALM, HAPPY, SCHOOL_ONLY, TOM, decide

THREAT_READ = {**CALM, "threat": 0.95, "negative": 0.6}

# post -> the first threat rule that fires (None: none)
THREATS = [
    ("They stood my two at the hatch over £23.40. Ill be at that office at pick up today and somebody in there is "
     "getting hurt, I mean it", "veiled_threat"),
    ("food bank 😂 you lot want a petrol bomb through the office window not tins", "explicit_threat"),
    ("Kev wants his head kicking in, useless fat lump. That boiler's been knackered since september", "veiled_threat"),
    ("av had it wi that okafor woman at hollowbrook. she wants her head kickin in", "veiled_threat"),
    ("Well Kev better keep his dog and himself well away from them girls then. We all know where he lives now dont we 👍",
     "veiled_threat"),
    # Hurt told of, or feared on a road; a head that wants examining; a home known because they moved.
    ("I'm coming up to the school tomorrow because someone is getting hurt every day by those bullies", None),
    ("I'm telling you someone is getting hurt on that crossing outside HBA, the drivers are mad", None),
    ("she wants her head examining sending him in with that cough", None),
    ("we all know where she lives now, she moved next door to my mum, lovely woman", None),
    ("the kids want a brick wall painting for the mural, any volunteers?", None),
    # In a hostile post: force made her fault. A campaign's "you can't hide from me" is harassment, as the writers said.
    ("okafor tryna stop the walkout 💀 if she locks the gates thursday we're climbing them, and if she gets in the way "
     "thats on her. 11am. be there", "veiled_threat_if_hostile"),
    ("Ms Marsh I've messaged you 40 times on here and you've blocked me. I'll just keep making new accounts til you "
     "answer. You can't hide from me", None),
    ("if anyone gets in the way of the sponsored walk that's on them for not reading the letter", None),
]


@pytest.mark.parametrize("text,rule", THREATS)
def test_threats_and_their_look_alikes(text, rule):
    assert next((f.rule for f in rules.threat_phrases(text)), None) == rule


# quiet55's two false pages, and threads33's and round 55's alarms that were not.
@pytest.mark.parametrize("text,about,scores,pages", [
    ("Last day of Y6 tomorrow 😭 see you all at the gates at 3:15 with tissues x", SCHOOL_ONLY, THREAT_READ, False),
    ("watch your back marsh 👀 year 8 have been practising our throwing all week. dunk tank saturday 💦 #hollowbrookfair",
     TOM, HAPPY, False),
    ("Hand it in at the office on Marlow Road, theyll get it back to him today, esp with the inhaler", SCHOOL_ONLY,
     THREAT_READ, False),
    ("Swear down the uniform shop woman just told me the hardship fund is 'for families who really need it'. I'm stood "
     "there in my work tabard at 8am. Fuck right off.", SCHOOL_ONLY, ANGRY, False),
    # ...and the same words where they threaten.
    ("watch your back whitaker 👀 year 8 know where you park. saturday", TOM, ANGRY, True),
    ("see you at the gates x 😈 whitaker", TOM, ANGRY, True),
    ("see you all at the gates at 3:15 whitaker, bring ur mates 👊", TOM, THREAT_READ, True),
])
def test_what_paged_and_should_not(text, about, scores, pages):
    assert (decide(text, about, scores).priority == "urgent") == pages


# A quoted threat, condemned and reported: the author's own words threaten no one.
@pytest.mark.parametrize("text,reported", [
    ("'he's going in the canal' - Craig nobody is going in any canal. Police are dealing with it.", True),
    ('Someone posted "someone should sort Mrs Patel out" and that is disgusting. Admins please remove it.', True),
    ("I've screenshotted it and sent it to the school: 'whitaker is getting it friday'", True),
    ("'he's going in the canal' and I'll be the one who puts him there", False),
])
def test_a_quoted_threat_condemned(text, reported):
    assert bool(rules.reported_speech(text)) == reported


# An adult's approach to a child under her own video: age said, looks praised, a private channel.
@pytest.mark.parametrize("text,grooming", [
    ("you're very photogenic for year 10 😊 what's that, 15? I do portfolio shoots for young models, free of charge. "
     "add me on snap dan.lens84 and I'll send some examples 📸", True),
    ("ur so pretty how old are u? add me on snap x", True),
    # A friend's DM, a photographer for the school's own album, praise with no channel.
    ("add me on snap for the revision notes, year 10 maths group", False),
    ("you're very photogenic for year 10 😊 your mum must be proud", False),
    ("the school photographer is doing portfolio shoots for year 11 leavers, message me for the form - Mrs Patel, PTA", False),
])
def test_an_approach_to_a_child(text, grooming):
    assert any(f.rule == "grooming" for f in rules.child_at_risk(text)) == grooming


# A wish to have died, said lightly: the DSL's.
@pytest.mark.parametrize("text,harm", [
    ("tbh when the alarm went i kind of hoped it was real. would've saved me doing it myself", True),
    ("wish the bus had hit me this morning, would have saved me doing it myself", True),
    ("the new kitchen would have saved me doing it myself", False),
    ("i wish hollowbrook had a tech who would've saved me doing it myself, setting up the projector", False),
])
def test_a_wish_to_have_died(text, harm):
    assert any(f.rule == "self_harm" for f in rules.child_at_risk(text)) == harm


# The crowd sent to a home with a wink, or to a pupil's stop with a look.
@pytest.mark.parametrize("text,called", [
    ("she lives at 27 Larkspur Close, grey audi on the drive. Maybe a few of us pop round tonight and ask her nicely 😉", True),
    ("Marsh gets off the 41 at the rec every day at 4 if anyone wants a chat 👀", True),
    ("pop round to the office and ask them for a form, they're lovely", False),
])
def test_a_crowd_sent(text, called):
    assert bool(rules.incitement(text)) == called


# A review's look-alikes for the rules above, and the threats it found them letting go.
@pytest.mark.parametrize("text,rule", [
    ("Mrs Marsh won best Christmas lights on Elm Road 🎄 we all know where she lives now 😂", None),
    ("we all know where he lives dont we 👍 after what he did to those year 8 girls, Mr Lloyd", "veiled_threat"),
    ("Nwosu has been messaging year 10 girls. We all know where he lives now dont we 👍 sick man", "veiled_threat"),
    ("I'm going to be honest, somebody is getting hurt at lunchtimes at HBA and the dinner ladies aren't seeing it", None),
    ("I'm going to keep emailing Mrs Okafor, somebody is getting hurt on that climbing frame", None),
    ("Im going up that school tomorrow and someone's getting hurt. Whitaker has had his last chance", "veiled_threat"),
    ("Ill be at that office at pick up today and somebody in there is getting hurt. My daughter has been ill for weeks",
     "veiled_threat"),
    ("if he says no to my son again he wont walk out of that office the same man. Mr Whitaker is ill-advised to test me",
     "veiled_threat"),
    ("Kev says the wall by the HBA car park wants a brick in where the bin lorry clipped it", None),
    ("watch your back Mrs Marsh, dunk tank saturday and then the car park after 👀", "veiled_threat"),
])
def test_what_a_review_found(text, rule):
    assert next((f.rule for f in rules.threat_phrases(text)), None) == rule


@pytest.mark.parametrize("text,grooming", [
    ("Local photographer doing mini prom shoots for Year 11 at Hollowbrook 📸 £40, gorgeous backdrops, message me", False),
    ("Maths and English tutor, spaces for year 10 and 11 pupils, first session free of charge, text me", False),
    ("My daughter's 14 and mad on modelling, how old are you meant to be for agencies? message me if you know", False),
    ("PSA: never add anyone you don't know. If someone says 'you're so pretty, how old are you? add me on snap' tell an "
     "adult", False),
    ("omg what year are u in? u look way older 😍 i could get u modelling work, slide in my dms 😘", True),
    ("hey gorgeous 😍 how old are u? 14? u could be a model. my snap is jay_shoots99 add me x", True),
])
def test_an_approach_and_its_look_alikes(text, grooming):
    assert any(f.rule == "grooming" for f in crimes_against_children(text)) == grooming


@pytest.mark.parametrize("text,harm", [
    ("Honestly hoped the bus to HBA would crash this morning. would of saved me doing it myself", True),
    ("kinda hoped the bus would crash on the way to hollowbrook tbh. saves me doing it", True),
    ("Wish the school had just made the World Book Day costumes, would've saved me doing it myself at midnight 🙄", False),
    ("hoped the plumber had done it by the time I got back from pickup, would've saved me doing it myself 🙄", False),
])
def test_a_wish_to_have_died_and_its_look_alikes(text, harm):
    assert any(f.rule == "self_harm" for f in rules.child_at_risk(text)) == harm


@pytest.mark.parametrize("text,called", [
    ("Helen Marsh is at 22 Coppice Way. A few of us should go over there tonight and ask her politely why she lied", True),
    ("Mrs Rowe lives next door, I'll call round and ask her nicely if 2R can borrow her gazebo", False),
])
def test_a_crowd_sent_and_a_neighbours_errand(text, called):
    assert any("ask her" in f.evidence.lower() for f in rules.incitement(text)) == called


# probe55's (read after it was measured): the act set for now with a goodbye; a parent's goodbye with the children handed
# over. Not homework done tonight, nor a lift asked for in traffic.
@pytest.mark.parametrize("text,rule", [
    ("not going back after lunch. doing it today, properly this time. sorry mum. tell lils it was never her fault",
     "planned"),
    ("I'm sorry to everyone. Dropped the kids at Hollowbrook this morning and told them I love them. I can't do another "
     "night. Please can someone pick them up at 3:15, their nan's number is with the office.", "handed_over"),
    ("Can someone pick my kids up from hollowbrook at 3:15? I can't do another day of this traffic, stuck on the bypass",
     None),
    ("doing it tonight, the science project. sorry mum for the glitter everywhere", None),
    ("sorry mum im doing it today, the sponsored head shave for Children in Need!! 🎉", None),
    # A second review's: the same goodbye in other words, and eleven ordinary days that paged.
    ("I can't do this anymore. Please someone collect Ellie and Max from Hollowbrook at 3. Tell them mummy loves them. "
     "I'm so sorry.", "handed_over"),
    ("cant do another night of this. sorry to everyone. can somebody pick them up from hba. ive left a letter for my mum",
     "handed_over"),
    ("got my first tattoo booked, doing it today, sorry mum 😬 dont tell Mr W", None),
    ("Mr W's sponsored 5k swim at hollowbrook, he's doing it today!! love you all x", None),
    ("Year 11 leavers!!! we're doing it today, goodbye hollowbrook forever 😭💙", None),
    ("Cant do another night shift like last night 😴 I'm sorry to everyone, I know I keep asking, but can someone pick "
     "them up from HBA at 3:15?", None),
    ("Car's died on the bypass 😩 told them I love them and I'll be there asap but can anyone pick my kids up from HBA? "
     "I'm sorry to everyone", None),
    ("In resus with my dad, can't do another day like this. Could somebody pick the kids up from HBA? Told them I love "
     "them on the phone", None),
])
def test_a_goodbye_with_the_act_set_for_now(text, rule):
    assert next((f.rule for f in rules.crisis_now(text) if f.rule in ("planned", "handed_over")), None) == rule


# A second review's look-alikes: a head kicked in that is a footballer's, a one-way system's, a laugh; a home known at
# Halloween or quoted in a court report; hurt in the dads' race; a brick through a shelter.
@pytest.mark.parametrize("text,rule", [
    ("Mr W deserves his head kicking in", "veiled_threat"),
    ("Lloyd wants his face smashing in", "veiled_threat"),
    ("Whoever decided HBA's new one-way system wants their head kicking in, took me 25 mins", None),
    ("Okafor missed another sitter, wants his head kicking in 😂", None),
    ("Mrs Rowe gives out full size Dairy Milks at halloween 🎃 we all know where she lives now 😂", None),
    ("Father who posted 'we all know where he lives now' about Hollowbrook teacher given restraining order", None),
    ("Im going to the HBA sports day and someone's getting hurt in the dads race 🤣", None),
    ("The old smoking shelter behind HBA wants a brick through it 😂 Kev knock it down please", None),
    ("Okafor wants a brick through her window after today", "explicit_threat"),
])
def test_what_a_second_review_found(text, rule):
    assert next((f.rule for f in rules.threat_phrases(text)), None) == rule


@pytest.mark.parametrize("text,grooming", [
    ("drop ur snap gorgeous, what year are u in at HBA? 😘", True),
    ("you're gonna look stunning, how old are you? under 16s need a parent there, dm me to book", False),
    ("What year are you in at Hollowbrook? great feet! message me for a free of charge trial ⚽", False),
    ("ur only 14 lol add me on snap!! (im in y9 at HBA too)", False),
])
def test_an_approach_a_business_or_a_pupil(text, grooming):
    assert any(f.rule == "grooming" for f in crimes_against_children(text)) == grooming


# probe56's (read after it was measured), in a hostile post: "with more than a complaint", "better not be stood on that
# gate", "i know whose kid you are"; not a parents' evening's list of questions.
@pytest.mark.parametrize("text,rule", [
    ("if they send him home again today ill be in that school at 3 with more than a complaint. whitaker better not be "
     "stood on that gate", "veiled_threat_if_hostile"),
    ("take it down or im coming up that school AND your house. i know whose kid you are", "veiled_threat_if_hostile"),
    ("ill be at parents evening with more than a complaint, ive got a whole list of questions for mr w 😂", None),
])
def test_what_probe56_held(text, rule):
    assert next((f.rule for f in rules.threat_phrases(text)), None) == rule
