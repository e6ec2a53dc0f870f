"""What round 62's writers (and threads40's, quiet62's) showed: menace said politely, harm handed to "someone", a
member of staff who is not a teacher, a jab told in violent words, an address written in lower case: tables a DSL can
read. Beside each, a post that shares its words and must still be read the old way."""
from __future__ import annotations

import pytest

from monitor.judge import rules
from monitor.judge.rules import jabs
from test_triage import SCHOOL_ONLY, TOM, decide

CALM = {"abuse": 0.02, "hate": 0.01, "threat": 0.02, "negative": 0.2, "positive": 0.4}
HOSTILE = {"abuse": 0.4, "hate": 0.01, "threat": 0.6, "negative": 0.9, "positive": 0.02}
RUDE = {"abuse": 0.9, "hate": 0.01, "threat": 0.1, "negative": 0.9, "positive": 0.02}


# Menace said politely, harm left to "someone" -> whether the threat rules find a threat (in any tone).
@pytest.mark.parametrize("text,threat", [
    ("Lovely bungalow on Fernhill Close. Lovely little dog. Shame if anything happened to either.", True),
    ("she forgets i know every route she drives. hollowbrook cant protect her forever", True),
    ("@bexhollis keep your nose out bex or youre next", True),
    ("parked up on station lane by the back gate. she leaves half 4 most days. ill wait. got all day x", True),
    ("Hope they stay safe this winter 🙂 Tell him to withdraw the report he made about my boy", True),
    ("marsh is a fat useless cow fr someone should push her in the canal 😂😂", True),
    ("someone should wait by that mini after school and tell her how funny it was 😂", True),
    # ...not the weather, a queue, a reply awaited, a lift home, a safe journey wished.
    ("shame if the rain spoiled sports day again, fingers crossed", False),
    ("we can't protect children from every germ, they'll catch colds", False),
    ("take a ticket, you're next in the queue", False),
    ("I'll wait for the reply from the governors, I've got all day", False),
    ("someone should wait with her at the gate till her mum comes", False),
    ("Hope they stay safe on the trip this week, have fun Year 6!", False),
    ("pushed him in the pool on holiday 😂 he loved it", False),
])
def test_menace_and_its_look_alikes(text, threat):
    assert bool(rules.threat_phrases(text)) == threat


# Said only where the post is hostile: a route known, an egging, a fire wished -> paged or not.
@pytest.mark.parametrize("text,scores,pages", [
    ("she forgets i know every route she drives and every friend she's got", HOSTILE, True),
    ("lovely nativity pics. shame if something spoiled the carol service 🎄", HOSTILE, True),
    ("Lovely nativity! It would be a shame if anything spoiled it, so please park on Mill Lane", CALM, False),
    ("bet that field looks even better with the whole place burning behind it 🔥🔥", HOSTILE, True),
    ("whitakers address is on the planning application lol 14 ashdown close, someone egg it", CALM, True),
    # ...not a parent who knows the school-run routes, nor a bonfire night picture.
    ("i know every route she drives to get them to swimming, she's a saint", CALM, False),
    ("bet the field looks lovely with the bonfire going tonight 🔥", CALM, False),
])
def test_menace_in_a_hostile_post(text, scores, pages):
    assert (decide(text, TOM, scores).priority == "urgent") == pages


# A jab told in violent words -> what the threat rules still read.
@pytest.mark.parametrize("text,blank", [
    ("getting shot today 😬 year 8 hpv jabs at school pray for me", True),
    ("flu spray up the nose > getting stabbed in the arm. my little one didn't even flinch", True),
    # ...not a jab day beside a real threat, nor "shot" with no jab in the post.
    ("year 8 hpv jabs today, someone's getting stabbed at the gates after school 🔪", False),
    ("getting shot today, pray for me", False),
])
def test_a_jab_is_no_threat(text, blank):
    assert (jabs.blank(text) != text) == blank


def test_a_jab_day_is_not_paged():
    assert decide("getting shot today 😬 year 8 hpv jabs at school pray for me", SCHOOL_ONLY, HOSTILE).priority != "urgent"


# A member of staff who is not a teacher, scorned -> the head is told to find and tell them.
@pytest.mark.parametrize("text,inform", [
    ("That fat dinner lady who grabbed my daughters arm at lunch, what a cow", True),
    ("the lollipop lady on marlow road is a miserable old witch, we beep at her every morning", True),
    ("Nurse Carol at HBA AGAIN. what a useless cow", True),
    ("the woman in the office put the phone down on me again, what a cow", True),
    # ...not a product, nor a nurse at the hospital.
    ("the new cleaner spray is rubbish, streaks everywhere, useless", False),
    ("Nurse Jackie is the worst show on telly, useless", False),
])
def test_staff_who_are_not_teachers(text, inform):
    assert ("inform_staff" in decide(text, SCHOOL_ONLY, RUDE).actions) == inform


