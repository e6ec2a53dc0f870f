"""A reply read in its thread whose own words say the name it writes is another's (monitor/ingest/disowned.py):
reply and the post it answers -> what it is about. The thread named the school; the reply names the person or the
place and says it is someone or somewhere else, and its own words win (threads42's). The other way, a reply that
names no one, disbelief, or a mix-up set straight towards us, is still about the thread's school and staff."""
from __future__ import annotations

from dataclasses import replace

import pytest

from monitor.ingest.disowned import disowned
from monitor.ingest.matching import assess
from monitor.ingest.thread import with_parent
from monitor.judge.triage import triage
from monitor.vocab import Post
from tests.test_matching_phenomena import DN, ER, GL, HM, PP, S, SCHOOL as PHENOMENA, SO, TW

SCHOOL = replace(PHENOMENA, exclude=(*PHENOMENA.exclude, "Somerset", "Hollowbrook Road"))

LLOYD = "Year 7s made to do cross country in the hail by Gareth Lloyd at Hollowbrook Academy, no coats allowed"
HEAD = "Sarah Okafor, head of Hollowbrook Academy, has announced new phone rules from January"
WHITAKER = "Shoutout to Tom Whitaker at Hollowbrook Academy, best year 6 teacher going"
ELECTION = "Vote Lucy Hart for Hexley North! Backed by Priya Patel, deputy head at Hollowbrook Academy"
SPEED = "20mph zone coming outside Hollowbrook Academy on Marlow Road from September"
JOBS = "Hollowbrook Academy is recruiting: Year 5 teacher from April"
SATNAV = "Trying to find the nursery near Hollowbrook Academy, the satnav keeps sending me to the school gates. Jim"
CONCERT = "Hexley Christmas lights switch-on tonight, Hollowbrook Academy choir on first then a special guest!"
MARSH = "Helen Marsh at Hollowbrook gave my daughter a detention for being 2 minutes late"

# reply, the post it answers -> nothing of ours is sure or likely.
ANOTHERS = [
    ("Thought you meant Gareth Lloyd the Cardiff flanker for a sec, he could do with a crossing patrol after the hiding "
     "they took Saturday 😂", LLOYD),
    ("Gareth Lloyd?? if you mean the Cardiff blindside he's been immense this season, nothing to do with any school lol. "
     "got the wrong bloke", LLOYD),
    ("Sarah Okafor? There's a Sarah Okafor KC who cross-examined at the Harcourt Dock inquiry, absolutely ferocious. "
     "Presumably not the same person running a school in Hexley 😄", HEAD),
    ("Tom Whitaker here – the podcast one, not the teacher 😅 keep getting tagged in Hollowbrook stuff. Episode 212 is "
     "out now though if anyone's interested!", WHITAKER),
    ("Good luck Lucy! I'm Hexley South so can't vote for you but would have 🙌 (and no, not THAT Priya Patel lol)", ELECTION),
    ("Will this apply to Hollowbrook in Somerset too? Asking for my mother in law, she says the tractors through the "
     "village do 50 😂", SPEED),
    ("Is this the Hollowbrook in Ontario? I'm looking at a grade 4 posting at Hollowbrook Public School through the "
     "district board ...", JOBS),
    ("Hi Jim, no, we're nothing to do with Hollowbrook Academy! We're out on the Ashcombe road, 3 miles past the rec. "
     "Put the postcode in rather than the name and you'll be fine.", SATNAV),
    ("was that Emma Rowe singing at the end?? didnt know she was from round here", CONCERT),
    ("Priya Patel here (no relation to the one at your school 😊). I'm a SEND advocate, free first chat", ELECTION),
    ("Just to say I'm NOT the Priya Patel who's deputy at Hollowbrook, please stop messaging me about phone pouches", ELECTION),
    ("Same on Hollowbrook Road in Leeds where my sister lives, they fly past the primary there", SPEED),
]


@pytest.mark.parametrize("reply,parent", ANOTHERS, ids=[r[:50] for r, _ in ANOTHERS])
def test_a_reply_that_says_it_is_another_is_not_ours(reply, parent):
    assert assess(reply, with_parent("", parent), SCHOOL).about == ()


