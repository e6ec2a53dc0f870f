"""The surnames many people in Britain share: a bare one of these is anybody's.

A bare surname of ours with no school named is usually ours when few people share it ("okafor
called me in again"): on the read sets' 12,960 posts, 48 of 49 were; the one not was "Marsh
badge" in a game. A common one ("patel", "jones") is as often a celebrity, a footballer or a
classmate. Roughly the 300 most frequent surnames of England and Wales (ONS and the electoral
roll agree on the top of the list); not every name of the country, only enough that a school's
Mr Smith is never taken for certain on his surname alone.
"""
from __future__ import annotations

COMMON_SURNAMES = frozenset("""
smith jones williams taylor brown davies evans wilson thomas johnson roberts robinson thompson wright walker white
edwards hughes green hall lewis harris clarke patel jackson wood turner martin cooper hill ward morris moore clark lee
king baker harrison morgan allen james scott phillips watson davis parker price bennett young griffiths mitchell kelly
cook carter richardson bailey collins bell shaw murphy miller cox richards khan marshall anderson simpson ellis adams
singh begum wilkinson foster chapman powell webb rogers gray grey mason ali hunt hussain campbell matthews owen palmer
holmes mills barnes knight lloyd butler russell barker fisher stevens jenkins murray dixon harvey graham pearson ahmed
fletcher walsh kaur gibson howard andrews stewart elliott reynolds saunders payne fox ford pearce day brooks west
lawrence cole atkinson bradley spencer gill dawson ball burton obrien watts rose booth perry ryan grant wells armstrong
francis rees hayes hart hudson newman barrett webster hunter gregory carr lowe page marsh riley dunn woods parsons berry
stone reid holland hawkins harding porter robertson newton oliver reed kennedy williamson bird gardner shah dean lane
cooke bates henderson parry burgess bishop walton burns nicholson shepherd ross cross long freeman warren nicholls
hamilton byrne sutton mcdonald yates hodgson robson curtis hopkins oconnor harper coleman watkins moss mccarthy
chambers oneill griffin sharp hardy wheeler potter osborne johnston gordon doyle wallace george jordan hutchinson rowe
burke may pritchard gilbert willis higgins read miles stevenson stephenson hammond arnold buckley walters hewitt barber
nelson slater austin sullivan whitehead mann frost lambert stephens blake akhtar lynch goodwin barton woodward thomson
cunningham quinn barnett baxter bibi clayton nash greenwood jennings holt kemp poole gallagher bond stokes tucker
davidson fowler heath norman middleton lawson banks french stanley jarvis gibbs ferguson hayward carroll farrell kirk
parkinson whittaker todd pollard iqbal rahman hussein mahmood begam chowdhury miah uddin islam rashid nguyen wang li
zhang chen liu kowalski nowak smyth sheppard horton lamb howe hale duncan mckenzie macdonald moran connolly kaur gill
sandhu dhillon grewal sidhu
""".split())
