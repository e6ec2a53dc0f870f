"""Violence inside a story, a play, a history lesson or a performance (quiet63's set texts): "I WILL KILL MACBETH"
on a post-it before the mock, Mrs Okafor "cast as King Duncan ... murdered offstage 🗡️👑", a Boudica project that
wants to "fight like the Iceni 🗡️". Blanked before the threat rules read a post, only where the post speaks of the
story and names no meeting, no home and no real weapon. Pure."""
from __future__ import annotations

import re

from monitor.judge.rules.moments import WEAPON

# People of set texts, plays and history lessons: a violent verb aimed at them is the story's.
_CHARACTERS = (r"(?:lady\s+)?macbeth|(?:king\s+)?duncan|banquo|macduff|tybalt|mercutio|romeo|juliet|hamlet|claudius|polonius|othello|iago"
               r"|(?:julius\s+)?caesar|brutus|scrooge|marley|jekyll|hyde|(?:mr\s+|mrs\s+|sheila\s+|eric\s+)?birling|eva\s+smith|inspector\s+goole"
               r"|piggy|lennie|curley|frankenstein|dracula|voldemort|boudica|boudicca|the\s+(?:iceni|romans|vikings|normans|spartans|saxons)"
               r"|henry\s+viii|anne\s+boleyn|guy\s+fawkes|the\s+witches|the\s+jabberwock")
_STORY = re.compile(r"\b(?:" + _CHARACTERS + r"|shakespeare|priestley|an\s+inspector\s+calls|lord\s+of\s+the\s+flies|of\s+mice\s+and\s+men|blood\s+brothers"
                    r"|a\s+christmas\s+carol|set\s+texts?|(?:the\s+|school\s+|year\s+\d+\s+)?play|novel|act\s+\d|scene\s+\d|on\s*stage|off\s*stage"
                    r"|cast\s+as|rehears\w+|panto\w*|drama|theatre|script|character|plot|costume|lines\s+to\s+learn|english\s+lit\w*"
                    r"|(?:horror|ghost|short|crime)\s+stor(?:y|ies)|creative\s+writing|murder\s+mystery|whodunn?it|cluedo|history\s+(?:project|lesson|homework|topic)"
                    r"|project\s+on|topic\s+on)\b", re.I)
# A verb of the story's violence aimed at one of its people, or a death played out on a stage.
_STORY_HARM = re.compile(r"\b(?:kill|murder|stab|behead|execute|poison|slay|fight|defeat|destroy|end)(?:ed|s|ing)?\s+(?:like\s+)?(?:" + _CHARACTERS + r")\b"
                         r"|\b(?:murdered|killed|stabbed|beheaded|executed|poisoned|slain|died)\s+(?:off\s*stage|on\s*stage|in\s+(?:act|scene)\s+\d"
                         r"|in\s+the\s+(?:play|story|book|novel|film|panto))\b", re.I)
_DRAWN = re.compile(r"🗡\ufe0f?|⚔\ufe0f?|👑|🩸|☠\ufe0f?|💀")
# What a story is never beside: a meeting, a home, a real weapon, a threat said to be meant.
_REAL = re.compile(r"\b(?:gates?|after\s+school|car\s*park|outside|house|home|address|lives?|wait\w*\s+for|find\s+(?:him|her|you|u)|irl|in\s+real\s+life"
                   r"|for\s+real|not\s+(?:joking|kidding)|watch\s+(?:out|ur|your)|next)\b|🔪|🔫", re.I)


def blank(text: str) -> str:
    """`text` with a story's violence blanked, where the post speaks of a story and aims nothing real."""
    if not _STORY.search(text) or _REAL.search(text) or WEAPON.search(_DRAWN.sub(" ", text)):
        return text
    return _DRAWN.sub(lambda m: " " * len(m.group(0)), _STORY_HARM.sub(lambda m: " " * len(m.group(0)), text))