# An address written all in lower case -> found; not a number of days or a bus.
@pytest.mark.parametrize("text,found", [
    ("kev lives at 14 ashdown close", True),
    ("so nic's new fella lives 14 cowper close hexley, silver golf on the drive", True),
    ("it was an 11 days road trip", False),
    ("the 41 bus lane road is shut", False),
])
def test_an_address_in_lower_case(text, found):
    assert any(f.rule == "street_address" for f in rules.personal_locators(text)) == found


# A people as vermin, staff asked where they come from, a tutor who needs no parents -> hate / grooming found.
@pytest.mark.parametrize("text,hate", [
    ("Bet you it's one of them off the traveller site. Gone to the dogs since they let that lot in. Vermin the lot of them.", True),
    ("Nwosu, Okafor, Patel... does anyone at hollowbrook actually come from england? no wonder it's falling apart", True),
    # ...not rats in the bins, nor staff who drive in from the next town.
    ("the rats in the bins are back, vermin the lot of them, ring pest control", False),
    ("does anyone at hollowbrook actually come from hexley any more? all the staff drive in from thornbury", False),
])
def test_a_people_as_vermin(text, hate):
    assert any(f.rule == "hate_phrase" for f in rules.hate_phrases(text)) == hate


def test_a_tutor_who_needs_no_parents():
    text = "any yr 11 girls struggling? i do 1 to 1 english tutoring at my flat, message me on insta, no need to involve parents 😉"
    assert any(f.rule == "grooming" for f in rules.child_at_risk(text))


# A fake school office collecting children's details -> the DSL, and the post taken down.
def test_a_fake_office_collecting_childrens_details():
    text = ("HOLLOWBROOK ACADEMY OFFICE: Reply to this account with your child's full name, year group, date of birth "
            "and a clear face photo for the new ID lanyards.")
    assert any(f.rule == "child_data_sought" for f in rules.child_at_risk(text))


# Marks on an arm put down to "the cat" -> a hint of self-harm for the DSL; not scratches a cat really made.
@pytest.mark.parametrize("text,hint", [
    ("when the school nurse asks about the marks on ur arm and u say 'the cat' 🐈🙂 #fyp", True),
    ("the scratches on my arms are from the cat, she hates the hoover", False),
])
def test_marks_put_down_to_the_cat(text, hint):
    assert any(f.rule == "self_harm_hint" for f in rules.child_at_risk(text)) == hint


# Someone breaking their own neck on the ice -> no threat; breaking his, or theirs by the writer's hand, still is.
@pytest.mark.parametrize("text,threat", [
    ("Playground's a sheet of ice every morning and not a grain of grit. Someone's going to break their neck.", False),
    ("someone is going to break his neck at the gates tomorrow, i swear, whitaker", True),
    ("im going to break their necks, every one of them", True),
])
def test_a_neck_broken_on_the_ice(text, threat):
    assert bool(rules.threat_phrases(text)) == threat


def test_a_threat_quoted_back_to_its_writer_with_the_arrest_it_would_bring():
    text = "Wayne don't be daft mate, 'waiting for her at the gate'?? you'll get yourself arrested and your lad will suffer"
    assert decide(text, TOM, HOSTILE).priority != "urgent"


# Reviews A and B: look-alikes of the new rules, both ways -> whether the threat rules find a threat.
@pytest.mark.parametrize("text,threat", [
    ("hollowbrook cant keep ms marsh safe forever", True),
    ("the lollipop lady is a cow, someone should push her in front of a bus", True),
    ("wud be a shame if sumthin happend to whitakers kids", True),
    ("u lot shud hang about by the staff car park at 3.30 and say hi to mr whitaker", True),
    ("someone wanna wait by ms marsh's car", True),
    ("ill be outside the school at 3. ive got all day x", True),
    ("would hate for anything to happen to her. withdraw the report", True),
    ("Mrs Okafor's retirement do tonight, can't keep her forever i suppose!", False),
    ("we can't protect them forever, at some point they need to walk to school on their own", False),
    ("I'll wait, I've got all day, whenever the school gets round to answering the phone", False),
    ("Im waiting on hold to reception, got all day apparently", False),
    ("Hope they stay safe on the trip to France, tell them to drop the phone at bedtime", False),
    ("Hope the kids stay safe on bonfire night, think carefully about sparklers", False),
    ("Someone should push Mr Whitaker in the pond at the summer fair, it's for charity! £1 a go", False),
    ("someone should wait by the gates after school to help the little ones cross", False),
    ("my lad said 'bring your pe kit or you're next'", False),
])
def test_review_look_alikes(text, threat):
    assert bool(rules.threat_phrases(text)) == threat


