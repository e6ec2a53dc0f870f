"""Hate, harassment campaigns and routines posted in menace, as triage tables a DSL can read:
a post and its scores, and what the school should do; beside each, a legitimate post that
shares its words and must stay in the digest."""
from __future__ import annotations

import pytest

from test_triage import ABUSIVE, ANGRY, CALM, HAPPY, SCHOOL_ONLY, TOM, decide
from monitor.vocab import ACTIONS

RUTH = ("school", "staff:ruth-hale")
HATE_POLICE = {"report_police", "request_removal", "inform_staff"}
CAMPAIGN = {"request_removal", "inform_staff"}

# post, who it is about, scores -> priority, categories that must be there, actions that must be there
TABLE = [
    # Hate at a member of staff, however it is spelt: the police, removal, and tell them.
    ("Mrs Hale is a w0g and always will be", RUTH, ABUSIVE, "high", {"hate"}, HATE_POLICE),
    ("send Hale back to Ghana, she's ruined the place", RUTH, ANGRY, "high", {"hate"}, HATE_POLICE),
    ("Whitaker needs deporting, simple", TOM, ANGRY, "high", {"hate"}, HATE_POLICE),
    ("our schools should be run by British people not the likes of Hale", RUTH, ANGRY, "high", {"hate"}, HATE_POLICE),
    ("Mr Whitaker can't even speak English, how is he teaching", TOM, ANGRY, "high", {"hate"}, HATE_POLICE),
    ("look who they've put in charge of Hollowbrook 🦍", RUTH, ABUSIVE, "high", {"hate"}, HATE_POLICE),
    # Round 28's (read in round 16): the antisemitic echo, who "really runs" the schools, headscarves counted.
    ("Of course Hollowbrook are bringing a rabbi in. Wake up Hexley, look who runs the schools. (((them)))",
     SCHOOL_ONLY, CALM, "high", {"hate"}, {"report_police", "request_removal"}),
    ("Hollowbrook bend over backwards for this lot. We all know who really runs the council", SCHOOL_ONLY, CALM, "high",
     {"hate"}, {"report_police", "request_removal"}),
    ("Hollowbrook sibling places this year: count the headscarves at the gate", SCHOOL_ONLY, CALM, "high", {"hate"},
     {"report_police", "request_removal"}),
    # Apes beside "the head", with no member of staff named: racist abuse all the same.
    ("HOLLOWBROOK = 🐒 SCHOOL 🐒 HEAD IS A 🦍🦍🦍", SCHOOL_ONLY, ANGRY, "high", {"hate"}, {"report_police", "request_removal"}),
    # Aimed at pupils: a safety matter for the DSL as well.
    ("the p@ki kids in year 8 at Hollowbrook should be sent back", SCHOOL_ONLY, ABUSIVE, "high", {"hate", "safeguarding"},
     {"report_police", "request_removal", "dsl_review"}),
    # A campaign against a member of staff: removal, tell them; a series is a course of conduct
    # (the police), and one sustained past ten days ("day 11 of asking") is for the solicitor too.
    ("Day 11 of asking why Tom Whitaker still has a job. I'll post every day until he's gone", TOM, ANGRY, "high",
     {"harassment"}, CAMPAIGN | {"report_police", "legal_advice"}),
    ("Day 3 of asking why Tom Whitaker still has a job. I'll post every day until he answers", TOM, ANGRY, "high",
     {"harassment"}, CAMPAIGN | {"report_police"}),
    ("I'll keep tagging Hollowbrook till Whitaker answers me", TOM, ANGRY, "high", {"harassment"}, CAMPAIGN | {"report_police"}),
    ("everyone go and leave Whitaker a 1 star review, he deserves it", TOM, ANGRY, "high", {"harassment"}, CAMPAIGN),
    ("someone photoshop Whitaker's face onto a donkey and pass it round", TOM, ANGRY, "high", {"harassment"}, CAMPAIGN),
    # Ridicule of looks in anger, and a mocking series, are harassment too.
    ("has anyone seen Whitaker waddling to his car, needs his own postcode 😂", TOM, ANGRY, "high", {"harassment"}, CAMPAIGN),
    ("POV: Whitaker trying to work the projector 💀 follow for more hollowbrook teachers", TOM, CALM, "high",
     {"harassment"}, CAMPAIGN),
    ("Mr Whitaker's husband works at the garage on Mill Road, small world", TOM, CALM, "high", {"privacy"},
     {"report_police", "request_removal", "inform_staff"}),
    # A campaign to drive someone out is hostile however calmly it is put.
    ("marking Whitaker's handwriting every single day until he quits. day 3: illegible", TOM, CALM, "high",
     {"harassment"}, CAMPAIGN | {"report_police"}),
    # Veiled threats: "he's getting it", "go round there tonight", a day named bare.
    ("3.15 at the gate, he's getting it", TOM, ANGRY, "urgent", {"threat"}, {"report_police", "inform_staff"}),
    ("Whitaker lives on Mill Lane. let's all go round there tonight", TOM, ANGRY, "urgent", {"threat", "privacy"},
     {"report_police", "call_999"}),
    ("I'm coming back with my brothers monday and Whitaker is getting battered", TOM, ABUSIVE, "urgent", {"threat"},
     {"report_police", "call_999"}),
    # A laugh does not take back a weapon, nor "jk... unless" a threat.
    ("if Whitaker gives me detention tomorrow im bringing my cousin's knife in 😂😂", TOM, ANGRY, "urgent", {"threat"},
     {"report_police"}),
    ("gonna kill whitaker at pickup lol jk... unless 🙂", TOM, ANGRY, "urgent", {"threat"}, {"report_police"}),
    # The threat buried in the middle of a long, chatty post is still a threat.
    ("Bake sale went well, thanks all. If Whitaker keeps my lad in again I'll break every finger he's got. "
     "Anyway, who has the raffle tickets?", TOM, CALM, "urgent", {"threat"}, {"report_police", "inform_staff"}),
    ("parking at pickup is worse than ever. someone will put him through his own windscreen one day", TOM, ANGRY,
     "urgent", {"threat"}, {"report_police"}),
    ("that Hale woman wants putting in the ground", RUTH, ANGRY, "urgent", {"threat"}, {"report_police", "inform_staff"}),
    # Hate in a chatty post: "put a black woman in charge", "her own sort".
    ("PTA notes: we never had problems before they put a black woman in charge and she hired her own sort", RUTH, CALM,
     "high", {"hate"}, HATE_POLICE),
    # A personal inbox posted for others to use: doxxing, for the police and the platform today.
    ("Mrs Hale's personal email is r.hale.home@gmail.com, everyone send her your views", RUTH, ANGRY, "high",
     {"privacy"}, {"report_police", "request_removal", "inform_staff"}),
    # Where to find someone in person, with a call to go there: a threat, however it is put.
    ("Mrs Hale's house is the one on Beech Rise with the red door. she wont feel so smug when people start turning up",
     RUTH, ANGRY, "urgent", {"privacy", "threat"}, {"report_police", "request_removal", "inform_staff"}),
    ("Hale lives on Kingsley Close, number 14. If the school won't listen maybe she will at home", RUTH, ANGRY, "urgent",
     {"privacy", "threat"}, {"report_police", "request_removal", "inform_staff"}),
    ("Mrs Hale's husband works on the tills at the big Tesco. go and tell him what you think of his wife 😂", RUTH,
     ABUSIVE, "urgent", {"privacy", "threat"}, {"report_police", "request_removal", "inform_staff"}),
    ("For anyone who wants a word with Mr Whitaker in person: 14 Birchwood Close. Knock loud", TOM, ANGRY, "urgent",
     {"privacy", "threat"}, {"report_police", "request_removal", "inform_staff"}),
    # Round 47's: a call to go and get answers, or to "go and ask him", beside where someone lives.
    ("For all the parents who want to 'have a word' with Mrs Hale, she lives at 14 Larch Drive, the grey one with the "
     "Volvo. go and get your answers", RUTH, CALM, "urgent", {"privacy", "threat"},
     {"report_police", "request_removal", "inform_staff"}),
    ("Mr Whitaker lives on Beech Road, white Transit with the ladder on top. Maybe someone should go and ask him why "
     "he's so keen to protect her", TOM, ANGRY, "urgent", {"privacy", "threat"}, {"report_police", "request_removal", "inform_staff"}),
    # A phone number with "ring her", or an address with a letter to drop off: doxxing, not a threat.
    ("Mrs Hale's mobile is 07700 900418, ring her yourselves and keep ringing", RUTH, ANGRY, "high",
     {"privacy"}, {"report_police", "request_removal", "inform_staff"}),
    ("Does Mrs Hale still live on Fernhill Drive? Need to drop a letter round about my son's exclusion", RUTH, ANGRY,
     "high", {"privacy"}, {"report_police", "request_removal", "inform_staff"}),
    # A routine posted in menace is a threat; a habit sets no moment: the police today, not 999.
    ("silver Toyota Yaris, parks on Mill Road every morning about 7.50. just saying", TOM, CALM, "urgent",
     {"threat", "privacy"}, {"report_police", "request_removal", "inform_staff"}),
    ("I know which way Mrs Hale walks to her car. Be a shame if anything happened", RUTH, CALM, "urgent", {"threat"},
     {"report_police", "inform_staff"}),
    # A car and where it parks, posted without menace: doxxing.
    ("Whitaker drives a red Ford Fiesta, parks on Mill Road every day", TOM, CALM, "high", {"privacy"},
     {"report_police", "request_removal", "inform_staff"}),
    # A neighbour's welcome that gives the address away (round 14): doxxing, not menace.
    ("Whitaker has moved in at number 22 Beech Crescent, little white Fiat so watch out for them on the corner! Welcome!",
     TOM, HAPPY, "high", {"privacy"}, {"request_removal", "inform_staff"}),
    ("Whitaker lives at number 22 Beech Crescent, little white Fiat. Watch out.", TOM, ANGRY, "urgent", {"threat", "privacy"},
     {"report_police", "request_removal", "inform_staff"}),
    # Round 14's: an address with "for anyone who wants to let him know ... go on"; "just so people know"
    # is doxxing (five of six writers called it high, not urgent).
    ("Whitaker lives on Fern Close, number 22, blue door. Just so people know what's living round the corner", TOM, ANGRY,
     "high", {"privacy"}, {"report_police", "request_removal", "inform_staff"}),
    ("For anyone who wants to let Whitaker know how they feel, he lives at 14 Ashdown Close. Go on.", TOM, ANGRY,
     "urgent", {"threat", "privacy"}, {"report_police", "request_removal", "inform_staff"}),
    # Sexualised rating of identifiable pupils: the DSL, and down it comes.
    ("rate the year 10 girls at Hollowbrook out of 10, names in the comments", SCHOOL_ONLY, ANGRY, "high", {"safeguarding"},
     {"dsl_review", "request_removal"}),
]

