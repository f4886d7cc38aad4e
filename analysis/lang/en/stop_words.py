"""English stop words for word counts and language detection.

Written for this project (not copied from an existing list): closed-class words
(articles, pronouns, prepositions, conjunctions, auxiliaries, common adverbs),
contractions, plus words that dominate news counts without saying what an article
is about (reporting verbs, titles, days, months, small numbers). Lowercase; words
with an apostrophe are listed with both ' and ’.
"""
from __future__ import annotations

_WORDS = """
a an the this that these those

i me my mine myself we us our ours ourselves you your yours yourself yourselves
he him his himself she her hers herself it its itself they them their theirs
themselves one ones oneself who whom whose which what whatever whoever whomever
whichever somebody someone something anybody anyone anything nobody nothing
everybody everyone everything each other another others

of in on at by to from with without within into onto upon about above below over
under between among amongst through throughout during before after against across
along alongside around behind beside besides beyond despite except inside outside
near off out up down per via toward towards amid amidst until till since like
unlike than versus

and or but nor so yet for if then else because while whereas although though
unless whether once as

be am is are was were been being have has had having do does did doing done
will would shall should can could may might must ought
get gets got getting make makes made go goes went gone going come came take took

not no yes very too also just only even still already again ever never always
often sometimes usually now soon later here there where when why how however
therefore thus hence meanwhile instead rather quite almost perhaps maybe really
well much many more most less least few fewer all any both either neither none
some such same own several various enough further furthermore moreover indeed
otherwise anyway anyhow else elsewhere everywhere somewhere anywhere nowhere
together away back around ago today yesterday tomorrow tonight

don't doesn't didn't isn't aren't wasn't weren't hasn't haven't hadn't won't
wouldn't can't cannot couldn't shouldn't mustn't needn't shan't
i'm i've i'll i'd you're you've you'll you'd he'd he'll she'd she'll it'll
we're we've we'll we'd they're they've they'll they'd let's 's

say says said saying tell tells told according added adds asked stated noted
explained announced claimed insisted
mr mrs ms dr

monday tuesday wednesday thursday friday saturday sunday
january february march april june july august september october november december

two three four five six seven eight nine ten hundred thousand
first second third last next
"""

_BASE = frozenset(_WORDS.split())

# Contractions and the clitic 's occur with both ' and ’ in news text.
STOP_WORDS: frozenset[str] = _BASE | frozenset(w.replace("'", "\u2019") for w in _BASE)
