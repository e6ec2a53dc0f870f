"""What round 54's writers (and quiet54's, threads32's) paged and triage did not, and what it paged that
nobody should have: tables a DSL can read. Beside each threat, a post that shares its words and must not
page anyone: a pupil's joke about the mocks, a bus missed, a bake sale, a parent "shot down" for backing the
head, a cup run, a parking rant, a kid who brought a blade in last month, a pupil who gets jumped every day."""
from __future__ import annotations

import pytest

from monitor.judge import rules
from test_triage import ANGRY, CALM, SCHOOL_ONLY, TOM, decide

DOXXED = {**ANGRY, "privacy": 0.9}
THREAT_READ = {**ANGRY, "threat": 0.96}

# post -> the first threat rule that fires (None: none)
THREATS = [
    ("Whoever put that rainbow flag up at HBA needs a bat across the head. Simple as.", "explicit_threat"),
    ("hope hollowbrook burns down before thursday so the dog can sniff the ashes 🔥🔥", "veiled_threat_if_hostile"),
    ("whoever told marsh about the toilets we know its u. back gate after school tmrw dont bother running",
     "veiled_threat_if_hostile"),
    ("this lady needs sacking. find out where she lives and egg her house 🥚🥚😂", "veiled_threat_if_hostile"),
    ("bring eggs for marsh friday 😂 and whatever else youve got lying about", "veiled_threat_if_hostile"),
    # A slap is what parents say of their own; the mocks, a bus, a bake sale, a card.
    ("that kid needs a slap round the head, honestly, three detentions in a week", "veiled_threat_if_hostile"),
    ("hope school burns down over the weekend so we dont have mocks 😂", None),
    ("dont bother running for the 41, it's already gone past the Marlow Rd stop", None),
    ("bring eggs for the bake sale friday please, Miss Rowe's making brownies", None),
    ("find out where she lives and send her a card, she's been a star this year", None),
    # Told of, not threatened: who gets jumped every day, a kid who brought a blade in.
    ("Tyler is the one who gets jumped every single day on the way home, maybe ask why he carries one", None),
    ("lockdown drill the same month a kid brings a blade in. says it all about that place tbh", None),
    # "Get shot down", "smash greenfield ... the semis": idioms.
    ("I'll probably get shot down for this but I'm glad they excluded him. Mrs Okafor did the right thing", None),
    ("COME ON HBA ⚽⚽ quarter final next wednesday. let's smash greenfield and get to the semis 🔥", None),
]


@pytest.mark.parametrize("text,rule", THREATS)
def test_threats_and_their_look_alikes(text, rule):
    assert next((f.rule for f in rules.threat_phrases(text)), None) == rule


def test_who_put_a_flag_up_is_no_quotation():
    assert rules.reported_speech("Whoever put that rainbow flag up at HBA needs a bat across the head") == ()
    assert rules.reported_speech("whoever put that comment up about miss needs to grow up") != ()


# The school run's rage at the next driver on the zigzags is letting off steam.
@pytest.mark.parametrize("text,hyper", [
    ("I swear to god I'm going to kill the next person I see parked on them zigzags outside HBA", True),
    ("I'm going to kill the next person who blocks my drive at pickup", True),
    ("I'm going to kill the next teacher who gives my son a detention", False),
])
def test_the_next_one_to_park_there(text, hyper):
    assert bool(rules.hyperbole(text)) == hyper


# Beside a home, a car or where she works, a call to go there: a threat.
@pytest.mark.parametrize("text,called", [
    ("Lives on Beech Rise, white Audi. Not so brave when it's on her own doorstep", True),
    ("Whitaker's wife works on reception at the leisure centre. If you want to let her know what her husband is doing, "
     "she's on Tuesday mornings", True),
    # The lollipop man waved at (a wink beside it is a lollipop man's as often as a grass's), the office door knocked on.
    ("Mr Doyle's on the Station Lane crossing every morning, give him a wave when you see him, he loves it", False),
    ("Kev does the lollipop outside HBA on Station Lane every morning 8 till 9, give him a wave when you see him 😂", False),
    ("go knock on the office door and ask them yourself, they're really helpful", False),
])
def test_a_call_to_go_there(text, called):
    assert bool(rules.incitement(text)) == called