# Legitimate posts that share those words: the digest, no police, no solicitor.
LEGITIMATE = [
    # A rebuke of someone else's doxxing is not doxxing.
    ("posting Mr Whitaker's road and which school his own kids go to on a public forum is NOT OK. Reported.", TOM, ANGRY),
    ("Everyone tell Mr Whitaker how brilliant the Year 6 play was!", TOM, HAPPY),
    ("Day 3 of our Year 6 residential: canoeing today, Mr Whitaker fell in", TOM, HAPPY),
    ("Mr Whitaker parks on the zig zags every morning at drop off, it's dangerous", TOM, ANGRY),
    ("Mrs Hale sent him back to class after the fire drill", RUTH, CALM),
    ("The Year 1 zoo trip was brilliant, Mrs Hale with the monkeys 🐒", RUTH, HAPPY),
    ("Mr Whitaker teaches English and French to year 6", TOM, CALM),
    # Who runs things, said of a club or a rota; counting at a school gate, of something else.
    ("Mr Whitaker asked who runs the school's chess club now, look who runs the schools' league too", TOM, CALM),
    ("Mr Whitaker, count the heads before the coach leaves please!", TOM, HAPPY),
    ("Sending (((hugs))) to Mr Whitaker and all the staff after such a sad week. Thinking of you all", TOM, HAPPY),
    ("Guess who runs the school today? Year 6 Takeover Day, Mr Whitaker has handed over his office!", TOM, HAPPY),
    ("Whitaker's class are getting it done, great work on the project", TOM, HAPPY),
    ("the state of Mr Whitaker in his panto dress 😂 what a legend, best Christmas show yet", TOM, HAPPY),
    # Hyperbole: a fed-up parent's "I'll kill him" with a laugh straight after, or "not literally".
    ("if Whitaker sets ONE more poster project I will actually kill him 😂😂", TOM, {**ANGRY, "threat": 0.97}),
    ("I'll murder the next Hollowbrook parent who blocks my drive. Not literally", SCHOOL_ONLY, {**ANGRY, "threat": 0.8}),
    ("Email the office at office@hollowbrook.sch.uk about Mrs Hale's trip letter", RUTH, CALM),
    ("parents who want to have a word with Mrs Hale about the trip can come to Friday's coffee morning", RUTH, CALM),
    ("someone should go and ask Mr Whitaker why the trip letter is late", TOM, ANGRY),
]


