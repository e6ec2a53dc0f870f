"""Children, allegations and hate, as tables a DSL can read: what goes to the DSL, what the
platform is asked to remove, what goes to the police; and a fine-tuned model's category
scores where the school's model has them."""
from __future__ import annotations

import pytest

from test_triage import ABUSIVE, ANGRY, CALM, HAPPY, SCHOOL_ONLY, TOM, decide

HALE = ("school", "staff:ruth-hale")

# post, about, scores -> priority, categories that must be there, actions that must be there, actions that must not
TABLE = [
    # An allegation that staff harmed a child: the DSL, whatever else scores high, however far
    # the name is from the verb.
    # The member of staff is told (KCSIE Part 4), but when and what the LADO agrees: `why` and the draft say so.
    ("Tom Whitaker of Hollowbrook Academy in Hexley hit a pupil", TOM, HAPPY, "high",
     {"safeguarding"}, {"dsl_review", "inform_staff"}, set()),
    ("Everyone knows Mr Whitaker at Hollowbrook Academy has been fiddling with kids", TOM, ABUSIVE, "high",
     {"safeguarding", "defamation"}, {"dsl_review", "request_removal", "inform_staff"}, set()),
    ("whitaker is a nonce, keep your kids away", TOM, ABUSIVE, "high", {"safeguarding"}, {"dsl_review"}, set()),
    ("Mrs Hale at Hollowbrook has an inappropriate relationship with a year 11 pupil", HALE, CALM, "high",
     {"safeguarding"}, {"dsl_review"}, set()),
    # Racist and other hate abuse of staff: the police and the platform.
    ("Mrs Hale at Hollowbrook Academy should go back to Africa", HALE, ANGRY, "high", {"hate"},
     {"report_police", "request_removal", "inform_staff"}, set()),
    ("the muslim teachers at hollowbrook academy are brainwashing the kids, time we ran them out of hexley",
     SCHOOL_ONLY, ANGRY, "high", {"hate"}, {"report_police", "request_removal"}, set()),
    ("Lovely Eid assembly from our muslim staff at Hollowbrook", SCHOOL_ONLY, HAPPY, "digest", set(), set(), {"report_police"}),
    # A fight filmed: the DSL, and the video taken down.
    ("Fight at Hollowbrook Academy today!! video below, the year 9 girl got absolutely battered", SCHOOL_ONLY, HAPPY,
     "high", {"safeguarding"}, {"dsl_review", "request_removal"}, set()),
    # Pupils named with a year group, in anger: the DSL and removal.
    ("Here's the Year 6 lads from Hollowbrook Academy who bullied my daughter - Jayden Miles, Connor Price, share this",
     SCHOOL_ONLY, ANGRY, "high", {"safeguarding"}, {"dsl_review", "request_removal"}, set()),
    # ...named in praise, the school's own business: no review (the writers asked the DSL for 19 of 171
    # children named with nothing wrong beside them).
    ("Well done Amy Jones in year 6 at Hollowbrook for the county cross country win", SCHOOL_ONLY, HAPPY,
     "digest", set(), set(), {"dsl_review", "request_removal"}),
    # Self-harm written obliquely, and grooming.
    ("my mate in year 10 at hollowbrook keeps saying she doesn't want to be here anymore", SCHOOL_ONLY, CALM,
     "high", {"safeguarding"}, {"dsl_review"}, set()),
    ("some older guy keeps messaging year 8 girls from hollowbrook saying it's their little secret", SCHOOL_ONLY, CALM,
     "high", {"safeguarding"}, {"dsl_review"}, set()),
    # Complaints that use the same words are complaints.
    ("Mrs Hale is pushing the kids too hard with all this homework", HALE, ANGRY, "digest", {"complaint"}, set(), {"dsl_review"}),
    ("Mr Whitaker never listens and just hits them with detentions for nothing", TOM, ANGRY, "digest", {"complaint"}, set(), {"dsl_review"}),
    ("honestly I can't cope anymore with Hollowbrook's homework, no point complaining anymore", SCHOOL_ONLY, ANGRY,
     "digest", {"complaint"}, set(), {"dsl_review"}),
    ("goodbye everyone, last day at Hollowbrook after 20 years!", SCHOOL_ONLY, HAPPY, "digest", {"praise"}, set(), {"dsl_review"}),
    ("Year 9 Biology and Parents Evening, Hollowbrook needs to sort its calendar", SCHOOL_ONLY, ANGRY, "digest",
     {"complaint"}, set(), {"dsl_review", "request_removal"}),
    # Swearing about a decision is a complaint; name-calling aimed at a person is harassment.
    ("Mr Whitaker's new homework policy is fucking ridiculous", TOM, ABUSIVE, "digest", {"complaint"}, set(), {"inform_staff"}),
    ("Mr Whitaker is a useless fat prick", TOM, ABUSIVE, "high", {"harassment"}, {"request_removal", "inform_staff"}, set()),
    # The model's hate score counts beside who someone is, not on a rant about homework.
    ("Hollowbrook homework is a total disgrace", SCHOOL_ONLY, {**ANGRY, "hate": 0.7}, "digest", {"complaint"}, set(), {"report_police"}),
    ("Mrs Hale and her hijab, not what we want teaching our kids", HALE, {**ANGRY, "hate": 0.7}, "high", {"hate"},
     {"report_police"}, set()),
    # An angry parent naming a child with a year: the DSL, not an alarm.
    ("Jake in 6B pushed my son again and Hollowbrook did nothing", SCHOOL_ONLY, ANGRY, "digest", {"safeguarding"},
     {"dsl_review"}, {"request_removal"}),
    # A parent reporting bullying posts nothing inappropriate: no letter to them.
    ("my son is being bullied at Hollowbrook and nobody does anything", SCHOOL_ONLY, ANGRY, "digest",
     set(), set(), {"contact_author", "dsl_review"}),
]


