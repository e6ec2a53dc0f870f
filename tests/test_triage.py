"""Triage, as tables a DSL can read: a post and its scores, and what the school should do."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from monitor.config.types import School, Staff
from monitor.judge.triage import one_calendar_month, triage
from monitor.vocab import ACTIONS, Decision, Post, PriorPost

SCHOOL = School(
    id="hba", name="Hollowbrook Academy", aliases=("Hollowbrook",), locality=("Hexley",),
    staff=(Staff("tom-whitaker", "Tom Whitaker", "Year 6 teacher", ("Mr Whitaker",)),
           Staff("ruth-hale", "Ruth Hale", "Headteacher", ("Mrs Hale",))))
TOM = ("school", "staff:tom-whitaker")
SCHOOL_ONLY = ("school",)
NOW = datetime(2026, 11, 24, 15, 0, tzinfo=timezone.utc)

CALM = {"abuse": 0.05, "hate": 0.01, "threat": 0.01, "negative": 0.2, "positive": 0.2}
ANGRY = {**CALM, "negative": 0.9}
ABUSIVE = {**CALM, "abuse": 0.95, "negative": 0.95}
HAPPY = {**CALM, "positive": 0.95, "negative": 0.02}


def decide(text, about=TOM, scores=CALM, history=(), policy=None, when=NOW, author="dad_of_3") -> Decision:
    post = Post(id="1", text=text, author=author, published=when, platform="reddit")
    return triage(post, about, scores, list(history), SCHOOL, policy or {})


# post, who it is about, scores -> priority, categories that must be there, actions that must be there
TABLE = [
    # Threats to a named person: urgent, police, removal, tell the member of staff.
    ("Mr Whitaker better watch his back", TOM, ANGRY, "urgent", {"threat"}, {"report_police", "request_removal", "inform_staff"}),
    ("I know where Whitaker lives", TOM, CALM, "urgent", {"threat"}, {"report_police", "inform_staff"}),
    ("see you at pickup Whitaker", TOM, ANGRY, "urgent", {"threat"}, {"report_police"}),
    # With a time or place: call 999.
    ("I'm going to batter Whitaker tomorrow at pickup", TOM, ABUSIVE, "urgent", {"threat"}, {"call_999", "report_police"}),
    ("bringing a knife to Hollowbrook on Monday", SCHOOL_ONLY, ANGRY, "urgent", {"threat"}, {"call_999", "report_police"}),
    # The model alone: a threat score high enough is urgent, a middling one high.
    ("he will regret crossing my family", TOM, {**ANGRY, "threat": 0.97}, "urgent", {"threat"}, {"report_police"}),
    ("Whitaker is going to get hurt one of these days", TOM, {**ANGRY, "threat": 0.6}, "high", {"threat"}, {"report_police"}),
    # ...but not an angry complaint with no violent word in it.
    ("Whitaker's detentions are a disgrace, I am furious", TOM, {**ANGRY, "threat": 0.6}, "digest", {"complaint"}, set()),
    # ...unless the model is surer than that (threat_plain).
    ("Whitaker is going to regret this, mark the date", TOM, {**ANGRY, "threat": 0.8}, "high", {"threat"}, {"report_police"}),
    # Doxxing of staff.
    # An address posted is doxxing: the police and the platform today. With menace, a threat: urgent.
    ("Mr Whitaker lives at 14 Larch Close HX4 7QT", TOM, CALM, "high", {"privacy"}, {"report_police", "request_removal", "inform_staff"}),
    ("Mr Whitaker lives at 14 Larch Close HX4 7QT. go say hi", TOM, CALM, "urgent", {"privacy", "threat"},
     {"report_police", "request_removal", "inform_staff"}),
    # An address is a place to find him, not a time: no 999 call without a when.
    ("Tom Whitaker lives at 14 Mill Lane, Hexley HX4 7QT. Someone should pay him a visit.", TOM, ANGRY, "urgent",
     {"threat", "privacy"}, {"report_police", "request_removal", "inform_staff"}),
    # ...and his address beside "pay him a visit" is a threat however calmly it is put.
    ("Tom Whitaker lives at 14 Mill Lane, Hexley HX4 7QT. Someone should pay him a visit.", TOM, CALM, "urgent",
     {"threat", "privacy"}, {"report_police", "request_removal", "inform_staff"}),
    ("Lovely to see you at pickup, ring me on 07700 900123 about the Hollowbrook bake sale", SCHOOL_ONLY, HAPPY,
     "digest", set(), set()),
    ("Whitaker's car is KX19 ABC if anyone wants to have a word", TOM, CALM, "urgent", {"privacy"}, {"report_police"}),
    # A call to go there, however it is put: a threat.
    ("Whitaker lives at 14 Larch Close. For any dads who want to have a 'chat' about it", TOM, CALM, "urgent",
     {"privacy", "threat"}, {"report_police"}),
    ("Whitaker lives at 14 Larch Close, blue door. Go and give him some christmas cheer lads", TOM, CALM, "urgent",
     {"privacy", "threat"}, {"report_police"}),
    ("Whitaker lives at 14 Larch Close. Go and knock on his door and tell him what you think", TOM, CALM, "urgent",
     {"privacy", "threat"}, {"report_police"}),
    ("Whitaker lives at 14 Larch Close in case anyone fancies asking him face to face", TOM, CALM, "urgent",
     {"privacy", "threat"}, {"report_police"}),
    # ...not the author's own wish to talk, nor a question for him: doxxing, the police today, no page.
    ("Whitaker lives at 14 Larch Close, I just want to talk to him face to face like an adult", TOM, CALM, "high",
     {"privacy"}, {"report_police"}),
    ("Whitaker lives at 14 Larch Close if anyone wants to ask him why the heating's off", TOM, CALM, "high",
     {"privacy"}, {"report_police"}),
    # A review's near misses: kindness, errands and a report of someone else's doxxing page nobody.
    ("Mr Whitaker retires Friday, he lives at 14 Larch Close, go and give him a card", TOM, CALM, "high",
     {"privacy"}, {"report_police"}),
    ("Found Mr Whitaker's wallet, he lives at 14 Larch Close so I'll go and knock on his door later", TOM, CALM, "high",
     {"privacy"}, {"report_police"}),
    ("Whitaker lives at 14 Larch Close, anyone fancy telling him well done for the MBE?", TOM, CALM, "high",
     {"privacy"}, {"report_police"}),
    ("Someone posted that Whitaker lives at 14 Larch Close for any dads who want to have a 'chat'. Reported it. Disgusting.",
     TOM, CALM, "high", {"privacy"}, {"report_police"}),
    # Round 22's: the family at work and a "little chat"; taking it up with him outside school hours.
    ("Mr Whitaker's wife works at the Hexley Tesco on the fish counter. Might pop in and have a little chat with her "
     "about her husband", TOM, ANGRY, "urgent", {"privacy", "threat"}, {"report_police"}),
    ("Whitaker's wife runs the dog groomers off Mill Lane, they live in the flat above it. in case anyone wants to "
     "take the detention thing up with him outside school hours 👀", TOM, CALM, "urgent", {"privacy", "threat"}, {"report_police"}),
    ("Whitaker's wife runs the dog groomers off Mill Lane, they live in the flat above it, in case anyone needs to "
     "drop the raffle prizes off with him", TOM, CALM, "high", {"privacy"}, {"report_police"}),
    # Hate.
    ("Whitaker should go back to his own country", TOM, ABUSIVE, "high", {"hate"}, {"report_police", "request_removal", "inform_staff"}),
    # Safeguarding.
    ("Mr Whitaker grabbed my son by the arm and left bruises", TOM, ANGRY, "high", {"safeguarding"}, {"dsl_review"}),
    # ...also when the member of staff is named in full, or by their job.
    ("Tom Whitaker hit a child at Hollowbrook Academy", TOM, ANGRY, "high", {"safeguarding"}, {"dsl_review"}),
    ("Tom Whitaker assaulted a pupil", TOM, CALM, "high", {"safeguarding"}, {"dsl_review"}),
    ("the Year 6 teacher at Hollowbrook grabbed my son", SCHOOL_ONLY, ANGRY, "high", {"safeguarding"}, {"dsl_review"}),
    ("an older man keeps messaging the year 8 girls from Hollowbrook", SCHOOL_ONLY, ANGRY, "high", {"safeguarding"}, {"dsl_review"}),
    ("Jake Smith in year 9 at Hollowbrook is a grass, sort him out", SCHOOL_ONLY, ABUSIVE, "high", {"safeguarding"}, {"dsl_review", "request_removal"}),
    # Bullying in a complaint, no child named or at risk: the complaint's (no DSL for any of the read sets' 19).
    ("my son is being bullied at Hollowbrook and nobody does anything", SCHOOL_ONLY, ANGRY, "digest", {"complaint"}, set()),
    # Defamation.
    ("Mr Whitaker was arrested for fraud at his last school", TOM, ANGRY, "high", {"defamation"}, {"request_removal", "legal_advice", "inform_staff"}),
    # Abuse of a named member of staff.
    ("Whitaker is a useless fat prick", TOM, ABUSIVE, "high", {"harassment"}, {"request_removal", "inform_staff"}),
    # Data request.
    ("Hollowbrook: this is a subject access request for my son's records", SCHOOL_ONLY, CALM, "high", {"data_request"}, {"respond_data_request"}),
    # Legitimate criticism and praise: the digest, no actions.
    ("Hollowbrook's homework policy is a shambles, three pieces a night for 7 year olds", SCHOOL_ONLY, ANGRY, "digest", {"complaint"}, set()),
    ("Mr Whitaker's marking is slow and the feedback is vague", TOM, ANGRY, "digest", {"complaint"}, set()),
    ("Mr Whitaker is an amazing teacher, my daughter loves him", TOM, HAPPY, "digest", {"praise"}, set()),
    ("Lovely to see you at pickup Mr Whitaker, thanks for everything", TOM, HAPPY, "digest", {"praise"}, set()),
    ("Hollowbrook open evening is on Thursday at 6pm", SCHOOL_ONLY, CALM, "digest", {"neutral"}, set()),
    # Idioms are not threats.
    ("I'm going to kill it at my Hollowbrook interview tomorrow", SCHOOL_ONLY, HAPPY, "digest", set(), set()),
]


@pytest.mark.parametrize("text,about,scores,priority,categories,actions", TABLE)
def test_triage_table(text, about, scores, priority, categories, actions):
    d = decide(text, about, scores)
    assert d.priority == priority, d
    assert categories <= set(d.categories), d
    assert actions <= set(d.actions), d
    assert d.why
    assert list(d.actions) == [a for a in ACTIONS if a in d.actions]


@pytest.mark.parametrize("text,scores", [
    ("Hollowbrook's homework policy is a shambles", ANGRY),
    ("Mr Whitaker never replies to emails, really poor communication", {**ANGRY, "abuse": 0.4}),
    ("Brilliant nativity from year 2, well done Hollowbrook", HAPPY),
    ("Oh great, another INSET day. Thanks Hollowbrook", {**ANGRY, "positive": 0.6}),
])
def test_complaints_and_praise_are_never_urgent_or_high(text, scores):
    d = decide(text, TOM, scores)
    assert d.priority == "digest"
    assert not {"call_999", "report_police", "legal_advice"} & set(d.actions)


def test_not_about_us_is_ignored():
    d = decide("I'll stab him", about=(), scores=ABUSIVE)
    assert d.priority == "ignore" and d.actions == () and d.categories == ()


def test_idiom_is_not_a_threat_even_when_the_post_is_negative():
    d = decide("Mr Whitaker's class are going to kill it at sports day, watch out Ashdown", TOM, HAPPY)
    assert "threat" not in d.categories


def test_friendly_see_you_at_pickup_is_not_a_threat():
    assert "threat" not in decide("see you at pickup Mr Whitaker!", TOM, HAPPY).categories


def test_threat_facts_name_the_target_and_the_time():
    d = decide("I'm going to batter Whitaker tomorrow at pickup", TOM, ABUSIVE)
    assert d.facts["targets"] == "tom-whitaker"
    assert "tomorrow" in d.facts["imminence"]
    assert "Tom Whitaker" in d.why


def test_staff_harm_allegation_never_names_the_member_of_staff():
    d = decide("Mr Whitaker grabbed my son by the arm and left bruises", TOM, ANGRY)
    assert d.facts["s141f"] == "1"
    assert "whitaker" not in d.why.lower() and "tom" not in d.why.lower()
    assert "dsl_review" in d.actions


@pytest.mark.parametrize("posted,due", [
    (datetime(2026, 11, 24, 9, tzinfo=timezone.utc), "2026-12-24"),
    (datetime(2027, 1, 31, 9, tzinfo=timezone.utc), "2027-02-28"),
    (datetime(2028, 1, 31, 9, tzinfo=timezone.utc), "2028-02-29"),
    (datetime(2026, 12, 15, 9, tzinfo=timezone.utc), "2027-01-15"),
    # 23:30 UTC on 31 March is 00:30 on 1 April in London: the school's calendar counts.
    (datetime(2026, 3, 31, 23, 30, tzinfo=timezone.utc), "2026-05-01"),
])
def test_subject_access_request_deadline_is_one_calendar_month(posted, due):
    d = decide("Under GDPR I want a copy of all the data you hold on my daughter", SCHOOL_ONLY, CALM, when=posted)
    assert d.facts["data_request_deadline"] == due
    assert "respond_data_request" in d.actions


def test_one_calendar_month():
    from datetime import date
    assert one_calendar_month(date(2026, 8, 31)) == date(2026, 9, 30)
    assert one_calendar_month(date(2026, 12, 31)) == date(2027, 1, 31)


def prior(days_ago, categories=("harassment",), about=TOM, priority="digest", n=1):
    return PriorPost(id=f"p{days_ago}-{n}", published=NOW - timedelta(days=days_ago), about=about,
                     categories=categories, priority=priority)


# history of this author -> actions that must be there, actions that must not
HISTORY = [
    ((), set(), {"report_police", "legal_advice"}),
    ((prior(3),), {"report_police"}, {"legal_advice"}),
    ((prior(30), prior(10)), {"report_police", "legal_advice"}, set()),
    # Earlier posts about someone else, or harmless ones, are not a course of conduct.
    ((prior(3, about=("school", "staff:ruth-hale")),), set(), {"report_police"}),
    ((prior(3, categories=("complaint",)),), set(), {"report_police"}),
    # Too long ago to be related (course_days = 90).
    ((prior(200),), set(), {"report_police"}),
]


@pytest.mark.parametrize("history,present,absent", HISTORY)
def test_course_of_conduct(history, present, absent):
    d = decide("Whitaker is a useless fat prick", TOM, ABUSIVE, history=history)
    assert present <= set(d.actions), d
    assert not absent & set(d.actions), d
    if present:
        assert "harassment" in d.categories and d.priority in ("urgent", "high")


def test_policy_overrides_thresholds():
    scores = {**ABUSIVE, "abuse": 0.7}
    assert decide("Whitaker is an idiot", TOM, scores).priority == "digest"
    assert decide("Whitaker is an idiot", TOM, scores, policy={"abuse_high": 0.6}).priority == "high"
    assert "harassment" not in decide("Whitaker is an idiot", TOM, scores, policy={"abuse": 0.8}).categories


@pytest.mark.parametrize("text,history,contact", [
    # A parent posting abuse: ask them to take it down and use the complaints policy.
    ("As a parent I think Whitaker is a useless prick", (), True),
    # A parent complaining again in public uses social media no worse than the first time (seed 004 writes
    # to parents for inappropriate use): the digest, no letter. The read sets' writers asked for 4 in 89.
    ("My son's class still has no proper teacher, third time I've said it", (prior(5, categories=("complaint",)),), False),
    # A parent's first complaint: just the digest.
    ("My son's class still has no proper teacher", (), False),
    # Not a parent.
    ("Whitaker is a useless prick", (), False),
])
def test_parent_contact(text, history, contact):
    scores = ABUSIVE if "prick" in text else ANGRY
    d = decide(text, TOM, scores, history=history)
    assert ("contact_author" in d.actions) == contact, d


# The model alone, with no violent word and no veiled phrase: believed only where it also reads
# the post as hostile and not as a complaint or praise. Scores as the fine-tuned model gives them.
WARM_BUT_THREAT = {**CALM, "threat": 0.9, "positive": 0.7, "negative": 0.2, "praise": 0.8}
MOAN_BUT_THREAT = {**CALM, "threat": 0.9, "negative": 0.8, "complaint": 0.7}
COLD_THREAT = {**CALM, "threat": 0.9, "negative": 0.8, "abuse": 0.6}


@pytest.mark.parametrize("text,scores,is_threat", [
    ("Fair play Mrs Hale, stood at the gate in the rain every morning", WARM_BUT_THREAT, False),
    ("The car park at pickup is carnage every single day", MOAN_BUT_THREAT, False),
    ("Mrs Hale should think very carefully about Friday's meeting", COLD_THREAT, True),
    # A violent word lets the model count however the post otherwise reads.
    ("Mrs Hale will get hurt if this carries on", MOAN_BUT_THREAT, True),
])
def test_the_model_alone_on_a_threat_needs_a_hostile_reading(text, scores, is_threat):
    d = decide(text, about=("school", "staff:ruth-hale"), scores=scores)
    assert ("threat" in d.categories) is is_threat, d


@pytest.mark.parametrize("scores,defamation", [
    ({**ANGRY, "defamation": 0.8}, True),
    ({**ANGRY, "defamation": 0.8, "complaint": 0.7}, False),  # a parent's account of a bad day
    ({**HAPPY, "defamation": 0.8, "praise": 0.9}, False),
])
def test_the_model_alone_on_defamation_steps_aside_for_a_complaint_or_praise(scores, defamation):
    d = decide("Mr Whitaker set three pages of homework over the weekend", scores=scores)
    assert ("defamation" in d.categories) is defamation, d