# Which house, by its door or the car on its drive (read only in a reply to a call to go there).
@pytest.mark.parametrize("text,home", [
    ("ashby close, the house w the blue door, her red fiesta is always outside 👀", True),
    ("pretty sure its Cedar Close, the one with the grey Astra on the drive", True),
    ("the school office is the one with the blue sign by the gates", False),
])
def test_which_house(text, home):
    assert bool(rules.described_home(text)) == home


# A home given in answer to a call to go there joins in; the same answer to a lost dog's owner does not.
@pytest.mark.parametrize("text,context,joins", [
    ("pretty sure its Cedar Close, the one with the grey Astra on the drive. Curtains been shut all week 👀",
     "someone should pay him a visit", True),
    ("ashby close, the house w the blue door, her red fiesta is always outside 👀",
     "this lady needs sacking. find out where she lives and egg her house 🥚🥚😂", True),
    ("pretty sure its Cedar Close, the one with the grey Astra on the drive", "has anyone lost a black lab? found on Mill Lane",
     False),
    # A review's: a new baby, a hip operation, a hamper; kindness visits.
    ("Her house is the one with the grey Astra on the drive on Mill Lane, she'd love to see you",
     "Miss Rowe is off with her new baby, go and see her", False),
    ("he's at 14 Birch Close, the one with the grey Astra on the drive. Lovely man",
     "few of us mums going to pop round tonight with a hamper", False),
    ("reported. she lives on Cedar Close, the one with the grey Astra on the drive, and the police know",
     "someone should pay him a visit", False),
])
def test_a_home_given_to_a_call(text, context, joins):
    assert bool(rules.joins_in(text, context, True)) == joins


# A child with the means in hand, or a note left for the family: a 999 call.
@pytest.mark.parametrize("text,priority", [
    ("they wont stop messaging me. ive got all my mums tablets in front of me. im done tonight. sorry", "urgent"),
    ("the kind of tired where sleep doesnt fix it. i wrote a letter to my mum last night and put it in my drawer just in "
     "case, so she knows it wasnt her fault", "urgent"),
    ("same thing happened to me in yr8, they used to take my bag. i wrote a letter to my mum just in case. cant do this anymore",
     "urgent"),
    ("left a note on my bed for mum so she knows its not her fault. love you all", "urgent"),
    ("I've got all of mums tablets in front of me. im done tonight", "urgent"),
    # A review's: a parent's letter before an operation, a flight, a bus missed, a tea in the oven, a carer's pill box.
    ("Dad's having his heart op on Thursday, he's written a letter to my mum just in case. Sorry if I'm quiet this week",
     "digest"),
    ("Left a note for my mum so she knows it wasnt her fault I missed the HBA bus, the driver went early", "digest"),
    ("Left a note for my mum just in case she gets in before me, tea is in the oven and Im at Ellie's after netball", "digest"),
    ("Got all my nan's tablets sorted into her pill box for the week. I'm done now, off to bed", "digest"),
    # A thank-you letter, a complaint, a tablet computer.
    ("wrote a letter to my mum's MP about the HBA bus, just in case anyone else wants the template", "digest"),
    ("ive got all my mums tablets in front of me for the pill organiser, she's hopeless with them", "digest"),
])
def test_the_means_in_hand_or_a_note_left(text, priority):
    assert decide(text, SCHOOL_ONLY, CALM).priority == priority


# Drugs offered for sale, with a way to buy; not a parent's find or a warning.
@pytest.mark.parametrize("text,offered", [
    ("who wants food 🍃 msg me. 10K. hba toilets b4 period 3, 2 for a tenner", True),
    ("elf bars £5 each dm me, can drop off at hba after school", True),
    ("found ANOTHER elf bar in his pencil case. hollowbrook confiscated one last week too", False),
    ("warning: someone is selling vapes to year 8s at the HBA gates, dm me if your kid has been approached", False),
    ("dm me for the food bank rota, we need two more for Friday", False),
    # A review's: weeding the garden, the fair's cans of coke, herbs for sale, the school's own warning.
    ("Can anyone help weed the HBA memorial garden on Saturday morning? Text me", False),
    ("HBA PTA summer fair: cans of coke £1 each. Message Mandy to volunteer", False),
    ("Year 8 eco club are selling herb plants 🌿 £2 each, message Miss Rowe", False),
    ("HBA safeguarding update: we are aware of vapes being sold near the back gate. Please message Mr Nwosu", False),
    ("got green £10 a bag, hmu, can drop to hba gates", True),
])
def test_drugs_offered(text, offered):
    assert bool(rules.dealing(text)) == offered


