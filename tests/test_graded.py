"""What an uncertain match means downstream, as a table a DSL can read.

A post only possibly about us is never dropped when it may be harmful: it reaches the DSL at
`high` at least, saying why it may not be ours. A harmless one stays out of digests. The grade
and its reason are stored beside `about` and shown on the item page.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from connectors.base import FetchResult, Mention
from monitor.config.types import School, Staff
from monitor.ingest.matching import assess
from monitor.ingest.poll import ingest
from monitor.judge.graded import triage_graded
from monitor.vocab import Post

SCHOOL = School(
    id="hba", name="Hollowbrook Academy", aliases=("Hollowbrook",), locality=("Hexley",), exclude=("Ontario",),
    staff=(Staff("tom-whitaker", "Tom Whitaker", "Year 6 teacher", ("Mr Whitaker",)),
           Staff("gareth-lloyd", "Gareth Lloyd", "PE teacher", ("Mr Lloyd",), nicknames=("Gaz",))))
NOW = datetime(2026, 12, 1, 12, 0, tzinfo=timezone.utc)
CALM = {"abuse": 0.05, "hate": 0.01, "threat": 0.01, "negative": 0.2, "positive": 0.2}
ANGRY = {**CALM, "negative": 0.9, "abuse": 0.6}
THREAT = {**ANGRY, "threat": 0.8}


def judge(text: str, scores=CALM):
    a = assess(text, "", SCHOOL)
    post = Post(id="1", text=text, author="someone", published=NOW, platform="x")
    return a, triage_graded(post, a.about, a.possible, a.grade, a.why, scores, [], SCHOOL, {}, now=NOW)


# post, scores -> match grade, priority, words `why` must hold
TABLE = [
    # A namesake's full name, harmless: possible, out of digests.
    ("Gareth Lloyd, 54, of Cardiff, was fined £200 for speeding on the M4", CALM,
     "possible", "ignore", "kept out of digests"),
    ("Gareth Lloyd scored twice for Cardiff on Saturday", CALM, "possible", "ignore", "kept out of digests"),
    # The same name in a threat: the DSL sees it, told why it may not be ours.
    ("Gareth Lloyd is going to get hurt one of these days", THREAT, "possible", "high", "May not be about us"),
    # A threat the rules read is urgent even so.
    ("Gareth Lloyd is getting stabbed when I see him", THREAT, "possible", "urgent", "May not be about us"),
    ("I know where Gareth Lloyd lives, 14 Mill Lane, go and pay him a visit", ANGRY, "possible", "urgent",
     "May not be about us"),
    # A threat beside a namesake's team or trade (round 15): the DSL's today, no page.
    ("Gareth Lloyd misses THAT conversion in the 79th min. i swear down i will end him #CardiffRugby", THREAT,
     "possible", "high", "May not be about us"),
    ("Gareth Lloyd should be dropped, Cardiff deserve better. Somebody break his legs before Saturday", THREAT,
     "possible", "high", "May not be about us"),
    ("Gareth Lloyd deserves a proper kicking after that cheap shot in the second half. See him in the tunnel", THREAT,
     "possible", "high", "May not be about us"),
    # ...but not a weapon beside the namesake's team, nor a knock on the door.
    ("Gareth Lloyd kicked me off the rugby squad so I'm bringing a knife to training tomorrow", THREAT,
     "possible", "urgent", "May not be about us"),
    # A class code and nothing else of ours: the DSL sees a threat today, no page; a weapon still pages.
    ("tyler in 9M is getting stabbed after school tomorrow at the rec", THREAT, "possible", "high", "the class code"),
    ("bringing my dads knife in tmrw for that kid in 9M", THREAT, "possible", "urgent", "the class code"),
    ("well done to the lads in 9M for the quiz", CALM, "possible", "ignore", "kept out of digests"),
    # A year group and a school day, no school named (round 34): the DSL sees a threat, and a year group never pages.
    ("everyone in year 10 stay off the field at lunch tomorrow. trust me 🙂🔥", THREAT, "possible", "high", "the year group"),
    ("bringing my dads knife in tmrw for the year 9s at lunch", THREAT, "possible", "high", "the year group"),
    ("year 10 were so loud at lunch today", CALM, "possible", "ignore", "kept out of digests"),
    # ...and a child's farewell calls 999, whoever's child it is.
    ("cant do this anymore, im ending it tonight. tell 9M i said bye", CALM, "possible", "urgent", "in danger now"),
    # Harassment the rules find (a campaign, name-calling) on a surname alone: the DSL sees it, told why
    # it may not be ours; beside a namesake's trade it stays out of digests (round 18).
    ("lloyd's a snake. everyone email him every day til he quits, make it non stop", ANGRY, "possible", "high",
     "May not be about us"),
    ("That barrister Gareth Lloyd should be struck off, what a clown", ANGRY, "possible", "ignore", "kept out of digests"),
    # Likely: about us, and `why` says how sure and why.
    ("Mr Lloyd at hollowbrook shouted at my son in PE", ANGRY, "likely", "digest", "About us: the match is likely"),
    # Sure: `why` as before.
    ("Hollowbrook Academy rated Good by Ofsted", CALM, "sure", "digest", "Mentions Hollowbrook Academy"),
    # Nobody of ours: ignore, as before.
    ("Lovely walk by the river today", CALM, "no", "ignore", "Not about the school or its staff"),
]


@pytest.mark.parametrize("text, scores, grade, priority, said", TABLE)
def test_an_uncertain_match_downstream(text, scores, grade, priority, said):
    a, d = judge(text, scores)
    assert (a.grade, d.priority) == (grade, priority), d.why
    assert said in d.why


def test_a_possibly_harmful_post_goes_to_the_dsl():
    a, d = judge("Gareth Lloyd is getting stabbed when I see him", THREAT)
    assert a.about == () and a.possible == ("staff:gareth-lloyd",)
    assert "dsl_review" in d.actions and "threat" in d.categories
    assert "possible_match" in d.rules


def test_the_grade_travels_into_the_database_beside_about(store):
    def mention(ext: str, text: str) -> Mention:
        return Mention(source="x", external_id=ext, url=f"https://x.example/{ext}", text=text,
                       published=NOW - timedelta(hours=1), author="a", platform="x")

    result = FetchResult((mention("1", "Gareth Lloyd is getting stabbed when I see him"),
                          mention("2", "Mr Lloyd at hollowbrook shouted at my son in PE"),
                          mention("3", "Cake recipe")), "c1")
    ingest(store, "x", result, [SCHOOL], NOW)
    got = {i.external_id: (i.about, i.match_grade, i.possible) for i in store.items()}
    assert got == {"1": ((), "possible", ("staff:gareth-lloyd",)),
                   "2": (("school", "staff:gareth-lloyd"), "likely", ())}
    why = {i.external_id: i.match_why for i in store.items()}
    assert why["2"] == ("school likely: bare 'hollowbrook' + school words 'my son', 'pe', staff 'Mr Lloyd'; "
                        "staff:gareth-lloyd likely: 'Mr Lloyd' + the school")
    # Only the id of the post about nobody is kept.
    assert [tuple(r) for r in store.conn.execute("SELECT external_id FROM seen")] == [("3",)]


def test_a_threat_capped_at_high_does_not_say_call_999():
    # A high alert pages nobody, so it must not open with "call 999" (a review of round 8).
    a, d = judge("Gareth Lloyd misses another conversion for Cardiff on Saturday and I will end him", THREAT)
    assert (a.grade, d.priority) == ("possible", "high"), d.why
    assert "call_999" not in d.actions and {"report_police", "dsl_review"} <= set(d.actions)


# The street of our gates or our bus named with children or the end of the school day, and nothing else of ours (round
# 33): a harmful post reaches the DSL, a weapon still pages; a neighbour's feud, a lost cat and the town's bare name
# match nothing.
STREETS = School(id="hba", name="Hollowbrook Academy", aliases=("Hollowbrook",), locality=("Hexley", "Marlow Road", "Station Lane", "the 41"),
                 exclude=("Ontario",), staff=())


@pytest.mark.parametrize("text, scores, grade, priority", [
    ("ginger kid on the 41 thinks hes hard. hes getting battered monday", THREAT, "possible", "high"),
    ("round 2 tomorrow at the rec on station lane 3:30. jaydens cousin coming with a blade this time 🔪", THREAT,
     "possible", "urgent"),
    ("girls waiting at the 41 stop at half 3, lost a purse, anyone seen it?", CALM, "possible", "ignore"),
    ("if the bloke on Station Lane parks across my drive again I'll knock him spark out", THREAT, "no", "ignore"),
    ("Lost cat, ginger tom, last seen around Station Lane on Sunday night", CALM, "no", "ignore"),
    ("Hexley council are useless, bins not collected again", ANGRY, "no", "ignore"),
])
def test_our_street_alone(text, scores, grade, priority):
    a = assess(text, "", STREETS)
    post = Post(id="1", text=text, author="someone", published=NOW, platform="x")
    d = triage_graded(post, a.about, a.possible, a.grade, a.why, scores, [], STREETS, {}, now=NOW)
    assert (a.grade, d.priority) == (grade, priority), d.why



# ...or named by the thread a neighbour posts in (round 65's "Youths on Station Lane"), with children in the post.
@pytest.mark.parametrize("text, context, scores, grade, priority", [
    ("I've started filming them from my bedroom window every afternoon. Which girls hang about with which boys. Some of "
     "them can't be more than 11.", "Youths on Station Lane", ANGRY, "possible", "ignore"),
    ("the lads from the pub had a massive fight last night, someone got glassed", "Station Lane residents", THREAT, "no", "ignore"),
    ("Someone's smashed my car window again, third time this year", "Station Lane & Peel Street Residents", ANGRY, "no", "ignore"),
])
def test_our_street_in_the_thread(text, context, scores, grade, priority):
    a = assess(text, context, STREETS)
    post = Post(id="1", text=text, author="someone", published=NOW, platform="x", context=context)
    d = triage_graded(post, a.about, a.possible, a.grade, a.why, scores, [], STREETS, {}, now=NOW)
    assert (a.grade, d.priority) == (grade, priority), d.why