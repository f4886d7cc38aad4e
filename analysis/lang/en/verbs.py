"""English reporting verbs and quote frames (data only, written for this project)."""

# Lemma -> forms used in news reporting (3rd person, past, participles).
REPORTING_VERB_FORMS = """
say says said saying tell tells told telling add adds added adding
ask asks asked write writes wrote written tweet tweets tweeted tweeting
explain explains explained note notes noted argue argues argued claim claims claimed
insist insists insisted declare declares declared state states stated
recall recalls recalled warn warns warned announce announces announced
respond responds responded reply replies replied continue continues continued
acknowledge acknowledges acknowledged admit admits admitted suggest suggests suggested
predict predicts predicted joke jokes joked quip quips quipped complain complains complained
describe describes described urge urges urged promise promises promised vow vows vowed
recount recounts recounted remark remarks remarked observe observes observed
conclude concludes concluded concede concedes conceded confirm confirms confirmed
contend contends contended maintain maintains maintained emphasize emphasizes emphasized
stress stresses stressed assert asserts asserted testify testifies testified
shout shouts shouted exclaim exclaims exclaimed report reports reported
post posts posted posting write-in added agreed agree agrees counter counters countered
charge charges charged allege alleges alleged accuse accuses accused
criticize criticizes criticized criticise criticised praise praises praised
mock mocks mocked blast blasts blasted slam slams slammed
reiterate reiterates reiterated repeat repeats repeated pledge pledges pledged
boast boasts boasted brag brags bragged lament laments lamented
mused muse muses wonder wonders wondered question questions questioned
demand demands demanded call calls called dub dubs dubbed label labels labeled labelled
brand brands branded characterize characterizes characterized
sing sings sang chant chants chanted yell yells yelled scream screams screamed
announce declare proclaim proclaims proclaimed reveal reveals revealed
promise recall explained responded retort retorts retorted snap snaps snapped
whisper whispers whispered read reads interject interjects interjected
conclude concluded deny denies denied point points pointed
believe believes believed think thinks thought feel feels felt
describe insist added
""".split()

# Regular verbs that report speech or characterise someone's words; conjugated by
# analysis.lang.en.inflection.verb_forms ("cite" -> cites, cited, citing).
REGULAR_VERBS = """
cite dismiss liken laud rule accuse praise promise stress call label describe refer condemn
decry denounce hail tout urge warn pledge vow insist demand dub term deem rate brand
characterize characterise portray blast slam mock ridicule attack criticize criticise
question wonder muse recall reply respond answer explain add note observe remark claim
assert argue contend maintain suggest acknowledge concede confirm deny reveal announce
declare state report tweet post write quip joke boast complain lament warn caution predict
insist reiterate repeat emphasize emphasise echo counter retort interject exclaim shout
yell scream chant whisper testify recount summarize summarise conclude agree disagree
call refer highlight point signal allege charge blame thank applaud welcome congratulate
celebrate commend defend justify threaten vow swear proclaim invoke quote paraphrase
ask beg plead implore appeal inform advise recommend propose predict forecast estimate
remember recollect reflect reason marvel gush rave rant fume scoff sneer snarl growl
herald deride bemoan grouse gripe opine exhort bark assure reassure press worry tease taunt
chide scold rebuke ponder coin indicate reference project
""".split()

# Irregular forms (the regular generator would get them wrong).
IRREGULAR_FORMS = """
say says said saying tell tells told telling write writes wrote written writing
think thinks thought thinking read reads reading sing sings sang sung singing
feel feels felt feeling speak speaks spoke spoken speaking admit admits admitted admitting
quip quips quipped quipping slam slams slammed slamming snap snaps snapped snapping
brag brags bragged bragging chat chats chatted chatting plead pleads pleaded pled pleading
swear swears swore sworn swearing put puts putting refer refers referred referring
demur demurs demurred demurring rebut rebuts rebutted rebutting
""".split()

AUXILIARIES = """has have had was were is are will would 's also has""".split()

SOURCE_FRAMES = ["according to", "in the words of", "as quoted by"]

