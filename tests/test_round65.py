"""What round 65's writers (and threads43's) showed: a "friendly reminder" that the staff car park is dark, beside parents
upset at a ban; a neighbour's "the next one I catch ... will get my boot"; a reply that says the head "can have the same";
a pupil who won't "be around to get my book back after tonight"; and, paged or raised before, derby trash talk with a
scoreline, a teacher's "if anyone spoils the ending I will end you" told by a pupil, an admin removing the man who posted
an address, a parent's update that the deputy is looking into it, a charity's "jail and bail": tables a DSL can read.
Beside each, a post that shares its words and must still be read the old way."""
from __future__ import annotations

import pytest

from monitor.ingest.cues import class_code
from monitor.judge.abuse import _aimed_at_pupils
from monitor.judge import rules
from monitor.judge.rules import reminders, sport
from monitor.judge.rules.promised import promised
from monitor.judge.rules.staffroom import gripe
from monitor.judge.rules.telling import telling


# A dark place recalled politely beside a grievance -> a threat; the same dark with a torch, a fix or no grievance -> none.
@pytest.mark.parametrize("text,threat", [
    ("Just a friendly reminder to Mrs Okafor that it gets dark at 4 now and that staff car park isn't very well lit. A lot of "
     "parents are very upset about these prom bans. Take care x", True),
    ("Just a reminder Mr Lloyd, it gets dark at 4 and nobody about at 5 in that car park. We haven't forgotten what you did "
     "to my son. x", True),
    ("Friendly reminder that it gets dark at 4 now, please make sure kids have a torch or hi-vis for the walk home. Stay safe x", False),
    ("Parents are upset the staff car park isn't well lit. We've asked the council to fix it. Take care everyone", False),
    ("Friendly reminder that it gets dark at 4 now, so the disco finishes at 3.45. Take care x", False),
])
def test_a_dark_place_recalled_politely(text, threat):
    assert bool(reminders.reminders(text)) == threat


# Whoever is caught next, and a blow for them -> a threat; reported or photographed -> none.
@pytest.mark.parametrize("text,threat", [
    ("the next one I catch climbing my fence to get it back will get my boot up his backside and worse", True),
    ("Next one of you I catch on my wall gets a clip round the ear", True),
    ("The next one I catch dropping litter outside the school will be reported to the school", False),
    ("the next one I catch vaping in my hedge is getting photographed and sent to the head", False),
])
def test_the_next_one_caught(text, threat):
    assert bool(reminders.reminders(text)) == threat


# A side beaten on a scoreline: the violence is the score. A side's kids, or its keeper, are people.
@pytest.mark.parametrize("text,blanked", [
    ("greenfield gonna batter hollowbrook on saturday 😂😂 5-0 minimum, they're getting COOKED", True),
    ("hba gonna batter greenfield high saturday 3-0 minimum ⚽", True),
    ("we're gonna batter hollowbrook kids at the rec after the match saturday 5-0 minimum", False),
    ("we're gonna batter hollowbrook's keeper saturday 5-0 minimum", False),
])
def test_a_side_beaten_on_a_scoreline(text, blanked):
    assert ("batter" not in sport.play_fight(text)) == blanked


# A spoiler warned off with "I will end you" is a shout told of; the same words with a weapon or a home are not.
@pytest.mark.parametrize("text,shout", [
    ("ms marsh just said 'if anyone spoils the ending of the escape room for the other set I will end you' and honestly fair", True),
    ("no spoilers or I will end you 😂", True),
    ("if anyone spoils the ending for me I will end you, I know where you live", False),
    ("if anyone spoils the surprise I will end you, not joking, knife in my bag", False),
])
def test_a_spoiler_warned_off(text, shout):
    assert bool(gripe(text)) == shout


THREAT_ABOVE = "Whitaker wants his head kicking in, I'll be at the gates friday"