def test_a_dealers_threat_is_still_a_threat():
    assert rules.sale_only("who wants food 🍃 msg me. 2 for a tenner") is True
    assert rules.sale_only("weed 🍃 2 for a tenner dm me. that snitch in 9R knows whats coming to him") is False


def test_drugs_offered_are_the_dsls_not_a_page():
    d = decide("who wants food 🍃 msg me. 10K. hba toilets b4 period 3, 2 for a tenner", SCHOOL_ONLY, {**THREAT_READ, "negative": 0.3})
    assert (d.priority, "safeguarding" in d.categories, "dsl_review" in d.actions) == ("high", True, True)


# Whole posts, as the writers of round 54 and threads32 wrote them.
@pytest.mark.parametrize("text,about,scores,priority", [
    ("Whoever put that rainbow flag up at HBA needs a bat across the head. Simple as.", SCHOOL_ONLY, ANGRY, "urgent"),
    ("her address is on the electoral roll, 14 fenwick way. go knock and ask her urself dean 😏", TOM, DOXXED, "high"),
    ("Lorraine I swear to god I'm going to kill the next person I see parked on them zigzags outside HBA. Every single "
     "morning. 4x4s the size of a bus 🤬", SCHOOL_ONLY, {**ANGRY, "threat": 0.9}, "digest"),
])
def test_whole_posts(text, about, scores, priority):
    assert decide(text, about, scores).priority == priority


# Two reviews' look-alikes: an idiom, a printer, a coach's words told of, running to the head or for the council, a
# portakabin or a uniform shop's prices, a lost cat's home sought; and the threat a review found the first rules let go.
@pytest.mark.parametrize("text,rule", [
    ("Just what we need a kick in the teeth from the council, another cut to HBA's budget", None),
    ("The old printer in the HBA office needs a hammer to the face honestly, jammed again 🙄", None),
    ("Coach Lloyd says he needs a boot to the head to toughen up?? Not impressed", None),
    ("Don't bother running to Okafor about it, she always sides with the staff", None),
    ("Dont bother running for school council at HBA, Whitaker just picks his favourites", None),
    ("Honestly hope the HBA portakabins burn down, they're freezing death traps", None),
    ("Hope that HBA uniform shop gets burnt down. £40 for a blazer is daylight robbery", None),
    ("Found a tabby cat outside HBA gates, trying to find out where she lives and knock on the door", None),
    ("Keep excluding our kids Mrs Okafor and one day a kid brings a knife in for you", "explicit_threat"),
])
def test_what_two_reviews_found(text, rule):
    assert next((f.rule for f in rules.threat_phrases(text)), None) == rule


@pytest.mark.parametrize("text,hyper", [
    ("I'll kill the next person who parks across my drive, I know exactly whose car it is and where she works", False),
    ("I'm going to kill the next driver on the zigzags. Blonde woman in the black Audi, you know who you are", False),
])
def test_the_next_one_known_is_no_hyperbole(text, hyper):
    assert bool(rules.hyperbole(text)) == hyper


