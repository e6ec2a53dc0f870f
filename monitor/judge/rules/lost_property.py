"""Something lost asked back: "can whoever took a pair of wellies with a dinosaur on please send them back?"
is no "send them back" of hate. Pure."""
from __future__ import annotations

import re

from monitor.judge.rules.base import sentence_at

# Where abroad someone is told to go back to (hate.py's, read here too).
PLACES = (r"(?:africa|pakistan|poland|india|romania|nigeria|jamaica|somalia|bangladesh|syria|iraq|afghanistan|ghana|"
          r"kenya|china|the\s+jungle|lagos|(?:his|her|their|your|ur)\s+own\s+country|where\s+(?:you|u|he|she|they|it)\s+(?:came|come)\s+from)")

# Lost things asked for back: "can whoever took a pair of wellies with a dinosaur on please send them back?".
_LOST = re.compile(r"\b(?:(?:whoever|who(?:ever)?\s+has|some(?:one|body|1)|any(?:one|body|1))\s+(?:\w+\s+){0,2}?(?:took|taken|picked\s+up|borrowed)"
                   r"|lost\s+property|gone\s+missing|by\s+mistake|accidentally|wellies|wellingtons|jumper|cardigan|coat"
                   r"|book\s*bag|bag|kit|shoes|trainers|uniform|bottle|lunch\s*box|reading\s+book|hat|gloves|scarf)\b", re.I)
_SENT_BACK = re.compile(r"^(?:send|ship|sending|shipping)\s+(?:them|it|em)\s+back$", re.I)


def lost_property(text: str, evidence: str) -> bool:
    """"send them back" in a sentence about something taken or lost, with nowhere abroad named."""
    if not _SENT_BACK.match(evidence):
        return False
    i = max(text.find(evidence), 0)
    sentence = sentence_at(text, i, i + len(evidence))
    return bool(_LOST.search(sentence)) and not re.search(PLACES, sentence, re.I)
