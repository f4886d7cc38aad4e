"""English words that tell what a name is: a person, an organisation, a place (data only,
written for this project; read by ``analysis.entities``)."""

ORGANISATION_HEADS = """
department ministry government party office agency association union federation company
group bank university institute council commission court committee bureau service board
foundation organization organisation league club newspaper magazine network campaign
administration senate house congress church embassy center centre fund authority
""".split()

ORGANISATION_WORDS = """
inc inc. ltd corp corp. co co. llc group bank airlines tv news times post journal press
party committee campaign department agency association union council institute foundation
university college commission network fund corporation company
""".split()

PLACES = """
america u.s. us usa united-states britain england scotland ireland france germany spain
italy russia ukraine china japan india korea iran iraq syria lebanon israel egypt mexico
canada brazil cuba venezuela afghanistan pakistan europe asia africa washington london
paris berlin moscow beijing tokyo new-york york chicago boston texas california florida
ohio iowa nevada virginia carolina georgia michigan pennsylvania wisconsin arizona colorado
alabama kentucky tennessee louisiana missouri indiana minnesota oregon utah kansas
""".split()

NOT_NAMES = """
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday yesterday today tomorrow however
meanwhile still yet also but
""".split()

VERB_FORM_ENDINGS = ("ing", "ed")

GENDERED_DETERMINERS: dict[str, str] = {}

# Documents ("le communiqué", "the statement"): no speaker themselves, their issuer speaks
# (the document nouns of speakers.py count too).
DOCUMENT_HEADS = """
statement report letter memo tweet email study poll survey
""".split()
