"""What round 63's writers (and threads41's, quiet63's) showed: a debt enforced with harm, a pupil who means to take
others with him, an overdose told as a goodbye, lads brought to see how brave she is; and the stories of school full
of killing (Macbeth, Duncan, Boudica), a parent's groan at another lost jumper, a pupil excluded for being jumped:
tables a DSL can read. Beside each, a post that shares its words and must still be read the old way."""
from __future__ import annotations

import pytest

from monitor.judge import rules
from monitor.ingest.matching import assess
from monitor.judge.rules import stories, tropes
from test_triage import SCHOOL_ONLY, TOM, decide
from tests.test_matching_phenomena import GL, S, SCHOOL, TW

CALM = {"abuse": 0.02, "hate": 0.01, "threat": 0.02, "negative": 0.2, "positive": 0.4}
HOSTILE = {"abuse": 0.4, "hate": 0.01, "threat": 0.6, "negative": 0.9, "positive": 0.02}
RUDE = {"abuse": 0.9, "hate": 0.01, "threat": 0.1, "negative": 0.9, "positive": 0.02}


# A debt or a deadline enforced with harm -> whether the threat rules find a threat (in any tone).
@pytest.mark.parametrize("text,threat", [
    ("@jj.hba_ u owe 400 n its been 2 wks. station lane after school tmrw or ur gettin wet. no more chances 🤫", True),
    ("telling him he has to do one more run to Leicester this weekend or his little sister 'gets it'", True),
    ("he has to clear what he owes or they'll do his knees", True),
    ("tell ur mate in year 9 he's got till friday. after that its his brother n his mum. we know the flat", True),
    ("people saying im threatening someone lol. im not threatening anyone. im promising.", True),
    # ...not the rain, a deadline for coursework, a promise kept, knees done in at netball.
    ("sports day tmrw, bring a coat or ur getting wet lol", False),
    ("you've got till friday to hand in the coursework, after that its a detention", False),
    ("im not threatening anyone, just asking the school to answer my email", False),
    ("done my knees in at netball again 😩", False),
])
def test_a_debt_enforced_with_harm(text, threat):
    assert bool(rules.threat_phrases(text)) == threat


# Others first, then the self -> paged; a footballer's "everyone will know my name" -> not.
@pytest.mark.parametrize("text,scores,pages", [
    ("ive had 4 years of them laughing. friday im ending it for them and then me. hollowbrook will remember my name", CALM, True),
    ("scored the winner for the u14s, everyone will know my name now ⚽", CALM, False),
])
def test_others_then_the_self(text, scores, pages):
    assert (decide(text, SCHOOL_ONLY, scores).priority == "urgent") == pages


# An overdose told as a goodbye -> 999 for the child; a tablet taken for a headache -> nothing.
@pytest.mark.parametrize("text,call", [
    ("im sorry. i cant do friday or any day. taking all of them tonight. tell everyone at hba it wasnt their fault", True),
    ("taking all of them tonight to the cinema for her birthday, tell everyone at hba thanks for the card", False),
])
def test_an_overdose_told_as_a_goodbye(text, call):
    assert ("call_999" in decide(text, SCHOOL_ONLY, CALM).actions) == call


# Violence inside a story, a play or a history lesson -> blanked before the threat rules read it; not beside a real meeting.
@pytest.mark.parametrize("text,blank", [
    ("My Y11 has stuck a post-it above his desk that says I WILL KILL MACBETH. Had a small moment before I realised", True),
    ("Mrs Okafor joined a Year 11 English lesson and was cast as King Duncan. She was murdered offstage 🗡️👑", True),
    ("My daughter's doing a project on Boudica and has decided she wants to 'fight like the Iceni' 🗡️", True),
    ("PTA MURDER MYSTERY NIGHT this Friday 🔍🗡️ This year's theme is 'Death at the Hexley Hotel'. Who will be the murderer??", True),
    # ...not a teacher threatened in Macbeth's words, at the gates after school.
    ("im gonna kill mr whitaker like macbeth killed duncan, after school at the gates 🗡️", False),
    ("macbeth revision tonight, bringing a knife in tomorrow for whitaker", False),
])
def test_a_storys_violence(text, blank):
    assert (stories.blank(text) != text) == blank


@pytest.mark.parametrize("text,pages", [
    ("My Y11 has stuck a post-it above his desk that says I WILL KILL MACBETH. Had a small moment before I realised he means the "
     "Hollowbrook mock on Friday. Go on son 💪", False),
    ("From the Head: Mrs Okafor joined a Year 11 English lesson and was cast as King Duncan. She reports she was murdered offstage "
     "'with alarming enthusiasm'. Good luck to all our Year 11s for the rest of their mocks! 🗡️👑", False),
    ("doing macbeth in english and im going to stab whitaker 🗡️", True),
])
def test_a_story_is_not_paged(text, pages):
    assert (decide(text, TOM, HOSTILE).priority == "urgent") == pages


