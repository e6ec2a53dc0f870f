"""A member of staff the config does not list (a supply teacher, a new TA, "miss nowak"): abuse
aimed at them is abuse of staff, and the headteacher is told to find them and tell them. Beside
each, a post that shares the words and aims at no one."""
from __future__ import annotations

import pytest

from test_triage import ABUSIVE, ANGRY, CALM, HAPPY, NOW, SCHOOL, SCHOOL_ONLY, decide
from monitor.judge.rules import unnamed_staff
from monitor.judge.triage import triage
from monitor.vocab import Post

# text -> the words that name someone on the staff the config cannot list ("" for none)
FOUND = [
    ("waiting for the supply at the 41 stop after school today", "the supply"),
    ("POV: the new supply in 9M tryna say thirty three #supplyteacher", "the new supply"),
    ("that supply teacher needs to go back where she came from", "that supply teacher"),
    ("miss nowak but we call her miss no-wax in 9M", "miss nowak"),
    ("the school supply got the biggest back no cap", "the school supply"),
    ("#hba #supplyteacher day 3", "supplyteacher"),
    ("the dinner lady screamed at my son for dropping his tray", "the dinner lady"),
    ("our cover supervisor got reduced to tears again lol", "our cover supervisor"),
    # Round 49's: one person by what they wear ("the teacher in the headscarf"); not a uniform rule.
    ("the teacher in the headscarf at hollowbrook shouldnt be allowed near english kids", "the teacher in the headscarf"),
    # Words that are no member of staff.
    ("i miss school already", ""),
    ("the water supply to the school was off all morning", ""),
    ("supply chain problems mean no new laptops this term", ""),
    ("we will really miss you all", ""),
    # A title and a name where nothing speaks of teaching: Mr Blobby at the fair, Miss World.
    ("miss nowak but we call her miss no-wax", ""),
    ("Mr Blobby will be at the fair, his car is the pink one", ""),
    # "miss" spoken to is every woman on the staff, listed or not: it names no one.
    ("nice flat on Kingsley Road miss 🙂 see u monday x", ""),
    ("Can the parents supply cakes for the bake sale?", ""),
    ("the uniform supply shop is open Saturday", ""),
    ("my mum was a supply teacher for 20 years", ""),
    # Anyone's, not someone's: "a dinner lady", "a supply teacher"; and a teacher remembered by title
    # beside a role a listed member holds ("the current head lives on Foxglove Way").
    ("he made stuff up about a dinner lady in year 3", ""),
    ("we had a supply teacher in maths today", ""),
    ("Mrs Hartley's reading corner in year 6 was lovely. the current head lives on Foxglove Way", ""),
    ("missing the supply of decent teachers in this town", ""),
    ("the school's supply lives at 14 Kingsley Road", "the school's supply"),
    ("the town's drug supply runs through the estate", ""),
    ("a teacher in a headscarf came to talk about ramadan", ""),
    ("the lady in the headscarf on reception at hollowbrook should go back", "the lady in the headscarf"),
    ("the lady in the headscarf at the bus stop was lovely", ""),
    ("the muslim TA at hollowbrook shouldnt be allowed near our kids", "the muslim TA"),
    ("that TA with the nose ring in 2R is a joke", "that TA with the nose ring"),
]


@pytest.mark.parametrize("text,words", FOUND)
def test_a_member_of_staff_the_config_cannot_list(text, words):
    found = [f.evidence for f in unnamed_staff(text)]
    assert (found[0] if found else "") == words


@pytest.mark.parametrize("text,words", [
    # The school's own names are "school" to the rule, its places "town", whatever the school is called.
    ("the hollowbrook supply lives at 14 Kingsley Road", ["the school supply"]),
    ("#hollowbrook supply teacher cried again in 9M", ["supply teacher"]),
    ("all of us miss Hollowbrook already, the teachers were great", []),
    ("Miss Hexley 2026 is coming to the school fair, she teaches zumba", []),
    ("miss nowak in 9M at hollowbrook is useless", ["miss nowak"]),
    # A listed member of staff by name is never unlisted, whatever title is written.
    ("Miss Hale in 9M at hollowbrook is useless", []),
])
def test_the_schools_own_names_are_no_one(text, words):
    from monitor.judge.targets import unlisted

    assert [f.evidence for f in unlisted(text, "", SCHOOL)] == words


