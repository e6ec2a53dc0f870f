"""Round 49's phenomena, as tables a DSL can read: a home posted with a call to go round; a
child's goodbye written in the small hours or with belongings given away; a side's banter
before a match; a beating already suffered; a parent who will not stop ringing. Beside each,
a post that shares its words and must not be raised."""
from __future__ import annotations

import pytest

from monitor.judge import rules
from test_triage import ANGRY, CALM, HAPPY, SCHOOL_ONLY, TOM, decide

AT_RISK = {**CALM, "negative": 0.7, "safeguarding": 0.8}
# The model reads a side's banter as a threat.
BANTER = {**CALM, "threat": 0.9, "negative": 0.6}

# post, about, scores -> priority, actions that must be there, actions that must not
GOING_ROUND = [
    # A home or a family's workplace, posted with a call to go round: a threat, whoever it is about.
    ("he lives on beech close in hexley, silver skoda estate. if hollowbrook wont deal with him someone can go round "
     "and ask him in person 👀", SCHOOL_ONLY, ANGRY, "urgent", {"report_police", "request_removal"}, {"call_999"}),
    ("Mr Whitaker lives at 22 Pennine Way. Maybe someone should pop round tonight and ask him what he was playing at",
     TOM, ANGRY, "urgent", {"report_police", "inform_staff"}, set()),
    ("Mr Whitaker's wife works the tills at Hexley Tesco. Might pop in later and let her know what her husband's "
     "really like", TOM, {**ANGRY, "privacy": 0.9}, "urgent", {"report_police", "inform_staff"}, set()),
    # The read sets': "have a word", "now you know where", "to her face", beside a home.
    ("Mr Whitaker lives on Kingsway, house with the blue door by the postbox. Someone should have a word with him "
     "about minding his own business.", TOM, {**ANGRY, "privacy": 0.9}, "urgent", {"report_police", "inform_staff"}, set()),
    ("Mr Whitaker is on the electoral roll, 22 Fernbank Drive. Anyone who wants to tell him what they think of him "
     "to his face, now you know where.", TOM, ANGRY, "urgent", {"report_police", "inform_staff"}, set()),
    # A second review's: a van blocking the gate, a garden party's address: no call to confront anyone.
    ("Mr Whitaker's van is blocking the Station Lane gate again, reg HX18 KDY. Somebody should have a word with him, "
     "the bin lorry can't get in", TOM, {**ANGRY, "privacy": 0.9}, "high", set(), {"call_999"}),
    ("Mr Whitaker's garden party for the Year 6 leavers is at 22 Fernbank Drive on Sunday, now you know where to bring "
     "the cakes!", TOM, HAPPY, "high", set(), {"call_999"}),
    # A car on the pavement every day, and "have a word with her about it": the parking's, not a threat.
    ("FYI the silver Kia Picanto on the pavement outside no.22 every day is Mr Whitaker's, reg starts HX19. Someone "
     "should have a word with him about it.", TOM, {**ANGRY, "privacy": 0.9}, "high", {"report_police"}, {"call_999"}),
    # probe49's: "pop in for a 'lesson'", "pop round and explain respect to her in person".
    ("Mr Whitaker lives on beechwood ave by the postbox, he does his tutoring from there. someone shud pop in for a "
     "'lesson' 😭😭", TOM, {**ANGRY, "privacy": 0.9}, "urgent", {"report_police", "inform_staff"}, set()),
    # A third review's: a tutor's 'taster' session at home, a PTA's "pop round to explain": no menace.
    ("Mr Whitaker does maths tutoring from his house on Beechwood Ave, you can pop round for a 'taster' session first",
     TOM, HAPPY, "high", set(), {"call_999"}),
    ("Mr Whitaker lives near us on Beechwood Ave, I'll pop round to explain about the PTA raffle money tonight",
     TOM, HAPPY, "digest", set(), {"call_999", "report_police"}),
    # ...not the same words in a kindly errand, nor a home posted with no call.
    ("Mr Whitaker's wife won the Hollowbrook raffle, might pop in later and tell her the news",
     TOM, HAPPY, "digest", set(), {"report_police"}),
    ("he lives on beech close in hexley now, hollowbrook were sorry to lose him", SCHOOL_ONLY, CALM, "high",
     {"request_removal"}, {"call_999"}),
    # A review's: a childminder recommended, a raffle collected, a lollipop lady thanked, praise passed on.
    ("Recommending Lisa the childminder for Hollowbrook families, she lives on Beech Close and does pick up from the "
     "school gate. Spaces from September 🙂", SCHOOL_ONLY, HAPPY, "high", set(), {"report_police"}),
    ("Hollowbrook mum selling the old uniform, she lives at 14 Kestrel Close, go round tomorrow and see what sizes "
     "she has 🙂", SCHOOL_ONLY, {**ANGRY, "abuse": 0.85}, "high", set(), {"report_police"}),
    ("Our lollipop lady Brenda is retiring after 30 years at Hollowbrook! She lives on Mill Lane, pop round later and "
     "tell her what she meant to us all ❤️", SCHOOL_ONLY, HAPPY, "high", set(), {"report_police"}),
    ("Mr Whitaker's wife works at Hexley library, gonna pop in later and tell her what a brilliant job he did with "
     "the Year 6 play", TOM, {**HAPPY, "privacy": 0.9}, "high", set(), {"call_999"}),
]


