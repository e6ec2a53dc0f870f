"""Review B of round 43's rules: look-alikes in both directions (real harm in the same words, harmless posts)."""
import pytest

from monitor.judge import rules
from monitor.judge.rules import claims, sport, staffroom
from monitor.judge.rules.telling import telling
from monitor.judge.rules.watched import watched


@pytest.mark.parametrize("text, groomed", [
    ("Station Lane 🥰 that's the blue door by the 41 stop isn't it amara. seen you getting off the bus. very talented girl", True),
    ("saw u walking home from school today amara 😘 thats ur house by the chippy isnt it", True),
    ("saw you getting off the 41, is that your house by the park? I live round the corner, we should meet x", True),
    ("seen u coming out of hollowbrook, thats ur flat on elm rd. want a lift tomorrow? dont tell anyone", True),
    ("Seen you at the park last night, that's your gate with the dog sign isn't it? You looked lost lol, message me", True),
    ("watched you walking home from school, thats the house with the red door. come to my party saturday xx", True),
    ("seen you at the gates, that's your house next door to ours isn't it, we're neighbours lol but dont tell ur mum i said", True),
    ("omg seen u walking home w ur new puppy, is that ur house on station lane? we live 2 doors down!!", False),
    ("seen you at the gates with Jayden, that's your house next door to my nan isn't it? tell your mum I said hi", False),
    ("Saw you getting off the bus Mrs Rowe! that's your house by the park isn't it, we're neighbours now 😂", False),
])
def test_watched(text, groomed):
    assert bool(watched(text)) is groomed
    assert any(f.rule == "grooming" for f in rules.child_at_risk(text)) is groomed


@pytest.mark.parametrize("text, in_hand", [
    ("Update: spoke to Mrs Patel first thing, she's looking into it today. thanks everyone", True),
    ("@HollowbrookAcad @HexleyPolice please look at this – kids arranging round two tomorrow at the rec", True),
    ("spoke to mr lloyd, he's sorting it. I'll update you all tomorrow", True),
    ("Spoke to Mrs Patel, she's looking into it. if nothing's done by friday im going round to that lads house myself", False),
    ("spoke to mr whitaker, he's dealing with it apparently. he wont be dealing with anything when i get hold of him", False),
    ("@HexleyPolice please look at this, before I go round there and stab the little rat", False),
    ("been to the head, she's on it. doesnt matter, that kid is getting it at the gates monday", False),
    ("talked to mrs okafor, she's looking into it. meanwhile that lad wants to watch himself", False),
])
def test_in_hand(text, in_hand):
    assert any(f.rule == "reported_on" for f in telling(text)) is in_hand


_STAB = "im gonna stab Whitaker at the gates tomorrow"


@pytest.mark.parametrize("text, context, joined", [
    ("she can have the same", _STAB, True),
    ("Mrs Patel can have the same treatment 😂", _STAB, True),
    ("she can have the same as him.", _STAB, True),
    ("she can have the same teacher as her brother had, Mr Whitaker is lovely", _STAB, False),
    ("Mrs Patel can have the same card as Mr Lloyd, I'll sign both", _STAB, False),
    ("she can have the same as me, a large latte 😂", _STAB, False),
    ("why did u post it here 😂 dm me the address", "Marsh lives at 14 Fenwick Ave, someone pay her a visit tonight 👊", True),
    ("Dean why on earth would you post Mrs Patel's address?? Removing you.", "Patel lives at 22 Cedar Close, pay her a visit tonight 👊", False),
])
def test_joins_in(text, context, joined):
    assert bool(rules.joins_in(text, context, True)) is joined


@pytest.mark.parametrize("text, context, urged", [
    ("do it then. removing you from the gc 😂", "im done. tell ms marsh sorry. not gonna be here after tonight", True),
    ("nobody cares. blocking you now", "not gonna be around much longer, bye", True),
    ("please dont do it, ring childline", "not gonna be around much longer, bye", False),
])
def test_urges(text, context, urged):
    assert bool(rules.urges_self_harm(text, context)) is urged


@pytest.mark.parametrize("text, blanked", [
    ("greenfield gonna batter hollowbrook on saturday 😂😂 5-0 minimum, they're getting COOKED", True),
    ("u14s v hexley town sunday, we're gonna smash hexley town 💪⚽", True),
    ("after the match we're gonna batter hollowbrook outside the gates, every one of them", False),
    ("match saturday but forget the football, we're gonna smash hollowbrook at the bus stop", False),
])
def test_side_beaten(text, blanked):
    word = "batter" if "batter" in text else "smash"
    assert (word not in sport.play_fight(text)) is blanked


@pytest.mark.parametrize("text, shout", [
    ("ms marsh just said 'if anyone spoils the ending of the escape room for the other set I will end you' and honestly fair", True),
    ("no spoilers or I will end you 😭 still on episode 4", True),
    ("if anyone spoils it I will end you 😭 waited 2 years for this season", True),
    ("if you ruin it for my son I will end you", False),
    ("Whitaker if you ruin the surprise by telling her about the court case I will end you", False),
    ("Mr Whitaker if you spoil it for her again I will end you", False),
    ("if anyone spoils the ending for my daughter I will end you", False),
])
def test_spoiler(text, shout):
    assert any(f.rule == "told_shout" and "end you" in f.evidence for f in staffroom.gripe(text)) is shout


@pytest.mark.parametrize("text, is_staged", [
    ("Mrs Okafor got arrested this morning!! it's the jail and bail thing for the food bank, bail set at £250 lol", True),
    ("Charge: too many assemblies. Bail set at £250 for @HexleyFoodbank #jailandbail", True),
    ("Funny how Okafor does jail and bail for charity when Mr Doyle was actually arrested for assaulting a pupil", False),
    ("they did jail and bail for the food bank yet Mr Doyle abused a child and still works there", False),
    ("Mr Whitaker was arrested for fraud. unlike Mrs Okafor who was only in the cells for the jail and bail 😂", False),
])
def test_staged(text, is_staged):
    assert claims.staged(text) is is_staged


@pytest.mark.parametrize("text, at_risk", [
    ("dont think ill be around to get my book back after tonight", True),
    ("dont think ill be around after tonight. tell my nan i love her", True),
    ("don't think i'll be around after tonight, im going away for good", True),
    ("dont think ill be around after tonight. thanks for putting up with me till now", True),
    ("dont think ill be around after tonight. going to my grave knowing nobody cared", True),
    ("dont think ill be around after tonight, off to my dads for the week 😊", False),
    ("don't think I'll be around after tonight as I'm on nights all week at work", False),
    ("dont think ill be around after tonight, going to my nans for half term", False),
    ("dont think ill be around after tonight, my phones getting taken off me lol", False),
])
def test_after_tonight(text, at_risk):
    assert any(f.rule == "self_harm" for f in rules.child_at_risk(text)) is at_risk


@pytest.mark.parametrize("text, praise", [
    ("Mr Lloyd you absolute WEAPON 😂 they murdered Greenfield", True),
    ("Jayden you total weapon 😂 best goal all season", True),
    ("u proper weapon 😂😂 best dance at the talent show", True),
    ("he's got an actual weapon on him, pulled it out at the gates", False),
    ("saw a lad with a proper weapon outside hollowbrook gates", False),
    ("someone bring an actual weapon tomorrow for whitaker", False),
])
def test_weapon_praise(text, praise):
    assert ("weapon" not in rules.strip_idioms(text).lower()) is praise