# A reply read with the threat it answers: "she can have the same" joins in; an admin removing the poster does not.
@pytest.mark.parametrize("text,joins", [
    ("And if Okafor keeps covering for him she can have the same. Nobody round here would miss her either", True),
    ("mrs patel can have the same 👊", True),
    ("he can have the same cake as the others", False),
    ("kids can have the same lunch", False),
    ("Dean why on earth would you post Mrs Patel's address?? She's got nothing to do with it. Removing you.", False),
])
def test_a_reply_that_joins_in(text, joins):
    assert bool(rules.joins_in(text, THREAT_ABOVE, True)) == joins


# A threat already in the school's or the police's hands; not where the writer adds a move of their own.
@pytest.mark.parametrize("text,in_hand", [
    ("Update: spoke to Mrs Patel first thing, she's looking into it today. Kieran's staying home.", True),
    ("@HollowbrookAcad @HexleyPolice please look at this – kids arranging round two tomorrow at 3.15, Station Lane gate", True),
    ("spoke to mrs patel, she's on it. if she doesnt sort it ill be at the gates tmrw for that lad", False),
    ("spoke to mrs patel about the trip money, she's lovely", False),
])
def test_a_threat_already_in_hand(text, in_hand):
    assert any(f.rule == "reported_on" for f in telling(text)) == in_hand


# A pupil who won't be around after tonight -> self-harm; a weekend away -> none.
@pytest.mark.parametrize("text,risk", [
    ("shes been on at me all term like everyone else. dont think ill be around to get my book back after tonight anyway. its fine honestly", True),
    ("dont think ill be around after tonight, off to my nans till monday", False),
])
def test_not_around_after_tonight(text, risk):
    assert any(f.rule == "self_harm" for f in rules.child_at_risk(text)) == risk


# A charity's mock arrest is no allegation; an arrest alleged beside a food bank still is.
@pytest.mark.parametrize("text,alleged", [
    ("Has anyone else's kid come home saying the head got ARRESTED this morning?? it's the jail and bail thing for the food bank", False),
    ("Mrs Okafor has been taken into custody. Charge: too many assemblies. Bail set at £250 for @HexleyFoodbank #JailAndBail", False),
    ("Mr Lloyd was arrested for assaulting a pupil. donate to the food bank instead of that school", True),
])
def test_a_mock_arrest(text, alleged):
    assert bool(rules.allegations_of_fact(text)) == alleged


# A child told she is watched and her home known -> an approach (grooming); a neighbour who says so -> none.
@pytest.mark.parametrize("text,approach", [
    ("Station Lane 🥰 that's the blue door by the 41 stop isn't it amara. seen you getting off the bus. very talented girl", True),
    ("seen u walking home on tuesday lily, ur house is the one with the red door isnt it 😘 x", True),
    ("seen u getting off the bus lily, is that ur house with the red door? we're neighbours now!! my mum says hi", False),
    ("that's the blue door by the 41 stop, the lost cat lives there", False),
])
def test_a_child_told_she_is_watched(text, approach):
    assert any(f.rule == "grooming" for f in rules.child_at_risk(text)) == approach


# Menacing words said kindly (probe94's): a hazard, a prize, a present or a friend beside them takes them back; a grudge,
# an insult, a weapon or a home known beside them keeps them.
@pytest.mark.parametrize("text,threat", [
    ("Morning all. Watch your backs on Station Lane this morning, the path by the back gate is a sheet of ice. Gritted what I "
     "can but mind how you go 👍❄️", False),
    ("Watch your back Marsh, I'm nominating you for every award going 😂🏆", False),
    ("tell marsh we'll be waiting for her at the gates with the trophy tmrw, she's NEVER living this down 😂🏆", False),
    ("soph ur getting JUMPED at the disco 😂😂 by me. with a massive hug. I'll be waiting by the tuck shop bestie 🎄", False),
    ("ur dead tmrw when sir sees u didnt do the essay 💀💀", False),
    ("Watch your back Marsh. We haven't forgotten what you did to my son", True),
    ("watch your back on the ice mr lloyd, me and the lads will be at the gates 🔪", True),
    ("we'll be waiting for her at the gates with the trophy, the lads will sort her out 😈", True),
    ("ur dead tmrw at the gates", True),
])
def test_menacing_words_said_kindly(text, threat):
    assert bool(rules.threat_phrases(text)) == threat


