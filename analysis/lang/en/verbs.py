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

AUXILIARIES = """has have had was were is are will would 's also has""".split()

SOURCE_FRAMES = ["according to", "in the words of", "as quoted by"]

# Frames that name a speaker only when they open the sentence.
LEAD_FRAMES = ["in the view of", "for"]

# Words after which a verb is an infinitive, not a report ("declined to say").
INFINITIVE_MARKERS = ["to"]
