"""What round 58's writers (and threads36's) showed: a threat taken for a report, a call to hurt a child named with
her class and her estate, staff on duty read as a threat, blame read as one: tables a DSL can read. Beside each, a
post that shares its words and must still be read the old way."""
from __future__ import annotations

import pytest

from monitor.ingest.cues import class_code
from monitor.judge import rules
from test_triage import SCHOOL_ONLY, decide
from tests.test_matching_phenomena import GL, HM, PP, grades

THREAT_READ = {"abuse": 0.2, "hate": 0.01, "threat": 0.95, "negative": 0.6, "positive": 0.3}
CALM_READ = {"abuse": 0.02, "hate": 0.01, "threat": 0.02, "negative": 0.2, "positive": 0.4}
ANGRY_READ = {"abuse": 0.6, "hate": 0.01, "threat": 0.2, "negative": 0.9, "positive": 0.05}


# Whether a post reports or condemns someone else's threat (the author's own words then count alone).
REPORTED = [
    # The author's own veiled threat: "someone put the windows in" is no one's words put online.
    ("the khans with that shop on marlow road. be a real shame if someone put the windows in one night wouldnt it. just saying", False),
    # A police line quoted to be laughed at, before the author's own plan.
    ("'No ongoing risk'. Yeah right. Me and my brothers will be at that back gate at 3 tomorrow", False),
    # ...still reports: words put online, a police line quoted plainly.
    ("someone put 'watch your back whitaker' on the hba page, disgusting", True),
    ("someone put a comment on facebook about stabbing the head. reported it", True),
    ("someone's put 'OKAFOR OUT' on the HBA sign, vile", True),
    # ...but not a threat still to come that someone has put up ("the drill thurs", threads28's).
    ("@hollowbrookacad someone's put 'bringin sum special 4 the drill thurs' with a gun emoji, please look at this", False),
    # ...not the author's own, however dressed (a review's): a hypothetical, scare quotes.
    ("if someone put 'RIP' on whitakers car tonight it'd be deserved", False),
    ("someone put whitaker in 'hospital' once. could happen again 😉", False),
    # ...and a report laughed at only where it holds no violence, and a laugh that approves is no disbelief.
    ("'Man arrested after threatening to stab Hexley teacher' 😂😂 good, lock him up", True),
    # ...and a police line in scare quotes inside the author's own sentence is no report (probe67's, read after it was
    # measured); one said or stated is.
    ("Someone should go up that school and give Okafor a taste of what Monday felt like. Then we'll see how 'no ongoing "
     "risk' she feels.", False),
    ("The school says \"no ongoing risk\" and I believe them", True),
    ("Police said there was 'no ongoing risk' to pupils at the school", True),
]


@pytest.mark.parametrize("text,reported", REPORTED)
def test_a_report_or_the_authors_own(text, reported):
    assert bool(rules.reported_speech(text)) == reported


# "Kill all the X" of a group of people, however spelt -> whether the threat rules find a threat.
KILL_ALL = [
    ("k1ll all the p4k1s at hba, they ruin every lobby", True),
    ("kill all the muslims at hollowbrook", True),
    ("kill all the teachers at hba", True),
    ("Someone needs to kill all the pakis at that school", True),
    # ...not a game's, nor words echoed to condemn or report them (a review's).
    ("kill all the zombies on wave 20 then we can go to the shop", False),
    ("Kill all the muslims? Are you actually serious? Reported, vile.", False),
    ("KILL ALL THE PAKIS sprayed on the wall by HBA overnight. sickening", False),
]


@pytest.mark.parametrize("text,threat", KILL_ALL)
def test_kill_all_of_a_people(text, threat):
    assert bool(rules.threat_phrases(rules.plain_spelling(text))) == threat