@pytest.mark.parametrize("text,kind", [
    ("ms marsh ur gonna GET IT on friday 😭😭 9H have all signed the card, car park after school, act surprised x", True),
    ("see you at the gates ladies x same time tomorrow, I'm bringing the flask ☕", True),
    ("see you at the gates mrs patel. you know what you did", False),
])
def test_the_model_not_believed_over_a_kindness(text, kind):
    assert rules.kind(text, rules.threat_phrases(text)) == kind


# The words quoted to deny them: "Nobody's telling Mrs Okafor to 'watch her back', calm down".
def test_a_denial_of_words_quoted():
    assert rules.reported_speech("Nobody's telling Mrs Okafor to 'watch her back', calm down Hexley 🙄")
    assert not rules.reported_speech("Nobody's telling you anything, watch your back")


# Harm promised without a violent word (probe95's): good night after someone else's home and family laid out; a blow on
# a condition. Not the writer's own new house, nor a coach keeping the lads late.
@pytest.mark.parametrize("text,threat", [
    ("Gaz Lloyd. 3 bed semi on Ferndale Rd, missus and 2 little ones, blue front door. Sleep well Gaz 😴", True),
    ("The PE teacher lives in the flat above the vape shop. If he puts his hands on my nephew again he won't be walking "
     "back out of there. Simple as.", True),
    ("Moved into our new semi on Ferndale Rd today with the kids! Sleep well everyone 😴", False),
    ("If Mr Lloyd keeps the lads late again they won't be walking home in the light, please sort it", False),
    ("he won't be walking anywhere for a while after that sprain bless him", False),
])
def test_harm_promised_without_a_violent_word(text, threat):
    assert bool(promised(text)) == threat


# A pupil's name written small, then the class, then what the pupil did (round65's "mason kerr 11D got caught"); not a room
# or a flat.
@pytest.mark.parametrize("text,code", [
    ("mason kerr 11D got caught with answers on his calculator case in the maths mock", "11D"),
    ("jayden smith 9K got battered behind the sports hall 😂 vid on my story", "9K"),
    ("the heating in room 11D is broken again", None),
    ("flat block 9B got flooded", None),
])
def test_a_class_code_after_a_name_written_small(text, code):
    assert class_code(text) == code


# Hate aimed at pupils in their own words (a school kid, a side playing, the prom, a year group): the DSL's as well.
@pytest.mark.parametrize("text,pupils", [
    ("That hollowbrook school kid shouldn't even be boxing for Hexley. Send him back where he came from", True),
    ("So half the team's in those headscarf things now. Ragheads playing netball, whats next", True),
    ("hijabis shouldnt be allowed at hba prom looking like ninjas", True),
    ("Mrs Patel the deputy needs sending back where she came from", False),
])
def test_hate_aimed_at_pupils(text, pupils):
    assert _aimed_at_pupils(text, ()) == pupils


# Pupils' records passed round: a register, a plan or a list with the school's marks on children, shown or linked.
@pytest.mark.parametrize("text,shared", [
    ("i've got it here if anyone wants to check if their kid's on it 👇 drive.google.com/file/d/1hX... SEN list nov 26.xlsx", True),
    ("CONFESSION #215 (seating plan 10B 👇) Ollie G - do NOT sit next to Fin R (incident 3/11). Priya S - front, hearing aid", True),
    ("9M register on the board today 😂 jayden price absent AGAIN, 'CP' next to two names?? [photo]", True),
    ("Does anyone know how the SEN register works? My son has ADHD and the photo they sent home was lovely", False),
    ("The school sent a data breach letter about the SEN spreadsheet. Screenshot below 👇 disgraceful", False),
    ("new seating plan in maths 👇 finally sat next to my bestie", False),
])
def test_pupils_records_passed_round(text, shared):
    assert bool(rules.pupil_records(text)) == shared