@pytest.mark.parametrize("text,about,scores,priority,categories,actions", TABLE)
def test_abuse_table(text, about, scores, priority, categories, actions):
    d = decide(text, about, scores)
    assert d.priority == priority, d
    assert categories <= set(d.categories), d
    assert actions <= set(d.actions), d
    assert list(d.actions) == [a for a in ACTIONS if a in d.actions]


@pytest.mark.parametrize("text,about,scores", [
    # An address beside an invitation is doxxing at most, never a threat (a review's probes).
    ("Mr Whitaker's art exhibition is at 14 Mill Lane on Saturday, people should go and see it", TOM, HAPPY),
    ("Mr Whitaker runs the chess club at 14 Mill Lane. Someone should go and ask him about joining", TOM, HAPPY),
    ("Parents who want to have a word with Mr Whitaker about the trip: he's at 14 Mill Lane on Tuesday 4pm", TOM, CALM),
    ("Mr Whitaker parks by the gate every morning at 8, people should go and see his new electric car", TOM, HAPPY),
])
def test_an_invitation_beside_an_address_is_no_threat(text, about, scores):
    d = decide(text, about, scores)
    assert d.priority != "urgent" and "threat" not in d.categories and "call_999" not in d.actions, d


@pytest.mark.parametrize("text,about,scores", LEGITIMATE)
def test_legitimate_posts_sharing_the_words_stay_in_the_digest(text, about, scores):
    d = decide(text, about, scores)
    assert d.priority == "digest", d
    assert not {"threat", "hate", "harassment", "privacy"} & set(d.categories), d
    assert not {"call_999", "report_police", "legal_advice"} & set(d.actions), d