# A class code placed after a child's name -> the code, where the post names no school.
CODES = [
    ("this is the kid who grassed. Ryan O'Neill 9K, lives on Hexmoor estate by the garages", "9K"),
    ("Leo 8T is a tramp, pass it on", "8T"),
    # ...not a flat, a gate or a seat.
    ("Flat 9B has been empty for months", None),
    ("Gate 4A is closed, use Gate 4B", None),
    ("someone nicked my lads Pixel 7A, whoever did it im gonna find u", None),
    ("Ryan O'Neill (9K) got jumped again", "9K"),
]


@pytest.mark.parametrize("text,code", CODES)
def test_a_child_then_their_class(text, code):
    assert class_code(text) == code


# A child named with where they live and readers told to do what they like with it -> priority (a possible match
# caps it at high, for the DSL; named with the school, urgent).
@pytest.mark.parametrize("text,scores,priority", [
    ("this is the kid who grassed on the fight at hba. Ryan O'Neill 9K, lives on Hexmoor estate by the garages. "
     "do what u want with that 🤷", ANGRY_READ, "urgent"),
    # ...not a child named with their street for a lost coat.
    ("Ryan O'Neill 9K lives on Hexmoor estate, his coat was left at hba, can someone drop it round", CALM_READ, "digest"),
    ("Tyler Brooks 8M, lives on Marlow Road, selling his old PS4 from hba lol, do what you want with that", CALM_READ, "digest"),
])
def test_a_child_set_upon(text, scores, priority):
    assert decide(text, SCHOOL_ONLY, scores).priority == priority


# Staff on duty, as the office tells it, and blame -> whether the head is paged on the model's threat score alone
# (short of sure, as the model read blame in threads36).
@pytest.mark.parametrize("text,pages", [
    ("Office have rung round. Mrs Okafor and Mr Whitaker will both be on the Marlow Road gate tomorrow and there'll be "
     "a letter. Can we please just keep it civil for the kids' sake", False),
    ("this is what happens when teachers like Whitaker grind kids down. blood on his hands if anything's happened", False),
    # ...but not where the author will be there too.
    ("Mr Whitaker will be on the gate tomorrow at 3. So will I.", True),
    ("Whitaker will be on the gate tomorrow. I'll be waiting.", True),
    ("Mr Whitaker will be on the gate tomorrow. so will my brothers", True),
    ("Heard Mr Whitaker will be on the back gate friday. Perfect. 😈", True),
    ("Mr Whitaker is on the gate tomorrow so please have your permission slips ready", False),
    # probe69's book bag, read after it was measured.
    ("Spare book bag for hba? I'll be at the gate from 2.50 if you want to grab it off me x", False),
])
def test_duty_and_blame(text, pages):
    assert (decide(text, ("school", "staff:tom-whitaker"), {**THREAT_READ, "threat": 0.85}).priority == "urgent") == pages


# A bare surname beside a lesson or its homework -> the member of staff's grade.
@pytest.mark.parametrize("text,target,grade", [
    ("marsh took my switch in english lesson n said i get it back FRIDAY", HM, "likely"),
    # ...not a language spoken, nor hot water (a review's).
    ("marsh took my order in french and laughed", HM, "possible"),
    ("Mr Whitaker the plumber fixed our hw cylinder", "staff:tom-whitaker", "possible"),
    ("has anyone done the marsh macbeth hw?? is it the essay or the quote thing", HM, "likely"),
    # ...not a marsh in a walk, or English as a language.
    ("walked the dog round the marsh this morning, english weather at its finest", HM, "possible"),
    ("Mrs Patel said it in english so everyone understood", PP, "likely"),
    ("gaz lloyd scored twice on sunday for the vets", GL, "possible"),
])
def test_a_lesson_is_school_life(text, target, grade):
    assert grades(text).get(target) == grade


# "Blood on their hands" is blame, and blanked before the threat rules read a post; not beside what the author will do.
@pytest.mark.parametrize("text,blame", [
    ("this is what happens when teachers like Marsh grind kids down. blood on her hands if anything's happened", True),
    ("blood on the council's hands when a kid gets hit on that crossing", True),
    ("Blood on Okafor’s hands. Shameful.", True),
    ("Whitaker has blood on his hands and he'll pay for it", False),
    ("Okafor has blood on her hands. she wont see christmas", False),
])
def test_blood_on_their_hands(text, blame):
    assert (rules.strip_idioms(text, intensifiers=False) != text) == blame


