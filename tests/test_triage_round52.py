"""What round 52's writers (and quiet52's, threads31's) paged and triage did not, and what it paged
that nobody should have: tables a DSL can read. Beside each threat, a post that shares its words and
must not page anyone: a panto villain booed, a present for a teacher, a match's kick-off, a dad
talked down, a threat told of that the police ended."""
from __future__ import annotations

import pytest

from monitor.judge import rules
from test_triage import ANGRY, CALM, SCHOOL_ONLY, TOM, decide

DOXXED = {**ANGRY, "privacy": 0.9}

# post -> the first threat rule that fires (None: none)
THREATS = [
    ("whoever this hex.lad is he wants to pray the police get to him before I do", "veiled_threat_if_hostile"),
    ("That ref wants to hope nobody catches him on his own", "veiled_threat_if_hostile"),
    ("I'm coming in to get her myself and god help whoever's in my way", "veiled_threat_if_hostile"),
    ("Gaz Lloyd is a predator. Someone needs to sort him out before the school does nothing again.",
     "veiled_threat_if_hostile"),
    ("he'll get what's coming to him, mark my words", "veiled_threat"),
    # A board game laughed about, a timetable sorted, a dad talked down, a panto villain booed.
    ("hope the police get to him before I do in monopoly tonight 😂", None),
    ("someone needs to sort him out with a new timetable, he's got three frees on a monday", None),
    ("nobody's squaring up to a PE teacher at a kids' match, have a word with him after like a normal person", None),
    ("Boooo Whitaker 👎 can't wait to see him get what's coming to him on the 10th, my year 6 has been practising "
     "her hisses all week", None),
    # A threat told of in the past tense and ended by the police; the same still to come is a threat.
    ("probably because of Greenfield yesterday, some lad put on snap he was bringing a knife in and the police had to go",
     None),
    ("some lad put on snap he was bringing a knife in tomorrow, police have been called", "explicit_threat"),
    # A review's: the police came but it goes on; a tag under the post; a Christmas do's mistletoe; help for the
    # overworked; a threat "like a normal person would, then we'll see".
    ("A lad in year 10 put on his story he was going to stab Mr Lloyd. Police came round but they've let him go",
     "explicit_threat"),
    ("He wants to hope nobody catches him on his own after what he did. Tag him, I want him to see this",
     "veiled_threat_if_hostile"),
    ("Staff Christmas do Friday 🎄 Kev better hope nobody catches him on his own under the mistletoe", None),
    ("Poor Emma Rowe has been covering 2R on her own all week. Someone needs to sort her out, the woman is exhausted",
     None),
    ("I'm going to have words with him after school like a normal person would, then we'll see how brave Lloyd is",
     "veiled_threat_if_hostile"),
    # A fourth review's: a threat told of that goes on after the caution; the police told to hurry; a party's threat.
    ("He said he was going to kill Miss Marsh. He was cautioned but now he's out and his family live two doors from her",
     "explicit_threat"),
    ("The police better find him before we do. He flashed at HBA girls walking home down Mill Lane", "veiled_threat_if_hostile"),
    ("Gaz Lloyd was smirking all through the end of season party. He wants to hope nobody catches him on his own",
     "veiled_threat_if_hostile"),
    # probe52's: justice hoped for in court.
    ("Whoever reported the hollowbrook creep to the police absolutely killed it. Hope he gets what's coming in court 👏", None),
]


@pytest.mark.parametrize("text,rule", THREATS)
def test_threats_and_their_look_alikes(text, rule):
    assert next((f.rule for f in rules.threat_phrases(text)), None) == rule


# Beside where someone lives or parks, a call to go there or to damage what is theirs.
@pytest.mark.parametrize("text,called", [
    ("okafors address is literally on companies house lmao 27 fernleigh rd. someone egg it 🥚🥚 or worse", True),
    ("kev the caretakers car is the red corsa on station lane, reg starts KY19 🚗 someone key it lol", True),
    ("Now everyone knows which Corsa. Someone should do all four tyres", True),
    ("Mr Whitaker lives on Orchard Close. Maybe parents should take their complaints round there, see if he listens then",
     True),
    ("Okafor lives on Ashby Close. Maybe we should all pop round one night and explain to her what 'banned' feels like",
     True),
    # A car keyed last week, told of; complaints taken to the office; a window cleaner's round.
    ("someone keyed his car in the staff car park last week, awful", False),
    ("parents should take their complaints to the office, not Facebook", False),
    ("someone should do her windows, they're filthy", False),
])
def test_a_call_to_go_there_or_damage_it(text, called):
    assert bool(rules.incitement(text)) == called


