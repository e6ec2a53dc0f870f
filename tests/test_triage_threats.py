"""Threats, as tables a DSL can read: whose threat it is, when it is for, and whether the
time it names is still ahead when we read it."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from monitor.judge import rules
from monitor.judge.rules.timing import over_at
from test_triage import ABUSIVE, ANGRY, CALM, HAPPY, SCHOOL, SCHOOL_ONLY, TOM
from monitor.judge.triage import triage
from monitor.vocab import Post

# Read on Wednesday 2 December 2026 at noon, London (UTC in winter).
NOW = datetime(2026, 12, 2, 12, 0, tzinfo=timezone.utc)
FRESH = NOW - timedelta(hours=3)
ELEVEN_DAYS = NOW - timedelta(days=11)


def decide(text, about=TOM, scores=CALM, posted=FRESH, now=NOW):
    post = Post(id="1", text=text, author="someone", published=posted, platform="x")
    return triage(post, about, scores, [], SCHOOL, {}, now=now)


# post, scores, posted -> priority, 999 call?, police?
IMMINENCE = [
    ("I'm going to batter Whitaker tomorrow at pickup", ABUSIVE, FRESH, "urgent", True, True),
    # The same words eleven days on: the pickup has been and gone. Still a threat to him.
    ("I'm going to batter Whitaker tomorrow at pickup", ABUSIVE, ELEVEN_DAYS, "urgent", False, True),
    ("bringing a knife to Hollowbrook on Monday", ANGRY, ELEVEN_DAYS, "urgent", False, True),
    # Posted on Sunday 29 November: "on Friday" is 4 December, still ahead.
    ("bringing a knife to Hollowbrook on Friday", ANGRY, datetime(2026, 11, 29, 20, tzinfo=timezone.utc), "urgent", True, True),
    # A weapon and no time: near while the post is fresh, not weeks later.
    ("someone should take a knife to Whitaker", ABUSIVE, FRESH, "urgent", True, True),
    ("someone should take a knife to Whitaker", ABUSIVE, NOW - timedelta(days=20), "urgent", False, True),
    # A place and a weekday: Gaz's Wednesday five-a-side is tonight.
    ("someone needs to wait for Whitaker in the leisure centre car park after his 6pm five a side on weds",
     CALM, datetime(2026, 12, 1, 22, tzinfo=timezone.utc), "urgent", True, True),
    # A threat with no time or place: the police, not 999.
    ("Mr Whitaker better watch his back", ANGRY, FRESH, "urgent", False, True),
    # Times as people write them: a bare clock time, "2moz", a routine's hour, a date, a bus stop.
    ("not deleting nothing. 3.15 Whitaker is getting it, anyone who wants to stand with me is welcome",
     ANGRY, FRESH, "urgent", True, True),
    ("ill b at the gate 2moz n Whitaker is gonna get it proper", ANGRY, FRESH, "urgent", True, True),
    ("I know you leave by the Station Lane gate at about half five Mr Whitaker. I would hate for there to be any "
     "unpleasantness", CALM, FRESH, "urgent", True, True),
    ("Last day of term Hollowbrook is going to get what's coming to it. 18th December. Remember I warned you",
     ANGRY, FRESH, "urgent", True, True),
    ("Last day of term Hollowbrook is going to get what's coming to it. 18th December. Remember I warned you",
     ANGRY, datetime(2025, 12, 1, 9, tzinfo=timezone.utc), "urgent", False, True),
    ("that little grass who snitched on Whitaker's class is getting done in at the 41 stop", ANGRY, FRESH,
     "urgent", True, True),
    # Round 32's (read in round 18): tomorrow misspelt, "b4 skool", a staff car park, a street of the town.
    ("ppl who leaked r addresses deserve a visit. Whitaker 1st. 2morow b4 skool 👊👊", {**ANGRY, "threat": 0.9}, FRESH,
     "urgent", True, True),
    # Round 34's reading of the read sets: a place alone, a habit or "one night" sets no moment. The police
    # today, not 999 (the writers: 82 such posts without 999, 13 with).
    ("Mr Whitaker better watch his back in that staff car park. Just a friendly word.", ANGRY, FRESH, "urgent", False, True),
    ("Whitaker, we know which train you get home. Would be a shame if something happened on Station Lane one night.",
     CALM, FRESH, "urgent", False, True),
    ("Mr Whitaker better watch his back in that staff car park at home time tomorrow", ANGRY, FRESH, "urgent", True, True),
    # Numbers that are not dates: "3 marks", "5 decent answers" name no time.
    ("Whitaker better watch his back, 3 marks and 5 decent answers is all my lad got", ANGRY, FRESH, "urgent", False, True),
    # In the families' other languages: "kal pickup pe" (tomorrow at pickup), "jutro" (tomorrow).
    ("kal pickup pe main us Whitaker ko dekh lunga, Marlow Road gate pe", ANGRY, FRESH, "urgent", True, True),
    ("Jutro przy bramie: zabiję go, tego Whitakera", ANGRY, FRESH, "urgent", True, True),
    ("Whitaker ko dekh lunga, bas", ANGRY, FRESH, "urgent", False, True),
]


@pytest.mark.parametrize("text,scores,posted,priority,call,police", IMMINENCE)
def test_imminence_reads_the_posts_age(text, scores, posted, priority, call, police):
    d = decide(text, TOM if "Whitaker" in text else SCHOOL_ONLY, scores, posted)
    assert d.priority == priority, d
    assert ("call_999" in d.actions) == call, d
    assert ("report_police" in d.actions) == police, d


def test_a_passed_time_is_said_in_why():
    d = decide("I'm going to batter Whitaker tomorrow at pickup", TOM, ABUSIVE, ELEVEN_DAYS)
    assert d.facts["imminence_passed"] == "tomorrow, at pickup"
    assert "posted 11 days ago" in d.why and "no 999 call" in d.why


def test_without_a_clock_every_named_time_is_ahead():
    d = decide("I'm going to batter Whitaker tomorrow at pickup", TOM, ABUSIVE, ELEVEN_DAYS, now=None)
    assert "call_999" in d.actions


# evidence, posted (local London time) -> the moment it is over
OVER = [
    ("tomorrow", datetime(2026, 11, 30, 21, 0), datetime(2026, 12, 2, 0, 0)),
    ("tonight", datetime(2026, 11, 30, 21, 0), datetime(2026, 12, 1, 6, 0)),
    ("on weds", datetime(2026, 11, 30, 9, 0), datetime(2026, 12, 3, 0, 0)),
    # Said on a Wednesday, "on Wednesday" means next week's.
    ("on Wednesday", datetime(2026, 12, 2, 9, 0), datetime(2026, 12, 10, 0, 0)),
    # Friday evening's "at pickup" is Monday's.
    ("at pickup", datetime(2026, 12, 4, 18, 0), datetime(2026, 12, 8, 0, 0)),
    ("in the car park", datetime(2026, 12, 1, 9, 0), datetime(2026, 12, 4, 9, 0)),
    ("2moz", datetime(2026, 11, 30, 21, 0), datetime(2026, 12, 2, 0, 0)),
    # A date: the end of that day, this year's or, once it is behind the post, next year's.
    ("18th December", datetime(2026, 12, 1, 9, 0), datetime(2026, 12, 19, 0, 0)),
    ("2 jan", datetime(2026, 12, 1, 9, 0), datetime(2027, 1, 3, 0, 0)),
]


@pytest.mark.parametrize("evidence,posted,over", OVER)
def test_when_a_named_time_is_over(evidence, posted, over):
    utc = posted.replace(tzinfo=timezone.utc)  # London is on UTC in winter
    assert over_at(evidence, utc).replace(tzinfo=None) == over


# post, scores -> is it the author's threat?
WHOSE = [
    ("police are investigating threats against a Hexley teacher", {**ANGRY, "threat": 0.8}, False),
    ("whoever wrote 'someone should stab Whitaker' needs to grow up", {**ANGRY, "threat": 0.9}, False),
    ('Someone posted "I\'ll kill Mr Whitaker" on the Hexley page. Reported it. Disgusting.', {**ANGRY, "threat": 0.9}, False),
    ("A Hexley man was arrested after threatening to stab a teacher at Hollowbrook", {**ANGRY, "threat": 0.7}, False),
    # The one who wrote it placed first, a headline, a quotation with apostrophes of its own.
    ("Someone in Hexley Parents Chat actually wrote 'Whitaker needs a brick through his window'. It's with the police now",
     {**ANGRY, "threat": 0.9}, False),
    ("Teen arrested after 'I'll shoot up Hollowbrook' post. Lessons running as normal", {**CALM, "threat": 0.9}, False),
    ("Saw someone in the Gazette comments saying Mr Whitaker 'deserves a kicking'. Disgusting. He got my son through "
     "the worst year of his life", {**HAPPY, "threat": 0.8}, False),
    # Round 28's: the people "saying" or "posting" the quoted words, told off.
    ("people in these comments saying 'hope someone stabs Whitaker' need to get a life. police should be knocking on "
     "your doors", {**ANGRY, "threat": 0.8}, False),
    ("To the people posting 'Whitaker should be hanged' under the Gazette's post: that isn't free speech, it's a crime",
     {**ANGRY, "threat": 0.8}, False),
    # Round 22's: the page's own comment reported, and a denial.
    ("Absolutely disgusted by the comment someone left on the school's page last night - 'someone should burn that "
     "school down with Whitaker inside'. The page deleted it and the police have been told", {**ANGRY, "threat": 0.8}, False),
    ("Nobody's going to hurt Mr Whitaker, calm down 😂 the lads just want the goals put back up", {**ANGRY, "threat": 0.7}, False),
    # The model alone pages nobody for a joke with no violent word; a weapon with a laugh is no joke.
    ("I'd just let Whitaker's tyres down 😂 see how quick he learns", {**ANGRY, "threat": 0.89}, False),
    ("swear down if Whitaker makes me do the bleep test tomoz im bringing my brothers blade 😂😂",
     {**ANGRY, "threat": 0.8}, True),
    ("Someone in the Hollowbrook U14 parents WhatsApp just said 'Whitaker wants stabbing'. No. Absolutely not.",
     {**ANGRY, "threat": 0.9}, False),
    ("whoever keeps sharing the 'dont come in tomorrow' post about Whitaker's school, STOP. its a hoax",
     {**ANGRY, "threat": 0.9}, False),
    # A threat passed on while it is live is a warning to act on, not news: "she's not joking",
    # "do I send it to school?". Once the police or a court have it, it is news again.
    ("Heads up to the school. Kayden's mum told the year 6 group she's going to 'drag Whitaker out by his hair' "
     "at parents evening. She's not joking", ANGRY, True),
    ("A dad in the class chat posted 'Whitaker better not be at the fair saturday because I'm coming'. Do I "
     "screenshot and send it to school?", ANGRY, True),
    ('People are literally writing that someone should "drag Whitaker out by his hair" on Friday. Reported every '
     "single one", ANGRY, False),
    ("Kayden's mum was arrested after saying she'd 'drag Whitaker out by his hair'. She's not joking, that one",
     ANGRY, False),
    ("For the record, the stuff posted about Whitaker is disgusting. 'Watch his back' is not a planning objection. "
     "Report those posts", {**ANGRY, "threat": 0.8}, False),
    # Round 11: a threat reposted while it is live ("screenshot before he deletes it", "someone
    # tell the school") is still a threat to act on.
    ("Screenshot before he deletes it. Lee's comment: 'ill be at the gate tmrw and I'll batter Whitaker'",
     {**ANGRY, "threat": 0.9}, True),
    ("ppl sharing this from a year 10 gc: 'bringin my bruvs knife, whitaker gna get it 4 real' idk if its a joke but "
     "someone tell the school", {**ANGRY, "threat": 0.9}, True),
    # Round 12: the one who saw it asks what to do: still live, not news.
    ("My son is in a discord server and someone just put this in it: 'bringing my brothers blade tmrw, Whitaker is "
     "getting it'. I genuinely don't know what to do", {**ANGRY, "threat": 0.6}, True),
    ("someone in my server keeps typing 'gonna stab Whitaker thurs' and the mods do nothing. do i report it somewhere",
     {**ANGRY, "threat": 0.6}, True),
    ("Someone wrote 'gonna stab Whitaker thurs' last month. He was arrested, what do we do now to support the school?",
     {**ANGRY, "threat": 0.6}, False),
    # A third review's: asking what to do about a threat the school and police settled is not a live warning,
    # nor is an unrelated question in a post that condemns one.
    ('Someone wrote "I\'m going to stab Mr Whitaker" in the Year 9 group chat last week. School dealt with it, the lad\'s '
     "been excluded. I don't know what to do to reassure my daughter", {**ANGRY, "threat": 0.6}, False),
    ('Whoever wrote "Whitaker deserves a slap" is a coward. Anyway Year 6 trip is Friday, what do we do about packed lunches?',
     {**ANGRY, "threat": 0.6}, False),
    ("reported 'gonna stab Whitaker friday' weeks ago, nothing's been done, it's still up. Who do I tell now?",
     {**ANGRY, "threat": 0.6}, True),
    # Round 10: a translation put right, a son's message explained.
    ("PSA: the post Google turned into 'I will shoot Whitaker tomorrow' actually says she'll take a photo of his class",
     {**ANGRY, "threat": 0.9}, False),
    ("Just to be clear, no one is threatening Mr Whitaker. My son's 'gonna end Whitaker' message was about FIFA",
     {**ANGRY, "threat": 0.9}, False),
    # Condemning one threat while making another is still a threat.
    ("whoever wrote that needs to grow up. I'll batter Whitaker myself", ABUSIVE, True),
    ("Someone should stab Mr Whitaker", ABUSIVE, True),
    # Round 31's, read in round 18: a threat kept before it is deleted and handed on is still to
    # happen; the same words once the police have it, or from last year, are a report.
    ('Screenshotting this before he deletes it. A dad just put "if Whitaker gives my lad one more detention I\'ll be '
     'waiting for him in the car park friday and he won\'t be walking out of it". Please someone tell the school.',
     {**ANGRY, "threat": 0.6}, True),
    ('A dad put "I\'ll be waiting for Whitaker in the car park friday" and has been arrested, police are investigating.',
     {**ANGRY, "threat": 0.6}, False),
    ('Last year someone wrote "I\'ll batter Whitaker at the gate". I rang 101 back in March and he was excluded.',
     {**ANGRY, "threat": 0.6}, False),
    # Round 36's: a warning of harm still to come, passed on as hearsay, is the school's to act on now;
    # the same warning called a hoax, or with the police investigating, is not.
    ("WARNING: hearing from several parents there's a fight planned with Whitaker's class THIS FRIDAY at the back "
     "gate. Word is someone's bringing a blade. Keep your kids home. Police have been told.", {**ANGRY, "threat": 0.6}, True),
    ("heads up, the 'fight planned with Whitaker's class THIS FRIDAY at the back gate' post is the same hoax from "
     "last year. ignore it", {**ANGRY, "threat": 0.6}, False),
    ("Police are investigating a fight planned with Whitaker's class at the back gate on Friday, a spokesperson said.",
     {**ANGRY, "threat": 0.6}, False),
    ("be careful what you post lads, someone said they'd stab Whitaker on Friday as a joke and he got excluded",
     {**ANGRY, "threat": 0.6}, False),
    # A review's: hearsay of violence still to come is a threat to act on though no threat is quoted.
    ("Is anyone else hearing that someone is planning to set fire to Whitaker's classroom tonight??", CALM, True),
    ("WARNING: hearing that an account is DMing Whitaker's year 6 girls offering free photo shoots tonight", CALM, False),
    ("Word is some year 10s are planning to jump a year 7 by the basketball court at Whitaker's block after school tomorrow",
     CALM, True),
    ("Warning: Storm Bert is going to batter Hexley tomorrow, Whitaker's class trip is off", CALM, False),
    # Round 43's: what the children are saying, passed on with a plea to tell the school.
    ("My son says year 9 boys are saying someone's bringing a knife to Whitaker's back gate after school today. "
     "PLEASE can someone tell the school, I've rung and it's engaged", CALM, True),
    ("My son says year 9 boys are saying someone's bringing cakes to Whitaker's class after school today", CALM, False),
    ("Word is Year 6 are planning to kill Mr Whitaker with silly string on his last day of term 😂", CALM, False),
    ("Heads up: bring a torch for Whitaker's class lantern parade on Friday, it gets dark early", CALM, False),
    ("Warning: knife crime awareness assembly for Whitaker's year 6 on Thursday, some parents may want to talk first",
     CALM, False),
    # Round 36's: "screenshot this" from the threat's author dares readers to keep it; "I screenshot it" reports it.
    ("tomorrow after school im waiting for Whitaker by the back gate. hes done. screenshot this", {**ANGRY, "threat": 0.9}, True),
    ('Whoever wrote "im waiting for Whitaker by the back gate" - I screenshot it and sent it to the school',
     {**ANGRY, "threat": 0.6}, False),
    # Round 21: the author rebukes the words they quote or answer, with no frame naming who wrote them.
    ("ppl sayin 'someone should batter whitaker' under that vid r actually braindead. leave the man alone",
     {**ANGRY, "threat": 0.9}, False),
    ("'watch ur back whitaker' under a post about 6 year olds reading. seriously?? reported. do better.",
     {**ANGRY, "threat": 0.9}, False),
    ("Mark I'm with you on the parking but you can't write 'put him through the staffroom window' about Mr "
     "Whitaker. Edit it.", {**ANGRY, "threat": 0.9}, False),
    ("Shaun get that down NOW. Whitaker's kids live there. That's not on", {**ANGRY, "threat": 0.9}, False),
    ("To the man who wrote 'I know where Mr Whitaker lives' on here last night, I've reported you.",
     {**ANGRY, "threat": 0.9}, False),
    # ... not a rebuke that makes a threat of its own, nor a threat kept before it is deleted, nor a
    # veiled threat with its day to come passed round (a review's).
    ("'whitaker wont know what hit him on monday' is going round the year 6 chat... please stop sharing it",
     {**ANGRY, "threat": 0.6}, True),
    ("'watch ur back' was too soft. reported? good. Whitaker, I'll batter you at the gate", ABUSIVE, True),
    ("Screenshotted before he deleted it: 'ill break whitakers jaw in the car park friday'. He's in this group.",
     {**ANGRY, "threat": 0.9}, True),
    # Round 44's: kept and spread the same way ("reposting this snap before it goes", "snap story going round").
    ('reposting this snap before it goes: "whitaker is gettin stabbed after skl 2moro no cap" ...someone tell him fr',
     {**CALM, "threat": 0.6}, True),
    ("reposting this before it goes, whitaker's nativity was the best ever", {**HAPPY, "threat": 0.1}, False),
]


@pytest.mark.parametrize("text,scores,threat", WHOSE)
def test_reporting_and_counter_speech_are_not_the_authors_threat(text, scores, threat):
    d = decide(text, TOM, scores)
    assert ("threat" in d.categories) == threat, d
    assert (d.priority == "urgent") == threat, d


# post, scores -> urgent threat?
THREATS = [
    ("Whitaker better watch his back lol jk 😂... unless 🙂", {**CALM, "threat": 0.2}, True),
    # "ur dead to me" disowns; "ur dead" threatens.
    ("POV ur PE teacher tells ur mum u skipped cross country 😭😭 whitaker ur dead to me 💀", {**CALM, "threat": 0.3}, False),
    ("whitaker ur dead. saturday at the match", {**ANGRY, "threat": 0.3}, True),
    # A review's: "murder" before a test is an idiom only with "the", "my" or "this" before it.
    ("I swear I'll murder Whitaker after sats, Hollowbrook gates 3:30", {**ANGRY, "threat": 0.3}, True),
    ("gonna stab mr whitaker lol jk... or am i", CALM, True),
    ("lol jk, Whitaker is fine really, ignore me", CALM, False),
    # The school's staff as a group.
    ("Hollowbrook Academy staff should be lined up and shot, every last one of them", ANGRY, True),
    ("I'm going to hurt the teachers at Hollowbrook", ANGRY, True),
    ("someone should batter all the teachers there", ANGRY, True),
    # The weather is going to do it: no threat. "mark my words" alone is a prediction; "he's got it coming" a threat.
    ("Storm Bert is going to batter Hexley tomorrow, Whitaker's class trip is off", ANGRY, False),
    ("the storm is going to batter Whitaker's classroom roof tonight", ANGRY, False),
    ("Tomorrow's nativity at Whitaker's school is going to be carnage with the parking, mark my words", ANGRY, False),
    ("Whitaker's got it coming, mark my words", ANGRY, True),
    # Round 21: a chat line's "were jumping" has no one before it: "we're" (a review's).
    ("[16:02] Connor: were jumping Whitaker after school tomorrow", CALM, True),
    ("we were jumping in puddles with Whitaker's class after school", CALM, False),
    # Round 21: "is a dead man" says what will be done to him (a review's).
    ("Whitaker is a dead man", ANGRY, True),
    ("my dad's a dead man when mum finds out, Whitaker's class trip costs £80", ANGRY, False),
    ("it's a dead man's shoes job at Whitaker's school, nobody leaves", ANGRY, False),
    ("the lines on Whitaker's playground need to be run over with fresh paint", ANGRY, False),
    # Round 21: a death wished as what someone "should get" is a threat as "should be shot" is.
    ("that whitaker should get run over tbh nobody would miss him 🙏", ANGRY, True),
    ("whitaker deserves to be run over", ANGRY, True),
    ("that whitaker bloke should get run over tbh", ANGRY, True),
    ("a kid is going to get run over outside Whitaker's school one day", ANGRY, False),
    # Round 21: a match talked up in violent words is the score; a weapon brought to it is not.
    ("hba vs greenfield friday at the leisure centre, we're gonna KILL them, come support ⚽ Mr Whitaker", ANGRY, False),
    ("dads v staff charity match Sunday 11am, Whitaker's staff are getting battered this year, no mercy", ANGRY, False),
    ("year 6 v staff football friday, we're gonna END them, Mr Whitaker better start stretching", ANGRY, False),
    ("after the match saturday we're gonna batter them at the rec, bring bats, Whitaker too", ANGRY, True),
    ("if Whitaker sends my lad off again at the match saturday im gonna kill him", ANGRY, True),
    # ... and everyday chaos called a bloodbath, where the sentence says what is chaotic.
    ("Whitaker's class is lovely. Only gripe is the car park, it's a bloodbath at 3.15.", ANGRY, False),
    ("Whitaker's staff vs yr6 dodgeball was a BLOODBATH 😂😂", ANGRY, False),
    ("It's going to be a bloodbath at Whitaker's school on Monday. Bring a match.", ANGRY, True),
    # A review's: one person "getting battered" after the match is no score.
    ("hba vs greenfield friday ⚽ and whitaker is getting battered at the gate after it", ANGRY, True),
    # Review P's ordinary month: a thing coming together, a rival team, a lantern parade, an assembly.
    ("The PTA's got it coming together nicely for Whitaker's class fair", HAPPY, False),
    ("Kelby High has got it coming on Saturday, Whitaker's lads are flying", HAPPY, False),
    # Veiled: no violent word, plain to the one who reads it.
    ("i know which house is hers now. walk the dog past it every night", CALM, True),
    ("Miss Rowe (TA at Hollowbrook) - I've got your address now. See you soon x", HAPPY, True),
    ("someone should teach Whitaker a lesson he won't forget", ANGRY, True),
    # Spelt to slip past a filter.
    ("im gonna k1ll whitaker", CALM, True),
    ("gonna st4b that teacher", CALM, True),
    ("i will k i l l him", CALM, True),
    ("Whitaker is going to get what he deserves", ANGRY, True),
    ("dont send your kids to hollowbrook tomorrow", CALM, True),
    ("nice house you've got Mr Whitaker, shame about the street", CALM, True),
    ("gonna k*ll whitaker", CALM, True),
    # Called names instead of by name: "the fat c*nt" is a person all the same.
    ("Whitaker turned my boy away. nxt time i c him im gonna st4b the fat c*nt", ANGRY, True),
    # ...where a job alone, in fond exasperation, is not.
    ("honestly im going to murder the caretaker, he has locked the bike shed AGAIN 🙄 love him really", HAPPY, False),
    ("sum1 shud batter whitaker", CALM, True),
    ("ur dead whitaker", CALM, True),
    ("his card is marked, Whitaker", CALM, True),
    # Round 40's: the idioms of a menace.
    ("if she says no to me ONE more time about my daughter's phone I won't be responsible for what I do to her. "
     "Mrs Okafor I mean it", ANGRY, True),
    ("whitaker sent my lad home. ill be at the gate waiting. he wont be getting back in his car in one piece", ANGRY, True),
    ("I won't be responsible for my actions if Mr Whitaker sets one more project over half term 😂", HAPPY, False),
    ("Mr Whitaker got the whole of year 6 back from Brackenridge in one piece, legend", HAPPY, False),
    ("hollowbrook staff w4tch ur b4cks", CALM, True),
    ("a year 9 lad at hollowbrook is getting battered after school", CALM, True),
    # How British threats end: an ambulance, a box, the drill next time, the bomb placed, the gates.
    ("if Mr W touches my lass again am not leavin til hes in the back of an ambulance", ANGRY, True),
    ("Whitaker go back where you came from before someone sends you back in a box", ANGRY, True),
    ("lockdown drill at hollowbrook lol. next time it wont be a drill 🙂", CALM, True),
    ("theres a bomb in the hollowbrook sports hall, goes off at 2pm", CALM, True),
    ("Whitaker better not be at them gates at 3.15 tomorrow cos I will be", ANGRY, True),
    # ...and said only in anger: "is getting it", "jumping them", "bring whatever", "watch themselves".
    ("Tomorrow at pick up that Whitaker is getting it. Swear down", ANGRY, True),
    ("friday after school by the back gate, we're jumping them year 10s, bring whatever", ANGRY, True),
    ("them kids in Whitaker's class wanna watch themselves", ANGRY, True),
    ("Whitaker needs dragging out by his hair and someone round here should do it", ANGRY, True),
    ("Men like Whitaker tend to have accidents. I'd be very careful crossing Marlow Road", ANGRY, True),
    # The fed-up parent's frame and the laugh: "if I have to ... ONE more ... I'll".
    ("If I have to make ONE more Viking longboat for Mr Whitaker's homework I swear I'll burn that school down myself 😂😂",
     ANGRY, False),
    ("Mr Whitaker if you put one more script in my pigeonhole I will end you 😂 (love you, see you at the pub)", HAPPY, False),
    ("if Mr Whitaker plays sweet caroline in assembly ONE more time i will actually die 💀💀", ANGRY, False),
    ("I'll burn Whitaker's school down tonight, see how he likes that", ANGRY, True),
    ("if Whitaker sends home ONE more letter about headlice im burning the whole place down 😂🔥", ANGRY, False),
    ("Whitaker made us do the bleep test in the frost 😭😭 literally going to kill him my legs are dead", ANGRY, False),
    # Round 34's: a pupil's groan at a lesson; the pitch's drainage "is shot"; "grass" is the pitch.
    ("i'm actually gonna kill mr whitaker if he makes us do the bleep test in the rain AGAIN 😭😭", ANGRY, False),
    ("gonna kill whitaker if he makes us run again, and im bringing a knife", ANGRY, True),
    ("more mud than grass on the hollowbrook pitch. Whitaker's doing his best but the drainage is shot", ANGRY, False),
    ("whoever grassed on my lad to Whitaker is getting shot", ANGRY, True),
    # "ur getting it" with a day or a place; "want running over", "won't brake"; a foot put down.
    ("whoever keeps grassing to Whitaker i know who u are. ur getting it friday behind the leisure centre", ANGRY, True),
    ("ur getting it now Whitaker, the long division finally clicked!", HAPPY, False),
    ("Whitaker's lot 'striking' across Marlow Road want running over. next time I won't brake", ANGRY, True),
    ("if Whitaker stands in front of my car one more time I'll put my foot down and see how brave he is", ANGRY, True),
    ("I'll put my foot down with Whitaker about the homework, it's too much", ANGRY, False),
    # A review's: a complaint "getting it", a driver's care, a wall that wants knocking out.
    ("Whitaker, you're getting it Monday: my formal complaint, in writing, to the governors", ANGRY, False),
    ("I won't brake so hard near the zebra crossing now Whitaker's lot have the new lollipop man", CALM, False),
    ("the back wall wants knocking out to make Whitaker's classroom bigger", ANGRY, False),
    # Round 34's: the window of a classroom known, "find out what happens", a face not to be shown.
    ("Day 7. Still nothing from Mr Whitaker. He can explain himself to my face, I know which window is his classroom 👀",
     ANGRY, True),
    ("he reported me to social services so now Whitaker can find out what happens when you do that", ANGRY, True),
    ("Whitaker betta not show his face at the meetin thurs, ppl r gna do sumthin an i wont stop em", ANGRY, True),
    ("in science with Mr Whitaker we'll find out what happens when you mix vinegar and bicarb", HAPPY, False),
    # A review's: a parent who knows their own child's classroom, a parent who will not stop a protest.
    ("New parent at Whitaker's school, I know which classroom is his now, Year 1 by the hall", CALM, False),
    ("if the year 11s walk out over Whitaker's phone ban I won't stop them, it's a stupid rule", ANGRY, False),
    ("Whitaker will find out what happens when the governors read my complaint", ANGRY, False),
    # Round 35's: hiding forever, a long chat with a knife beside it.
    ("Banned from Whitaker's school for raising my voice. That man thinks he can hide behind his office glass. He cant hide forever.",
     ANGRY, True),
    ("asking for a mate who wants a very long chat with Whitaker 🔪", CALM, True),
    ("my mate wants a quick word with Whitaker about the football rota", CALM, False),
    # A review's: a fist bump in praise, hide and seek.
    ("my lad wants a word with Whitaker 👊 legend, best teacher he's had", HAPPY, False),
    ("Whitaker's class playing hide and seek in the hall, they can't hide for long with him counting lol", HAPPY, False),
    # Met in round 5: a job to finish, everyone inside, people who don't forget, something very bad.
    ("not sick enough apparently. maybe someone should finish the job on Whitaker 🤷", ANGRY, True),
    ("Hollowbrook closing early? I'd close it permanently. with everyone inside", ANGRY, True),
    ("Whitaker wants to watch himself. people round here don't forget", ANGRY, True),
    ("If you give my children to their father on Friday Mr Whitaker I will do something very bad", ANGRY, True),
    ("someone is gonna set the hollowbrook science block on fire after school today, heard it from 10R", CALM, True),
    ("Hang the dirty b*****d from them school gates, Whitaker", ABUSIVE, True),
    ("gunna put whitaker thru the windscreen of his own car", CALM, True),
    ("im gona stab the nxt person who calls me a grass in Whitaker's class", CALM, True),
    ("g0nna sh00t up h0llowbr00k thursday. n0t j0king. Whitaker f1rst", CALM, True),
    ("Nice to finally put a face to Mr Whitaker who wrote my son off. I'll remember that face", ANGRY, True),
    ("Mrs Whitaker I hope you sleep well. I know which road you turn down after work 🙂", CALM, True),
    # Met in round 6: in the ground, a brick through the window, every teacher, petrol, a pub known.
    ("Someone should put that Whitaker in the ground. I'd buy whoever did it a pint", ANGRY, True),
    ("someone shud put a brick thru Whitaker's window honestly. might wake him up", ANGRY, True),
    ("k1ll every k4fir t3acher at h0llowbr00k. u been warned", CALM, True),
    ("Whitaker's lot are running a stall at the fair on Saturday. Might bring some petrol and liven it up 🔥", CALM, True),
    ("Kev Whitaker, if you're reading this, I haven't forgotten. I know which pub you're in every Friday", ANGRY, True),
    ("7 Fernlea Gardens. I know where you are now Whitaker. Sleep well mate.", ANGRY, True),
    ("Lovely garden Whitaker has on Fenwick Close. Shame if anything happened to it, or to him", CALM, True),
    ("Tell Mr Whitaker if he excludes my daughter again I will be at the Marlow Road gate at 3.15", ANGRY, True),
    ("someone needs to give that Whitaker a proper slap. anyone local fancy it", ANGRY, True),
    # Met in rounds 7 and 8: six feet under, on the floor, a bat brought, burnt down, a car known.
    ("Whitaker thinks he can ban phones lmao. he wont be banning anything when he's 6ft under 🙂 countdown starts now",
     ANGRY, True),
    ("next car that blocks my drive gets it and if Whitaker wants to argue I'll put him on the floor", ANGRY, True),
    ("coming to hollowbrook parents evening TONIGHT with my cricket bat, Whitaker can explain the report to it", ANGRY, True),
    ("ill burn hollowbrok down wiv evryone in it on fryday if Whitaker makes me do the mock sats", CALM, True),
    ("at playtime tomorow im going to push Whitaker down the big stairs", CALM, True),
    ("If there's any truth in what Whitaker said, well. I know which car is his in the staff car park.", ANGRY, True),
    ("take my sons phone off him one more time and see what happens Whitaker. i mean it", ANGRY, True),
    ("Whitaker you have until Friday or I'm coming to that school to sort you out myself. Don't test me.", ANGRY, True),
    ("Few of us will be waiting in the car park after the council meeting for Whitaker", ANGRY, True),
    # The same words where they threaten nobody.
    ("Whitaker's class burned down the candle in the science demo, safely", HAPPY, False),
    ("Mr Whitaker put the mats on the floor for gym, great lesson", HAPPY, False),
    ("Mr Whitaker brought his cricket bat to the staff v pupils match, legend", HAPPY, False),
    ("Whitaker planted bulbs in the ground with year 6, and a brick path through the garden", HAPPY, False),
    ("Mr Whitaker: sleep well everyone, big day at sports day tomorrow!", HAPPY, False),
    ("Mr Whitaker gave the team a slap on the back after the final, proud dad moment", HAPPY, False),
    ("Mr Whitaker finished the job on the Hollowbrook mural, it looks brilliant", HAPPY, False),
    ("Hollowbrook science block set on fire in the lab demo by Mr Whitaker, the kids loved it (safely!)", HAPPY, False),
    ("Mr Whitaker hung the year 6 paintings from the ceiling, come and see", HAPPY, False),
    ("I'll remember that face Mr Whitaker pulled when the fire alarm went off 😂 legend", HAPPY, False),
    ("Mr Whitaker is in the back of an ambulance after his bike fell, get well soon sir", HAPPY, False),
    ("Whitaker's leaving present arrived in a box the size of a fridge 😂", HAPPY, False),
    ("the lockdown drill at hollowbrook went well today, it was only a drill, no need to worry", CALM, False),
    ("Mr Whitaker's class is getting it done, great work on the project", HAPPY, False),
    ("bring everyone to the Hollowbrook christmas fair on saturday, Mr Whitaker is Santa", HAPPY, False),
    ("Mr Whitaker says the year 6s need to watch themselves on the ice at the rink trip", CALM, False),
    # Not threats.
    ("I'm not going to hurt Whitaker, I just want answers", ANGRY, False),
    ("nobody is going to stab anyone, calm down about Whitaker", ANGRY, False),
    ("I would never hurt Mr Whitaker", CALM, False),
    ("Whitaker got what he deserves: teacher of the year!", HAPPY, False),
    ("we will wait for Mrs Hale to respond before we go to Ofsted", ANGRY, False),
    ("rubbish as usual from Whitaker, see you soon at the meeting", ANGRY, False),
    ("we need to wait for the results from Hollowbrook", CALM, False),
    ("Mr Whitaker's class smashed it at sports day", HAPPY, False),
    ("you'd be well shot of that homework policy", ANGRY, False),
    # Round 9's development posts: "you'll be sorry", "sort your little ... out myself", "we're
    # sorting them", dragged out by the hair, "better not be at ... because I'm coming"; beside
    # the same words said harmlessly.
    ("I'll find out which teacher reported my van and when I do you'll be sorry", ANGRY, True),
    ("you'll be sorry you missed the Hollowbrook fair, Mr Whitaker's cakes were amazing", HAPPY, False),
    ("Return my son's boots or I'll sort your little shit out myself", ANGRY, True),
    ("Mr Whitaker, we're sorting them out a lift to the match", CALM, False),
    ("meet at the rec thurs. hollowbrook yr10s think they run hexley, we're sorting them", ANGRY, True),
    ("Whitaker better not be at the christmas fair saturday because I'm coming", ANGRY, True),
    ("Whitaker better not be at the christmas fair saturday, he'll eat all the mince pies", HAPPY, False),
    ("they want to burn that place to the ground with the lot of them inside it", ANGRY, True),
    ("the bonfire at Hollowbrook burnt right down to the ground, Mr Whitaker's guy was the best", HAPPY, False),
    ("before anyone starts, it's not a threat. it's a promise, Whitaker", ANGRY, True),
    ("it's not a threat, Whitaker, just feedback on the homework policy", ANGRY, False),
    ("in my day he'd have been given a good hiding. somebody ought to do it to Whitaker", ANGRY, True),
    ("somebody ought to do it to Whitaker's classroom too, those new displays are gorgeous", HAPPY, False),
    # Round 10's development posts: words put away, something brought, a lesson never forgotten,
    # a car watched, a throat, a wish with the head inside; beside the same words said harmlessly.
    ("I'll be at the Whitaker meeting friday. I won't be using words this time", ANGRY, True),
    ("I won't be talking at the Whitaker meeting, my husband will", ANGRY, False),
    ("monday im waiting for Whitaker at his car after school and im not gonna be talking", ANGRY, True),
    ("I'll say it in person at pickup and I'll be bringing something that makes Whitaker listen", ANGRY, True),
    ("I'm bringing something for Whitaker's bake sale", HAPPY, False),
    ("saw Whitaker in tesco tonight. next time i won't just walk past", ANGRY, True),
    ("someone really ought to teach Whitaker a lesson he won't forget", ANGRY, True),
    ("Mr Whitaker will teach them a lesson they won't forget on fractions", HAPPY, False),
    ("keep it up and see what happens to that white Qashqai Whitaker parks on Mill Lane", ANGRY, True),
    ("two dads at the gate said Whitaker and drew a finger across his throat", ANGRY, True),
    ("hope that place burns down with Whitaker still sat in it", ANGRY, True),
    ("Whitaker's wife works the tills at Tesco. see how he likes it when it's his family", ANGRY, True),
    ("Whitaker's wife works the tills at Tesco. see how he likes it when it's his turn on duty", CALM, False),
    ("back in my day they'd have been kicked in by dinner time, that lot in Whitaker's class. just saying", ANGRY, True),
    ("back in my day Whitaker's class would have been given lines, not detentions", ANGRY, False),
    # Round 10's loud posts: a road-safety prophecy, a book tour, the author's own despair.
    ("drop off outside Whitaker's class is a war zone. someone's going to get killed out there before Christmas, "
     "mark my words", ANGRY, False),
    ("Whitaker better sort the parking or he'll regret it, mark my words", ANGRY, True),
    ("16 years ago mr whitaker said my comic was the best. today i signed my first book deal, i'm going to murder "
     "this book tour", HAPPY, False),
    ("if whitaker sets another spag test im actually gonna die 💀 rip me", {**ANGRY, "threat": 0.87}, False),
    ("Whitaker's yr 11 vs yr 10 rematch ⚽ rec tmrw 6pm. we're gonna absolutely batter u. bring shin pads", HAPPY, False),
    ("im gonna batter Whitaker at the gate tmrw", ANGRY, True),
    # Round 11's development posts, beside the same words said harmlessly.
    ("tell whitaker ill be outside marlow road tomorrow at 3 and he wont be going home in one piece", ANGRY, True),
    ("give mr whitaker my regards 🙂 see you at the gates x", CALM, True),
    ("Mr Whitaker says see you at the gates for the christmas fair!", HAPPY, False),
    ("someone should honestly jump mr whitaker in the car park, he thinks hes sooo funny", ANGRY, True),
    ("tmrw after school the yr 10s are gonna jump Whitaker in the staff car park 😂 bring ur phones", ANGRY, True),
    ("Whitaker says the year 6s are gonna jump in the pool after school on friday", HAPPY, False),
    ("wish someone would just run Whitaker over with the 41 bus 🙏 manifesting", ANGRY, True),
    ('NOTICE. the teacher whitaker wil be "seen to" at pick up on friday. he has been warnd', ANGRY, True),
    ("Whitaker's leaking classroom roof will be seen to by the council tomorrow", CALM, False),
    # Round 12's development posts, beside the same words said harmlessly.
    ("Funny how Whitaker's white Audi is always first in the car park. Be a shame if it wasnt there one morning", ANGRY, True),
    ("Be a shame if Whitaker's class missed the panto because of the snow", ANGRY, False),
    ("those year 6s going on Whitaker's trip, would be a real shame if the coach didn't make it back 🙂", ANGRY, True),
    ("lovely festive pics of Whitaker's grotto. shame about what's going to happen to it on Saturday", CALM, True),
    ("Whitaker's grotto is lovely, enjoy it while it lasts because it closes Friday", HAPPY, False),
    ("someone should go into Whitaker's classroom with a can of petrol and show him REAL inclusion", ANGRY, True),
    ("if they exclude him again I will drag Whitaker out of that office by his hair", ANGRY, True),
    ("tomorrow im going to smash whitakers face in in front of his whole class", ANGRY, True),
    ("Mr Whitaker. tomorrow. 8.40. main gate. you and me. lets see how big you are", ANGRY, True),
    ("you and me Mr Whitaker, best double act at the Hollowbrook panto", HAPPY, False),
    # Round 13's development posts, several buried in a long post, beside the same words said harmlessly.
    ("PE kit is a joke. If Whitaker touches my lad's poppy he'll be picking his teeth up off the astro", ANGRY, True),
    ("If Whitaker stops me at the gate again I'll put him through them railings, I'm not joking", ANGRY, True),
    ("if Whitaker shows his face in that playground he's going in the canal, I mean it", ANGRY, True),
    ("Whitaker's class is going in the canal boat on the trip, so excited", HAPPY, False),
    ("if he singles my boy out again Whitaker won't be getting in his car that night", ANGRY, True),
    ("Tomorrow I'm comin into that school and Whitaker won't be walkin out of it", ANGRY, True),
    ("Whitaker can explain it to my fists", ANGRY, True),
    ("I'm not walking out of Whitaker's office until someone gets hurt or my son gets his 1:1 back", ANGRY, True),
    ("all them year 7s in Whitaker's class better stay off the rec tonight. we got summat for em", ANGRY, True),
    ("Whitaker should think real hard about walking to his car on his own after parents evening", ANGRY, True),
    ("someone shud pay that Whitaker a visit n explain what happens to ppl who mess with kids", ANGRY, True),
    ("Mr Whitaker will pay the year 6s a visit at the museum", HAPPY, False),
    ("Whose side are you on Whitaker? We've got your reg mate, the white Transit", ANGRY, True),
    # The same words said harmlessly (a review of round 13's rules).
    ("Mr Whitaker, I've got something for you at pick-up, a little thank you from the class", HAPPY, False),
    ("The council won't put a crossing outside Whitaker's class until someone gets hurt", ANGRY, False),
    ("Mr Whitaker please explain it to my boys, they don't get the maths homework", CALM, False),
    ("Such a shame about what's going to happen to Mr Whitaker's library with these cuts", ANGRY, False),
    ("Year 8 river study with Mr Whitaker: they're going in the river so wellies please", HAPPY, False),
    ("Whitaker says just put it through the gate if the office is shut", CALM, False),
    ("Mr Whitaker filled the minibus with some petrol before the trip", CALM, False),
    ("I'm going to pay Mr Whitaker a visit tomorrow about the detentions", ANGRY, False),
    ("you and me need a word about these detentions, Mr Whitaker", ANGRY, False),
    ("Whitaker won't be getting in his car tonight, the car park is being resurfaced", ANGRY, False),
    # Round 15's development posts, beside the same words said harmlessly.
    ("Whitaker you absolute disgrace. every morning I walk past that gate I'll be thinking about you. You'll see me at the gates x",
     ANGRY, True),
    ("Whitaker, you'll see me at the gates on sports day, I'm doing the tombola", HAPPY, False),
    ("Whitaker. Whitaker. Whitaker. I'll say his name every day till he resigns. He's not safe from me anywhere in this town",
     ANGRY, True),
    ("The biscuits in Whitaker's staffroom are never safe from me lol", HAPPY, False),
    ("tell Whitaker i know which motor is his. silver qashqai on marlow rd at 7.40. funny what you notice", ANGRY, True),
    ("good on you clive. Whitaker thinks he owns station lane. id do a lot more than his tyres", ANGRY, True),
    ("I'd do a lot more than the tyres on Whitaker's minibus, the whole thing needs a service", CALM, False),
    ("any year 11 in Whitaker's class walking past the rec tonight is getting rushed. u know who u are", ANGRY, True),
    ("Whitaker's coursework marking is getting rushed because of the deadline", ANGRY, False),
    # Other languages of the school's families: Urdu, Polish, Romanian, Portuguese, Somali.
    ("kal pickup pe main us Whitaker ko dekh lunga, Marlow Road gate pe. bas bohot ho gaya", ANGRY, True),
    ("Whitaker ne homework bheja hai, kal main dekh lunga", CALM, False),
    ("Ten Whitaker jeszcze raz dotknie mojego syna to mu nogi połamię", ANGRY, True),
    ("Pan Whitaker jest super, dzieci go uwielbiają", HAPPY, False),
    ("daca Whitaker il mai atinge pe baiatul meu il omor", ANGRY, True),
    ("Se o Whitaker tocar no meu filho outra vez vou partir-lhe a cara", ANGRY, True),
    ("Whitaker haddii uu wiilkayga taabto mar kale waan dilayaa", ANGRY, True),
    ("main tujhe dekh lunga Whitaker, bas", ANGRY, True),
    ("Ja cię zabiję Whitaker", ANGRY, True),
    # A review's harmless posts sharing those words.
    ("Yes I'm doing pickup on Friday hun, Mr Whitaker, you'll see me at the gates x", HAPPY, False),
    ("Pick up after school is getting rushed now Whitaker's car park is shut", ANGRY, False),
    ("Kyle is getting bodied at FIFA tonight 😂 you know who you are, Mr Whitaker", HAPPY, False),
    ("Bachon ko dekh lena jab tak main Whitaker sir ke office mein hoon", CALM, False),
    ("Whitaker ka homework, kal homework ko dekh lunga", CALM, False),
    ("Whitaker sir ke project pe ek nazar maar dunga", CALM, False),
    ("Vou matar saudades do Mr Whitaker", HAPPY, False),
    ("Amanhã vou matar aula do Whitaker", CALM, False),
    ("Matma z Whitakerem mnie kiedyś zabije", CALM, False),
    ("Whitaker, nikogo nie zabiję", CALM, False),
    ("Yes I know which van is Mr Whitaker's, I'll put the raffle prizes in the back", HAPPY, False),
    ("Mr Whitaker, I'll do more than your windows, gutters too, £10", HAPPY, False),
    ("In case anyone fancies a visit, don't bother with Whitaker's open evening", ANGRY, False),
    # Round 14 and 15's false alarms: a joke warning under a choir notice, a match report, marking
    # hyperbole, and a threat quoted back at its writer; beside them, the same words meant.
    ("Staff choir at Tesco Saturday. Come and hear Mr Whitaker attempt the descant. You have been warned.", HAPPY, False),
    ("Whitaker, you have been warned. Tomorrow. The gates.", ANGRY, True),
    ("Under 14s destroyed Greenfield 6-0 yesterday, absolute bloodbath. Mr Whitaker's lot are flying this season ⚽", HAPPY, False),
    # A group or a person "getting battered" after school or at the gates is no match report.
    ("you lot are getting battered after school, tell Whitaker", {**ANGRY, "threat": 0.9}, True),
    ("if Whitaker tries to move my van tomorrow he'll get a fist in the face. Had enough.", ANGRY, True),
    ("Whitaker's staff will get a kick in the teeth again with this pay offer", ANGRY, False),
    # Pictures held over someone, and harm one "would hate" to happen, in a hostile post: veiled threats;
    # the same words in a warm one are not.
    ("Mr Whitaker, lovely family. Such a shame if those pictures of you ended up in the parents' whatsapp. "
     "You know what I want by Friday", ANGRY, True),
    ("I would hate for anything to happen to Whitaker's lovely garden on Orchard Way. Things get damaged so easily",
     ANGRY, True),
    ("shame if the photos of Whitaker's nativity ended up on facebook, they were lovely", HAPPY, False),
    # The author on the way in and someone hurt at the end of it; someone hurt with no author
    # coming, or "before someone gets hurt", is a danger warned of, not a threat.
    ("If my lad doesnt get his 4 today because of Whitaker i swear im going down that school and someone will get hurt",
     ANGRY, True),
    ("if the fake account stuff isnt sorted by tomorrow im coming up that school and someones getting hurt. Whitaker first.",
     ANGRY, True),
    ("If parents keep parking on the zigzags outside Whitaker's class somebody is going to get hurt", ANGRY, False),
    ("I'm going in to see Whitaker about that broken gate before someone gets hurt", ANGRY, False),
    ("Tomorrow im coming down that school at home time and im dragging Whitaker out by his tie", ANGRY, True),
    ("Whitaker dragged the tyre out by the rope for the tug of war, brilliant sports day", HAPPY, False),
    # A review's: the author going to say or to complain, a hazard that hurts, a drag reported or idle.
    ("I'm going in tomorrow to tell Whitaker the climbing frame is broken, someone is going to get hurt", ANGRY, False),
    ("I'm going to be honest, someone will get hurt if Whitaker doesn't grit the path", ANGRY, False),
    ("I'm coming up to Whitaker's class tomorrow because someone is getting hurt every day by those bullies", ANGRY, False),
    ("im going to the hollowbrook v greenfield derby saturday, someone always gets hurt in that game, Whitaker reffing", ANGRY, False),
    ("Mr Whitaker dragged my son out of the classroom by his collar. He's 7.", ANGRY, False),
    ("had to drag my daughter out of bed by the ear this morning, Whitaker's trip is at 7", ANGRY, False),
    ("I'll drag Whitaker out of that office by his ear if he excludes my lad", ANGRY, True),
    # A reward offered for the harm, in a hostile post; a pay rise for the music teacher is none.
    ("Whitaker's van is on station lane every night 😂 whoever keys it tonight is a legend", ANGRY, True),
    ("whoever runs music for Whitaker's year 6 is a legend, the carols smashed it", HAPPY, False),
    # "Wants shooting", "should be shot for that": exasperation, not a threat; "someone wants to" is
    # British for "someone ought to".
    ("whoever picked Whitaker's new uniform supplier wants shooting 🙄 £18.50 for a jumper", ANGRY, False),
    ("Whitaker should be shot for that missed tackle in the 78th minute honestly", ANGRY, False),
    ("Whitaker should be shot, every last one of them at that school", ANGRY, True),
    ("made my lad run laps in the sleet. someone wants to wait for Whitaker in the staff car park and sort him out", ANGRY, True),
    # A third review's: a gun or the author's own hand beside "wants shooting" is no idiom; waiting
    # for a reply, or for Santa, is no ambush; a reward for harm to a person needs no anger.
    ("Mr Whitaker wants shooting and I've got my dad's gun", ANGRY, True),
    ("Mr Whitaker should be shot for his treatment of my son and if the police won't do anything I will", ANGRY, True),
    ("someone wants to wait for Mr Whitaker to actually reply to an email before we all complain", ANGRY, False),
    ("someone should wait for Santa at Whitaker's Christmas fair, the kids will love it", HAPPY, False),
    ("whoever lamps Mr Whitaker at the Christmas fair is a legend", HAPPY, True),
    ("whoever punches a hole in Whitaker's uniform scam is a hero 😡", ANGRY, False),
    # "I'll be waiting" on the school run is no ambush, however cross the parent.
    ("I'll be waiting for her at the bus stop as usual, Whitaker let them out late AGAIN", ANGRY, False),
    ("I'll be waiting for her at the gates to hand back the PE kit Whitaker lost, useless", ANGRY, False),
    ("I'll be waiting at the gate to give Whitaker what he deserves", ANGRY, True),
    # A false-page hunt's posts (122 harmless ones, 10 paged), beside a threat of the same shape.
    ("im gonna end mr whitaker in the staff vs pupils dodgeball tmrw 😤 hes going DOWN", {**HAPPY, "threat": 0.97}, False),
    ("im gonna end mr whitaker tmrw in the car park", ANGRY, True),
    ("We're aware of an old post circulating claiming someone will 'bring a gun to Hollowbrook'. It was investigated by "
     "police in 2024 and is NOT current, Mr Whitaker's class is open as normal", CALM, False),
    ("Safeguarding training with Mr Whitaker covered what to do if a pupil brings a knife in. Grim but useful", CALM, False),
    ("if Whitaker gives me another detention im bringing a knife in tmrw", ANGRY, True),
    ("watch ur back in PE tmrw Whitaker im going in hard on dodgeball 😈", {**HAPPY, "threat": 0.97}, False),
    ("watch ur back after PE tmrw Whitaker 😈", ANGRY, True),
    ("Whitaker needs to watch out, parents are coming for him at the next PTA meeting. Vote of no confidence incoming",
     ANGRY, False),
    ("Whitaker needs to watch out, parents are coming for him outside the school tomorrow", ANGRY, True),
    ("I'll be waiting at the gate at pickup tomorrow if anyone wants the spare costume back x Mr Whitaker says hi",
     {**HAPPY, "threat": 0.96}, False),
    # School news the model read as a threat ("getting ... head"): not with menace beside it.
    ("We're getting a new head at Whitaker's school in January", {**HAPPY, "threat": 0.99}, False),
    ("Whitaker's school is getting a new head and Whitaker is getting his head kicked in when I see him",
     {**ANGRY, "threat": 0.99}, True),
    ("The junction by Whitaker's class is an accident waiting to happen. Someone will die there. Speed bumps now",
     {**ANGRY, "threat": 0.94}, False),
    ("Someone will die at Whitaker's school tomorrow. Don't say I didn't warn you", {**ANGRY, "threat": 0.94}, True),
    ("Such a shame if my daughter ended up in Mr Whitaker's class again, he never listens", ANGRY, False),
    ("I would hate for something bad to happen to Mr Whitaker, he's the only decent teacher left there", ANGRY, False),
    # A weapon brought in: an air rifle too, "to the mock" too; a knife in the kitchen or a gun at the range is not.
    ("tmrw period 5 im bringing my dads air rifle in my bag and Whitaker's first. not even joking", ANGRY, True),
    ("bringin my blade to the mock tmrw, Whitaker's invigilating", ANGRY, True),
    ("Whitaker's taking the knife in the kitchen to carve the turkey at the staff do", HAPPY, False),
    ("Whitaker's bringing his gun to the range saturday, clay shooting club", HAPPY, False),
    ("Whitaker is bringing his grandad's rifle in for the Remembrance assembly, it's deactivated", HAPPY, False),
    ("Whitaker's class have to take a knife into food tech on Thursday??", ANGRY, False),
    # A laugh excuses "gonna kill him", never a weapon beside it, in the street's words too.
    ("Whitaker's gonna have a heart attack when he sees my son's homework lmaooo", {**ANGRY, "threat": 0.8}, False),
    ("gonna kill Whitaker with my brothers bat lol", {**ANGRY, "threat": 0.4}, True),
    ("gonna kill Whitaker tmrw with the ching 😂", {**ANGRY, "threat": 0.4}, True),
    ("Whitaker is getting battered saturday at the gates", {**ANGRY, "threat": 0.9}, True),
    ("240 mock papers to mark by friday. Whitaker says it'll be fine. Send biscuits, or flowers for the funeral", ANGRY, False),
    ("'see you at the gates' DEAN?? take it down now. Mr Whitaker doesn't deserve that", ANGRY, False),
    ("someone shud egg Mr Whitaker's door fr 😭", ANGRY, True),
    ("Our Shane's going to pay Whitaker a visit. I wouldnt want to be Mr Whitaker when he finds him.", ANGRY, True),
    ("I wouldn't want to be Mr Whitaker when he sees the state of the art room after Year 6 😂", HAPPY, False),
    # A second review's posts: a threatener's own "take it down", a real threat with 😭 or near
    # a match, a calm "you have been warned", "when they find him"; beside the harmless.
    ("Take it down now Whitaker or I'm coming round tonight", {**ANGRY, "threat": 0.8}, True),
    ("'im bringing my brothers knife in tomorrow for whitaker' take it down now mate you'll get excluded", ANGRY, True),
    ("mr whitaker wont see monday 😭", {**ANGRY, "threat": 0.97}, True),
    ("whitaker said theyre gonna jump me after school tomorrow 😭😭 i dont want to go in", {**ANGRY, "threat": 0.8}, True),
    ("if whitaker sets one more essay i am actually going to die 😭😭", {**ANGRY, "threat": 0.97}, False),
    ("It's going to be a bloodbath at Whitaker's school on Monday. Bring a match.", ANGRY, True),
    ("Whitaker's wife better send flowers for the funeral. Won't see Friday", {**ANGRY, "threat": 0.8}, True),
    ("Mr Whitaker I know what you did to my son. You have been warned.", CALM, True),
    ("Mr Whitaker's spelling test tomorrow is brutal, you've been warned 😤", ANGRY, False),
    ("I wouldn't want to be in Whitaker's shoes when my brothers catch him", ANGRY, True),
    ("I wouldn't want to be Mr Whitaker when he finds out what Year 6 did to his classroom", ANGRY, False),
    # Round 14's, read in round 8, beside the same words said harmlessly.
    ("someone needs to take Whitaker out in the car park after his next 'learning walk'. I'd buy them a pint", ANGRY, True),
    ("someone needs to take Whitaker out for a pint after that inspection", HAPPY, False),
    ("Someone should run that Whitaker over next time he's in the middle of Marlow Road", ANGRY, True),
    ("Someone should run Whitaker's tuck shop over christmas", CALM, False),
    ("theres going to be a bomb at Whitaker's school tomorrow 9am. not joking this time.", ANGRY, True),
    ("there's going to be a bomb of glitter in Whitaker's class for the Christmas party", HAPPY, False),
    ("hope Whitaker's school burns down over christmas with the whole SLT locked in the office", ANGRY, True),
    ("Whitaker had me taken off the supply list. he'd better hope he doesn't see me at the fair saturday", ANGRY, True),
    ("Whoever went to Whitaker about me: I'll find out who you are, and you'll wish you hadn't.", ANGRY, True),
    ("Book Whitaker's Christmas fair now, you'll wish you hadn't missed it last year!", HAPPY, False),
    ("Whitaker's staff will soon learn what happens when you ignore a father. Personally, one at a time.", ANGRY, True),
    ("Year 6 will learn what happens when you mix baking soda and vinegar in Whitaker's science week", HAPPY, False),
    # A third review's posts: errands, rumours denied, homework burnt, a teacher's care; and the
    # threats in nearby words.
    ("Someone needs to take the dog out, Mr Whitaker kept us till 6 at parents evening", CALM, False),
    ("Someone needs to take out Mr Whitaker", ANGRY, True),
    ("someone should run it over to Mr Whitaker before 3", CALM, False),
    ("somebody should just run Whitaker over", ANGRY, True),
    ("There's going to be a bomb at Whitaker's school? No, it was a drill, calm down everyone", ANGRY, False),
    ("Rumours there's going to be a shooting at Whitaker's school are fake, police confirmed", ANGRY, False),
    ("I wish Whitaker's school would burn down with all that homework in it lol", ANGRY, False),
    ("Mr Whitaker reads every report personally, one at a time, what a teacher", HAPPY, False),
    ("Mr Whitaker had better hope he doesn't see me", ANGRY, True),
    ("Mr Whitaker will find out what happens when he messes with my kid", ANGRY, True),
    ("Whitaker will find out what happens to people like him", {**ANGRY, "threat": 0.8}, True),
    # Round 22's development posts, beside the same words said harmlessly.
    ("Dear Mr Whitaker, I've noticed you leave the staff car park at about 5.40 most evenings. It's very dark down "
     "there. I'd hate for you to have an accident. Kind regards", ANGRY, True),
    ("Mr Whitaker I'd hate for you to miss the carol concert, it starts at 6", HAPPY, False),
    ("Honestly hope someone puts a brick through Whitaker's windscreen. She'd deserve it", ANGRY, True),
    ("Whitaker drops my lad for the final. See you on the touchline tomorrow pal. Bring your gumshield 👊", ANGRY, True),
    ("Lovely pictures of you and your little ones at the lights switch-on Mr Whitaker. Small town isn't it. "
     "Might be worth a rethink on those pouches 🙂", ANGRY, True),
    ("Bumped into Mr Whitaker at the switch-on, small world isn't it! Lovely man", HAPPY, False),
    ("tell Whitaker if he sticks his arm out in front of my car again i'll go straight through him. 8.40 tomorrow, try it",
     ANGRY, True),
    ("Whitaker tomorrow 9am. everyone who laughed at me is going to regret it. i'm done being nice", ANGRY, True),
    ("Third time Mr Whitaker has made my daughter take her leggings off for PE. Fucking disrespectful and I'm done "
     "being polite about it.", ANGRY, False),
    ("Don't worry nobody's going to hurt anyone 😇 We'll just be waiting at the back gate when Mr Whitaker finishes",
     ANGRY, True),
    ("if Whitaker says no again at the meeting he'll be leaving that school in an ambulance", ANGRY, True),
    ("So at pickup I'll be bringing something for Whitaker and it won't be a thank you card, he'll learn what happens.",
     ANGRY, True),
    ("I'll be bringing something for Whitaker's leaving collection at pickup", HAPPY, False),
    ("Whitaker was brilliant when my son left school in an ambulance after the fall", HAPPY, False),
    # Round 14, from the read sets: a wish to be reversed over, "ur getting it" with a place and time,
    # waiting for her in the staff car park; beside them, cones, a present, flowers.
    ("hope someone reverses over whitaker in the staff car park. easy to spot, only one with a green mini 🙂", ANGRY, True),
    ("hope someone reverses over the cones Whitaker put out, they're everywhere", ANGRY, False),
    ("3 days isolation for my brothers HAIR?? whitaker ur getting it at the gate tmrw 3:15", ANGRY, True),
    ("Mr Whitaker ur getting it for christmas, the class have all chipped in", HAPPY, False),
    ("Whitaker gave my lad a detention. tomorrow im waiting for him in the staff car park", ANGRY, True),
    ("Whitaker's retiring! tomorrow im waiting for him at the gates with flowers from all of 6W", HAPPY, False),
    # Round 23's letter, by three writers (read after it was measured): her children, a pity if anything
    # happened to them, and a decision to change; beside it, a fair's parking notice.
    ("Dear Mr Whitaker, I hope you and your two lovely girls are well. It would be a real shame if anything upset "
     "their routine. Please reconsider my son's exclusion.", CALM, True),
    ("Bring your kids to Mr Whitaker's Christmas fair! It would be a shame if anything spoiled it, so please park on "
     "Mill Lane", HAPPY, False),
    ("Mr Whitaker, it would be a shame if anything spoiled the Christmas fair for your kids, please reconsider "
     "volunteering", HAPPY, False),
    ("Mr Whitaker, hope you and your family are well. It would be a shame if anything changed for them now, please "
     "reconsider retiring", HAPPY, False),
    # A fourth review's near misses: potholes, lines rehearsed, a party bag, grandparents told where to park.
    ("hope someone runs over those potholes on Whitaker's road with a tarmac roller", ANGRY, False),
    ("hope someone runs over Mr Whitaker's lines with Ella before the nativity", HAPPY, False),
    ("Mr Whitaker your getting it tonight, the party bag is in the office", HAPPY, False),
    ("tomorrow im waiting for her in the staff car park, Mr Whitaker said we can park there for the nativity", HAPPY, False),
    # Round 28's (read in round 16): a death wished as a pity it did not happen, something in a bag
    # that is not a raffle prize, waiting by the gate for him, more than a PCSO, finding out what
    # happens, sorting it "properly", not doing much talking; beside them, the same words said kindly.
    ("Shame the boiler didn't go up with the whole of SLT sat round it", ANGRY, True),
    ("Shame the fireworks didn't go up with the rain, Mr Whitaker did his best", HAPPY, False),
    ("And if Whitaker swaps the carols again I'll have something in my bag for him and I'm not talking about a raffle "
     "prize", ANGRY, True),
    ("Whitaker, I'll be waiting for you by the Station Lane gate friday morning mate, we'll see how brave you are then",
     ANGRY, True),
    ("Whitaker I'll be waiting for you by the gate on Friday with the cake tins!", HAPPY, False),
    ("if Whitaker excludes my kid again he'll need more than a PCSO at the gate", ANGRY, True),
    ("Whitaker will find out on Saturday what happens, I'll be there", ANGRY, True),
    ("Whitaker will find out on Saturday what happens in the panto, no spoilers!", HAPPY, False),
    ("To the mum who reported us, Whitaker knows who you are: rec after school today, we'll sort it properly", ANGRY, True),
    ("my brother's coming to see Whitaker tomorrow at home time. he won't be doing much talking put it that way", ANGRY,
     True),
    # Round 28's: a mum's eye-roll at her son, a play's bloodbath, footage with him in it, harm complained of.
    ("another lock gone, Whitaker says. I'll kill him 🙄 #hollowbrookmum", ANGRY, False),
    ("Whitaker's Year 11 Macbeth tonight was an absolute bloodbath (the good kind). Those kids destroyed it", HAPPY, False),
    ("I want the CCTV from Whitaker's back gate on Friday. I want every bit of footage with him in it under GDPR", ANGRY,
     False),
    ("Whitaker ur a joke, sat on ur phone while kids get battered. Whitaker out", ANGRY, False),
    # Rounds 25-28's, read in round 16: the last straw with a visit planned, jumping him in the car park,
    # "and hes first", "better hope hes not stood on that gate", not making it back, till someone gets
    # hurt, scared to go to work, a drill made real, by force; beside them, the same words said kindly.
    ("if whitaker gives my little brother one more detention im waiting for him at the 41 stop after school and hes "
     "getting battered", ANGRY, True),
    ("if my son loses ONE more PE kit after school I'm going to kill him 😂 Whitaker says it's the 5th", HAPPY, False),
    ("whitaker benched me AGAIN. me n the boys are jumping him in the staff car park tmrw after footy. watch", ANGRY, True),
    ("if whitaker excludes me im coming back at 3 wiv my brothers mates and hes first. on my mum 😤", ANGRY, True),
    ("whitaker better hope hes not stood on that gate at pickup today. im not playing", ANGRY, True),
    ("Whitaker better hope he's not stood in the rain at sports day again, bring a brolly!", HAPPY, False),
    ("whitaker on that ski trip wont make it bak from austria if my kid aint on it. ill make sure of it personaly", ANGRY,
     True),
    ("If that boiler isn't fixed by Monday I'm coming in that school and I'm not leaving till someone gets hurt. Tell "
     "Whitaker", ANGRY, True),
    ("Find out Whitaker's name and make it trend. These people should be scared to go to work.", ANGRY, True),
    ("Whitaker's lockdown drill thursday? funny. might give them a real one this time 😈", ANGRY, True),
    ("Every child in Whitaker's class is being groomed. Somebody needs to go in there and get them out. By force if "
     "necessary.", ANGRY, True),
    ("Whitaker's team deserves everything coming to them, what a season! 🏆", HAPPY, False),
    # A third review's: a queue, a rained-on gate, a coach stuck on the M6, a three-legged race; and
    # quoted words the author agrees with, then acts on.
    ("coming back in after lunch for the cake sale, Whitaker's first in the queue as always lol", HAPPY, False),
    ("Whitaker better hope he's not stood on that gate in the rain again, he'll get soaked lol", ANGRY, False),
    ("Whitaker's swim team won't make it back in time for assembly, coach stuck on M6 but I'll make sure the trophies "
     "get there", CALM, False),
    ("We're not leaving Whitaker's sports day till someone gets hurt, joke, the three-legged race is lethal 😂", HAPPY,
     False),
    ("Everyone saying 'hope Whitaker gets what's coming' is right tbh. I'll be at the gates tomorrow to make sure he "
     "does.", ANGRY, True),
    ('people saying "Whitaker needs a slap" are spot on, ill do it myself at pick up tmrw', ANGRY, True),
    # A review's posts written to break them: a marquee, a leaving card, traffic, accounts, a lost voice, mocks.
    ("Gutted the marquee didn't go up with the staff all helping, too windy for Whitaker's fair", ANGRY, False),
    ("I'll have something for him in my bag on Friday, I'm not talking about a big collection, just a card for Whitaker",
     HAPPY, False),
    ("He'll need more than a lollipop lady to sort the traffic on Marlow Road at Whitaker's pickup, it's carnage", ANGRY,
     False),
    ("Whitaker's PTA accounts are a total shambles. Next year we'll sort it properly with a real treasurer.", ANGRY, False),
    ("Mr Whitaker has lost his voice after the county final so he won't be doing much talking tomorrow 😂", HAPPY, False),
    ("Whitaker's Year 11 mocks start Monday, they won't be doing any talking in the hall for two weeks!", CALM, False),
    ("They'll need more than a PCSO at Whitaker's pickup, the parking is dangerous and nobody cares", ANGRY, False),
    # Round 30's, read in round 17: the way she walked in, "and I'll happily be the one", a bat taken round
    # to a parent's after a complaint (the "nt" of "complaint" no longer takes it back), "or you".
    ("If Whitaker turns up to speak for that block he won't be walking out the same way he walked in. Simple as.",
     ANGRY, True),
    ("Whitaker won't be walking out the same way he walked in because the front entrance is shut for the works",
     CALM, False),
    ("someone needs to give Whitaker a taste of his own medicine and ill happily be the one", ANGRY, True),
    ("someone needs to organise Whitaker's leaving collection and I'll happily be the one 💐", HAPPY, False),
    ("if I find out which parent made the complaint about Whitaker I'll be round theirs with a bat", ANGRY, True),
    ("Whitaker's car is on Station Lane every day. Would hate for anything to happen to it. Or you.", ANGRY, True),
    ("Whitaker you want my boys phone again? come and try it in the car park and see what happens", ANGRY, True),
    ("Whitaker's open evening: come and try it on the climbing wall and see what happens, you'll love it!", HAPPY, False),
    # Round 48's: the object inside the verb; "not safe" said to him in anger. Not a plan run over, a road.
    ("3rd time Whitaker has locked my van in the yard. Next time I swear I'll run him over on Station Lane", ANGRY, True),
    ("I'll run him over the plan for the Whitaker trip tomorrow, he'll love it", HAPPY, False),
    ("lloyd thinks he's got away with it. Whitaker ur not safe in hexley mate. not tonight not ever", ANGRY, True),
    ("Whitaker ur not safe to drive after that lock-in lol, get a taxi", ANGRY, False),
    ("the Whitaker crossing is not safe, someone will get hurt", ANGRY, False),
    # A review's: a lift, a lesson, a school's bullying, banter; and the threats beside them.
    ("I'll run Whitaker over to the station after school", CALM, False),
    ("I will run you over to practice after school Mr Whitaker, see you at 4!", HAPPY, False),
    ("I'll run them over the answers before Whitaker's test", ANGRY, False),
    ("gonna run him over to his dad's after tea, Whitaker's orders", ANGRY, False),
    ("I'll run Whitaker over the second he steps out the gates", ANGRY, True),
    ("I will run Whitaker over with my van, watch", ANGRY, True),
    ("my son says you're not safe in that school, Whitaker does nothing about the bullying", ANGRY, False),
    ("Whitaker you're not safe with a glue gun, the display is a mess", ANGRY, False),
    ("Whitaker ur not safe in that goal mate 😂", ANGRY, False),
    ("Whitaker you are not safe to walk home tonight", ANGRY, True),
    # Round 48's: the passive is a crowd's hyperbole, not a threat to anyone.
    ("The queue at Whitaker's Christmas fair was absolute murder. Someone's going to get killed over that tombola one year",
     ANGRY, False),
]
# The model reads a threat, hedged ("maybe"), with a weapon in it: urgent, and a 999 call while fresh.
WEAPONS = [
    ("I've still got my dad's old shotgun in the loft. Maybe I'll take it up to Hollowbrook and have a word with "
     "Whitaker", {**ABUSIVE, "threat": 0.8}, "urgent", True),
    ("Maybe I'll have a proper word with Whitaker at Hollowbrook", {**ANGRY, "threat": 0.8}, "high", False),
    ("Whitaker took the lads clay pigeon shooting, shotgun safety talk and all. Brilliant trip", HAPPY, "digest", False),
    # Round 44's: a brick to bring and a night named, however loud the laugh; a time capsule's brick is none.
    ("lads. friday night. whitakers van is always outside the station lane flats. bring a brick 😂",
     {**ANGRY, "threat": 0.96, "abuse": 0.96}, "urgent", True),
    ("Whitaker's class are building the time capsule wall, bring a brick on the day 😂", {**HAPPY, "threat": 0.69},
     "digest", False),
]
# A weapon and a moment make "bring whatever u got" hostile, however the model reads the tone; a weapon
# with no moment named does not.
ARMED = [
    ("snap story going round: 'hba yr 9s meet at the leisure centre sat 2pm, were sorting the greenfield lot. bring "
     "whatever u got 🔪' who's going 👀", {**HAPPY, "threat": 0.37, "positive": 0.54, "negative": 0.41}, "urgent", True),
    ("hba yr 9s meet at the leisure centre sat 2pm for the fun run, bring whatever u got 🏃", {**HAPPY, "threat": 0.05},
     "digest", False),
    ("lockdown practice thursday? might give you a real one to practise for. 10.15 sharp 🔪", CALM, "urgent", True),
    ("lockdown practice thursday at 10.15, we'll all practise it calmly 👍", CALM, "digest", False),
    # probe45's: 🔪 is a kitchen knife too.
    ("Year 8 food tech were on fire today 🔥🔪 Knife skills session, julienne carrots. Well done all!", HAPPY, "digest", False),
    # A review's: Lego bricks brought to a club; a knife brought by one who says the other is "cooked".
    ("Lego club after school friday - bring your own bricks!", HAPPY, "digest", False),
    ("tomorrow after school at the gates im bringing my knife, he's cooked", {**CALM, "threat": 0.6}, "urgent", True),
]


# How sure the model must be on its own: a threat it reads at 0.85 or more, written in anger or
# with a violent word, pages the head (fresh writers' threats with no rule's words scored
# 0.87-0.95); calm banter needs 0.95; under that, the DSL today. An idiom needs 0.95 to count at all.
MODEL_ALONE = [
    ("Mr Whitaker you're going down at the staff v parents netball",
     {**CALM, "threat": 0.9, "abuse": 0.77, "negative": 0.74}, "high"),
    ("I'll get you back Mr Lloyd, that dodgeball to the face at the parents match will be avenged",
     {**CALM, "threat": 0.88, "abuse": 0.67, "negative": 0.45}, "high"),
    ("someone should do to Whitaker what he's done to my son. properly. i wouldnt stop them",
     {**ANGRY, "threat": 0.9}, "urgent"),
    ("someone should do to Whitaker what he's done to my son. properly. i wouldnt stop them",
     {**ANGRY, "threat": 0.8}, "high"),
    ("Whitaker's Year 6 absolutely killed it at the quiz, what a teacher", {**HAPPY, "threat": 0.9}, "digest"),
]


@pytest.mark.parametrize("text,scores,priority", MODEL_ALONE)
def test_how_sure_the_model_must_be_on_its_own(text, scores, priority):
    assert decide(text, TOM, scores).priority == priority


@pytest.mark.parametrize("text,scores,priority,call", WEAPONS)
def test_a_weapon_makes_a_model_read_threat_urgent(text, scores, priority, call):
    d = decide(text, TOM, scores)
    assert (d.priority, "call_999" in d.actions) == (priority, call), d


@pytest.mark.parametrize("text,live", [
    ('reposting this snap before it goes: "if jayden comes thru after skl 2moro hes gettin stabbed"', True),
    ("snap story going round: 'yr 9s meet at the leisure centre sat 2pm. bring whatever u got'", True),
    ("reposting this from last year, the nativity was lovely", False),
    ("the story going on in eastenders is grim", False),
])
def test_a_threat_kept_and_spread_is_handed_on(text, live):
    assert bool(rules.live_warning(text)) == live


@pytest.mark.parametrize("text,scores,priority,call", ARMED)
def test_a_weapon_and_a_moment_make_a_veiled_phrase_hostile(text, scores, priority, call):
    d = decide(text, SCHOOL_ONLY, scores)
    assert (d.priority, "call_999" in d.actions) == (priority, call), d


@pytest.mark.parametrize("text,scores,urgent", THREATS)
def test_threats(text, scores, urgent):
    d = decide(text, TOM, scores)
    assert ("threat" in d.categories) == urgent, d
    assert (d.priority == "urgent") == urgent, d


@pytest.mark.parametrize("text,clean", [
    ("im gonna k1ll him", "i'm gonna kill him"),
    ("sum1 shud st4b him", "someone should stab him"),
    ("st4b", "stab"),
    ("k i l l", "kill"),
    ("shoooot", "shoot"),
    # Digits that are meant stay: times, year groups, classes, buses.
    ("at 3pm in 6B, y9 and the 41A", "at 3pm in 6B, y9 and the 41A"),
    ("the u14s and u9s play sunday", "the u14s and u9s play sunday"),
    # A lone "b" or "r" is "be" or "are"; inside a disguised word it is a letter.
    ("sum1 shud st@b him", "someone should stab him"),
    ("m.u.r.d.e.r him", "murder him"),
    ("ill b there n u r dead", "ill be there n u are dead"),
    ("2nite is it", "tonight is it"),
    ("see u 2moz at the gate", "see u tomorrow at the gate"),
    ("we kno were he parks", "we know where he parks"),
    ("i no were marsh lives now", "i know where marsh lives now"),
    ("i no we were late, sorry", "i no we were late, sorry"),
    ("were they living in Hexley then?", "were they living in Hexley then?"),
])
def test_plain_spelling(text, clean):
    assert rules.plain_spelling(text) == clean


# A reply that joins in with the threat it answers (round 15), beside replies that join in with
# something harmless or answer a threat to stop it: post, the post it answers, scores -> urgent?
JOINING_IN = [
    ("get down there mate ill come with u", "see you at the gates tomorrow morning Whitaker. half 8", ANGRY, True),
    ("count me in", "that Whitaker, someone should put him in hospital", ANGRY, True),
    ("ill come with u, bring the kids", "see you at the gates for the Christmas fair x", HAPPY, False),
    ("get down there mate, the queue's massive", "Whitaker's doing free hot chocolate at the gate", HAPPY, False),
    # Round 35's: "ill come with." bare; "say the word ... we'll be at".
    ("ill come with. bring the lads", "just me and Whitaker in the car park saturday, nobody else", ANGRY, True),
    ("say the word daz and we'll be at marlow rd at 3", "Whitaker wants sorting out. she cant hide forever", ANGRY, True),
    ("say the word and I'll bring the gazebo", "Whitaker's class fair stall saturday, need a hand?", HAPPY, False),
    ("Dean take it down now. nobody is coming with you", "see you at the gates tomorrow Whitaker", ANGRY, False),
    # A quote-post handing the threat on: "reported this account, pls do the same".
    ("reported this account, pls do the same. a grown man saying this about a teacher",
     "Quote of @h3xleytruth: someone should pay Whitaker a little visit at home and see how he likes it", ANGRY, True),
    ("reported this account, pls do the same. spamming crypto under every post",
     "Quote of @h3xleytruth: Whitaker's class won the quiz, free crypto in bio", ANGRY, False),
    # A fourth review's: a joke quoted, homework moaned about.
    ("reported this account, pls do the same. a grown man saying this about a teacher", "Quote of @h3xleytruth: someone "
     "should pay Whitaker a little visit at home and see how he likes it. tomorrow", ANGRY, True),
    ("reported this account, pls do the same lol", "Quote of @kai_h: if Whitaker sets one more project I'll kill him 😂😂",
     ANGRY, False),
    ("please someone tell the school to stop with the projects", "if Whitaker sets one more project I'll murder him 😂",
     ANGRY, False),
    # Round 36's thread: "say the word" alone under a threat; asking for the rest of a home posted with menace.
    ("say the word 😂", "someone needs to wait for Whitaker in the staff car park and have a proper word 👊", HAPPY, True),
    ("say the word and I'll ring the school for you", "Whitaker's class trip is cancelled again", ANGRY, False),
    ("what number 👀", "for anyone who fancies a word with Whitaker about what he's been doing - he lives on Ashdown Close",
     HAPPY, True),
    ("which house? the one with the trampoline?", "Found a spaniel outside Whitaker's class, owner lives on Ashdown Close",
     HAPPY, False),
    ("what number?? you can't post that, reported", "for anyone who fancies a word with Whitaker - he lives on Ashdown Close",
     ANGRY, False),
]


@pytest.mark.parametrize("text,context,scores,urgent", JOINING_IN)
def test_a_reply_that_joins_in_with_a_threat(text, context, scores, urgent):
    post = Post(id="1", text=text, author="someone", published=FRESH, platform="facebook", context=context)
    d = triage(post, TOM, scores, [], SCHOOL, {}, now=NOW)
    assert (d.priority == "urgent") == urgent, d


# A threat to staff written by a pupil, or one that says the member of staff laid hands on the
# author's child before: the DSL as well as the police (round 28's read sets). A parent's threat
# with neither, and a parent's complaint about a detention, are not the DSL's.
DSL_TOO = [
    ("gaz took my phone AGAIN. im bringing my cousins to the station lane gate at 3, Whitaker is getting it", True),
    ("whitaker gave me a detention 4 nothin. gunna b waitin by da bak gate 2moz, hes getting it", True),
    ("Mr Whitaker puts his hands on my boy again and I'm coming in at 3 o'clock today with a bat", True),
    ("Whitaker is getting battered at the gate tomorrow, mark my words", False),
]


@pytest.mark.parametrize("text,dsl", DSL_TOO)
def test_a_pupils_threat_or_hands_laid_on_a_child_is_the_dsls_too(text, dsl):
    d = decide(text, TOM, ANGRY)
    assert d.priority == "urgent", d
    assert ("dsl_review" in d.actions) == dsl, d


@pytest.mark.parametrize("text", [
    "Mr Whitaker puts my son in goal again 😂 he's 4ft tall, we lost 9-0 but he loved it",
    "Mr Whitaker puts my son in detention again for forgetting his reading book, pointless",
])
def test_a_child_put_somewhere_again_is_no_allegation(text):
    d = decide(text, TOM, ANGRY)
    assert "dsl_review" not in d.actions and "legal_advice" not in d.actions, d


def test_a_parents_detention_complaint_is_not_a_pupils_threat():
    d = decide("Whitaker gave my son a detention for nothing again, useless", TOM, ANGRY)
    assert "dsl_review" not in d.actions and d.priority != "urgent", d


def test_a_threat_handed_on_to_the_school_and_police_already_is_the_dsls_today_not_a_page():
    d = decide('PSA: some idiot wrote "gonna shoot up Whitaker\'s class tomorrow". I\'ve screenshotted it and sent it to '
               'the school and 101.', TOM, ANGRY)
    assert ("threat" in d.categories, d.priority, "call_999" in d.actions, "report_police" in d.actions) == (
        True, "high", False, True), d


# The times and places a threat names, as people write them (round 18, with a review's hard negatives).
WHEN_WHERE = [
    ("okafor 1st. 2morow b4 skool", ["tomorrow", "before school"]),
    ("see u tomrw", ["tomorrow"]),
    ("watch her back in that staff car park", ["in that staff car park"]),
    ("something might happen on Station Lane one night", ["one night"]),
    ("ur getting it in an hour", ["in an hour"]),
    ("ur getting it in five minutes", ["in five minutes"]),
    ("At the end of the day, the head deserves a good kicking", []),
    ("hes getting it when the bell goes", ["when the bell goes"]),
    ("she leaves every night about 5.40", ["every night about 5.40"]),
    # A house's or a parked car's street is where to find someone (the privacy rules'), not a place set for harm.
    ("Lovely house the head has on Beech Close. Big windows.", []),
    ("outside her office, by her car, and in the tesco she shops in", []),
    # Where someone lives is an address (the privacy rules'), not a place named for a threat.
    ("he lives on Station Lane", []),
    ("a street of television: it's like something off Coronation Street", []),
    ("already behind the post: it kicked off on Station Lane last week", []),
    ("one night only at the panto!", []),
    # "stop" the verb, not a bus stop.
    ("everyone in this group needs to stop sharing it", []),
    ("breakfast club is before the bell, 7.45 sharp", ["before the bell", "7.45"]),
    # Round 21: a group chat copied out stamps each line with when it was sent; that is no time named.
    ("[08:30] Tash: cant believe it\n[08:31] Bex: same", []),
    ("21:02 - Jay: see u at 3.15\n21:03 - Kyle: say less", ["3.15"]),
    ("[21:02] Jay: see u at 3.15 tomorrow", ["at 3.15", "tomorrow"]),
    ("mums chat agrees: [10:40] Stace: the head is useless [10:41] Dee: she never replies", []),
    ("[21:40] Tash 💅: cant believe it\n[21:41] Dee (Y6 rep): same", []),
    # A time with a word of its own before the colon is a time (a review's).
    ("3.20 sharp: were all jumping Whitaker outside the gates", ["3.20", "outside the gates"]),
]


@pytest.mark.parametrize("text,named", WHEN_WHERE)
def test_the_times_and_places_a_threat_names(text, named):
    assert [f.evidence for f in rules.when_where(text)] == named


# A fight called with weapons asked for is a threat to every pupil near it; the fight against knife
# crime is not; a court report quotes a threat (round 33's, read in round 18).
FIGHTS_AND_COURTS = [
    ("MASS BRAWL at the rec on mill lane after school TODAY. hollowbrook vs greenfield. bring whatever u got 🔪👊",
     "urgent", True),
    ("the fight against knife crime: hollowbrook assembly today with the PCSOs 🔪❌", "digest", False),
    ("scrap behind the sports hall at hollowbrook yesterday, bring ur phones next time lol", "digest", False),
    ("A Hexley father has been given a restraining order after sending threatening messages to a Hollowbrook teacher. "
     "Magistrates heard he had written 'I know where you live' on Facebook.", "digest", False),
]


@pytest.mark.parametrize("text,priority,call", FIGHTS_AND_COURTS)
def test_a_fight_called_and_a_threat_reported(text, priority, call):
    d = decide(text, SCHOOL_ONLY, CALM)
    assert (d.priority, "call_999" in d.actions) == (priority, call), d


# What turns a threat into a 999 call: a moment fixed (a day, an hour, the school day's fixed points,
# a date) or a weapon. A place alone, a habit or a vague night: the police today.
SETS_A_TIME = [
    ("imminent", "tomorrow", True),
    ("imminent", "friday", True),
    ("imminent", "at 3.15", True),
    ("imminent", "at about half five", True),
    ("imminent", "at pickup", True),
    ("imminent", "at the gates", True),
    ("imminent", "18th December", True),
    ("weapon", "knife", True),
    ("imminent", "at parents evening", True),
    ("imminent", "when she leaves", True),
    ("imminent", "in an hour", True),
    ("imminent", "when the bell goes", True),
    ("imminent", "frday", True),
    ("imminent", "in the staff car park", False),
    ("imminent", "outside her house", False),
    ("imminent", "one night", False),
    ("imminent", "next week", False),
    ("imminent", "this week", False),
    ("routine_time", "every morning about 7.50", False),
]


@pytest.mark.parametrize("rule,evidence,firm", SETS_A_TIME)
def test_what_sets_a_time_for_a_999_call(rule, evidence, firm):
    assert rules.sets_a_time(rules.Finding(rule, evidence)) == firm


def test_a_place_alone_says_to_call_the_police_and_999_only_if_it_is_happening():
    d = decide("Mr Whitaker better watch his back in that staff car park. Just a friendly word.", TOM, ANGRY, FRESH)
    assert (d.priority, "call_999" in d.actions, "report_police" in d.actions) == ("urgent", False, True), d
    assert "no moment: report to the police today; call 999 if it is happening now" in d.why, d