# A course of conduct promised in person: "you'll be seeing me every week mate", "I'll keep at it till she stops".
@pytest.mark.parametrize("text,persists", [
    ("saw you in Tesco again. pathetic little man. you'll be seeing me every week mate, get used to it", True),
    ("Told her so to her face at the bus stop every day this week and I'll keep at it till she stops telling me off", True),
    ("Mrs Rowe you'll be seeing me every week at reading club, can't wait 😊", False),
])
def test_a_course_of_conduct_promised_in_person(text, persists):
    assert bool(rules.persistence(text)) == persists


# A man called "bent" and kept from children: homophobic hate. Not a bent ref, nor a teacher who bent down.
@pytest.mark.parametrize("text,hate", [
    ("gaz lloyd is bent as a nine bob note. wouldnt let him near my lads changing room tbh", True),
    ("that bent teacher at hollowbrook with the earring shouldnt be allowed near kids. disgusting. parents wake up", True),
    ("the ref was bent as a nine bob note, gave them everything", False),
    ("mr lloyd bent down to tie his lace near the kids and split his trousers 😂", False),
    ("whoever called mr lloyd bent and said keep him away from the kids is homophobic and reported", False),
])
def test_a_man_called_bent_and_kept_from_children(text, hate):
    assert any(f.rule == "hate_phrase" for f in rules.hate_phrases(text)) == hate


# A child named with the street the child lives on, in a post about children; not a teacher, a pet or a nan.
@pytest.mark.parametrize("text,named", [
    ("Video attached of the year 8s climbing over my wall yesterday. Blonde one in front is Ellie-May, lives on Peel St by "
     "the post box.", True),
    ("Lost cat! Answers to Biscuit, lives on Peel St, kids are heartbroken", False),
    ("Mrs Patel lives on Linden Avenue, kids at hba should know", False),
    ("the kids can walk to my nan Jean who lives on Peel St", False),
])
def test_a_child_named_with_her_street(text, named):
    assert bool(rules.pupil_homes(text)) == named


# Where someone will be, echoed from the post above and noted, and nothing more.
@pytest.mark.parametrize("text,joins", [
    ("on the gate every morning are they. good to know 👍", True),
    ("on the gate every morning are they? lovely, thank you both ❤", False),
    ("at 8 is she? good to know, I need to ask about the trip", False),
])
def test_where_someone_will_be_noted(text, joins):
    above = "Huge thanks to Mrs Okafor and Mrs Patel, out on the gate every single morning this week despite all of this."
    assert bool(rules.joins_in(text, above, False)) == joins


# The year a teacher is said to push something on is the audience, not the target: staff abused, not pupils.
def test_a_year_group_as_audience():
    assert not _aimed_at_pupils("marsh is a lezza who pushes her agenda on year 9s. keep her away from our kids", ())
    assert _aimed_at_pupils("half the year 7s in headscarves now. proper taking over innit", ())


# The kindness must stand beside the phrase, not anywhere in a long post.
def test_a_kindness_far_off_takes_nothing_back():
    text = ("Where do I start. The Christmas fair was lovely, credit to the PTA. And if Marsh gives my girl one more detention "
            "for 'attitude' I'll be waiting by that little red Fiat of hers after school and she'll find out what attitude is. "
            "Anyway, the mince pies were gorgeous, well done the year 7 bake sale, and roll on the holidays x")
    assert any("waiting" in f.evidence for f in rules.threat_phrases(text))