@pytest.mark.parametrize("text,about,scores,priority,actions,never", GOING_ROUND)
def test_a_home_with_a_call_to_go_round(text, about, scores, priority, actions, never):
    d = decide(text, about, scores)
    assert (d.priority, actions <= set(d.actions), never & set(d.actions)) == (priority, True, set()), d


# post -> is it a child in danger now (999)?
GOODBYES = [
    ("its 1am and im walking to where it happened. i just want to be where he is now. tell my sister i love her 💙 "
     "sorry mum #hollowbrook", True),
    ("i go to hollowbrook yr 10. honestly im just tired of all of it. been giving my stuff away to my friends this "
     "week. it wont matter after friday anyway", True),
    # A late night out, a leaver's uniform handed down: no goodbye.
    ("its 1am and still at jess's after the hollowbrook disco sorry mum 😂", False),
    ("giving my old hollowbrook uniform away to the year 7s, wont matter after friday anyway cos im leaving 🎓", False),
    # A review's: a move, a leaver's last day, a night in A&E, a grandparent mourned.
    ("moving to spain tomorrow!! giving my stuff away to my hollowbrook mates, gonna miss yous so much 😭", False),
    ("yr 11 leavers at hollowbrook, last day today so im giving my stuff away - revision guides, calculator", False),
    ("its 3am and im in a&e with my little brother after he fell off the climbing frame at hollowbrook. tell my mum i "
     "love her, shes on her way", False),
    ("its 1am and cant stop crying about nan. hollowbrook said i can have tomorrow off. tell my sister i love her, "
     "shes been amazing 💙", False),
    ("i go to hollowbrook. given my stuff away, written my letters. it wont matter after half term", True),
]


@pytest.mark.parametrize("text,urgent", GOODBYES)
def test_a_childs_goodbye(text, urgent):
    d = decide(text, SCHOOL_ONLY, AT_RISK)
    assert (d.priority == "urgent", "call_999" in d.actions) == (urgent, urgent), d


# post -> urgent? (the model reads each as a threat)
MATCH_BANTER = [
    ("@mrwhitaker sir you lot are 40 😭 we'll have you off the pitch by half time. see you friday 😈", False),
    ("training for friday 😤 staff aint ready. we're gonna batter them. 5-0 minimum no mercy", False),
    # A weapon, a named person stabbed, or a bare "3-4" that is a time: still threats.
    ("staff will be carried off the pitch friday, bringing my dads machete 🔪", True),
    ("Whitaker is getting stabbed at half time friday", True),
    ("the kid in 10J who was laffin, ur gettin dun 3-4 bak gate tmrw", True),
]


@pytest.mark.parametrize("text,urgent", MATCH_BANTER)
def test_a_sides_banter_before_a_match(text, urgent):
    assert (decide(text, TOM, BANTER).priority == "urgent") == urgent


def test_a_sides_banter_is_no_harassment_but_an_insult_beside_it_is():
    banter = {**BANTER, "threat": 0.3, "abuse": 0.98, "harassment": 0.9}
    assert decide("sir you lot are 40 😭 we'll have you off the pitch by half time", TOM, banter).priority == "digest"
    assert decide("sir you lot are 40 😭 we'll have you off the pitch by half time, you fat prick", TOM,
                  banter).priority == "high"


# words -> threat phrases found?
PAST_OR_PESTERING = [
    ("crying in the toilets after getting jumped at the bus stop", False),
    ("he was getting battered by year 11s and nobody helped", False),
    ("hes getting jumped after school", True),
    ("I'm ringing her office every hour on the hour until she picks up, then I'll start on her mobile. She can't hide forever.",
     False),
    ("ive rung her 10 times and i know where she lives. she cant hide forever", True),
    ("she cant hide forever", True),
    ("Okafor won't answer my emails. she cant hide forever, she has to do pick up at hollowbrook sometime 👀", True),
    ("Helen Marsh at Hollowbrook blocked me after I tagged her. she cant hide forever. ill be at school on monday", True),
    # A read set's daily campaigns: tagging, posting, a friend request, "the school gets rid of you".
    ("Day 9 of asking Helen Marsh why. You can't hide forever. I've sent you a friend request and messaged your sister. "
     "I will keep posting every day until the school gets rid of you.", False),
    ("ive messaged every dad in hexley about mr whitaker. he cant hide forever. we all know his doorstep now", True),
]