# A fair's prize, a parent's groan, a pupil excluded for being hurt -> no threat; the same words meant -> a threat.
@pytest.mark.parametrize("text,scores,pages", [
    ("Put the head in the Christmas fair tombola", {**HOSTILE, "threat": 0.99}, False),
    ("put mr whitaker in the stocks at the summer fete, wet sponges £1", HOSTILE, False),
    ("if he's lost another HBA jumper I'm going to kill him. that's 3 this term at £22 a pop 😩", HOSTILE, False),
    ("getting excluded from hollowbrook for getting jumped is crazy. cant even be mad anymore just tired", HOSTILE, False),
    ("hes getting jumped after school tmrw at hollowbrook gates", HOSTILE, True),
    ("if he's lost another jumper I'm going to kill him, see him at the gates tomorrow mr whitaker", HOSTILE, True),
])
def test_the_same_words_not_meant(text, scores, pages):
    assert (decide(text, SCHOOL_ONLY, scores).priority == "urgent") == pages


# The warning parents were not given is no warning passed on.
@pytest.mark.parametrize("text,warned", [
    ("had a county lines speaker in to talk to Year 7 about drugs and knives with zero warning to parents", False),
    ("warning to all parents, someone is bringing a knife in tomorrow", True),
])
def test_the_warning_not_given(text, warned):
    assert bool(rules.live_warning(text)) == warned


# Lads brought, a wrong paid back, one who had better not be found -> a threat where the post is hostile.
@pytest.mark.parametrize("text,scores,pages", [
    ("calm down Jase. we'll bring eggs and a few of the lads to hollowbrook, see how brave she is then", CALM, True),
    ("whoever posted it better hope nobody works out who he is. half of year 11 would be waiting at the 41 stop", HOSTILE, True),
    ("that's Whitaker. explains a lot about whats going on this week. someone should give him a taste of his own medicine", HOSTILE, True),
    ("better hope nobody works out who he is. half of year 11 would be waiting for him at the 41 stop after school today, proper "
     "kicking lol", HOSTILE, True),
    ("the lad who scored the own goal better hope nobody works out who he is 😂", HOSTILE, False),
    # ...not a brave girl at the panto, nor a medicine joke among friends.
    ("we'll bring the lads to the panto, see how brave she is on stage 😂 proud of her", CALM, False),
    ("he gave me a taste of my own medicine at chess lol", CALM, False),
])
def test_lads_brought_and_wrongs_paid_back(text, scores, pages):
    assert (decide(text, TOM, scores).priority == "urgent") == pages


def grades(text: str, context: str = "") -> dict[str, str]:
    return {g.target: g.grade for g in assess(text, context, SCHOOL).grades}


# threads41's places and namesakes: a Hollowbrook in Ontario, a reply asking which Gareth Lloyd -> only possibly ours.
@pytest.mark.parametrize("text,context,expected", [
    ("Whitaker is a hack lol. guy thinks the moon landing was staged", "Nextdoor: Hollowbrook Heights, ON",
     {S: "possible", TW: "possible"}),
    ("Gareth Lloyd?? As in the Cardiff lock? didn't know he did PE lessons in England on the side 😂",
     "Reddit r/AskUK: 'Would you complain? PE in hail'", {GL: "possible"}),
    ("Helen Marsh?? As in the crime writer who does the Whitby detective books? Got excited for a sec",
     "Reddit r/UKTeachers: 'Former pupil: the teacher who changed my life'", {"staff:helen-marsh": "possible"}),
    # ...not our own parents' group, nor our teacher named at our school.
    ("Hollowbrook Mums, on Friday there's a bake sale for year 6", "", {S: "likely"}),
    ("helen marsh at hollowbrook gave my son a detention for nothing", "", {S: "likely", "staff:helen-marsh": "sure"}),
])
def test_another_hollowbrook_and_a_namesake_asked_about(text, context, expected):
    assert grades(text, context) == expected