# Frames that name a speaker only when they open the sentence.
LEAD_FRAMES = ["in the view of", "for", "to"]

# Words after which a verb is an infinitive, not a report ("declined to say").
INFINITIVE_MARKERS = ["to"]

# Verbs of speech proper. Before a quote, the nearest of these governs it rather than a
# weaker verb closer to the quote ("X said Democrats are to blame for “…”").
CORE_VERBS = """
say says said saying tell tells told telling add adds added adding ask asks asked asking
write writes wrote written explain explains explained declare declares declared
state states stated note notes noted argue argues argued claim claims claimed
insist insists insisted announce announces announced reply replies replied
respond responds responded tweet tweets tweeted warn warns warned recall recalls recalled
testify testifies testified conclude concludes concluded
""".split()

# Uninflected forms: after a singular noun they are nouns, not verbs ("his home state",
# "a press call"); regular lemmas are added from REGULAR_VERBS.
BARE_FORMS = """
say tell write think read feel speak admit quip slam snap brag chat plead swear put
""".split()

# Nouns of speech: "his warning that “…”", "Trump’s pledge to be “neutral”", "a call for
# the party to “embrace” him" report the words of the possessor or of the sentence subject.
SPEECH_NOUNS = """
promise promises pledge pledges vow warning warnings call calls lament remark remarks claim
claims comment comments retort reply response answer plea appeal demand demands accusation
accusations charge criticism complaint boast quip joke prediction assertion insistence
admission declaration description statement tweet message words
""".split()

# After a comma, a participle takes the main clause's subject ("…, saying “…”"); so it
# does after these words too ("…, stating … and chiding “…”", "…, while warning “…”")
# and after a perfect auxiliary ("…, having referred to him as “…”").
PARTICIPLE_LEADS = ["and", "while"]
PERFECT_AUXILIARIES = ["having"]

# Conjunctions joining a reporting verb to the main clause's verb: with no subject of its
# own, the verb takes the sentence's ("X caucused in Nevada and said “…”").
VERB_COORDINATORS = ["and", "but"]

# Endings of past forms: any such verb between a quote closed by a comma (or ? !) and its
# subject reports it ("“…,” Oliver barked", "“…?” opined the Plain Dealer").
PAST_SUFFIXES = ["ed"]

# Conjunctions whose clause names the source of what follows or precedes it
# ("As Politico reported, “…”", "“…,” as Cruz put it").
SOURCE_CONJUNCTIONS = ["as"]

# Multi-word cues, as written (the last word ends the cue).
PHRASES = """
pointed out|points out|pointing out|fired back|fires back|firing back|shot back|shoots back
weighed in|weighs in|chimed in|chimes in|went on|goes on|lashed out|lashes out|spoke out
speaks out|called out|calls out|made it clear|makes it clear|made clear|makes clear
talked about|talks about|spoke about|speaks about
""".replace("\n", "|").split("|")

# Verbs that take their subject after them, after a quote, besides the core verbs: "“…,”
# read the statement". Other verbs take an object there: "“…,” describing the team as",
# "posted the clip": no unnamed speaker after them.
INVERSION_VERBS = ["read", "reads", "continued", "continues"]

# --- Words the engine's stages read (moved from analysis/quotes, issue 16) ---
# Small words that may stand inside a verb group ("has also said", "did not say").
VERB_GROUP_WORDS = ("not", "also", "then", "later", "just", "never", "once", "again", "still", "ever",
                    "repeatedly", "even", "finally", "simply", "recently")
# Phrases that set a speaker against the others inside a verb group or before an inverted
# subject ("has for his part said", "said in turn X").
INCISE_ADVERBIALS = ("for his part", "for her part", "for their part", "for its part", "in turn")
# Verbs whose object follows them: a name after "“…,” told" is the listener, no inverted subject.
TELL_VERBS = ("tell", "tells", "told", "telling")
# Present participles ("saying"): their subject is the clause's.
PARTICIPLE_ENDINGS = ("ing",)
# A coordinated verb's object follows a modal or "to" ("he'd sit Putin down and tell him “…”").
MODALS = ("would", "could", "will", "can", "should", "might", "must", "may", "to")