@pytest.mark.parametrize("text,threat", PAST_OR_PESTERING)
def test_a_beating_suffered_and_a_phone_rung_are_no_threat(text, threat):
    assert bool(rules.threat_phrases(text)) == threat


# post -> urgent? (the model reads each as a threat; none names a violent act of the author's)
JUSTICE_OR_HARM = [
    ("Whitaker should be locked up and the key thrown away", False),
    ("If the diggers turn up I'll chain myself to the swings at Hollowbrook, I'm not even joking 😤", False),
    # ...not where a violent act of the author's own is there too.
    ("Whitaker should be locked up, and if the police wont do it ill stab him myself", True),
    ("he should be struck off. and if i see whitaker at the hollowbrook gates friday he'll wish he had been", True),
    # ...and "death penalty" is neither justice nor a match's penalty.
    ("people like whitaker deserve the death penalty. if the courts wont do it, us hexley dads will", True),
]


@pytest.mark.parametrize("text,urgent", JUSTICE_OR_HARM)
def test_justice_called_for_is_no_threat(text, urgent):
    assert (decide(text, TOM, {**ANGRY, "threat": 0.92}).priority == "urgent") == urgent


# A threat seen written up somewhere and condemned is the author's report, not their threat.
def test_graffiti_reported_is_not_the_authors_threat():
    d = decide("someone's sprayed 'WATCH YOUR BACK WHITAKER' on the bus shelter on marlow road. disgusting. "
               "council need to get it off", TOM, ANGRY)
    assert (d.priority, "threat" in d.categories) == ("digest", False), d
    # ...nor graffiti that names a day still to come: a threat to act on, however it is reported.
    d = decide("wtf is this 😳 someone's sprayed 'HOLLOWBROOK 🔥🔥 BURN IT DOWN FRIDAY' on the bus shelter on marlow road",
               TOM, {**ANGRY, "threat": 0.97})
    assert d.priority == "urgent", d
    # ...but the author's own words beside a report are still theirs.
    d = decide("someone's sprayed PAEDO on whitaker's garage door. about time. the lads will finish the job this weekend",
               TOM, {**ANGRY, "threat": 0.97})
    assert d.priority == "urgent", d


# A threat to a member of staff alone is the police's; one to "anyone who gets in the way" at school is the DSL's too.
IN_THE_WAY = [
    ("lunch tomorrow, hollowbrook canteen. bringing a little surprise for Whitaker and anyone who gets in the way", True),
    ("lunch tomorrow, hollowbrook canteen. bringing a little surprise for Whitaker", False),
]


@pytest.mark.parametrize("text,dsl", IN_THE_WAY)
def test_anyone_in_the_way_is_a_pupil_in_danger(text, dsl):
    d = decide(text, TOM, {**ANGRY, "threat": 0.99})
    assert (d.priority, "dsl_review" in d.actions) == ("urgent", dsl), d


# A family's workplace posted: a shrug beside a call to go there is a threat; beside a call to review-bomb, harassment.
FAMILY_WORKPLACE = [
    ("Mr Whitaker's wife is the dentist on the high street, Whitaker Dental next to Greggs. maybe if she gets 200 one "
     "star reviews he'll back down 🤷 just an idea", "high"),
    ("Mr Whitaker's wife is the dentist on the high street. pop in and tell her what we think 🤷", "urgent"),
    # ...but not beside a home, nor where reviews "won't cut it".
    ("Mr Whitaker lives at 14 Beech Close, Hexley. email him, or dont 🤷 just saying", "urgent"),
    ("Mr Whitaker's wife works the tills at the Hexley Aldi, she finishes at 6 🤷 one star reviews wont cut it. just saying",
     "urgent"),
]


@pytest.mark.parametrize("text,priority", FAMILY_WORKPLACE)
def test_a_familys_workplace_and_what_the_post_calls_for(text, priority):
    assert decide(text, TOM, {**ANGRY, "abuse": 0.8, "privacy": 0.9}).priority == priority


# A member of staff's child pointed out for others to target: a veiled threat where the post is hostile.
def test_a_staff_members_child_pointed_out():
    text = ("Whitaker's daughter is in year 8 at Hollowbrook btw, everyone knows who she is. Let's see how the precious "
            "teacher likes it when it's HIS kid getting it in the neck at school")
    assert [f.rule for f in rules.threat_phrases(text)] == ["veiled_threat_if_hostile"]
    assert decide(text, TOM, {**ANGRY, "abuse": 0.8}).priority == "urgent"
    assert not rules.threat_phrases("see how he would like it if it was his kid")
