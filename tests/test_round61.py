"""What round 61's writers (and threads39's, quiet61's) showed: a witness warned, a place picked where no camera sees, a
child taking a danger to a teacher, a drill announced, a shout at a brother told of, self-harm said sideways, the far
right's words at the gates: tables a DSL can read. Beside each, a post that shares its words and must still be read the
old way."""
from __future__ import annotations

import pytest

from monitor.judge import rules
from test_triage import SCHOOL_ONLY, TOM, decide
from tests.test_matching_phenomena import grades

CALM = {"abuse": 0.02, "hate": 0.01, "threat": 0.02, "negative": 0.2, "positive": 0.4}
HOSTILE = {"abuse": 0.4, "hate": 0.01, "threat": 0.6, "negative": 0.9, "positive": 0.02}
THREAT_READ = {"abuse": 0.4, "hate": 0.01, "threat": 0.92, "negative": 0.9, "positive": 0.02}
LOW = {"abuse": 0.02, "hate": 0.01, "threat": 0.02, "negative": 0.6, "positive": 0.1}


# A witness warned, a place with no camera, a brick for a window, a visit at night -> whether the threat rules find a threat.
@pytest.mark.parametrize("text,threat", [
    ("no one asked amelia. snitches get the same treatment 🤫", True),
    ("LMAOOO do it bro. get him in the changing rooms no cameras in there", True),
    ("bring eggs n a brick for the van window 😂", True),
    ("oh perfect 😈 friday night me n the boys are paying his gnomes a visit. and his van", True),
    # ...not a ball through a window last night, the changing rooms' policy, a visit to a nan.
    ("a football went through the van window at the rec last night, whose is it", False),
    ("the changing rooms have no cameras in there which is right, its the law", False),
    ("we're paying nan a visit friday night", False),
    # People who get stabbed, said to stop a boast; a complaint's next stage; a board game; a podcast on a shooting.
    ("reece stop. its not funny ppl actually get stabbed", False),
    ("Still no reply. On to stage 2 now. Governors, I'm coming for you (in writing, calm down lol)", False),
    ("Last time it was Mrs White in the conservatory with the candlestick and my 8yo still hasnt got over it", False),
    ("Has anyone listened to the series on the Millbrook school shooting? Episode 4 wrecked me.", False),
    # ...but a threat in the same words still is one.
    ("ur getting stabbed tmrw reece", True),
    ("Governors, I'm coming for you. you wont see it coming", True),
    ("gonna do a school shooting at hba like the podcast", True),
    # A threat buried in a long post, made on a condition; not a show and tell.
    ("And honestly if they restrain him again I'll bring something into that school and make them feel what it's like.", True),
    ("ill bring something in for show and tell and make them jealous lol", False),
])
def test_threats_and_their_look_alikes(text, threat):
    assert bool(rules.threat_phrases(text)) == threat


# A home hushed about in two emoji -> whether the head is paged; not a surprise party kept quiet.
@pytest.mark.parametrize("text,pages", [
    ("mr w 🤫🏠", True),
    ("surprise party for mr whitaker saturday 🤫🏡 dont tell him!!", False),
])
def test_a_home_hushed_about(text, pages):
    assert (decide(text, TOM, HOSTILE).priority == "urgent") == pages


# A child or a parent raising the alarm, a drill announced, a shout told of, a trip's start -> priority, DSL.
@pytest.mark.parametrize("text,priority,dsl", [
    ("u lot are so dumb someone's gonna end up stabbed over a greenfield girl at hollowbrook. im telling mr lloyd at break", "high", True),
    ("EM NO. where are u?? im going to ms marsh right now", "high", True),
    ("the 🔪 post about hollowbrook has been reported, pls DON'T share it 🙏", "digest", False),
    ("heads up fire drill at hollowbrook tmrw 10:15 apparently so dont freak when the alarm goes in p2", "digest", False),
    ("Mine shouted I'M GOING TO END YOU at his brother over breakfast, hollowbrook mums is this normal 🙄", "digest", False),
    ("TRIP TMRW!!! hollowbrook coach leaves 7.45 dont be late or mr lloyd WILL leave u", "digest", False),
    ("Is it normal for siblings to scream 'I HOPE YOU DIE' at each other over a HAIRBRUSH?? both at HBA 🙃 send wine", "digest", False),
    ("6.15?? on a MONDAY?? I will be dead. someone bring me a coffee at the back gate x", "digest", False),
    # ...but a visit to a teacher's house, a drill said to be real next time, a shout at a teacher, still page.
    ("im going to mr lloyd's house tonight, hollowbrook will see", "urgent", True),
    ("hollowbrook fire drill tmrw 10:15. next time it wont be a drill", "urgent", True),
    ("my son shouted at the teacher at hollowbrook that he will stab her tomorrow", "urgent", True),
])
def test_the_alarm_raised(text, priority, dsl):
    d = decide(text, SCHOOL_ONLY, THREAT_READ)
    assert (d.priority, "dsl_review" in d.actions) == (priority, dsl)