# reply, the post it answers -> what it is still about (each at least).
STILL_OURS = [
    ("always been a snake 🐍", MARSH, {S, HM}),
    ("not Hollowbrook cancelling the trip again 🙄", JOBS, {S}),
    ("he should be sacked, my lad came home blue", LLOYD, {S, GL}),
    # A mix-up set straight towards us.
    ("Gareth Lloyd, not the rugby one, the PE teacher at Hollowbrook, is a bully", LLOYD, {S, GL}),
    ("Different Sarah Okafor? no, ours is the headteacher and she ignored every email I sent", HEAD, {S, SO}),
    ("Wrong Tom Whitaker? No it's definitely him, he taught my son in year 6", WHITAKER, {S, TW}),
    ("I thought you meant Mr Lloyd, he's the worst of the lot for this", LLOYD, {S, GL}),
    # Idioms that are no namesake: a changed person, a teacher unlike the one you think.
    ("Sarah Okafor is a different person since she became head, won't answer a single email", HEAD, {S, SO}),
    ("Tom Whitaker is not the teacher you think he is, ask any parent in 6W", WHITAKER, {S, TW}),
    ("Gareth Lloyd needs sacking. Not the first time he's done this", LLOYD, {S, GL}),
    # A namesake in one reply does not take the school from a reply naming our own.
    ("not that Priya Patel, I mean the deputy at Hollowbrook, she shouted at my daughter", ELECTION, {S, PP}),
    # Disbelief at the school, not a disclaimer; another walk of life in a reply about ours still ours.
    ("it's nothing to do with Hollowbrook apparently, even though it happened at their gates", SPEED, {S}),
    ("Emma Rowe led the 2R songs at the switch-on, so proud of her", CONCERT, {S, ER}),
    # A defence of ours is no namesake; the school's own account sending a stranger to the other Hollowbrook is ours.
    ("Mr Nwosu is the reason my son can read. You've got the wrong person and you're going to get someone hurt.",
     "Someone at Hollowbrook, a teacher with a black Audi, keeps following kids home. Everyone says it's David Nwosu", {DN}),
    ("Hi! We're Hollowbrook Academy in Hexley, England 🇬🇧 I think you're after Hollowbrook, Ontario! Have a lovely fair 😊",
     ("Instagram comments: @hollowbrookacad 'Christmas Fair this Saturday'", "is this the fair on Elm St?? driving in from Barrie"),
     {S}),
]


@pytest.mark.parametrize("reply,parent,about", STILL_OURS, ids=[r[:50] for r, _, _ in STILL_OURS])
def test_a_reply_about_ours_is_still_ours(reply, parent, about):
    title, parent = parent if isinstance(parent, tuple) else ("", parent)
    assert about <= set(assess(reply, with_parent(title, parent), SCHOOL).about)


def test_a_namesake_reply_does_not_take_the_thread_from_its_siblings():
    """'not the PE teacher one' about someone else is left alone; the thread's abuse of the teacher is not."""
    context = with_parent("", LLOYD)
    assert assess("Gareth Lloyd the Blues flanker, not the PE teacher one 😂", context, SCHOOL).about == ()
    assert {S, GL} <= set(assess("he's a sadist, always has been. someone should sort him out", context, SCHOOL).about)


@pytest.mark.parametrize("text,names", [
    ("(and no, not THAT Priya Patel lol)", ("staff:priya-patel",)),
    ("Hollowbrook, Ontario checking in", ("school",)),
    ("we're nothing to do with Hollowbrook Academy!", ("school",)),
    # ...nothing of ours named, or named and set straight towards us.
    ("different bloke mate", ()),
    ("Wrong Tom Whitaker, I meant Mr Whitaker in maths", ()),
    ("the Hollowbrook Academy trip to Somerset is off", ()),
    ("Hollowbrook Road, Leeds, checking in. Our Ocado came addressed to 'Hollowbrook Academy, Hexley'", ()),
    # The read sets' z67: "not THAT" one, then ours named.
    ("@bar_gossip_ldn not THAT Sarah Okafor lol. the one at hollowbrook who suspended my daughter for nothing", ()),
    ("PSA: the 'Tom Whitaker' in the Leeds case is NOT the Hollowbrook teacher. Different age, different city", ()),
    # ...a misreading of ours, and ours named against a role of ours (the read sets' z217, z219, z307).
    ("lmao I read that as Mr Whitaker from HBA and was very confused for a second. can't picture him doing true crime", ()),
    ("thought you meant Tom Whitaker from year 6 for a sec 😂 he'd hate a podcast", ()),
    ("@Hodan ring the office and ask to speak to Mrs Patel the deputy, not the class teacher. She sorted it in a week", ()),
])
def test_what_a_reply_says_is_anothers(text, names):
    assert disowned(text, SCHOOL) == names


# A street address in a reply that names no member of staff and speaks of no one, under a post that names none either,
# is no member of staff's home (threads42's councillor thread); a home posted of someone named or spoken of still is.
STREETLIGHT = "Martin while you're here, the streetlight outside 22 Mill Lane has been out since October. Reported it 3 times on the app. Nothing."
COUNCILLOR = "Cllr Martin Hayes: met the head of Hollowbrook Academy today about parking on Marlow Road at pick up"
CALM = {"abuse": 0.05, "hate": 0.01, "threat": 0.05, "negative": 0.4, "positive": 0.1}


@pytest.mark.parametrize("text,context,high", [
    (STREETLIGHT, COUNCILLOR, False),
    ("she lives at 22 Mill Lane btw", "the head of Hollowbrook Academy is a disgrace", True),
    ("22 Mill Lane, blue door. just saying", "the head of Hollowbrook Academy is a disgrace", True),
    ("22 Mill Lane, blue door", "Sarah Okafor at Hollowbrook Academy is a disgrace", True),
])
def test_a_street_in_a_reply_is_a_staff_home_only_where_someone_of_ours_is_meant(text, context, high):
    post = Post(id="1", text=text, context=context, platform="facebook")
    d = triage(post, (S, SO), CALM, [], SCHOOL)
    assert (d.priority in ("high", "urgent") and "privacy" in d.categories) == high