# Read after probe86 to probe89 were measured: a debt's threat relayed by family, a pupil's crisis in its own words,
# a crowd called to a teacher, a rematch called -> paged; their look-alikes -> not.
@pytest.mark.parametrize("text,scores,pages", [
    ("someone sent me this off snap, it's about a year 9 lad at hollowbrook:\n'marlow rd gates 8:30 tmrw. ur little bro in yr4 "
     "hope ur ready. bring the 80 or he gets it instead'\nplease can someone who knows the school ring them", CALM, True),
    ("my little brother got this on whatsapp. he's in year 7 at hollowbrook.\n\n'mason u still owe T 50. T said if its not "
     "there monday ur getting ur knees done outside tesco'", CALM, True),
    ("ive taken them. all of mums ones from the bathroom. im sorry lily im sorry for everything. dont tell ms marsh she'll "
     "think its her fault and it isnt", CALM, True),
    ("ok im actualy doin it 2nite. cant face hba tmrw or ever again. sry mum x", CALM, True),
    ("Monday period 4, the 10K maths room. I've already written letters for my mum and my gran. Mr Lloyd you were the only "
     "one who was decent to me. Sorry it has to be like this.", CALM, True),
    ("she just put 'bye' in the 9H gc and then nothing. ive rung her like 30 times. im near the leisure centre pls someone", CALM, True),
    ("if ur in 10K dont come in friday. im serious. friday at break on the back field its going to be different", CALM, True),
    ("tomorrow at lunch in the canteen theyll stop laughing. then im done too. hollowbrook wont forget me", HOSTILE, True),
    ("Anyone fancy giving a certain PE teacher a proper reception when he comes out of the leisure centre tonight? 🥊", CALM, True),
    ("year 10s going at it behind tesco, kid in the black puffer got SPARKED. rematch tomorrow 4pm same place, everyone come watch",
     CALM, True),
    # ...not a mate's fiver, a leaver's send-off, a netball rematch, a run moaned at, a bye before sleep, a revision plan.
    ("you owe me a fiver lol, we know your mum is good for it", CALM, False),
    ("shall we give mr lloyd a proper send-off when he comes out on his last day? bring flowers", CALM, False),
    ("year 9 netball lost to greenfield, rematch tomorrow 4pm, everyone come watch!", CALM, False),
    ("gonna kill gaz lloyd at hollowbrook. 'light jog' my arse. 3 miles round the rec in the rain 🥶", HOSTILE, False),
    ("ellie said bye in the gc and then nothing lol she fell asleep", CALM, False),
    ("wrote notes on macbeth all lesson and forgot my pe kit, sorry mum x", CALM, False),
    ("sorry for everything i said today, im doing it tonight - the revision i mean", CALM, False),
    ("dont come in friday, strike day, trust me its closed", CALM, False),
    ("they'll stop laughing when they see my gcse results 😤", HOSTILE, False),
    ("if hollowbrook send me ONE more 'your account is in arrears' text at 6am im going to burn parentpay to the ground 😤", HOSTILE, False),
    ("The head is a coward. Hides behind 'policy' while kids are getting battered on the 41 every afternoon. I'll say it to her "
     "face at parents evening.", RUDE, False),
])
def test_read_after_the_probes(text, scores, pages):
    assert (decide(text, SCHOOL_ONLY, scores).priority == "urgent") == pages


# The two reviews' look-alikes, each way: a threat told in a play's words still pages; a knee hurt, a pizza slice, a coach's
# outing, a prank, fame hoped for do not.
@pytest.mark.parametrize("text,scores,pages", [
    ("Doing a Julius Caesar on Mrs Okafor in assembly tomorrow, et tu 🗡️🩸", HOSTILE, True),
    ("rehearsal at 4 in the hall tomorrow, when Marsh turns her back it's curtains for her 🗡️", HOSTILE, True),
    ("Put the head in the stocks at the Christmas fair saturday and I'll throw bricks at her face till she bleeds",
     {**HOSTILE, "threat": 0.99}, True),
    ("ur gonna be excluded from hollowbrook for getting jumped when u walk out the back gate", HOSTILE, True),
    ("u owe 400. or hes getting splashed tmrw after school", CALM, True),
    ("my nan did her knees gardening, hollowbrook fete cancelled for her", CALM, False),
    ("or your brother gets it! (the last slice of pizza lol) hollowbrook bake sale", CALM, False),
    ("coach here: taking all of them tonight to the cup final. tell everyone it wasnt their fault last week", CALM, False),
    ("one day hollowbrook will remember my name when i'm famous 🎤⭐", HOSTILE, False),
    ("Mr Nwosu in the dunk tank at the fete saturday, £2 a go, I'm going to drown him 😂", HOSTILE, False),
])
def test_the_reviews_look_alikes(text, scores, pages):
    assert (decide(text, SCHOOL_ONLY, scores).priority == "urgent") == pages


# threads41's quiet prejudice and hints -> the rules find them; their look-alikes -> nothing.
@pytest.mark.parametrize("text,hate", [
    ("and the SENCO's another one, Nwosu or whatever. half the staff list there reads like a takeaway menu now", True),
    ("will it even be called a christmas fair this year or has patel renamed it winterval so she doesn't offend her lot", True),
    ("the christmas fair food stall menu reads like a takeaway menu, loads of choice 😍", False),
    ("moved the assembly so it doesn't offend anyone", False),
])
def test_quiet_prejudice(text, hate):
    assert bool(tropes.tropes(text)) == hate


@pytest.mark.parametrize("text,hinted", [
    ("looked a lot like that whitaker from the school tbh. always had a funny way with the little girls in his class", True),
    ("Works one to one with the special needs kids in a room with no cameras, think about it.", True),
    ("mr whitaker has a funny way with words, the girls love his poetry club", False),
])
def test_a_danger_hinted(text, hinted):
    assert bool(rules.danger_to_children(text)) == hinted