def test_she_in_a_reply_is_the_member_of_staff_the_thread_is_about():
    context = "Comment under a clip of the supply teacher"
    assert [f.evidence for f in unnamed_staff("she smells like cabbage", context)] == \
        ["the supply teacher (the post it answers)"]
    assert unnamed_staff("they smell like cabbage", context) == ()
    assert unnamed_staff("she smells like cabbage", "Comment under the school's Christmas post") == ()


SCORN = {**ABUSIVE, "threat": 0.3}
SCORNED = {**SCORN, "harassment": 0.9}  # as the fine-tuned model scores a pile-on

# post, scores -> priority, the actions that must be there
TABLE = [
    # A threat to the supply teacher: the police, and she must be found and told.
    ("gonna batter the supply at hollowbrook tomorrow", {**ANGRY, "threat": 0.97}, "urgent",
     {"report_police", "request_removal", "inform_staff"}),
    # Her home posted: doxxing of a member of staff.
    ("the hollowbrook supply lives at 14 Kingsley Road, blue door", {**ANGRY, "privacy": 0.9}, "high",
     {"report_police", "request_removal", "inform_staff"}),
    # A daily campaign against her: harassment, a series.
    ("got the hollowbrook supply to cry AGAIN. day 3 of making her cry, she'll quit by friday", {**ANGRY, "abuse": 0.6}, "high",
     {"request_removal", "inform_staff"}),
    # Abuse of her: harassment, tell her.
    ("the hollowbrook supply teacher is a fat ugly cow", SCORN, "high", {"request_removal", "inform_staff"}),
]


@pytest.mark.parametrize("text,scores,priority,actions", TABLE)
def test_abuse_of_an_unlisted_member_of_staff(text, scores, priority, actions):
    d = decide(text, SCHOOL_ONLY, scores)
    assert d.priority == priority, d
    assert actions <= set(d.actions), d
    assert "a member of staff the config does not list" in d.why, d


@pytest.mark.parametrize("text,scores", [
    ("the supply at hollowbrook was lovely today, we made slime", HAPPY),
    ("hollowbrook keeps using supply teachers instead of hiring, my son has had 5 this term", ANGRY),
    ("the water supply at hollowbrook was off so school closed early", CALM),
    ("thank you miss for a brilliant year at hollowbrook", HAPPY),
    # A review's probes: numbers and addresses beside words for staff, posted kindly or in a moan.
    ("Supply teacher needed at Hollowbrook from Monday, ring Jo on 07700 900123", CALM),
    ("Thanks sir! Hollowbrook office number is 01632 960123 if anyone needs it", HAPPY),
    ("Can the parents supply cakes for Hollowbrook's bake sale? ring me on 07700 900123", HAPPY),
    ("Hollowbrook PTA: the uniform supply shop is at 14 Mill Lane, open Saturday", CALM),
    ("Hollowbrook sorry miss, I'm such an idiot, forgot my PE kit again", ABUSIVE),
    ("Miss World stole the show at Hollowbrook, absolute legend", HAPPY),
    ("The supply teacher at Hollowbrook is useless, day 3 of no homework set", ANGRY),
])
def test_posts_about_supply_and_cover_that_aim_at_no_one_stay_in_the_digest(text, scores):
    d = decide(text, SCHOOL_ONLY, scores)
    assert d.priority == "digest", d
    assert "inform_staff" not in d.actions, d


def test_a_listed_member_of_staff_is_named_not_unlisted():
    # "Mrs Hale" is on the staff list: the matching names her; the rule never calls her unlisted.
    d = decide("Mrs Hale is a fat ugly cow", SCHOOL_ONLY, SCORN)
    assert "does not list" not in d.why, d


def test_a_reply_under_a_clip_of_the_supply_is_abuse_of_her():
    post = Post(id="1", text="she smells like cabbage 🥬 they all do", author="x", published=NOW, platform="tiktok",
                context="Comment on a repost of the HBA supply teacher clip")
    d = triage(post, SCHOOL_ONLY, SCORNED, [], SCHOOL, {})
    assert d.priority == "high" and {"request_removal", "inform_staff"} <= set(d.actions), d
