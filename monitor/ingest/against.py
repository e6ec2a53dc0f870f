"""Signs that a bare alias of ours is another place or thing of that name: "Hollowbrook village",
"#HollowbrookHawks", a flag, a foreign address; and the tags that are ours after all
("#hollowbrookyear5", "#HollowbrookOut"). Pure."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from monitor.ingest.cues import FOREIGN_ADDRESS, LIFE, PLACE_NOUNS, PLACE_WORDS
from monitor.ingest.lexicon import SCHOOL_WORDS
from monitor.ingest.scan import Hit

_OUR_FLAGS = re.compile("^(?:\U0001F1EC\U0001F1E7)+")
# "hollowbrook2016", "#hollowbrookyear5", "hollowbrookparents": our name and a year group or the school's day.
_OURS = (r"\d+|(?:year|yr|y|u)\d+s?|out|class\w*|alumni\w*|leavers\w*|ex\w*pupils?|former\w*|oldgirls|oldboys|reunion\w*|memories|"
         r"lockdown|parents?|mums?|dads?|pta|kids|staff|pupils|students|teachers|families|strike|walkout")
# ...its special needs families too ("Hollowbrook SEND parents", a private group): not Send, the village.
_CLASS_OF = re.compile(f"(?:send|sen)?(?:{_OURS})$", re.I)
# An account our name opens and the school's people or gossip close ("HBAstaffroomtea", "hollowbrookconfessions",
# cut short by a handle's length limit: "hollowbrookconfess"), or a parents' group ("hollowbrookfamiliestogether", round 57);
# not a tag of another thing's ("#HollowbrookTea", a cafe; "#HollowbrookStaffy", a dog rescue).
NAMED_FOR = re.compile(f"(?:{_OURS}|(?:staff(?:room)?|pta|parents?|teachers|pupils|students|governors|families|mums|dads)"
                       r"(?:tea|gossip|chat|confess(?:ions?)?|news|groups?|together|united|forum|network|community|voice|support|hub|connect|page|info)?"
                       r"|confess(?:ions?)?|fightz?|fights|memes|edits|banter)$", re.I)
# Signs a "Hollowbrook Secondary" is our all-through school's own phase: a year group, our town, our initials.
_OURS_TOO = re.compile(r"\b(?:year|yr|y)\s?\d{1,2}s?\b|\bhexley\b|\bhba\b|\bsixth\s+form\b", re.I)
_NIGHT_OUT = re.compile(r"\b(?:pub|quiz|crawl|night|drinks|party|gig|fete|fayre|festival|walk|ramble|bar|dance|disco)\b", re.I)
# "#HollowbrookU14s 3-1 v Kelby Colts #grassroots": a club's age group, not a school team.
_CLUB = re.compile(r"\b(?:colts|jfc|afc|fc|grassroots|league|sunday|rovers|united|athletic|ref|referee|manager|tournament)\b", re.I)


_OTHER_KIND = frozenset({"secondary", "elementary", "middle"})
_FAMILY = re.compile(r"(?:families|mums|dads)\w+", re.I)


def named_for_us(h: Hit) -> bool:
    """An account or tag our name opens and the school's people or gossip close: "HBAstaffroomtea"."""
    before, _, rest = h.inside.partition("|")
    return not before and bool(rest) and bool(NAMED_FOR.match(rest))


def against(hs: list[Hit], texts: dict[str, str]) -> list[str]:
    """Signs that a place-name alias is another place or thing of that name."""
    out = []
    both = " ".join(texts.get(w, "") for w in ("post", "thread"))
    for h in hs:
        if h.entry.kind != "school:alias":
            continue
        if h.inside:
            before, _, rest = h.inside.partition("|")
            # "#HollowbrookOut" is a campaign; beside a pub, a quiz or a night it is a night out.
            if rest.lower() == "out" and _NIGHT_OUT.search(both) or re.fullmatch(r"(?:send?)?u\d+s?", rest, re.I) and _CLUB.search(both):
                out.append(h.said)
                continue
            # A village's families' or mums' group ("hollowbrookmumsnetwork": baby sensory at the church hall) is ours only
            # where the post speaks of a school's day (a review's).
            if not before and _FAMILY.match(rest) and not _CLASS_OF.match(rest) and not LIFE.search(both.lower()):
                out.append(h.said)
                continue
            # An account named for us ("hollowbrookconfess") is ours, not another place.
            if not before and rest and not _CLASS_OF.match(rest) and not named_for_us(h) and not any(w.startswith(rest) or rest.startswith(w)
                                                                             for w in SCHOOL_WORDS if len(w) > 2):
                out.append(h.said)  # "HollowbrookHawks", "hollowbrookvillagehall"
            continue
        text = texts.get(h.where, "")
        # "Hollowbrook P.S. students": Ontario's school, not a postscript ("Thanks Hollowbrook P.S. bring cakes").
        nxt = re.match(r"\s+(P\.\s?S\.?(?=\s*(?:$|[,)]|\s+(?i:students|school|board|is|was)\b))|[\w']+)(?:\s+([\w']+))?", text[h.end:])
        if nxt:
            one, two, key = nxt.group(1), nxt.group(2) or "", re.sub(r"[.\s]", "", nxt.group(1).lower())
            # "Hollowbrook Secondary School", "Hollowbrook Elementary": another school's proper name. (Not
            # "Hollowbrook Primary", an all-through school's own phase, nor "Hollowbrook High", its old name.)
            if one[:1].isupper() and key in _OTHER_KIND:
                ours_too = key != "elementary" and (_OURS_TOO.search(both) or any(
                    x.entry.target != "school" and x.where == "post" for x in hs))
                if not ours_too:
                    out.append(f"{h.said} {one}")
                    continue
            # "Nextdoor: Hollowbrook Heights, ON": a place in Ontario, its province after a comma.
            if key in PLACE_NOUNS - {"on"} or one == "ON" or re.match(r"\s+[A-Z][a-z]+,\s+ON\b", text[h.end:]) or (
                    one[:1].isupper() and two.lower() in PLACE_NOUNS and not LIFE.fullmatch(one.lower())):
                out.append(f"{h.said} {one}" + (f" {two}" if key not in PLACE_NOUNS and one != "ON" else ""))
    for where in ("post", "thread"):
        # A run "🇬🇧🇨🇦" is quoted as the flag that points away.
        out += [_OUR_FLAGS.sub("", m.group(0)) for m in PLACE_WORDS.finditer(texts.get(where, ""))]
    host = urlsplit(texts.get("url", "")).hostname or ""
    if FOREIGN_ADDRESS.match(host) and not host.endswith(".co.in"):
        out.append(host)
    return out