# Self-harm said sideways -> priority, a 999 call.
@pytest.mark.parametrize("text,priority,call", [
    ("nah. wont need to hand it in. ive been saving my mums tablets, doing it after school today. love u all x", "urgent", True),
    ("how many paracetamol is too many asking for a friend 🙃 hollowbrook", "high", False),
    ("still do the thing with the compass. legs only so no one sees. student support at hollowbrook gave me a fidget cube", "high", False),
    ("cant do this anymore 🩸🥀 hollowbrook toilets again", "high", False),
    # ...not a dose for a toddler.
    ("how many calpol is too many for a 3 year old, hollowbrook mums? hes got a temp", "digest", False),
    ("how many paracetamol is too many for my little one, hollowbrook mums", "digest", False),
])
def test_self_harm_said_sideways(text, priority, call):
    d = decide(text, SCHOOL_ONLY, LOW)
    assert (d.priority, "call_999" in d.actions) == (priority, call)


# The far right at the gates -> whether the hate rules find hate; not a parent who quotes a word in fear.
@pytest.mark.parametrize("text,hate", [
    ("🏳️‍🌈 at a PRIMARY school?? groomers the lot of em #hba", True),
    ("the catchment is 60% you-know-who and they don't integrate. Replace the population, you replace the values.", True),
    ("every time i drive past hollowbrook at home time its like being in kabul. england is finished", True),
    ("Patel. Course it is. They drive like they run their corner shops", True),
    ("the SENCO only got that job cos he's black, its all quotas now", True),
    ("I rang Prevent about my own son. In 6 months he's gone from Minecraft to 'remigration'", False),
    ("it's like being in Spain at pickup today, 28 degrees", False),
    ("she got the job because she's brilliant, the kids love her", False),
])
def test_the_far_right_at_the_gates(text, hate):
    assert bool(rules.hate_phrases(text)) == hate


# A car and a weekly time with "noted" -> whether the head is paged; a lift offered is no menace.
@pytest.mark.parametrize("text,pages", [
    ("whitakers black golf 🚗 outside the rec every sat morning 👀 noted", True),
    ("Mr Whitaker's black golf is outside the rec every sat morning, he coaches the under 9s. noted for anyone wanting a lift", False),
])
def test_a_routine_noted(text, pages):
    assert (decide(text, TOM, CALM).priority == "urgent") == pages


# An account named bare in a post's context, its words cut at the underscore -> who it is about.
@pytest.mark.parametrize("text,context,expected", [
    ("noted 🔑 last day of term the fiat's getting it", "Comment on hba_confessions #219 (teacher car tier list)", {"school": "likely"}),
    ("booked the pitch for the under 9s Sunday", "mr_w_3g", {}),
])
def test_an_account_named_bare(text, context, expected):
    assert grades(text, context) == expected


# Words quoted to rebuke them are not the writer's threat.
def test_a_reprisal_quoted_is_no_threat():
    assert rules.threat_phrases("u lot are gonna get arrested. 'paying his gnomes a visit' on a public server. actually thick") == ()


# A threat quoted and put down to whoever sent it -> whether the head is paged.
@pytest.mark.parametrize("text,pages", [
    ("'see u at the gates x' is what some coward sent the head at hollowbrook. disgusting. hope the police find you", False),
    ("'see u at the gates x' hollowbrook head. thats what i'll send her", True),
])
def test_a_threat_put_down_to_its_sender(text, pages):
    assert (decide(text, SCHOOL_ONLY, HOSTILE).priority == "urgent") == pages