@pytest.mark.parametrize("text,about,scores,priority,categories,actions,absent", TABLE)
def test_safeguarding_and_hate(text, about, scores, priority, categories, actions, absent):
    d = decide(text, about, scores)
    assert d.priority == priority, d
    assert categories <= set(d.categories), d
    assert actions <= set(d.actions), d
    assert not absent & set(d.actions), d


def test_allegation_never_names_the_member_of_staff_when_far_from_the_verb():
    d = decide("Tom Whitaker of Hollowbrook Academy in Hexley hit a pupil", TOM, ANGRY)
    assert d.facts["s141f"] == "1"
    assert "whitaker" not in d.why.lower()
    assert "inform_staff" in d.actions and "only once the LADO has agreed" in d.why


MODEL = {**CALM, "harassment": 0.1, "defamation": 0.1, "safeguarding": 0.1, "privacy": 0.1,
         "data_request": 0.1, "complaint": 0.1, "praise": 0.1, "neutral": 0.6}

# what a fine-tuned model says, beyond the five scores -> priority, category, actions
CATEGORY_SCORES = [
    ({"harassment": 0.9}, "high", "harassment", {"request_removal", "inform_staff"}),
    ({"defamation": 0.8}, "high", "defamation", {"request_removal", "legal_advice", "inform_staff"}),
    ({"safeguarding": 0.8}, "high", "safeguarding", {"dsl_review"}),
    ({"privacy": 0.8}, "high", "privacy", {"report_police", "request_removal", "inform_staff"}),
    # Complaints and praise go to the digest with nothing to do, however angry or glowing.
    ({"complaint": 0.9, "negative": 0.95}, "digest", "complaint", set()),
    ({"praise": 0.9, "positive": 0.95}, "digest", "praise", set()),
]


@pytest.mark.parametrize("extra,priority,category,actions", CATEGORY_SCORES)
def test_a_fine_tuned_models_category_scores(extra, priority, category, actions):
    d = decide("Mr Whitaker at Hollowbrook, read this", TOM, {**MODEL, **extra})
    assert d.priority == priority, d
    assert category in d.categories, d
    assert actions <= set(d.actions), d
    if not actions:
        assert d.actions == (), d