# Hate in quiet words, and the posts that share them: a forum that ticks a box, the school's history month, a
# catfish's 'girl' on snap, a dog groomer's window, Pride's hangover, an ally, a parent of a trans child.
@pytest.mark.parametrize("text,hate", [
    ("the SENCO nwosu is useless. these people only get the jobs to tick a box", True),
    ("HBA only gave him the job to tick a box, nothing to do with ability", True),
    ("If HBA stopped taking kids off the traveller site the drugs would stop overnight. Everyone knows it's them lot", True),
    ("there's a 'girl' in year 7 at hollowbrook who is OBVIOUSLY a lad. mentally ill parents doing this to a kid", True),
    ("gr00mers r us academy 🤡🏳️‍🌈 h0llowbr00k", True),
    ("HBA pride week 🏳️‍🌈 = 🤮", True),
    # A bare "not" is no calling out: round 54's "bet he's looking for boyfriends not dealers 🏳️‍🌈🤮".
    ("no wonder gaz lloyd's out on that gate every night, bet he's looking for boyfriends not dealers 🏳️‍🌈🤮", True),
    ("The parents forum at HBA is only there to tick a box, Mrs Okafor never changes anything", False),
    ("HBA Gypsy, Roma and Traveller History Month assembly today, we are all the same underneath 💛", False),
    ("Parents of year 8 girls please check phones. My daughter's friend has been talking to a 'boy' on snap", False),
    ("Dog groomer recommendations near HBA? The one with the 🏳️‍🌈 in the window was fab with our cockapoo", False),
    ("Hexley Pride 🏳️‍🌈🤮 too many jagerbombs, never again. Still made it to HBA for 8:30 though", False),
    ("Someone commented 🏳️‍🌈🤮 under HBA's pride month post. Reported. Do better Hexley", False),
    ("My child is trans. She was clearly a girl from age 3. Year 7 at HBA has been brilliant with her", False),
])
def test_hate_in_quiet_words(text, hate):
    assert bool(rules.hate_phrases(text)) == hate


# probe53's misses, read after it was measured (so in-sample there): a note hidden in a blazer pocket, the means in
# front of a pupil who wants to be told not to, a blade shown to a friend with "tonight, sorry", goodbyes buried in a
# revision tip and a retiring teacher's thank-you; and a family moving, a friend's note about tea, a parent's op.
@pytest.mark.parametrize("text,priority", [
    ("if my mum sees this: there's a note in my blazer pocket, just in case. it's not your fault and it's not nanas. "
     "i just cant walk through them gates again", "urgent"),
    ("i have the blade and the tablets in front of me rn and i just want someone to tell me not to", "urgent"),
    ("pls if anyone knows where jess from year 10 lives ring someone. she just sent me a pic of a blade and said "
     "'tonight, sorry'. her mums not answering", "urgent"),
    ("I won't be sitting mine, I've sorted it so I won't be here after tonight and I'm honestly ok with it", "urgent"),
    ("I'm glad I got to say thank you before I go because I won't be around after this week, I've got it all planned "
     "and it's better for everyone this way. Enjoy retirement sir", "urgent"),
    ("We won't be around after Friday, moving to Leeds, it's all planned! Thanks Hollowbrook for everything", "digest"),
    ("there's a note on my desk for the supply teacher, it's not your fault the printer broke Miss", "digest"),
    ("Mum's op is Thursday, there's a letter in my bag from the hospital, it's not her fault the school wasn't told",
     "digest"),
])
def test_what_probe53_held(text, priority):
    assert decide(text, SCHOOL_ONLY, CALM).priority == priority


@pytest.mark.parametrize("text,rule", [
    ("Peaceful.... unless Okafor comes out and starts mouthing then all bets are off lads 👊👊", "veiled_threat_if_hostile"),
    ("Grand National on Saturday, all bets are off once the favourite falls 😂", None),
    ("Nobody is saying burn the place down or hurt anyone. Thursday is a PEACEFUL protest x", None),
])
def test_what_probe53_paged_or_held(text, rule):
    assert next((f.rule for f in rules.threat_phrases(text)), None) == rule


