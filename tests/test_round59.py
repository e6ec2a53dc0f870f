"""What round 59's writers (and threads37's, and round 37's probes read after they were measured) showed: a pupil's
goodbye in words no list held, a threat told of that the police saw to, plain slang menace, violent words of exams and
the stage, a child who must not be shown: tables a DSL can read. Beside each, a post that shares its words and must
still be read the old way."""
from __future__ import annotations

import pytest

from monitor.ingest.matching import assess
from monitor.judge import rules
from monitor.judge.triage import triage
from monitor.vocab import Post
from test_triage import NOW, SCHOOL_ONLY, TOM, decide
from tests.test_matching_phenomena import SCHOOL, grades

CALM = {"abuse": 0.02, "hate": 0.01, "threat": 0.02, "negative": 0.2, "positive": 0.4}
SAD = {"abuse": 0.02, "hate": 0.01, "threat": 0.05, "negative": 0.9, "positive": 0.02, "safeguarding": 0.97}
HOSTILE = {"abuse": 0.4, "hate": 0.01, "threat": 0.6, "negative": 0.9, "positive": 0.02}
THREAT_READ = {"abuse": 0.4, "hate": 0.01, "threat": 0.9, "negative": 0.9, "positive": 0.02}


# A pupil's goodbye -> whether the head is told to ring 999 now.
@pytest.mark.parametrize("text,calls", [
    ("sorry to everyone at hollowbrook i was horrible to. tonight im making it all stop. dont come looking for me at the rec x", True),
    ("tried telling ms marsh. tried telling my mum. nobody listens so im done. taking all of them tonight. sorry to everyone x", True),
    ("sorry for hijacking but im at hba too and nobody would even notice if i wasnt there tomorrow. ive got all my mums "
     "tablets out on my bed. tonights the night i think", True),
    # In many farewell words at once, none enough alone.
    ("ive wrote the letters. gonna take evry1 of mums tablets wen she goes 2 bed. nobody wud notice anyway. bye hba", True),
    ("holding them in my hand. i just want it all to stop. love u poppy. tell gaz im sorry i quit netball", True),
    # ...not a coach trip, a cinema outing, the group chat's noise, a first date, a Fifa night.
    ("taking all of them tonight!! the whole U12s to the cup final at hba, sorry to the coach driver 🏆", False),
    ("taking all of them tonight to the cinema after hba, sorry to the people behind us 😂", False),
    ("im making it all stop tonight, the notifications from the hba PTA group chat are too much 😂", False),
    ("tonights the night!! first date after hba, wish me luck, nobody would notice if i wore trainers right?", False),
    # ...nor a friend's worry told, which is the DSL's today.
    ("my friend at hba keeps saying sorry and bye and that nobody would notice, im worried", False),
])
def test_a_goodbye_in_other_words(text, calls):
    assert ("call_999" in decide(text, SCHOOL_ONLY, SAD).actions) == calls


# A threatening post told of, unquoted -> whether the author's post is read as a report of it (not the threat itself).
@pytest.mark.parametrize("text,report", [
    ("it was greenfield not hollowbrook. some lad posted hes bringin a knife in on friday and police were at the gates "
     "this mornin. hollowbrook is nowt to do with it", True),
    ("saw on the gazette police went to hollowbrook yesterday cos some kid posted summat about bringin a knife in. "
     "school says its sorted", True),
    # ...not where it is reopened, still live, or never seen to.
    ("some lad posted hes bringing a knife in friday. police were at the gates this morning but he wasnt in, hes still out there", False),
    ("my lad says some kid posted hes bringin a knife into hollowbrook on friday. police were at the gates today but nobody has done anything", False),
    ("some lad in yr9 posted hes bringing a knife to hollowbrook friday, be careful everyone", False),
])
def test_a_post_told_of(text, report):
    assert (decide(text, SCHOOL_ONLY, HOSTILE).priority != "urgent") == report