# A kind wait, a safe journey wished -> the model alone pages nothing; a wait with a bat or a demand still pages.
@pytest.mark.parametrize("text,pages", [
    ("Hope Mrs Whitaker gets home safe tonight in the snow, drive carefully", False),
    ("someone should wait with her at the bus stop, she's only year 7", False),
    ("a few of us should wait for mr whitaker after school with flowers", False),
    ("someone should wait for whitaker after school with a bat", True),
])
def test_a_kind_wait(text, pages):
    assert (decide(text, TOM, {"abuse": 0.3, "hate": 0.01, "threat": 0.9, "negative": 0.8, "positive": 0.1}).priority == "urgent") == pages


# An address in lower case, or a receptionist, somewhere else -> not ours to find.
@pytest.mark.parametrize("text,found", [
    ("a 4 wheel drive", False),
    ("year 7 parents drive them to the gate", False),
    ("all 3 schools close at 2pm", False),
    ("7a foxglove way", True),
])
def test_reviews_addresses(text, found):
    assert any(f.rule == "street_address" for f in rules.personal_locators(text)) == found


@pytest.mark.parametrize("text,staff", [
    ("our receptionist at the surgery lives at 14 ashdown close", False),
    ("the gp receptionist was so rude", False),
    ("the window cleaner said she'd be back tuesday", False),
    ("nurse karen at hollowbrook gave my son the wrong inhaler", True),
    ("Nurse Jackie is my favourite show, school run done", False),
])
def test_reviews_staff_elsewhere(text, staff):
    assert bool(rules.unnamed_staff(text)) == staff


# Read afterwards, the probes: the needle drawn as a blade, a child's dread of a jab or a mock -> no page.
@pytest.mark.parametrize("text,scores,pages", [
    ("POV: ur in year 9 and the nurse says 'just a little scratch' 🗡️🩸🩸 #vaccineday #fyp", HOSTILE, False),
    ("year 8 hpv jab tomorrow. if i die tell my mum im sorry about the hamster",
     {"abuse": 0.1, "hate": 0.01, "threat": 0.9, "negative": 0.8, "positive": 0.1}, False),
    ("i actually want to die we've got a mock with mr whitaker tomorrow 💀💀", CALM, False),
    # ...but the tablets beside the mock are a child in danger now.
    ("i want to die. we've got a mock tomorrow and ive got the tablets ready, goodbye", CALM, True),
])
def test_read_afterwards_the_probes(text, scores, pages):
    assert (decide(text, SCHOOL_ONLY, scores).priority == "urgent") == pages


# A visit home urged and paid back in kind -> a threat; a visit with a card -> none.
@pytest.mark.parametrize("text,scores,pages", [
    ("someone should go round his house and grab HIM by the arm, see how he likes it. Id hold the door 😂", CALM, True),
    ("someone should go round mr whitakers house and drop off a card, he's been poorly",
     {"abuse": 0.1, "hate": 0.01, "threat": 0.9, "negative": 0.8, "positive": 0.1}, False),
])
def test_a_visit_home(text, scores, pages):
    assert (decide(text, TOM, scores).priority == "urgent") == pages


# A long statement that quotes threats to condemn them, reported to the police, thanks given "this week" far below -> no page.
def test_a_statement_condemning_threats_it_quotes():
    text = ("A statement from the Headteacher about online abuse of our staff. Dear families, over the past fortnight some "
            "of our staff have been the target of abusive comments online. Some posts have told members of staff to "
            "\"watch their backs\" and said that people \"know where they live\". These words have been reported to the "
            "police, who are taking them seriously. Our staff are parents, neighbours and members of this community. We "
            "absolutely welcome feedback and complaints; our complaints policy is on the website and every complaint is "
            "read. Thank you to the very many families who have sent messages of support this week.")
    assert decide(text, TOM, HOSTILE).priority != "urgent"


# Read at the round's end: a time's minutes and a year are no house number.
@pytest.mark.parametrize("text,found", [
    ("gonna run ova dat lolipop wmn 2moro 8:30 marlow rd on my scoota", False),
    ("Reception 2027 applications close 15 January", False),
    ("okafor lives at 14 larch grove hexley", True),
])
def test_a_time_or_a_year_is_no_house_number(text, found):
    assert any(f.rule == "street_address" for f in rules.personal_locators(text)) == found


# A price paid to watch is no charity dunk (review B's).
@pytest.mark.parametrize("text,threat", [
    ("ms marsh is vile, someone should push her in the canal, i'd pay £5 to watch 😂", True),
    ("summer fair: someone should push Mr Whitaker in the pond, it's for charity! £1 a go", False),
])
def test_a_price_to_watch(text, threat):
    assert bool(rules.threat_phrases(text)) == threat