@pytest.mark.parametrize("text,about,scores,to_dsl", [
    # Hate that names the children themselves, or places them in a form: the DSL too.
    ("the polish kids at Hollowbrook stink", SCHOOL_ONLY, {**ABUSIVE, "hate": 0.9}, True),
    ("all the muslims at Hollowbrook should be sent back, her lot in 10C especially", SCHOOL_ONLY, ABUSIVE, True),
    # Hate at a member of staff that speaks of children as who it claims to protect: the police, not the DSL.
    ("Mr Whitaker is a f@g, keep him away from our kids", TOM, ABUSIVE, False),
])
def test_hate_goes_to_the_dsl_only_when_aimed_at_pupils(text, about, scores, to_dsl):
    d = decide(text, about, scores)
    assert "hate" in d.categories and "report_police" in d.actions, d
    assert ("dsl_review" in d.actions) == to_dsl, d


HATEFUL = {**ANGRY, "hate": 0.9}


@pytest.mark.parametrize("text,about,scores,hate", [
    # Where the model reads hate, what the post says of where someone is from, their faith, their
    # food or who they love makes it hate: the police and the platform, not the complaints policy.
    ("the SENCO at hollowbrook looks like he just got off the boat", SCHOOL_ONLY, HATEFUL, True),
    ("Mrs Hale should go back to running a corner shop, deputy head my arse", RUTH, HATEFUL, True),
    ("Ruth Hale needs sending b4ck to afr1ca tbh", RUTH, HATEFUL, True),
    ("no wonder Hale's got the job, diversity hires top to bottom. get some proper english people in", RUTH, HATEFUL, True),
    ("turning the place into a madrasa, more hijabs than school jumpers", SCHOOL_ONLY, HATEFUL, True),
    ("everyone knows Whitaker's bent, shouldn't be near the changing rooms", TOM, HATEFUL, True),
    ("Mr Whitaker and his 'partner' teaching our kids about families", TOM, HATEFUL, True),
    # The same words where the model reads no hate: a school's ordinary news and moans.
    ("Lovely Diwali assembly at Hollowbrook, and the Eid display is gorgeous", SCHOOL_ONLY, HAPPY, False),
    ("Mrs Hale sent him back to class without even ringing me", RUTH, ANGRY, False),
    ("Year 2's jungle topic and the boat trip were brilliant, thank you Mrs Hale", RUTH, HAPPY, False),
    ("Whitaker bent over backwards for my son this year", TOM, HAPPY, False),
    ("the curry at the Hollowbrook fair was cold and £6 a tray, absolute rip off", SCHOOL_ONLY, ANGRY, False),
    # Sent back to class is no one sent back to a country, whatever the model says; a parent who
    # stands up for Travellers' children, a bent referee, a kind word: none is hate (a review's posts).
    ("Whitaker sent my son back to class with a bleeding nose, disgraceful", TOM, HATEFUL, False),
    ("Hollowbrook's traveller liaison quit and the travellers' kids are being failed again. Shameful", SCHOOL_ONLY,
     HATEFUL, False),
    ("all the traveller kids at hollowbrook are thieving little sods", SCHOOL_ONLY, HATEFUL, True),
    ("That ref is bent, Mr Lloyd should have complained", ("school", "staff:gareth-lloyd"), HATEFUL, False),
    ("Thank you Mrs Hale for your kind words at the Romans day", RUTH, HATEFUL, False),
    # Where the model is all but sure, no word of who someone is need be written (round 26).
    ("Hale wants to turn hollowbrook into lagos. run a school over there love, leave ours alone", RUTH,
     {**ANGRY, "hate": 0.97}, True),
    ("whoever wrote 'turn hollowbrook into lagos' about Mrs Hale should be ashamed", RUTH, {**ANGRY, "hate": 0.97},
     False),
    ("can't believe people are still saying the Hollowbrook head isn't British. Shame on them.", RUTH,
     {**ANGRY, "hate": 0.97}, False),
    ("I'm not racist but Hale should be running a school back where she came from", RUTH, {**ANGRY, "hate": 0.97}, True),
])
def test_what_is_said_of_who_someone_is_makes_the_models_hate_count(text, about, scores, hate):
    d = decide(text, about, scores)
    assert ("hate" in d.categories) == hate, d
    if hate:
        assert {"report_police", "request_removal"} <= set(d.actions), d