REPLY = "\nIn reply to: "
GROUP = "Facebook · HBA Secondary Parents Y7-11"


# A post in a parents' group named for the school, and a reply that leaves the thread: (post, context) -> the grades.
@pytest.mark.parametrize("text,context,expected", [
    ("LOST CAT 😿 Biscuit, ginger tom, went missing Sunday night from the Co-op end. Please check sheds",
     "Facebook · Hollowbrook Year 5 Parents", {"school": "possible"}),
    ("Anyone recommend a decent xmas tree place?", GROUP, {"school": "possible"}),
    ("B&Q had nordmanns for £30 yesterday", GROUP + REPLY + "Anyone recommend a decent xmas tree place?", {"school": "possible"}),
    # ...not harm, nor the school's business in other words, nor a post that is no plain chatter (a review's).
    ("someone should batter him, hes a disgrace", GROUP, {"school": "likely"}),
    ("they never answer the phone 🙄 rang 6 times this morning", GROUP, {"school": "likely"}),
    ("is it a half day friday?", GROUP, {"school": "likely"}),
    ("Sorry to hijack but there was a man in a grey van filming the children through the railings this morning",
     "Facebook · Hollowbrook Year 5 Parents" + REPLY + "Reminder: PE kits Thursday", {"school": "likely"}),
    ("Off topic but I'm going to batter him when I see him",
     GROUP + REPLY + "Mr Whitaker gave my son a detention for breathing", {"school": "likely", "staff:tom-whitaker": "likely"}),
    ("Not school related but anyone know a good plumber?", GROUP + REPLY + "PE kits Thursday", {"school": "possible"}),
    # ...the school's day in the post's own words keeps it ours, and a story about the school is no group's chatter.
    ("Is it non uniform day on friday?", GROUP, {"school": "likely"}),
    ("he shouted at my son again today", GROUP, {"school": "likely"}),
    ("Well done to all the staff, brilliant news", "Facebook comments: Hexley Gazette 'Hollowbrook Academy rated Good by Ofsted'",
     {"school": "sure"}),
    # A reply off the thread's subject is read alone; one that names our staff is not.
    ("Off topic sorry but Hexley Tesco has the big tubs of Celebrations for £4",
     "WhatsApp: group '5W mums'" + REPLY + "Mr Whitaker was brilliant at the nativity", {}),
    ("Sorry to hijack, but is anyone else worried about what Mr Whitaker said to the girls?",
     "WhatsApp: group '5W mums'" + REPLY + "lost a jumper", {"staff:tom-whitaker": "likely"}),
])
def test_a_group_and_its_chatter(text, context, expected):
    assert grades(text, context) == expected


# A question or plea put without "the", as in a second language, names no other school (round 58's families).
@pytest.mark.parametrize("text,expected", [
    ("Why the school dinner menu say 'halal option' but my daughter tell me the dinner lady serve it with same tongs. "
     "Please school answer me.", {"school": "likely"}),
    ("PE teacher told my daughter to take off her headscarf for swimming. Why school not know this?", {"school": "likely", GL: "likely"}),
    # ...another school's name after the same words is still another school.
    ("Why Greenfield High is better for my daughter I do not understand", {}),
])
def test_a_plea_without_the(text, expected):
    assert grades(text, "Hexley Parents Chat", local=True) == expected


# A campaign "coming for her job" is no threat; coming for her is.
@pytest.mark.parametrize("text,threat", [
    ("We're screenshotting every kid she's upset and we're coming for her job. #marshout", False),
    ("we know where marsh lives and we're coming for her", True),
    ("I'm coming for her job and her family", True),
])
def test_coming_for_her_job(text, threat):
    assert bool(rules.threat_phrases(text)) == threat