# Read afterwards, round 39's probes -> whether the head is paged.
@pytest.mark.parametrize("text,scores,pages", [
    ("if marsh puts me in isolation one more time im bringing something in thursday and she'll find out. ask anyone", CALM, True),
    ("the yr 10s who put my video in the gc. tmrw. back gate after 5th. bringing my brothers. see who's laughing then", HOSTILE, True),
    ("lol 'friendly faces'. see you friday then 😘 we'll bring more than flowers", HOSTILE, True),
    # ...not a parent's idiom, PE's dread, cakes brought in.
    ("the boy needs expelling full stop. if that was my kid id be dragging him down marlow road by his ear", THREAT_READ, False),
    ("gonna k!ll myself if lloyd makes us do the bleep test again 2day 😭😭 my lungs cannot", LOW, False),
    ("im bringing something in thursday for the bake sale and you'll see why the queue is long", CALM, False),
    # ...while the same dread said in earnest still pages.
    ("if they make me go back tmrw im ending it tonight 😭 i mean it", LOW, True),
])
def test_read_afterwards_the_probes(text, scores, pages):
    assert (decide(text, SCHOOL_ONLY, scores).priority == "urgent") == pages


# Review A's look-alikes -> whether the threat rules find a threat.
@pytest.mark.parametrize("text,threat", [
    ("do him where the cameras cant see, behind the sports hall", True),
    ("Get them in the hall by 9 no cameras please, its the nativity", False),
    ("Someone threw a brick through the HBA window at the weekend, glazier's been", False),
    ("The grass will get sorted next week", False),
    ("snitches get stitches 😂 jk love u bestie", False),
    ("listened to the podcast on the Millbrook school shooting. honestly hollowbrook is next. mark my words", True),
])
def test_review_a_threats(text, threat):
    assert bool(rules.threat_phrases(text)) == threat


# Review A's look-alikes -> whether the head is paged, the model reading a threat.
@pytest.mark.parametrize("text,pages", [
    ("im telling mr lloyd at break. if he doesnt sort it i will", True),
    ("he shouted ill kill the teacher at his sister and now hes gone out, hollowbrook", True),
    ("fire drill tmrw 10:15 at hollowbrook. when everyones lined up on the field thats when it happens", True),
])
def test_review_a_pages(text, pages):
    assert (decide(text, SCHOOL_ONLY, THREAT_READ).priority == "urgent") == pages


# Review B's look-alikes -> priority (the model reading the post low and sad).
@pytest.mark.parametrize("text,priority", [
    ("been saving my stepdads sleeping pills, nearly enough now. tonight maybe", "urgent"),
    ("how many co codamol would be too many asking for a friend", "high"),
    ("nosebleed AGAIN in maths, cant do this anymore 🩸🤧", "digest"),
    ("how many paracetamol is too many in 24 hours? raging toothache", "digest"),
    ("how to do the thing with the compass for the constructions homework", "digest"),
    ("tights on the legs so no one sees the ladders lol", "digest"),
    ("my mum saved my nans tablets from the flood", "digest"),
])
def test_review_b_self_harm(text, priority):
    assert decide(text, SCHOOL_ONLY, LOW).priority == priority


# Review B's look-alikes -> whether the hate rules find hate.
@pytest.mark.parametrize("text,hate", [
    ("might as well be in Pakistan at the gates", True),
    ("rainbow lanyards on every teacher now, groomers the lot of them", True),
    ("like being in Lagos again, miss our holiday in Portugal", False),
    ("Anyone who says he got the job cos he's black can jog on", False),
    ("they've run the corner shop on Hexley Road for 30 years, lovely couple", False),
    ("great replacement goalkeeper, saved two penalties", False),
    # Read at the round's end: one answered to his face, a placard reported.
    ("Craig no. You're saying he got the job because he's black and you know it. He got my daughter's EHCP through", False),
    ("Some protesters carried placards describing teachers as 'groomers' over the Pride display, one mother called it 'vile'", False),
    ("the pride display at hba, groomers the lot of them", True),
])
def test_review_b_hate(text, hate):
    assert bool(rules.hate_phrases(text)) == hate