# A child's crisis told by someone raising the alarm: the means or the place, words of an ending, and the alarm.
# Not a missing child's appeal (the DSL's today), a child found safe, a laugh.
@pytest.mark.parametrize("text,raised", [
    ("my mate in yr11 put a pic of a rope on her close friends with 'soon' and idk if im overreacting", True),
    ("PLEASE someone check on a girl in yr 9, her story says shes on the station lane bridge and shes 'done'. "
     "i dont know what to do", True),
    ("a boy in his year 8 form has put on their group chat that he's going to the railway bridge tonight and "
     "'it'll all be over'. We've rung the police", True),
    ("PLEASE SHARE my daughter (13) hasnt come home from school. Last seen on the bridge, police informed, sorry to ask",
     False),
    ("my mate in yr 9 said she was 'done' with the bridge club lol, idk if im overreacting", False),
    ("my son in year 8 was on the bridge saying sorry and 'done' but the police found him, he's safe now", False),
    # A review's: a coach late at the bridge, a sulk's note on a door, a photography project, a kiln.
    ("Anyone know if the yr 8 trip is back? Daughter not answering, coach was due at the Station Lane bridge. 'nearly there x'",
     False),
    ("My 14yo in year 9 is in a right mood, note on his door saying 'keep out, done with this family'. What do I do, i'm scared",
     False),
    ("my mate in yr 10 posted the railway bridge on her story with 'last one' and wasn't answering. Turns out it's her "
     "photography project", False),
])
def test_an_alarm_raised(text, raised):
    assert bool(rules.alarm_raised(text)) == raised


# Warnings with no violent word, held at digest for rounds on the read sets; and what shares their words.
@pytest.mark.parametrize("text,rule", [
    ("hollowbrook burning down tonight would be the best christmas present ever. might help it along, got a can of petrol",
     "veiled_threat"),
    ("enjoy ur little fair. saturday the whole place goes up 🔥🔥🔥 tell kev to leave the fire doors open lol", "veiled_threat"),
    ("Monday 10am I have meeting with Nwosu. If he says no again, he will not walk out of that office the same man.",
     "veiled_threat"),
    ("everyone at hollowbrook better stay home thursday. not a joke. dont get on the 41.", "veiled_threat"),
    # ...not "they'll get it" (a refund's, a mock result's) nor "round hers" (a sleepover's): a review's.
    ("Still no refund for the cancelled HBA Paris trip. The office says you'll get it within 28 days", None),
    ("someone should key her car lol silver corsa always parked by the sports hall 🤭", "veiled_threat_if_hostile"),
    # The bonfire goes up, the snow day keeps you home, lost property handed in, a trip never forgotten.
    ("Bonfire night on the HBA field Saturday, the whole thing goes up at 7 sharp 🎆", None),
    ("you'd better stay home thursday if your kid has the bug going round 2R, not a joke it's nasty", None),
    ("Just take it in to the office love, they'll get it back to her", None),
    ("A day they'll never forget 🐑 Year 2 had the best time at the farm", None),
    ("He came home from the trip a different lad, won't come home the same after that week, thank you HBA", None),
    ("Mr Whitaker's last day at HBA. He won't walk out of that building the same man ❤️", None),
    ("Bonfire night on the HBA field Saturday! 7pm sharp the whole place goes up 🔥🎆", None),
    ("HBA going up to Division 1 next season 🔥🔥 well done Mr Lloyd's u16s", None),
    ("NEU strike confirmed for HBA, you'd better stay home Thursday, not a joke, there is no cover", None),
])
def test_warnings_with_no_violent_word(text, rule):
    assert next((f.rule for f in rules.threat_phrases(text)), None) == rule


# Relief, then the threat a friend makes of it: the child found safe is the one "killed" (probe54, read after it was
# measured); not another person named after the relief.
@pytest.mark.parametrize("text,hyper", [
    ("ok panic over, maddie was at her nans the whole time. thank u for all the messages. still gonna kill her tho x", True),
    ("maddie is fine now but im going to kill her dad tomorrow at pickup, he hit her", False),
])
def test_relief_then_a_threat(text, hyper):
    assert bool(rules.hyperbole(text)) == hyper


# An overdose told of in a child's own words passed on: "shes taken something and shes sorry" (probe54, read after it
# was measured); not a headache's tablets or a shop's sweets.
@pytest.mark.parametrize("text,priority", [
    ("she sent me a voice note crying saying shes taken something and shes sorry. ive rung 999", "urgent"),
    ("my daughter texted me saying she's taken something for her headache, sorry to ask, can she have calpol", "digest"),
    ("he sent me a message saying he took something from the shop and he's sorry", "digest"),
])
def test_something_taken(text, priority):
    assert decide(text, SCHOOL_ONLY, CALM).priority == priority