# A child's movements or home posted with menace, and a group attack on a pupil (probe68's, read after it was measured)
# -> priority; beside them a parent asking whether the same walk is safe.
@pytest.mark.parametrize("text,priority", [
    ("PSA the kid who nicked my bike was wearing an HBA blazer. He walks past the garages on Orchard Way on his own about "
     "4pm most days. Just saying.", "urgent"),
    ("that kid in the pic is 100% Tommy Reilly 10S from hba. lives fairfield estate. he deserves whats coming tbh", "urgent"),
    ("me n the boys are jumping that yr8 kid ashton from hba at the rec on mill lane after school fri", "urgent"),
    ("my lad at hba walks past the garages on Orchard Way on his own about 4pm most days, is that safe do you think?", "digest"),
])
def test_a_child_found_and_threatened(text, priority):
    assert decide(text, SCHOOL_ONLY, ANGRY_READ).priority == priority


NEWS = "Hexley Gazette 'Hollowbrook Academy head on the radio'" + REPLY + "Hollowbrook Academy head Sarah Okafor and Tom Whitaker spoke"


# A reply about a namesake under our thread, and a mix-up set straight towards us -> the member of staff's grade.
@pytest.mark.parametrize("text,target,grade", [
    ("Tom Whitaker?? as in Tom Whitaker off the Cold Files podcast??", "staff:tom-whitaker", "possible"),
    ("Wrong Priya Patel mate. The Tesla belongs to the Priya Patel who's the dentist on the high street", PP, "possible"),
    ("Is this the Sarah Okafor KC off that Channel 4 programme?", "staff:sarah-okafor", "possible"),
    ("Wrong Tom Whitaker, I meant Mr Whitaker in the maths department", "staff:tom-whitaker", "sure"),
    ("No it's not the Sarah Okafor KC, it's our head, she's been on the radio", "staff:sarah-okafor", "sure"),
    ("Different Sarah Okafor Dawn, ours is the headteacher", "staff:sarah-okafor", "sure"),
])
def test_a_namesake_or_ours(text, target, grade):
    assert grades(text, NEWS).get(target) == grade


# A child's goodbye told in the teller's own words, the means beside it, and the teller unable to reach anyone
# (probe66's, read after it was measured) -> whether it is an alarm raised.
@pytest.mark.parametrize("text,alarm", [
    ("my daughter just showed me a message from a girl in her form saying she's not coming in, she's got her mums "
     "tablets and she's doing it today, this is goodbye. I don't have her mums number", True),
    ("my daughter said she's got her mums tablets in her bag for the trip, she's doing it today, I don't know what to do "
     "about the form", False),
    # Round 58's stranger on the footbridge: the boy's words quoted, the railway, 101 rung.
    ("there was a lad stood on the railway footbridge off Station Lane, just staring down at the line. he said 'won't matter "
     "after tonight anyway' and walked off. I rang 101", True),
])
def test_a_goodbye_told_in_other_words(text, alarm):
    assert bool(rules.alarm_raised(text)) == alarm


# Found, or not yet found -> whether the child is said to be safe now.
@pytest.mark.parametrize("text,safe", [
    ("Police found him at his nan's, thank you all", True),
    ("I rang 101 and they sent someone but I don't know if they found him", False),
])
def test_found_or_not(text, safe):
    from monitor.judge.children import _SAFE_NOW
    assert bool(_SAFE_NOW.search(text)) == safe


# A threat rebuked and sent to the school: the threat is the one to act on, not this post; sent to the police as well,
# the DSL's today (a read-set writer's high).
@pytest.mark.parametrize("text,priority", [
    ("Darren you can't put 'he won't be walking out the same way he walked in' about a teacher on the Gazette page. "
     "Someone's already screenshotted it and sent it to the school.", "digest"),
    ("to whoever posted 'someone should shoot up HBA' in the roblox group last night: NOT funny. ive screenshotted it and "
     "sent it to the school and the police. grow up", "high"),
])
def test_a_threat_rebuked_and_sent_on(text, priority):
    assert decide(text, SCHOOL_ONLY, THREAT_READ).priority == priority