@pytest.mark.parametrize("text,priority", [
    ("For anyone who'd rather ask him in person, Mr Whitaker's on Beech Close, the house with the camper van on the drive.",
     "urgent"),
    ("Mr Whitaker lives on Orchard Close, number 14. Maybe parents should take their complaints round there.", "urgent"),
    ("Mr Whitaker lives on Orchard Close, number 14, he moved in last year", "high"),
])
def test_where_he_lives_with_a_call_to_go_there(text, priority):
    assert decide(text, TOM, DOXXED).priority == priority


# A pupil's exam dread laughed at is the DSL's at high, not a 999 call; the same words without the laugh are.
@pytest.mark.parametrize("text,priority", [
    ("if i fail the maths mock tmrw im actually killing myself 💀💀 hba mocks are a joke", "high"),
    ("if i fail the maths mock tmrw im killing myself. nobody would even notice", "urgent"),
    ("im killing myself tonight lol nobody cares", "urgent"),
    ("if i fail the mocks tmrw im killing myself 💀 not even joking i wrote the note last night", "urgent"),
    # probe52's farewells: a goodbye sent through others, the tablets already taken, "unaliving tonight".
    ("sorry for being a burden to everyone. i really did try. tell 11M i said bye and that its not their fault", "urgent"),
    ("pls dont message me. ive already taken them. sorry for being a burden. hba was the only place i felt normal", "urgent"),
    ("wont be at the english mock today so dont worry abt me failing it lol. unaliving tonight fr this time", "urgent"),
    # A third review's: exam dread laughed at once, then meant; a goodbye said already; letters written.
    ("everyone at hba laughed 😂 when i said if i fail the mocks id kill myself. well i failed. im at the canal now. bye x",
     "urgent"),
    ("if i fail the mocks at hba tmrw im killing myself lol. ive already taken them", "urgent"),
    ("if i fail mr whitakers test tomorrow im taking all my mums paracetamol 💀 already counted them out", "urgent"),
    ("if i fail my gcse resit at hba tomorrow thats it im done. said goodbye to everyone already lol love u all", "urgent"),
    ("sorry for being a burden. i cant go back to hba period 3. the blade is out of my sharpener and im in the toilets",
     "urgent"),
    # Adults' apologies and a broken sharpener, laughed about, are nobody's crisis.
    ("Sorry for being a burden this week with all the HBA lifts Jo! Already taken them back to the library btw x", "digest"),
    ("Sorry for being a burden lately everyone, chemo is knocking me about. Tell Kev I said bye, he's been a star", "digest"),
    ("Took the blade out of my sharpener today to cut the card for my DT model, Mr Doyle not impressed 😂", "digest"),
    ("if a car took me out on the HBA school run this morning i'd thank it. three kids, no coffee, no PE kit 😂", "digest"),
    # ...and a wish to be hit by a car, no plan in it: the DSL's today.
    ("honestly if a car took me out on marlow road tmrw id be ok with it. nobody at hollowbrook would even notice", "high"),
])
def test_exam_dread(text, priority):
    assert decide(text, SCHOOL_ONLY, CALM).priority == priority


@pytest.mark.parametrize("text,self_harm", [
    ("the blade from my sharpener knows more about me than my form tutor does", True),
    ("sorry for being a burden to u all, tell my mum i love her", True),
    # An adult's "I'm such a burden on my husband since my knee op" is no sign (a review's): only the apology to all.
    ("I'm such a burden to everyone at home", False),
    ("the homework is such a burden on families over Christmas", False),
    ("Sorry for being such a burden on the office ladies this week with all my emails about the trip money 😂", False),
    ("Year 2 took the blade out of a sharpener and cut his finger on it at wet play", False),
    ("lost my sharpener, can anyone lend me one for the maths mock", False),
])
def test_self_harm_in_a_pupils_words(text, self_harm):
    assert any(f.rule == "self_harm" for f in rules.child_at_risk(text)) == self_harm


@pytest.mark.parametrize("text,grooming", [
    ("Nobody offered my kids a chapel. I've emailed the head twice this week", False),
    ("a man in a white van offered the year 8 girls a lift outside the gates", True),
])
def test_what_nobody_offered(text, grooming):
    assert any(f.rule == "grooming" for f in rules.child_at_risk(text)) == grooming


@pytest.mark.parametrize("text,series", [
    ("Part 2 of my complaint: the sensory audit the SENCO keeps quoting was a tick box form", False),
    ("part 3 of my story: the year i got bullied at hollowbrook", False),
    ("Day 12 of my story: still sat outside Whitaker's house every night", True),
    ("Part 7 of my 'Ms Marsh Files' going up on TikTok tonight", True),
    ("Day 14 of asking why Helen Marsh is still allowed near children", True),
])
def test_a_complaint_in_parts_is_no_campaign(text, series):
    assert bool(rules.persistence(text)) == series