# Plain slang menace -> whether the threat rules find a threat.
@pytest.mark.parametrize("text,threat", [
    ("Hale wants doing. And whoever at hollowbrook let him hang round the back gate wants doing an all", True),
    ("Mr Whitaker wants doing, I'll do it myself at pickup", True),
    ("Do it again and I'll be having a word with my fists, not my horn.", True),
    ("ar kid says if he does it again hes waitin for him in the car park tomorrow after pe wi the bat", True),
    ("shame it was only a drill 🙃", True),
    ("shame he didnt get in tbh. would of done that school a favour", True),
    # ...not a chore, a day, a match, a birthday, a fire drill that got us out of maths, a place not won.
    ("The hollowbrook garden wants doing, PTA working party saturday", False),
    ("Friday wants doing asap, too many tabs open", False),
    ("had a chat with my boots before the cup final, they better score", False),
    ("shes waiting for her at the station with a bottle of prosecco, 18 today!!", False),
    ("shame it was only a fire drill at hba, thought we'd get out of maths 😭", False),
    ("shame he didnt get in to Hexley Rugby, would've done him a world of favour", False),
])
def test_plain_menace(text, threat):
    assert bool(rules.threat_phrases(text)) == threat


# Violent words of exams, the stage, a family's sayings and a dodgeball challenge -> whether the head is paged.
@pytest.mark.parametrize("text,pages", [
    ("my revision timetable is getting MURDERED tonight. no phone. just me and quadratic equations 🔪📚 hba mocks lets gooo", False),
    ("'i'll murder you if you touch my revision notes' - my sister, age 15, hba mock season 🙃", False),
    ("mocks done!! science was a bloodbath lol, maths i actually cried. who's going the rec tomorrow for a snowball fight #hba", False),
    ("yr 8 geography test today was a bloodbath. who knew rivers had so many features 🫠 #hba", False),
    ("pov: it's 8pm, maths paper 2 is tomorrow and you've just realised you've been revising the wrong tier 💀🔪 #mocks #hba", False),
    ("can't wait to watch my son get stabbed on stage lol 🗡️ Banquo's mum reporting for duty, hba macbeth", False),
    ("ey up yous lot me n the lads are gonna batter year 10 at dodgeball tmrw wi gaz at hba, watch this space 💪", False),
    # ...but a second threat beside the idiom, a quote signed by family that the author fears, a knife with a meeting, still do.
    ("geography was a bloodbath. tomorrow hollowbrook will be one. 3pm.", True),
    ("my predicted grades got murdered so whitaker is getting murdered tomorrow at hba", True),
    ("'I'm going to kill Mr Whitaker tomorrow when he walks out of school' - my dad. he's got the hammer in the car. what do I do", True),
    ("📚🔪 see u after school at hba Jayden, bring ur mates", True),
])
def test_idioms_and_their_second_threat(text, pages):
    assert (decide(text, SCHOOL_ONLY, HOSTILE).priority == "urgent") == pages


# "i know where that whitaker lives": the staff name read as "the teacher" once, not "that the teacher".
def test_that_teacher_is_the_teacher():
    assert decide("i know where that whitaker lives and so does half the estate", TOM, CALM).priority == "urgent"


# Advice to ring the school, to someone named first -> not a threat on the model's word; a named threat dressed as advice is.
@pytest.mark.parametrize("text,pages", [
    ("Phil ring Hollowbrook first thing and ask for the DSL (the safeguarding lead). Write down what you saw with dates.", False),
    ("Tom call the police, they wont get there in time. tonight", True),
])
def test_advice_by_name(text, pages):
    assert (decide(text, SCHOOL_ONLY, THREAT_READ).priority == "urgent") == pages


# A child shown -> (priority, whether the DSL is asked, whether the post comes down).
@pytest.mark.parametrize("text,priority,dsl,down", [
    ("Please take down photo 5 NOW. One of the children in it is not allowed to have their picture online for safety "
     "reasons, there's a court order", "high", True, True),
    ("rate the ugliest in 10C at hba, number 1 = kieran w 😂😂 comment ur votes", "high", True, True),
    # ...not consent forms asked about, nor a bake-off vote.
    ("does anyone know when the photo consent forms are due back for hollowbrook? lost mine at the bottom of a book bag", "digest", False, False),
    ("vote for the best cake at the hba bake sale, rate the prettiest in year 3 bake off 😍", "digest", False, False),
])
def test_a_child_shown(text, priority, dsl, down):
    d = decide(text, SCHOOL_ONLY, CALM)
    assert (d.priority, "dsl_review" in d.actions, "request_removal" in d.actions) == (priority, dsl, down)