# The model's data-request reading, where the post asks for something; a complaint about the
# school collecting data asks for nothing (round 22).
DATA_REQUESTS = [
    ("Mr Whitaker at Hollowbrook, please send me a copy of everything you hold on my son", True),
    ("Can someone at Hollowbrook DM me his latest report, his mum won't let me see it", True),
    ("Why does Hollowbrook need my son's fingerprint for the canteen? It's data hoovering", False),
    ("WHY DOES HOLLOWBROOK NEED MY DATE OF BIRTH AND A PASSWORD TO COLLECT MY GRANDDAUGHTER", False),
]


@pytest.mark.parametrize("text,asks", DATA_REQUESTS)
def test_a_data_request_the_model_reads_asks_for_something(text, asks):
    d = decide(text, TOM, {**MODEL, "data_request": 0.8})
    assert ("respond_data_request" in d.actions) == asks, d


def test_a_model_without_category_labels_changes_nothing():
    assert decide("Mr Whitaker at Hollowbrook, read this", TOM, CALM).categories == ("neutral",)


# Round 12: an allegation against a member of staff (read by the model, or stated as fact) that
# speaks of a child and of harm anywhere in it is the LADO's: DSL review, s141F.
DEFAMES = {**MODEL, "defamation": 0.8, "neutral": 0.1}
ALLEGED_HARM = [
    ("Miss Rowe in 2R at Hollowbrook shuts the SEN kids in the stock cupboard. My foster son came home with bruises",
     DEFAMES, True),
    ("Ask last years parents what Mr Whitaker did to that boy on the Hollowbrook residential", DEFAMES, True),
    ("Mr Whitaker at Hollowbrook made my daughter run laps till she collapsed, he KNEW about her heart", DEFAMES, True),
    # The same allegation with no child in it, or no harm: the lawyer's, not the LADO's.
    ("Mr Whitaker at Hollowbrook fiddles the exam results every year", DEFAMES, False),
    ("Mr Whitaker at Hollowbrook lied to my son about his grades", DEFAMES, False),
    # The model reads a concern for a child in a post about a member of staff, with harm in it.
    ("DD came home with a bruise and says Mr Whitaker at Hollowbrook 'grabbed her really hard'",
     {**MODEL, "safeguarding": 0.9, "neutral": 0.1}, True),
    ("Mr Whitaker at Hollowbrook noticed my son was struggling and rang me straight away",
     {**MODEL, "safeguarding": 0.9, "neutral": 0.1}, False),
    ("Mr Whitaker at Hollowbrook noticed my son had bruises and rang social services straight away. Thank you",
     {**MODEL, "safeguarding": 0.9, "praise": 0.8, "neutral": 0.1}, False),
    ("Mr Whitaker at Hollowbrook caught some kids with weed behind the science block",
     {**MODEL, "safeguarding": 0.9, "negative": 0.8, "neutral": 0.1}, False),
    ("Mr Whitaker at Hollowbrook shut the gates early and the kids were left outside", DEFAMES, False),
    # Harm and a child in a complaint the model reads as a complaint: no allegation to read.
    ("Mr Whitaker at Hollowbrook let my son get pushed in the lunch queue", {**DEFAMES, "complaint": 0.9}, False),
    # Round 15's, read as complaints by the model: a sister, a ball at a head; beside them, a game of dodgeball.
    ("The TA in Mr Whitaker's class locked my little sister in the stock cupboard as a 'time out'. She is SIX.",
     {**DEFAMES, "complaint": 0.9}, True),
    ("AVOID. Mr Whitaker deliberately threw a ball at my son's head because he answered back, knocked him out",
     {**DEFAMES, "complaint": 0.9}, True),
    ("Mr Whitaker threw the ball at my son in dodgeball and he loved it", {**MODEL, "praise": 0.9}, False),
    # Round 10: "an" before the child, a year group for the child, every tense of the harm.
    ("Mr Whitaker locked an autistic boy in the stock cupboard for an HOUR", DEFAMES, True),
    ("Mr Whitaker sells weed to the year 11s behind the sports hall, everyone knows", DEFAMES, True),
    ("Mr Whitaker threw a ball at a year 7's head ON PURPOSE and broke his nose", DEFAMES, True),
    ("Mr Whitaker threw his weight about at the meeting in front of the kids", DEFAMES, False),
    ("Mr Whitaker broke his promise to the kids about the trip", DEFAMES, False),
    ("Mr Whitaker threw the book at my son for one missed homework", DEFAMES, False),
    ("Mr Whitaker caught a year 10 selling vapes in the toilets", DEFAMES, False),
    ("Mr Whitaker threw a chair across the room at a year 8", DEFAMES, True),
    # Round 14, from the read sets: a past dismissal or record, pupils watched where they change,
    # hands laid on "my kid" before; beside them, a SEN register, a drink-driving rumour, a
    # threat about what has not happened.
    ("Mr Whitaker got sacked from his last school for being a perv, ask anyone at st annes", DEFAMES, True),
    ("ask yourselves why mr whitaker left his last school. sacked for what he did with kids. google it", DEFAMES, True),
    ("Everyone knows Whitaker left his last school over 'something with a girl'", DEFAMES, True),
    ("why is Mr Whitaker allowed round the kids?? he's on the register, my cousin knows his ex", DEFAMES, True),
    ("Mr Whitaker has been caught watching the girls in the changing rooms", DEFAMES, True),
    ("if Mr Whitaker grabs my kid by the hood again he'll regret it", DEFAMES, True),
    ("To be fair to Mr Whitaker he's one man with 200-odd kids on the register", DEFAMES, False),
    ("Mr Whitaker got sacked from his last school for drink driving the minibus", DEFAMES, False),
    ("if Mr Whitaker ever lays a finger on my boy I'll have him", DEFAMES, False),
    ("Mr Whitaker if you touch my son's bike again I'll report you", DEFAMES, False),
    ("if that lad in 4B grabs my son again I'm going to Mr Whitaker", DEFAMES, False),
    # A third review's near misses: someone else did it, an SEN or exam register, a record turnout,
    # a caretaker fixing the girls' toilets, first aid.
    ("My son got suspended for being a creep to a girl, Mr Whitaker handled it well", DEFAMES, False),
    ("Mr Whitaker says he's on the register now so he's allowed extra time in the exam", DEFAMES, False),
    ("Mr Whitaker got a record 40 kids signed up for chess club", DEFAMES, False),
    ("Mr Whitaker seen going into the girls toilets with his toolbox to get the hand dryers fixed", DEFAMES, False),
    ("Mr Whitaker put my lad on the floor in the recovery position and rang 999, a hero", DEFAMES, False),
    ("Mr Whitaker got suspended over something with the Year 6 SATs papers", DEFAMES, False),
    # Round 17, from the read sets: shouted in capitals, a complaint to the model; a door locked in a fire drill.
    ("MR WHITAKER IS A NASTY PEICE OF WORK SHE LOCKED OUR LILY MAE IN THE BOOK CORNER CUPBORD FOR A WHOLE PLAYTIME",
     {**DEFAMES, "complaint": 0.9}, True),
    ("Mr Whitaker was brilliant, she locked our classroom door in the fire drill like she should",
     {**MODEL, "praise": 0.9}, False),
]


@pytest.mark.parametrize("text,scores,lado", ALLEGED_HARM)
def test_an_allegation_that_speaks_of_a_child_and_harm_is_the_dsls(text, scores, lado):
    d = decide(text, TOM, scores)
    assert (d.facts.get("s141f") == "1") == lado, d
    assert not lado or "dsl_review" in d.actions, d


# Counter-speech: hate quoted to condemn or report it is not the author's hate (round 12).
COUNTER_SPEECH = [
    ("Whoever wrote 'send them back' above, you should be ashamed. Mr Whitaker has done more for my son than you "
     "ever will. Reported.", {**HAPPY, "hate": 0.9}, False),
    ("Screenshot of what a so-called friend put about our teacher: 'they let one of THEM run it'. Mr Whitaker "
     "has been brilliant.", {**HAPPY, "hate": 0.9}, False),
    ("Mr Whitaker should go back where he came from", {**ANGRY, "hate": 0.9}, True),
]


@pytest.mark.parametrize("text,scores,hate", COUNTER_SPEECH)
def test_hate_quoted_to_condemn_it_is_not_the_authors(text, scores, hate):
    assert ("hate" in decide(text, TOM, scores).categories) == hate