@pytest.mark.parametrize("text,slur", [
    ("Three weeks my son has been called a p*ki in the corridor and the head's answer is a restorative conversation", False),
    ("my daughter keeps getting called a p*ki at lunch", False),
    ("the new deputy is a p*ki", True),
    ("My lad says he got called a f*ggot by Mr Lloyd in front of the whole PE class. A teacher!!", True),
    ("If Patel doesn't like getting called a p*ki she can find another school to run", True),
])
def test_a_slur_told_of_by_the_one_it_was_aimed_at(text, slur):
    assert bool(rules.slurs(text)) == slur


@pytest.mark.parametrize("text,hate", [
    ("the gypsy family that moved into the flats have got 3 kids starting at Hollowbrook. Lock your sheds", True),
    ("all them r0ma kids at h0llowbrook shud be put on the next bus bak, thievin lot", True),
    ("maybe learn english before you start moaning about our schools love", True),
    ("nw0su g0 h0me. h0ll0br00k d0nt want ur s0rt", True),
    ("only got the job to tick a box. place is overrun with his sort now", True),
    # A traveller family welcomed, a language class, a sort of biscuit, a sorting hat.
    ("the traveller family at Hollowbrook ran the best stall at the fair, lovely kids", False),
    ("Learn English before you go to Spain? I did a Spanish course instead", False),
    ("we don't want your sort of nonsense at the PTA meeting, Kev 😂", False),
    # A review's: the Range Rover mums' car park, a buggy, a letter's spelling, a traveller-hater reported.
    ("Hollowbrook car park's overrun with their lot again at pick up, the Range Rover mums", False),
    ("HBA car park is full of your sort every morning, Range Rover mums parked on the zigzags 🙄", False),
    ("Don't want your kind words Mrs Okafor, I want my son's bully dealt with", False),
    ("the traveller families have moved onto the field behind HBA. Lock your sheds and keep an eye on your cars. Vile lot.",
     True),
    ("Roma kids starting at Hollowbrook in September, my neighbour says they are all thieving, keep an eye on your bikes",
     True),
    ("Just bought the cheap buggy, the fold is a nightmare, don't want that kind again 🙄", False),
    ("Whitaker's letter home had 4 spelling mistakes. Learn english before you start moaning about my son's spelling", False),
    ("Disgusting that a parent in the year 4 WhatsApp said the traveller families starting at Hollowbrook are all "
     "thieving. Screenshotted and sent to the head", False),
])
def test_hate_in_everyday_words(text, hate):
    assert bool(rules.hate_phrases(text)) == hate


# A threat quoted, rebuked and sent to the school stays live: the read sets' writers paged or raised four of five
# such posts ("Someone in the parents chat posted 'Marsh deserves a brick through her window' ... not OK"), so round
# 52's one digest ("...deserves a good beating ... do not pile on") does not outweigh them. A group admin's clear-up,
# quoting what was deleted "since 6am", is told of.
def test_a_quoted_threat_rebuked():
    sent = ('Someone in here wrote "Nwosu deserves a good beating" last night. Screenshot it and send it to the school '
            "if you want, but do not pile on and do not repeat it. He doesn't deserve that. Nobody does.")
    assert rules.live_warning(sent)
    admin = ("ADMIN. I've deleted over 40 comments since 6am. Home addresses, 'someone should sort him out' - NO. "
             "Next one is an instant ban.")
    assert rules.reported_speech(admin) and not rules.live_warning(admin)


def test_a_screenshot_of_a_farewell_nobody_can_answer():
    text = ("screenshot from my daughter's Y8 girls group chat, sent 20 mins ago: [lils: 'im done with everything. "
            "today's the day. sorry for being a burden to u all'] nobody can get hold of her")
    assert rules.relayed_farewell(text)
    # ...not a leavers' day's goodbye with the phone dead at prom (a review's).
    assert not rules.relayed_farewell("Leavers day! my son just messaged the year 11 group ['goodbye everyone, HBA its been "
                                      "emotional'] and nobody can get hold of him now, phone died at prom")


@pytest.mark.parametrize("text,sar", [
    ("hello i ask 3 times in office for the papers school write about my children Marius and Elena. nobody give me", True),
    ("the papers the school sent home about the trip are wrong", False),
    ("Loved reading all the things the teachers write about my children in their end of year reports 🥰", False),
    ("Thank you HBA for the papers the school wrote about my son for his EHCP", False),
    ("Still have all the papers the school wrote about my kids in reception, little certificates 🥹", False),
    ("i ask 3 time in HBA office for the paper the school write about my son", True),
])
def test_a_data_request_in_plain_words(text, sar):
    assert bool(rules.subject_access_request(text)) == sar