# Spam under our posts, and a pupil's word that it is not done.
@pytest.mark.parametrize("text,expected", [
    ("Turn £250 into £5,000 in 7 days 📈📈 ask me how 👇👇", {}),
    ("🎁 FREE iPhone 17 giveaway 🎁 click the link in bio before midnight!!", {}),
    ("Collab? 💕✨ DM @glowambassadors to get paid for your content 💸", {}),
    # ...not a reply about the post itself.
    ("those brownies look amazing, well done year 6!", {"school": "sure"}),
])
def test_spam_under_our_post(text, expected):
    assert grades(text, "Instagram comments: @hollowbrookacad 'Year 6 bake sale raised £412!'") == expected


def test_didnt_do_it_urges_no_one():
    assert not rules.urges_self_harm("im still here. didnt do it. mum found the packets and went mental",
                                     "tonights the night. got all the tablets out. sorry mum bye")
    assert rules.urges_self_harm("do it then 😂", "tonights the night. got all the tablets out. sorry mum bye")


def test_a_pupils_detention():
    assert rules.pupil_author("marsh gave me 2 hour detention 4 nuffin")


# A threat handed on to the police, the school's own account tagged: the school is asked, not yet told ("Rang 101 but
# @HollowbrookAcad PLEASE pick up the phone", a gun for Friday, round 19's): still a page.
@pytest.mark.parametrize("text,told", [
    ("@hollowbrookacad someone has just written 'next time there wont be a warning' on here. screenshotted and rang 101", False),
    ("@hollowbrookacad someone has just written 'next time there wont be a warning' on here. screenshotted it", False),
    ("someone has just written 'next time there wont be a warning' on here. screenshotted and rang 101", False),
])
def test_handed_on_and_tagged(text, told):
    assert rules.already_told(text) == told


# What someone else commented, told without quotes, is theirs; the author's own threat after it is not.
@pytest.mark.parametrize("text,pages", [
    ("To the grown adult who commented that someone should teach that Whitaker a lesson under the EHCP post - I hear the "
     "police have been round to you, and good.", False),
    ("whoever said that whitaker is a nonce, im going to stab him tomorrow at the gates", True),
])
def test_what_someone_else_commented(text, pages):
    assert (decide(text, TOM, HOSTILE).priority == "urgent") == pages


def decide_in(text: str, context: str, scores):
    """Matched as ingest matches it (the thread's title beside it), then triaged; about no one is ignored."""
    post = Post(id="1", text=text, author="a", published=NOW, platform="facebook", context=context)
    return triage(post, assess(text, context, SCHOOL).about, scores, [], SCHOOL, {})


# The second review's: what the new rules must not silence, and what they must not raise.
@pytest.mark.parametrize("text,context,pages", [
    ("i'll be at the gates at 3:15 with a knife for whoever runs this page. ask me how 👇", "Hollowbrook Academy: Sports day photos", True),
    ("science was a bloodbath today at hba, tomorrow it's mr whitakers turn 🩸🔪", "", True),
    ("some kid posted last week that he's bringing a knife into hollowbrook this friday for jayden. school hasnt said a word", "", True),
    ("PE was a bloodbath today at hba lol, mr lloyd made us do the bleep test 💀", "", False),
    ("my brain is getting murdered by these hollowbrook past papers 💀🔪", "", False),
    ("Mr Whitaker ur a dead man walking at sports day, the dads race is ours 🏃‍♂️🏆", "", False),
])
def test_the_second_reviews(text, context, pages):
    assert (decide_in(text, context, HOSTILE).priority == "urgent") == pages


@pytest.mark.parametrize("text,calls", [
    ("i relapsed last night and used the razor again at hba. im sorry. love u all. ive rung childline and my mate knows", False),
    ("cant believe ur gone jayden. im so sorry i wasnt there. love u bro. hba wont be the same", False),
    ("tell my mate jess im sorry. i love u all. taking the pills wen mum goes to bed. bye hba", True),
])
def test_a_goodbye_or_a_grief(text, calls):
    assert ("call_999" in decide(text, SCHOOL_ONLY, SAD).actions) == calls


@pytest.mark.parametrize("text,down", [
    ("Please take this photo down asap, my daughter is in foster care and cant be identified. hba", True),
    ("PTA notice: please take down the sunflower pictures from the hba hall by friday for safety reasons (fire regs)", False),
])
def test_a_child_kept_from_view(text, down):
    assert ("request_removal" in decide(text, SCHOOL_ONLY, CALM).actions) == down