@pytest.mark.parametrize("text,known", [
    ("I'm at your gates every morning, I'm at the leisure centre when you swim on Tuesdays. You can't hide forever.", True),
    ("I'm at the leisure centre most mornings, the pool is lovely", False),
    ("Miss Marsh! I'm always at the pool when you swim with the Year 4s on a Tuesday, the kids love having you there", False),
    ("Mr Whitaker I'm at the gates every day when you drop the Year 6s off and I'm still waiting for an answer", False),
    ("Mrs Patel I'm always at the leisure centre when you swim with the Year 4s, honestly can't hide how proud I am", False),
])
def test_the_author_where_she_spends_her_own_time(text, known):
    assert any(f.rule == "routine_known" for f in rules.routine(text)) == known


# "Just so everyone knows" beside a home stays high, not a page: probe52's writer paged one, but across the read sets
# the writers split 13 to 9 on it, and round 14's five of six called it high (test_triage_abuse.py).
def test_a_knowing_hand_over_stays_doxxing():
    assert not rules.routine_cue("Gaz Lloyd lives on Orchard Close, silver Focus, AB19 something. Just so everyone knows.")


# An exam faced "if I survive", a match's kick-off, a present for a teacher: the model reads threats in all three.
@pytest.mark.parametrize("text,hyper", [
    ("hba mocks start monday. see u on the other side (if i survive) 🫡", True),
    ("see you on the other side, Whitaker. Monday.", False),
    ("Mr Lloyd after the exams on friday its me and you behind the sports hall. see u on the other side", False),
    ("Nwosu, results day thursday. if I survive it, you won't.", False),
])
def test_an_exam_survived(text, hyper):
    assert bool(rules.hyperbole(text)) == hyper


# A match's kick-off, a present for a teacher: the model reads threats in both.
@pytest.mark.parametrize("text,idiom", [
    ("Gaz said be there 9.30 for warm up, kick off 10", True),
    ("its gonna kick off at 3.15 at the gates", False),
    ("kick off 3.30 behind the Co-op, hollowbrook year 10 v year 11, everyone come 🥊", False),
    ("kick off 4pm on the HBA field after training. year 10 v year 11. no teachers. whoever loses gets battered", False),
])
def test_a_kick_off_time(text, idiom):
    assert (rules.strip_idioms(text) != text) == idiom


@pytest.mark.parametrize("text,errand", [
    ("get her one of them mugs that says i'm silently correcting your grammar. she'd lowkey love it", True),
    ("get her one of them slaps she deserves", False),
    ("Buy him a sympathy card lads, Whitaker's going to need it by the time I'm finished with him", False),
    ("Get him some flowers lads, he'll be needing them in hospital when I've finished with Whitaker", False),
    ("Getting him a bottle of something for the end of term - straight over Whitaker's head when he walks out", False),
])
def test_a_present_for_a_teacher(text, errand):
    assert bool(rules.errand(text, staff_named=True)) == errand


# An adult's secret meeting with a child stays the DSL's at high, with the police: round 31 tried paging it ("i should
# meet him at the mill lane rec saturday at 2 and not tell my mum. im in yr7", round 52's one urgent) and dropped it:
# the read sets' writers called a dozen such posts high, not urgent.
@pytest.mark.parametrize("text", [
    "this adult on the minecraft server asked me what school i go to. he said i should meet him at the mill lane rec "
    "saturday at 2 and not tell my mum. im in yr7",
    "this guy off snap says hes 16 but he wants me to meet him at hexley tesco after school on fri n not tell my mum",
])
def test_a_secret_meeting_with_a_child(text):
    d = decide(text, SCHOOL_ONLY, CALM)
    assert (d.priority, "report_police" in d.actions) == ("high", True), d


# A goodbye beside words that say the writer will not be back is a farewell, its own moment: "this is the last thing
# ill post. sorry mum" (a read-set post held at high for rounds). Round 31 also tried "love u 9M bye", "said bye to
# my cat", "not going back thursday or ever", "not coming back this time", "mark me absent forever": a fifth review
# paged sixteen leavers, movers and pets with them, so they were dropped.
@pytest.mark.parametrize("text,final", [
    ("everyones seen it now. i cant walk into hollowbrook tomorrow. this is the last thing ill post. sorry mum. sorry lils",
     True),
    ("im sorry. this is the last thing ill post. tell 9M bye", True),
    ("last day of term!! not going back till january or ever if i had my way 😂 love u 9M bye x", False),
    ("officially left hollowbrook. got into hexley college. not going back thursday or ever. love u 11C bye", False),
    ("said goodbye to my dog today, the vet put him to sleep. not coming back this time 😢", False),
    ("server closes tonight. this is the last thing ill post. sorry to the people who actually helped mods x", False),
    ("mark me absent forever, got the apprenticeship at the garage. bye everyone at hba", False),
])
def test_farewells_the_read_sets_held(text, final):
    assert bool(rules.final_farewell(rules.plain_spelling(text))) == final
