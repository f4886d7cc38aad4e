"""French attribution rules found on unseen Wikinews-style articles (sentences written for these tests)."""
import pytest

from analysis.quotes import extract_quotes


def speakers(text):
    return [q.speaker for q in extract_quotes(text, "fr")]


def test_infinitive_after_a_verb_is_not_a_narrative_infinitive():
    # "a eu raison de dire « … »": the words are the main clause's subject's, not the infinitive's
    text = ("Paul Renard défend son ami. Il estime que Marc Lebon a eu raison de dire « la vérité » "
            "et de parler d'un « malentendu regrettable ».")
    assert speakers(text) == ["Paul Renard", "Paul Renard"]


def test_narrative_infinitive_still_reports_its_subject():
    text = "Et la ministre Claire Vidal de s'interroger : « Qui paiera la facture cette fois ? »"
    assert speakers(text) == ["Claire Vidal"]


@pytest.mark.parametrize("text, speaker", [
    ("Le prévenu risque gros pour ce geste « hors norme » , selon les mots du juge Louis Garnier .", "Louis Garnier"),
    ("L'examen sera repassé pour garantir « l'égalité des chances de tous les candidats » "
     "selon les dires du ministère de l'Agriculture.", "ministère de l'Agriculture"),
])
def test_selon_les_mots_de(text, speaker):
    assert speakers(text) == [speaker]


def test_more_verbs_of_speech_after_the_quote():
    text = ("Le maire Henri Vasseur part à la retraite. « Je vais enfin dormir le matin » , a-t-il plaisanté. "
            "Sa famille a communiqué « Il remercie tous ceux qui l'ont soutenu pendant ces années » .")
    assert speakers(text)[0] == "Henri Vasseur"


def test_pronoun_after_a_frame_topic_refers_to_the_frame_person():
    # "Pour X, …" opening a sentence and "Selon X" make X the topic: the next "il" is X
    text = ("Le débat a opposé deux élus. Pour Julien Morel , élu de Lyon, le budget est mal bâti. "
            "« Les chiffres ne tiennent pas debout » , déplore-t-il.")
    assert speakers(text) == ["Julien Morel"]


def test_name_after_a_non_person_head_is_no_antecedent():
    # "l'affaire Claire Bastide" names a case, not the subject a later "il" refers to
    text = ("Pour Marc Tessier , faisant allusion à l'affaire Claire Bastide , « la loi doit changer » . "
            "S'il estime qu'« une réforme rapide est possible » , il reste prudent.")
    assert speakers(text) == ["Marc Tessier", "Marc Tessier"]


def test_title_complement_is_not_the_speaker():
    # "premier secrétaire du PS" is an apposition: the person before it speaks, not "PS"
    text = "Sur Twitter , Jeanne Morin , premier secrétaire du PS, a confié sa « stupeur » et son « émotion » ."
    assert speakers(text) == ["Jeanne Morin", "Jeanne Morin"]


def test_participle_opening_a_sentence_is_not_a_name():
    text = ("Le maire Paul Girard a perdu son mentor. Ému, Girard lui a rendu hommage en confiant : "
            "« Il était comme un frère pour moi depuis toujours » .")
    assert speakers(text) == ["Paul Girard"]


def test_noun_phrase_antecedent_of_qui():
    text = ("Le peintre Louis Arnaud est mort. L'annonce a été faite à l'AFP par sa famille qui a communiqué "
            "« Il est parti paisiblement, entouré des siens » .")
    assert speakers(text) == ["sa famille"]



def quoted(text):
    return [q.text for q in extract_quotes(text, "fr")]


@pytest.mark.parametrize("text", [
    "La ville a installé un logiciel de tri appelé « Tricolore » dans ses écoles.",
    "Le syndicat a publié un rapport intitulé « Le travail de nuit en question » hier.",
    "Les chercheurs emploient le terme « mémoire de travail partagée » dans leur article.",
    "Trois partis ont rejoint la « Grande Union citoyenne » avant le scrutin.",
    "Une enquête a été ouverte pour « homicide involontaire et mise en danger » lundi.",
    "Le virus exploite la faille « Brisevent » des anciens serveurs.",
    "Page mise à jour : 3 mars 2017 — « Portugal : le barrage de Leiria cède »",
])
def test_names_and_terms_in_quote_marks_are_not_quotes(text):
    assert quoted(text) == []


def test_a_short_phrase_quoted_again_and_again_is_a_term():
    text = ("La mairie lance les « ateliers du samedi » en mai. Ces « ateliers du samedi » , "
            "selon le maire Paul Henri, doivent « rapprocher les quartiers et les écoles » .")
    assert quoted(text) == ["rapprocher les quartiers et les écoles"]


@pytest.mark.parametrize("text, words", [
    ("La députée Anne Morel a dénoncé un « mépris total » du gouvernement.", "mépris total"),
    ("Le ministre Luc Garnier a dit « comprendre la colère » des agriculteurs.", "comprendre la colère"),
    ("Interrogé sur sa défaite, le joueur Marc Dumas a répondu « Jamais » .", "Jamais"),
])
def test_short_words_of_a_person_stay_quotes(text, words):
    assert quoted(text) == [words]


@pytest.mark.parametrize("text, speaker", [
    # an inverted noun phrase after a quote with no comma, the quote opening the sentence
    ("Le maire a démissionné. « Il était épuisé depuis des mois » a assuré un proche du maire à la presse.",
     "un proche"),
    # a title, then the name in apposition at the end of the sentence
    ("« Nous ouvrirons le débat dès demain » , a déclaré le chef du gouvernement, le libéral Tomas Varga.",
     "Tomas Varga"),
    ("« Les souris reviennent toujours au même endroit » , explique le chercheur principal et "
     "professeur à l'Université de Lund, Erik Sandell.", "Erik Sandell"),
    # a lead frame after a connector, and a frame naming its source by an acronym
    ("En effet, pour Lina Marchal du syndicat étudiant UNEF , « les amphithéâtres sont pleins depuis longtemps ».",
     "Lina Marchal"),
    ("Selon l'agence européenne de sécurité (AESA), ces avions « ne peuvent plus voler sans contrôle complet » .",
     "AESA"),
])
def test_french_attribution_rules(text, speaker):
    assert speakers(text) == [speaker]


def test_plural_noun_phrase_after_a_singular_auxiliary_is_no_inverted_subject():
    text = ("La ministre Claire Vidal , craignant une « crise durable et profonde » , a réclamé des moyens.")
    assert "des moyens" not in speakers(text)


def test_name_inside_an_opening_infinitive_clause_is_no_antecedent():
    text = ("Marc Olivier , ancien maire de Nantes, quitte le parti. Après avoir jugé le projet du candidat "
            "Paul Garnier trop coûteux, il affirme qu' « aucune alliance n'est possible avec la droite » .")
    assert speakers(text) == ["Marc Olivier"]


@pytest.mark.parametrize("text, speaker", [
    ("Les syndicats refusent le plan. « Nous ne signerons rien de tout cela », a déclaré un communiqué "
     "de la fédération nationale.", "la fédération nationale"),
    ("La mairie de Lille a publié un communiqué hier. Les travaux sont suspendus. Il s'agit d'un "
     "« recul inacceptable pour les habitants » , rappelle le communiqué.", "La mairie de Lille"),
    ("Le zoo de Beauval (Loir-et-Cher) a annoncé dans un communiqué la naissance de deux pandas. Yuan Meng "
     "est le premier. L'espèce est menacée par un « déclin rapide » , rappelle le communiqué.", "Le zoo de Beauval"),
    ("Le ministre Jean Valette a présenté un rapport lundi. « Nous devons agir vite et fort sur ce dossier » , "
     "affirme le rapport.", "Jean Valette"),
])
def test_a_document_speaks_for_its_issuer(text, speaker):
    assert speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Marc Dubois et Paul Martin sont arrivés hier. Ce dernier a déclaré « nous ne partirons pas sans réponse ».",
     "Paul Martin"),
    ("Les élus Marc Dubois et Sophie Martin protestent. Cette dernière en appelle au préfet « pour sauver l'école ».",
     "Sophie Martin"),
])
def test_ce_dernier_is_the_person_named_last(text, speaker):
    assert speakers(text) == [speaker]


def test_bare_title_is_the_latest_titled_person():
    text = ("Le roi du Lesotho , Letsie III , a visité le port. Il a rencontré des pêcheurs venus de la "
            "Namibie. Plus tard, le monarque a déclaré que la pêche était « une richesse à protéger » .")
    assert speakers(text) == ["Letsie III"]


def test_plaignant_is_a_person_title():
    text = ("Jean Morel a assigné Paul Garnier en justice. Pour le plaignant, « la procédure a été "
            "truquée du début à la fin » .")
    assert speakers(text) == ["Jean Morel"]


@pytest.mark.parametrize("text, speaker", [
    ("Le directeur sportif du club, Marc Dubois, a déclaré : « Nous avons tout donné ce soir » .", "Marc Dubois"),
    ("La présidente de l'association Terre Vive, Anne Leroy, a ajouté : « Le combat continue » .", "Anne Leroy"),
    ("Marc Dubois, directeur sportif du club, a déclaré : « Nous avons tout donné ce soir » .", "Marc Dubois"),
])
def test_name_apposed_to_a_noun_phrase_before_the_verb_speaks(text, speaker):
    # "Le directeur du club, X, a déclaré": X, not the club
    assert speakers(text) == [speaker]


def test_imperfect_subjunctive_reporting_verb():
    text = "Bien que le maire Jean Roux avouât que le projet « coûtera plus cher que prévu », il l'a signé."
    assert speakers(text) == ["Jean Roux"]


@pytest.mark.parametrize("text, speaker", [
    ("Elle a été félicitée par la ministre Claire Vidal : « Votre courage est un exemple pour tous » .", "Claire Vidal"),
    ("Louise Petit est morte. Elle est saluée par Henri Garnier : « C'était une grande dame du théâtre » , "
     "a-t-il écrit.", "Henri Garnier"),
])
def test_passive_agent_before_the_colon_speaks(text, speaker):
    assert speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Le tribunal de Rennes a estimé que la demande était « sans fondement » .", "Le tribunal de Rennes"),
    ("Une voisine de Paul Garnier raconte que « la maison était toujours fermée » .", "Une voisine de Paul Garnier"),
    ("La mairie du Havre a annoncé une « fermeture provisoire du parc » hier.", "La mairie du Havre"),
])
def test_noun_phrase_with_a_name_complement_speaks_whole(text, speaker):
    # "Le parquet de Lyon a affirmé …": the noun phrase speaks, not the place or the person in it
    assert speakers(text) == [speaker]


@pytest.mark.parametrize("text, speakers_", [
    ("Le syndicat Force Verte parle d'un « sabotage » de la réforme.", ["Force Verte"]),
    ("Des riverains parlent d'une « catastrophe annoncée » pour le quartier.", ["Des riverains"]),
    ("Le ministre Paul Garnier exige que les travaux « reprennent » dès lundi.", ["Paul Garnier"]),
])
def test_short_quote_after_parler_de_or_exiger_que(text, speakers_):
    # "X parle d'un « … »", "X exige que … « … »": a short partial quote of X's words
    assert speakers(text) == speakers_


def test_on_parle_de_is_no_speaker():
    assert speakers("On parle du « miracle de la vallée » depuis des années.") == []


def test_bare_noun_speaker_is_the_name_introduced_after_that_noun():
    # "le magazine" is the one introduced as "le magazine culturel Les Échos du Rhône"
    text = ("Le magazine culturel Les Échos du Rhône publie une enquête sur les festivals. "
            "Les organisateurs n'ont pas répondu. Selon le magazine, la saison a été « la pire depuis dix ans » .")
    assert speakers(text) == ["Échos du Rhône"]


def test_bare_noun_after_a_preposition_introduces_nobody():
    # "publié par l'éditeur sur Steam": Steam is where, not who
    text = ("Le jeu a été publié par l'éditeur sur Steam au printemps. "
            "Selon l'éditeur, les ventes sont « au-delà de nos espérances » .")
    assert speakers(text) == ["l'éditeur"]


def test_pour_la_premiere_fois_is_no_frame():
    text = "Pour la première fois, il est possible de se dire « neutre » dans ce formulaire officiel."
    assert speakers(text) in ([], [None])


@pytest.mark.parametrize("text, speaker", [
    ("Le maire de Lyon, Paul Garnier, qui a rencontré la semaine dernière le préfet Marc Lebon pour évoquer "
     "le dossier du tramway avec Julie Moreau, a déclaré : « Nous irons jusqu'au bout. »", "Paul Garnier"),
    ("Claire Vidal présente son bilan. Cette dernière, critiquant Marc Lebon pour son absence au conseil, "
     "a affirmé que le projet restait « une priorité absolue » pour la ville.", "Claire Vidal"),
])
def test_long_inserted_clause_between_subject_and_verb(text, speaker):
    # "X, qui … Y …, a déclaré", "Ce dernier, accusant Y …, a affirmé": not the name inside the clause
    assert speakers(text) == [speaker]


def test_given_name_tells_the_gender_of_a_pronoun_antecedent():
    # « explique-t-il » is not the woman subject of the sentence: her given name says so
    text = ("Pour le maire de Brest, Paul Garnier, Isabelle Roux devrait rester à la tête du club. "
            "« Elle a toute notre confiance » explique-t-il.")
    assert speakers(text) == ["Paul Garnier"]
    text = ("Selon l'élu, Paul Garnier, Isabelle Roux a quitté la salle. "
            "« Je ne reviendrai pas » a-t-elle lancé.")
    assert speakers(text) == ["Isabelle Roux"]


def test_capitalised_title_before_a_name_keeps_the_person_a_subject():
    # « Le Ministre de la Santé Jan Kowal » is Jan Kowal, the antecedent of « a-t-il dit »
    text = ("Paul Garnier a ouvert la séance. Le Ministre de la Santé Jan Kowal était aussi présent. "
            "« Nous tiendrons nos promesses » , a-t-il dit aux soignants.")
    assert speakers(text) == ["Jan Kowal"]


@pytest.mark.parametrize("text, speaker", [
    ("La Cour pénale internationale a estimé que « les preuves sont suffisantes ».", "Cour pénale internationale"),
    ("Le Parti socialiste a dénoncé « une faute grave » du gouvernement.", "Parti socialiste"),
    ("« Nous ne céderons pas », a déclaré la Confédération générale du travail.", "Confédération générale du travail"),
    ("L'Organisation mondiale de la santé a averti : « Le virus circule encore. »", "Organisation mondiale de la santé"),
    # a person keeps the name alone
    ("Le ministre Paul Rivet a déclaré : « Nous sommes prêts. »", "Paul Rivet"),
])
def test_an_institution_named_in_lowercase_after_its_capital_speaks_whole(text, speaker):
    assert speakers(text) == [speaker]


def test_capitalised_title_with_only_its_complement_is_not_the_place():
    # « Président du Sénégal » names the office: « lui » is Amadou Diallo, not the country
    text = ("Amadou Diallo , Président du Sénégal , qui a parlé à Dakar, a dit que selon lui "
            "« la réforme est nécessaire ».")
    assert speakers(text) == ["Amadou Diallo"]


def test_name_after_a_split_elided_preposition_is_not_the_subject():
    # « d’ Ostende » (tokens « d », « ’ ») is a place, the object of « de »: Léa Martin speaks
    text = ("Léa Martin a visité le port d’ Ostende , mardi matin, puis a affirmé : "
            "« Nous reviendrons l'an prochain » .")
    assert speakers(text) == ["Léa Martin"]


def test_name_in_a_parenthesis_is_not_the_sentence_subject():
    # « Tessin » inside the parenthesis never speaks
    text = ("Or l'universitaire suisse considère que la question linguistique (cantons romands et Tessin ) "
            "est moins centrale que celle de l'argent :\n\n« Le vrai sujet, c'est l'emploi. »")
    assert speakers(text) != ["Tessin"]


def test_pronoun_skips_a_name_after_a_split_elided_preposition():
    # « d’ Éric Tabarly » (tokens « d », « ’ ») is the object of « de »: « il » is Marc Lenoir
    text = ("Marc Lenoir a inauguré le bateau mardi. La fête a duré. Le soleil brillait. Le port était plein. "
            "Il a choisi le nom d’ Éric Tabarly pour la coque.\n\n"
            "Il a ensuite déclaré : « C'est un grand jour pour le port » .")
    assert speakers(text) == ["Marc Lenoir"]


def test_definite_title_after_a_prepositional_name_is_the_subject():
    # « du Portugal » is governed by « de »: « le souverain » is the king named before, not the country
    text = ("Le roi Henri IV a reçu les ambassadeurs. Lors d'une visite officielle au départ du Portugal, "
            "le souverain a déclaré que la paix était « enfin possible » .")
    assert speakers(text) == ["Henri IV"]


def test_name_before_an_apposed_title_still_speaks():
    # no preposition before the name: the apposition is the name's
    text = "Pauline Roche, la directrice de l'école, a déclaré que « tout va bien » ."
    assert speakers(text) == ["Pauline Roche"]


@pytest.mark.parametrize("text, speaker", [
    ("Le 3 mai, Greenpeace publie un rapport dénonçant « une pollution massive des rivières du nord » .",
     "Greenpeace"),
    ("Hier, Oxfam a publié une lettre rappelant « l'urgence d'agir pour les réfugiés du Sahel » .", "Oxfam"),
    ("Le syndicat des pilotes a diffusé un communiqué affirmant que « la sécurité n'est plus garantie » .",
     "Le syndicat des pilotes"),
])
def test_a_document_brought_in_by_its_own_sentence_is_its_subjects(text, speaker):
    # "X publie un rapport rappelant « … »": X's report, not one named in an earlier sentence
    assert speakers(text) == [speaker]


def test_a_definite_document_still_refers_back():
    # "le communiqué" after the quote is the one named before, not the sentence's subject
    text = ("Le zoo de Mulhouse a annoncé une naissance dans un communiqué. Les ours sont menacés "
            "par un « braconnage sans précédent » , rappelle le communiqué.")
    assert speakers(text) == ["Le zoo de Mulhouse"]


@pytest.mark.parametrize("text, speaker", [
    ("Anne Roux mène le match et Claire Dumas égalise juste avant la pause. "
     "« C'était le moment de frapper » , a-t-elle confié.", "Claire Dumas"),
    ("Mme Roux doit encore convaincre le conseil, mais Claire Dumas a déjà refusé le projet. "
     "« Ce n'est pas le moment » , a-t-elle déclaré.", "Claire Dumas"),
])
def test_subject_of_a_coordinated_clause_is_a_pronoun_antecedent(text, speaker):
    # "…, mais Y a jugé …. « … », a-t-elle déclaré": Y, the latest clause's subject
    assert speakers(text) == [speaker]


def test_coordinated_object_is_no_pronoun_antecedent():
    # "a reçu X et Y lundi": objects, not a clause's subject
    text = "Anne Roux a reçu Claire Dumas et Paul Petit lundi. « Nous avons parlé de tout » , a-t-elle dit."
    assert speakers(text) == ["Anne Roux"]


@pytest.mark.parametrize("text, speaker", [
    ("Marc Dubois et Paul Petit ont également estimé que la réforme était « une erreur historique » .",
     "Marc Dubois"),
    ("Les délégués du collectif, Marc Dubois et Paul Petit, font valoir que la loi est « une injustice flagrante » .",
     "Marc Dubois"),
    ("La ministre Claire Vidal et la Ligue des familles ont dénoncé une réforme, jugée « brutale et injuste » .",
     "Claire Vidal"),
])
def test_coordinated_subjects_report_the_first(text, speaker):
    # "X et Y ont déclaré": both speak, the first is reported
    assert speakers(text) == [speaker]


def test_singular_verb_after_et_is_no_coordinated_subject():
    # "X a reçu Z et Y a ajouté": Y's own clause
    text = "Marc Dubois a reçu Anne Roux et Paul Petit a ajouté que c'était « une erreur historique » ."
    assert speakers(text) == ["Paul Petit"]


@pytest.mark.parametrize("text, speaker", [
    ("Lundi, le ministère de la santé a présenté un plan contre la grippe. Dans un communiqué, il a indiqué "
     "que « les hôpitaux seront renforcés dès janvier » .", "le ministère de la santé"),
    ("Un randonneur a disparu dans les Alpes , a confirmé la préfecture de l'Isère sans donner son nom. "
     "« Les recherches reprendront demain matin » , a-t-elle précisé.", "la préfecture de l'Isère"),
])
def test_pronoun_after_an_unnamed_organisation_subject(text, speaker):
    # « il » / « elle » right after a sentence whose subject is an organisation noun phrase
    assert speakers(text) == [speaker]


def test_a_person_subject_since_keeps_the_pronoun():
    text = ("Lundi, le ministère de la santé a présenté un plan. Le ministre Paul Roux l'a défendu. "
            "« Nous serons prêts » , a-t-il déclaré.")
    assert speakers(text) == ["Paul Roux"]


def test_short_quote_coordinated_with_a_quote_shares_its_speaker():
    # « … » et « … », « … » mais de « … »: the short half has no cue of its own
    text = ("Le biologiste Paul Girard reste pourtant « très prudent » et « attend d'autres preuves avant de "
            "conclure » . « Il faut rester humble face à ces résultats » , a-t-il ajouté.")
    assert speakers(text) == ["Paul Girard"] * 3
    text = ("Ces dépenses ne relèvent pas de « frais ordinaires » mais de « dépenses personnelles du maire » . "
            "Elles seraient « injustifiables » , selon Le Journal du Centre.")
    assert speakers(text) == ["Le Journal du Centre"] * 3


def test_two_short_coordinated_quotes_with_no_cue_stay_dropped():
    text = "Le rapport parle d'une « gestion saine » . Le maire est « satisfait » et « heureux » ."
    assert speakers(text) == ["Le rapport"]


def test_frame_title_with_a_name_in_apposition():
    # "Selon le négociateur …, X, …": the name set off by commas speaks, not the title
    text = ("Le conflit dure depuis un mois. Selon le médiateur pour les transports, Lucien Arnaud, cet accord "
            "est « une avancée pour tous les usagers du réseau » .")
    assert speakers(text) == ["Lucien Arnaud"]


def test_frame_long_noun_phrase_up_to_the_comma():
    # a noun phrase of more than six words after a determiner still names the source
    text = ("Le réseau a été coupé. Selon le fournisseur régional d'accès à Internet Ardenne Connect , la panne "
            "« devrait être réparée dans la soirée » .")
    assert speakers(text)[0].endswith("Ardenne Connect")


@pytest.mark.parametrize("text, speaker", [
    # a preposition's object and the inverted subject written as one capitalised run
    ("« Nous n'avons rien vu venir cette année » , confie même au Progrès Hélène Vautrin , la présidente "
     "de l'Union des Producteurs.", "Hélène Vautrin"),
    ("« Le chantier reprendra lundi sans faute » , a assuré à Radio Alpes Julien Fabre .", "Julien Fabre"),
])
def test_inverted_subject_after_a_named_complement(text, speaker):
    assert speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # the organisation closing a title apposition before the colon is not the speaker
    ("Voici l'avis de Claire Duval , la directrice générale de la fondation Horizon : "
     "« Les familles attendent des réponses concrètes. »", "Claire Duval"),
    # no title between the comma and the name: the name before the colon speaks
    ("La juge a entendu Paul Girard, puis Marc Tessier : « Je ne savais rien de ces virements. »", "Marc Tessier"),
])
def test_colon_after_a_title_apposition(text, speaker):
    assert speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # "peut-on lire …": the document named last before the quote speaks for its issuer
    ("Les écoles resteront fermées selon un communiqué de la Ligue des Parents. « Aucune date de reprise "
     "n'a encore été fixée par les autorités » peut-on lire dans le communiqué.", "Ligue des Parents"),
    ("Dans un communiqué du syndicat des enseignants, on apprend que la grève continue. « Aucun accord ne "
     "sera signé sans garanties écrites » , peut-on y lire.", "syndicat des enseignants"),
])
def test_reading_cue_after_the_quote(text, speaker):
    assert speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a determiner and a noun after the cue, with the name closing its own noun phrase
    ("« Les camions sont arrivés dans la ville ce matin avec des vivres », a annoncé "
     "l'agence de presse officielle égyptienne Mena.", "Mena"),
    ("« La saison sera longue et difficile pour tous », estime le quotidien sportif Marca.", "Marca"),
])
def test_noun_phrase_speaker_with_its_name_at_the_end(text, speaker):
    assert speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # "comme l'indique X" before the colon: the source clause's inverted subject speaks
    ("Anne Roussel a présenté la serre. Si l'essai réussit, elle pourrait nourrir les équipages, comme "
     "l'indique Paul Martin, chercheur à l'université : « Nous cultiverons des tomates sur la Lune bientôt » .",
     "Paul Martin"),
    ("Le projet avance vite, comme l'a rappelé Louise Perrin : « Les travaux finiront avant l'hiver prochain » .",
     "Louise Perrin"),
])
def test_source_clause_before_the_colon(text, speaker):
    assert speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # "par la voix de X": the voice speaks, not the verb's subject
    ("Accusé par ses voisins, le Chili a répondu par la voix du général Pedro Alvarez, porte-parole de "
     "l'armée : « Nous n'avons rien à cacher dans cette affaire » .", "Pedro Alvarez"),
    ("La mairie a réagi par l'intermédiaire de Sophie Lenoir : « Le marché rouvrira dès la semaine prochaine » .",
     "Sophie Lenoir"),
    # a voice with no name: the subject still speaks
    ("Le Canada a réagi par la voix de son ambassadeur : « Cette violation du droit est très grave » .",
     "Canada"),
])
def test_voice_after_the_reporting_verb(text, speaker):
    assert speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # "qui" after a preposition's object inside a title apposition: the apposition's owner
    ("Les voisins se taisent, à l'exception de Paul Biya, président du Cameroun et de l'Union africaine, "
     "qui a rappelé que selon lui « le mandat du président n'est pas anticonstitutionnel. »", "Paul Biya"),
    # no title: the relative's antecedent stays
    ("Le texte a été validé par la Commission africaine, qui a rappelé que « le mandat du président "
     "n'est pas anticonstitutionnel. »", "Commission africaine"),
])
def test_relative_after_a_title_apposition_complement(text, speaker):
    assert speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # an elided determiner written apart from its apostrophe before an institution's name
    ("L' Union européenne au travers de sa délégation a condamné « l'attentat commis contre le journaliste » .",
     "Union européenne"),
    ("L' Organisation mondiale de la santé a réclamé « des mesures rapides et coordonnées » .",
     "Organisation mondiale de la santé"),
])
def test_elided_determiner_written_apart(text, speaker):
    assert speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a name after a preposition's lowercase noun names that noun (a place): no antecedent
    ("Claire Dubois dirige l'équipe. Les chercheurs vivent sur la côte nord du volcan Piton Rouge . "
     "Sur ce travail, elle affirma : « Nous avons trouvé de l'eau dans ce sol très sec. »", "Claire Dubois"),
    ("Marc Olivier coordonne les secours. Les vents frappent la façade de la région dans la vallée Haute Ubaye . "
     "Il a déclaré : « Les équipes sont mobilisées depuis la nuit dernière. »", "Marc Olivier"),
    # a title word before the name keeps it a person
    ("Le texte a été discuté avec le ministre Paul Garnier . Il a déclaré : « Nous irons jusqu'au bout de la réforme. »",
     "Paul Garnier"),
])
def test_name_after_a_prepositions_noun_is_no_antecedent(text, speaker):
    assert speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a determiner, a capitalised noun (a nationality) and a given name: the person after the noun
    ("Le volcan domine la base. La spécialiste des sols, l'Allemande Christiane Morel, avait pour mission "
     "de forer. Sur ce travail, elle affirma : « Nous avons trouvé de l'eau dans ce sol très sec. »",
     "Christiane Morel"),
    ("Le projet a été lancé au Chili. Le Français Julien Marchal dirige les fouilles. "
     "Il a déclaré : « Les résultats dépassent toutes nos attentes. »", "Julien Marchal"),
])
def test_capitalised_noun_before_a_given_name_after_a_determiner(text, speaker):
    assert speakers(text) == [speaker]


def test_name_opening_with_a_geographic_head_is_a_place():
    # a name opening with a geographic head is a place: no antecedent of « elle » while a person is named
    text = ("Claire Martin dirige la mission. Cap Canaveral a annulé le lancement de samedi. "
            "Elle a déclaré : « Les équipes sont mobilisées depuis la nuit dernière. »")
    assert speakers(text) == ["Claire Martin"]
    # nor the full form of its last word: « France » alone stays a country, never a person
    text = ("France : la tempête frappe l'Ouest. Les rafales s'abattent sur la façade Ouest de la France depuis "
            "samedi. Les salariés ont refusé de travailler. Il dénonçait les « cures d'austérité menées dans le "
            "groupe » .")
    assert speakers(text) != ["Ouest de la France"]


@pytest.mark.parametrize("text, speaker", [
    ("Ce « gâchis » est regretté par le maire Paul Lenoir.", "Paul Lenoir"),
    ("Le projet a été qualifié de « coûteux » par Anne Roux.", "Anne Roux"),
    ("La réforme est jugée « trop timide » , comme souligné par Luc Perrin.", "Luc Perrin"),
])
def test_passive_agent_around_a_short_quote(text, speaker):
    # the agent of a reporting verb's past participle right around the quote speaks
    assert speakers(text) == [speaker]


@pytest.mark.parametrize("text", [
    "Un « festival » organisé par la mairie a eu lieu samedi.",  # not a reporting verb
    "Ce « désastre » est déploré par beaucoup.",  # no mention after « par »
    "La « fête » prévue par Jean Morel a été annulée.",
])
def test_passive_agent_needs_a_reporting_participle_and_a_mention(text):
    assert speakers(text) == []


@pytest.mark.parametrize("text, speaker", [
    ("Saluant une « victoire » , Anne Roux a quitté la salle.", "Anne Roux"),
    ("Dénonçant la « mascarade » des élus , le maire Paul Lenoir a claqué la porte.", "Paul Lenoir"),
])
def test_opening_reporting_participle_takes_the_main_subject(text, speaker):
    assert speakers(text) == [speaker]


@pytest.mark.parametrize("text", [
    "Arrivant dans leurs « canapés » , Anne Roux a quitté la salle.",  # not a reporting verb
    "Saluant la foule , Anne Roux visite le « village » .",  # the quote is in the main clause
])
def test_opening_participle_rule_needs_a_reporting_verb_and_the_quote_in_its_clause(text):
    assert speakers(text) == []


@pytest.mark.parametrize("text, speaker", [
    ("La ministre Claire Vidal, redoutant une « crise majeure » , a convoqué les préfets.", "Claire Vidal"),
    ("Le maire Paul Lenoir craint un « hiver noir » pour les commerçants.", "Paul Lenoir"),
    ("Il a menti sur son « passé glorieux » , comme prétendu par Anne Roux.", "Anne Roux"),
])
def test_verbs_of_fearing_and_claiming_report_a_short_quote(text, speaker):
    assert speakers(text) == [speaker]


def test_fearing_verb_without_a_quote_cue_subject_reports_nothing():
    assert speakers("On redoute la « crise » .") == []


@pytest.mark.parametrize("text, speaker", [
    ("Le quotidien belge a qualifié la réforme de « recul historique pour tous » .", "Le quotidien belge"),
    ("La radio publique suisse a immédiatement dénoncé une « dérive très inquiétante » .", "La radio publique suisse"),
    ("La chaîne d'État iranienne a déclaré : « Nous ne céderons jamais à la pression. »", "La chaîne d'État iranienne"),
    ("Samedi, la presse de gauche italienne a dénoncé un « scandale sans précédent » .", "la presse de gauche italienne"),
])
def test_noun_phrase_with_adjectives_after_the_noun_speaks_as_written(text, speaker):
    assert speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a title stays a title: the person introduced with it
    ("Le ministre belge Paul Lenoir est arrivé. Le ministre belge a déclaré : « Nous ne céderons jamais. »", "Paul Lenoir"),
    # an object after a preposition is no subject
    ("Anne Roux a parlé à la radio publique et a déclaré : « Nous ne céderons jamais. »", "Anne Roux"),
])
def test_adjective_after_noun_rule_leaves_titles_and_objects(text, speaker):
    assert speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Yves Morel a parlé le premier. « On sort de prison rarement meilleur », souligne pour sa part "
     "Alain Grignard, islamologue belge.", "Alain Grignard"),
    ("Le président Paul Morel a salué le gendarme. « Un acte d'héroïsme comme en sont coutumiers les "
     "gendarmes », a pour sa part déclaré le ministre de l'Intérieur Gérard Collomb.", "Gérard Collomb"),
    ("Paul Dubois a parlé. « Dieu est pour tout le monde, on est tous des êtres humains », a estimé de "
     "son côté Rabiha, une habitante.", "Rabiha"),
    ("Paul Dubois a parlé. « Nous allons gagner ce combat ensemble », a quant à lui affirmé Marc Léger.",
     "Marc Léger"),
])
def test_an_incise_adverbial_does_not_hide_the_inverted_subject(text, speaker):
    # « pour sa part », « de son côté », « quant à lui » (analysis/lang/fr/verbs.py INCISE_ADVERBIALS)
    # stand inside the verb group or between the verb and its subject: the cue is still the incise
    assert speakers(text)[-1] == speaker
    q = extract_quotes(text, "fr")[-1]
    assert q.cue is not None and q.speaker_source == "cascade"


@pytest.mark.parametrize("text", [
    "Le président Jean Valette a parlé. Les ministres « sont totalement hors de cause », avait affirmé son "
    "successeur Michel Sorel le 8 mars, relevant dans cette affaire « un dysfonctionnement de l'agence ».",
    "Le président Jean Valette a parlé. « Nous allons gagner ce combat », a déclaré Michel Sorel, ajoutant que "
    "la loi était « une honte pour le pays ».",
])
def test_a_verb_after_a_quote_has_its_subject_after_it_for_the_next_quote_too(text):
    # the incise verb (« …», avait affirmé X) and a participle after it (« relevant », « ajoutant »)
    # give the later quote the incise's inverted subject, not the sentence's first subject
    quotes = extract_quotes(text, "fr")
    assert [q.speaker for q in quotes] == ["Michel Sorel", "Michel Sorel"]
    assert [q.speaker_source for q in quotes] == ["cascade", "cascade"]  # the cue's own subject


def test_a_title_with_one_form_for_both_genders_takes_its_determiners_gender():
    # « le chef de l'État » is not the woman introduced as « la chef de la diplomatie »
    text = ("Le président Paul Morel a dénoncé des « crimes contre l'humanité ». Un peu plus tôt, la chef de la "
            "diplomatie rwandaise, Louise Mushi, avait parlé. « Ce qui a été révélé relève bien de la traite des "
            "êtres humains », a estimé le chef de l'Etat lors d'une conférence.")
    quotes = extract_quotes(text, "fr")
    assert quotes[-1].speaker == "Paul Morel" and quotes[-1].speaker_source == "cascade"
    text = ("Louise Mushi, la chef de la diplomatie rwandaise, a parlé. « Le Rwanda a été horrifié par cette "
            "tragédie », a déclaré la chef de la diplomatie.")
    assert extract_quotes(text, "fr")[-1].speaker == "Louise Mushi"


@pytest.mark.parametrize("text, speaker", [
    ("Paul Dubois dénonce l'Europe. Et si Paul Dubois se proclame « nationaliste », au grand dam des "
     "démocrates, Michel Houl aussi s'identifie à ce vocable.\n« Les nationalistes peuvent se parler », dit-il.",
     "Michel Houl"),
    ("Quand Paul Morel est arrivé, Marc Léger a parlé longtemps. « Nous allons gagner », a-t-il dit.", "Marc Léger"),
])
def test_a_name_in_an_opening_subordinate_clause_is_not_the_pronouns_antecedent(text, speaker):
    # « Et si X …, Y … », « Quand X …, Y … »: Y is the main clause's subject, which « il » takes up
    q = extract_quotes(text, "fr")[-1]
    assert q.speaker == speaker and q.speaker_source == "cascade"


def test_a_quote_after_a_sentence_closed_by_a_reporting_clause_is_that_clauses_subjects():
    # « …, a annoncé X. « … » »: the new quote is X's, not the speaker of the quote before
    text = ("« Nous agirons », a déclaré Paul Morel. Les pays africains sont horrifiés, a annoncé mercredi à "
            "l'AFP la chef de la diplomatie rwandaise, Louise Mushi. « Le Rwanda a été horrifié par la "
            "tragédie en cours en Libye. »")
    quotes = extract_quotes(text, "fr")
    assert [q.speaker for q in quotes] == ["Paul Morel", "Louise Mushi"]
    assert quotes[-1].speaker_source == "cascade"


def test_se_rejouir_reports():
    # « se réjouir » is an -ir verb: « s'est réjoui », « se réjouit »
    text = "Paul Morel a parlé. « C'est un grand jour pour nos deux pays », s'est réjoui Éric Trap."
    quotes = extract_quotes(text, "fr")
    assert [q.speaker for q in quotes] == ["Éric Trap"] and quotes[0].cue is not None


@pytest.mark.parametrize("text, speaker", [
    # a noun of the same kind: the paper introduced as « le journal » speaks as « le quotidien »
    ("Le journal belge La Gazette dit avoir reçu d'autres témoignages. Ces hommes « n'ont pas porté plainte, "
     "pour des raisons diverses », écrit le quotidien bruxellois.", "Gazette"),
    # a general word: the organisation the text names last, introduced in apposition
    ("Le rapport vise la société Dupré Conseil et Loire Export, agence publique chargée des salons. Il relève "
     "« un dysfonctionnement de Loire Export ». L'organisme a reconnu sa responsabilité, en affirmant que « le "
     "choix d'un prestataire capable de tout organiser était une erreur ».", "Loire Export"),
])
def test_a_bare_noun_speaker_is_the_name_introduced_with_a_noun_of_its_kind(text, speaker):
    assert extract_quotes(text, "fr")[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # « le gouvernement canadien » is not « le gouvernement de Paul Morel »
    ("Le gouvernement de Paul Morel a parlé hier. Selon le gouvernement canadien, « rien n'indique que les "
     "voyageurs canadiens courent un risque ».", "le gouvernement canadien"),
    # « un porte-parole de la cour, basée à La Haye »: not the person titled before, nor the town
    ("Paul Morel, porte-parole du gouvernement, a parlé hier. « Ils resteront sous la garde de la cour », "
     "a indiqué un porte-parole de la cour, basée à La Haye.", "un porte-parole de la cour"),
    # a particle joined to a surname by a hyphen is part of the name
    ("« Nous ne céderons pas », a déclaré Bachir Karim al-Hassan, un responsable du mouvement.",
     "Bachir Karim al-Hassan"),
])
def test_noun_phrases_speak_as_french_grammar_reads_them(text, speaker):
    assert extract_quotes(text, "fr")[-1].speaker == speaker


def test_a_titles_complement_after_a_preposition_comes_before_the_name():
    # « le secrétaire d'État à l'Intérieur X »; « le ministre à l'AFP » is whom he spoke to
    text = "« Rien ne permettait de le détecter », a expliqué le secrétaire d'État à l'Intérieur Paul Morel sur une radio."
    assert extract_quotes(text, "fr")[0].speaker == "Paul Morel"
    text = "« Rien ne permettait de le détecter », a expliqué le secrétaire d'État à l'AFP."
    assert extract_quotes(text, "fr")[0].speaker == "le secrétaire d'État"


def test_a_reflexive_reporting_verb_is_no_verb_after_an_infinitive():
    # « se » is no infinitive: « X se déclare …, « … » » reports X's words
    text = ("Paul Morel a parlé hier. Louis Léger, chercheur au centre, se déclare en 2015, sur un site internet, "
            "« assez choqué par la manière dont il est parfois traité en France ».")
    q = extract_quotes(text, "fr")[-1]
    assert q.speaker == "Louis Léger" and q.cue is not None


@pytest.mark.parametrize("text, speaker", [
    # the name after an acronym that a preposition governs is the inverted subject
    ("« Ne pas mettre en place le travail de nuit », répond à l'AFP Marie Lenoir, médecin du travail. L'INRS "
     "propose des aménagements. « Faites des siestes », dit l'INRS.\nEt, rappelle-t-elle, « quand on travaille de "
     "nuit, le jour, c'est pour récupérer ! »", "Marie Lenoir"),
    # an honorific is no acronym before a name: « M. De Croo » is one name, a subject
    ("Le Premier ministre, Charles Michel, s'est engagé à approuver le pacte. Le pacte ne changera rien, a répété "
     "lundi M. De Vries sur le plateau de la VRT. Son apport réside dans la coopération.\n« Il n'est pas un pays "
     "qui peut agir seul », a-t-il ajouté.", "Vries"),
])
def test_a_pronoun_takes_up_a_name_that_follows_an_acronym_or_an_honorific(text, speaker):
    assert extract_quotes(text, "fr")[-1].speaker.endswith(speaker)


@pytest.mark.parametrize("text, speaker", [
    # a multi-word cue after the quote, its subject after it
    ("« Si à la fin on recycle loin d'ici, on n'aura rien gagné », a mis en garde M. Paul Girard.", "Paul Girard"),
    ("« Nous sommes prêts à discuter », fait valoir le ministre.", "le ministre"),
    # one of a group speaks
    ("« Il aurait été inconscient d'interpeller un homme armé », a précisé l'un des douaniers.", "l'un des douaniers"),
    ("« Nous avons eu très peur ce soir-là », a raconté une des victimes.", "une des victimes"),
    # the quote opens with its own reporting verb's participle, after the auxiliary
    ("Les ministres Anne Roux et Léa Martin se sont « félicitées des progrès accomplis dans les études ».",
     "Anne Roux"),
])
def test_cues_that_span_words_or_the_quotes_first_word(text, speaker):
    q = extract_quotes(text, "fr")[0]
    assert q.speaker == speaker and q.cue is not None


def test_a_name_in_a_complements_complement_is_not_introduced_by_the_noun():
    # « l'imam de la mosquée du Viguier, X »: « l'imam » is X, not the mosque's name
    text = ("« Dieu est plus grand que la haine », a déclaré l'imam de la mosquée du Viguier de Lacombe, Karim "
            "Benali, en sortant de l'église. « On ne trouve pas les mots, on est bouleversés », a ajouté l'imam.")
    assert [q.speaker for q in extract_quotes(text, "fr")] == ["Karim Benali", "Karim Benali"]
    # the syndicate « des apiculteurs de Bretagne » is not Bretagne
    text = ("Le syndicat des apiculteurs professionnels de Bretagne a porté plainte. « Nos ruches meurent les unes "
            "après les autres », a expliqué le syndicat.")
    assert extract_quotes(text, "fr")[-1].speaker == "le syndicat"


def test_er_verbs_make_no_stray_forms_and_repeter_reports():
    # « se féliciter », « mettre en garde » once made « se », « en », « garde » verb forms:
    # « en disant « … » » read no cue after the stray infinitive « en »
    from analysis.quotes.cues import cues_for
    cues = cues_for("fr")
    assert not any(cues.is_verb(w) for w in ("se", "en", "garde", "mettre"))
    text = ("Paul Morel a parlé hier. Tout en disant préférer « une transition pacifique », Marc Léger a répété lundi "
            "que « toutes les options » étaient sur la table.")
    assert [q.speaker for q in extract_quotes(text, "fr")] == ["Marc Léger", "Marc Léger"]


def test_a_capitalised_article_inside_a_sentence_belongs_to_the_name():
    text = "Le rapport est paru. « Ces faits sont graves », écrit La Croix. Il a parlé. « Nous gagnerons », a dit Marine Le Pen."
    assert [q.speaker for q in extract_quotes(text, "fr")] == ["La Croix", "Marine Le Pen"]


def test_a_title_is_not_a_names_across_a_verb_group():
    # « Le maire ne vise personne Sachant que … »: a flattened heading, then a participle; the
    # title « maire » is not that word's (no title across a negation, an auxiliary or a verb)
    text = ("« Nous manquons de bras », a déclaré le maire de Québec, Régis Lamontagne. Le maire ne vise personne "
            "Sachant que l'immigration est une compétence partagée, il lance son appel. « Je ne veux pas "
            "personnaliser le dossier », a précisé le maire.")
    from analysis.quotes.extract import _cascade
    assert _cascade(text, "fr")[1][-1].speaker == "Régis Lamontagne"  # the rules' own speaker
    assert extract_quotes(text, "fr")[-1].speaker == "Régis Lamontagne"


def test_a_name_apposed_to_a_prepositions_object_is_no_pronouns_antecedent():
    # « au côté du président de la Guinée, X »: X is the preposition's object, not « il »
    text = ("Le président Paul Morel a parlé. « C'est un crime contre l'humanité », a estimé le chef de l'État lors "
            "d'une conférence au côté du président de la Guinée, Alain Kouyaté. « La dénonciation est sans appel », "
            "a-t-il ajouté.")
    from analysis.quotes.extract import _cascade
    assert [q.speaker for q in _cascade(text, "fr")[1]] == ["Paul Morel", "Paul Morel"]
    # the name sets off the preposition's title, not the inverted subject « le chef de l'État »
    text = ("Le président Paul Morel a parlé. « La dénonciation est sans appel », a estimé le chef de l'État "
            "dans une conférence avec le président de la Guinée, Alain Kouyaté.")
    assert _cascade(text, "fr")[1][-1].speaker == "Paul Morel"


def test_an_object_clitic_stands_in_the_verb_group_and_premier_is_a_title_only_before_one():
    # « …, nous a expliqué le chanteur. « … » »: the reporting clause closing the sentence before
    text = ("Paul Morel a rempli le Centre Arena pour la première fois au Centre Vidéo. Cette folie est le fruit d'un "
            "travail acharné, nous a expliqué le chanteur. « Dans notre métier, on récolte les fruits du match "
            "précédent. »")
    from analysis.quotes.extract import _cascade
    assert _cascade(text, "fr")[1][-1].speaker == "Paul Morel"
    text = "« C'est fini », m'a confié Paul Morel, premier secrétaire du parti."
    assert extract_quotes(text, "fr")[0].speaker == "Paul Morel"


@pytest.mark.parametrize("text", [
    "Comme l'a expliqué Paul Girard, toutes les couches testées ont présenté « un dépassement des seuils ».",
    # past an indirect object, and a title's apposed name
    "Comme l'a expliqué au Figaro son directeur général, Paul Girard, toutes les couches testées ont présenté "
    "« un dépassement des seuils ».",
])
def test_a_source_clause_opening_the_sentence_speaks_for_its_main_clause(text):
    assert extract_quotes(text, "fr")[0].speaker == "Paul Girard"


def test_a_pipe_ends_a_dateline_or_heading_as_a_sentence_does():
    # « Paris | … »: the town is no subject of the sentence after the pipe
    text = "Paris | Le ministère a publié un communiqué jeudi, précisant que « rien de sensible n'a été volé »."
    assert extract_quotes(text, "fr")[0].speaker != "Paris"
    text = "Lyon | Jean Morel, le maire, a reçu les parents. Il a salué « une décision historique pour la ville »."
    assert extract_quotes(text, "fr")[0].speaker == "Jean Morel"


def test_a_pronoun_takes_up_an_organisation_named_with_its_determiner():
    from analysis.quotes.extract import _cascade
    # « la N-VA » subject of the sentence before: « Elle » is the party, not the man named before
    text = ("Le ministre Paul Morel a parlé lundi. Depuis lors, la N-VA cale net. Elle juge ce document "
            "« très problématique pour le pays et ses habitants » et estime que son contenu va trop loin.")
    assert _cascade(text, "fr")[1][0].speaker == "N-VA"
    # the determiner's gender must agree
    text = text.replace("la N-VA", "le CD&V")
    assert _cascade(text, "fr")[1][0].speaker != "CD&V"


def test_a_pronoun_in_the_quotes_sentence_takes_up_its_indefinite_subject():
    from analysis.quotes.extract import _cascade
    text = ("Le ministre Paul Morel est venu. Un journaliste de La Dépêche présent sur les lieux a suivi l'assaut : "
            "« J'ai vu rentrer une dizaine d'hommes à l'intérieur », a-t-il raconté.")
    assert _cascade(text, "fr")[1][0].speaker.startswith("Un journaliste")


def test_a_noun_phrase_with_a_complement_and_adjectives_speaks():
    from analysis.quotes.extract import _cascade
    text = ("Les détenus pénétraient ensuite dans ce qu'un agent de l'administration pénitentiaire française "
            "qualifie « d'angle mort du renseignement ».")
    assert _cascade(text, "fr")[1][0].speaker == "un agent de l'administration pénitentiaire française"
    # a preposition's object still does not speak
    text = "Le débat a eu lieu à la télévision de la ville syrienne, qualifiée « d'angle mort du renseignement »."
    assert not any(q.speaker and "télévision" in q.speaker for q in _cascade(text, "fr")[1])



@pytest.mark.parametrize("text, speaker", [
    # any participle's agent before the colon, past a short apposition
    ("Un message partagé par Solange Morel, 81 ans : « il faut une foi très profonde pour accepter tout cela ».",
     "Solange Morel"),
    # a title's complement after « de » and a determiner, then the name
    ("Le colonel s'est « volontairement substitué à une femme retenue en otage », selon le ministre de "
     "l'Intérieur Paul Girard.", "Paul Girard"),
    ("Le suspect a « semé la terreur sur trois points de la ville », selon les mots du ministre français de "
     "l'Intérieur Paul Girard qui s'est exprimé.", "Paul Girard"),
])
def test_agents_and_titles_with_a_complement_name_their_person(text, speaker):
    from analysis.quotes.extract import _cascade
    q = _cascade(text, "fr")[1][0]
    assert (q.speaker, q.mention.endswith(speaker)) == (speaker, True)




def test_an_inverted_noun_phrase_subject_after_an_indirect_object():
    from analysis.quotes.extract import _cascade
    text = ("Auparavant, un profil radicalisé était « perdu » pendant sa détention, explique à l'AFP un membre "
            "de la police.")
    q = _cascade(text, "fr")[1][0]
    assert q.mention == "un membre" and q.speaker is not None


def test_an_initials_period_does_not_end_the_subjects_sentence():
    text = "Paul C. sera entendu vendredi. Nicolas R. admet une « fellation consentie », dans son bureau."
    assert [q.speaker for q in extract_quotes(text, "fr")] == ["Nicolas R"]


def test_a_definite_document_far_from_its_issuer_takes_up_the_issuer_found_before():
    from analysis.quotes.extract import _cascade
    text = ("Le parquet de Lyon a publié jeudi un communiqué. « Les données "
            "ont été dérobées hier soir », affirme le communiqué. Le parquet a mis en place un service. Il est "
            "gratuit. Il est ouvert. Il est utile. Il est simple. « Nous avons pris des mesures techniques », "
            "poursuit le communiqué. « Ces informations ont été renseignées par un proche », écrit le courriel "
            "du parquet.")
    speakers = [q.speaker for q in _cascade(text, "fr")[1]]
    assert speakers == ["Le parquet de Lyon", "Le parquet de Lyon", "parquet"]




def test_an_adjective_set_off_before_an_inverted_subject_and_an_indefinite_is_somebody_new():
    from analysis.quotes.extract import _cascade
    text = ("Puis la tension est montée. « J'ai été poussée, je suis tombée dans un fossé », relatait, amère, "
            "une habituée de la Zad de 61 ans présente au pique-nique.")
    q = _cascade(text, "fr")[1][0]
    assert (q.mention, q.speaker) == ("une habituée", "une habituée")  # not the Zad after her noun


def test_an_impersonal_report_speaks_for_its_source():
    from analysis.quotes.extract import _cascade
    text = ("Le nombre de dossiers a été multiplié par huit, a-t-on appris mercredi auprès du ministère de "
            "l'Intérieur. « Le contexte du Brexit a généré une augmentation très sensible des demandes », a-t-on "
            "indiqué de même source. « Rien n'est décidé pour la suite », a-t-on ajouté.")
    assert [q.speaker for q in _cascade(text, "fr")[1]][:2] == ["ministère de l'Intérieur"] * 2


def test_a_pronoun_after_an_unnamed_speakers_quote_is_that_speaker():
    from analysis.quotes.extract import _cascade
    text = ("Le directeur Paul Morel a parlé hier. Les détenus entraient dans ce qu'un agent de l'administration "
            "pénitentiaire qualifie « d'angle mort du renseignement ». « Ce n'est plus acceptable », estime-t-il.")
    assert [q.speaker for q in _cascade(text, "fr")[1]] == ["un agent de l'administration pénitentiaire"] * 2


def test_a_lead_frame_after_a_coordinator_opening_the_sentence():
    from analysis.quotes.extract import _cascade
    text = ("Le chercheur Marc Henry a parlé. Mais pour Paul Joshi, chercheur au Royal United Services Institute, "
            "« les prétextes de telles attaques sont complexes ». « Je ne crois pas que la France serait protégée », "
            "ajoute-t-il.")
    assert [q.speaker for q in _cascade(text, "fr")[1]] == ["Paul Joshi", "Paul Joshi"]


def test_an_uncued_quote_after_its_sentences_named_subject_is_that_subjects():
    from analysis.quotes.extract import _cascade
    text = ("« Nous avancerons ensemble sur ce projet », a déclaré Florence Parly. Paris et Berlin ont signé en juin "
            "« deux lettres d'intention communes » autour de ces deux projets.")
    assert [q.speaker for q in _cascade(text, "fr")[1]] == ["Florence Parly", "Paris"]


def _cascade_speakers(text: str) -> list:
    """The rule cascade's speakers, before the learned choice (``extract._cascade``)."""
    from analysis.quotes.extract import _cascade
    return [q.speaker for q in _cascade(text, "fr")[1]]


@pytest.mark.parametrize("text, at, speaker", [
    # a pronoun after a topic lead takes up the topic of its gender
    ("Le président Paul Morel a parlé. Quant à la droite et la gauche, elles se sont abstenues, critiquant "
     "« une opération de communication sans lendemain ».", 0, "la droite et la gauche"),
    ("Le président Paul Morel a parlé. Quant à la réforme, il a estimé qu'elle était « une opération de "
     "communication ».", 0, "Paul Morel"),
    # a noun and its complement introduce the name set off after them
    ("France 2 a diffusé le témoignage du père de l'assaillant, Paul Morel, à sa sortie. « Je l'aurais "
     "dénoncé à la police », a affirmé le père de l'assaillant.", 0, "Paul Morel"),
    # not the subject after a frame's noun: « Selon le texte, X doit … »
    ("Selon le texte, Paul Morel doit « proposer un nouveau gouvernement dans les meilleurs délais ».", 0,
     "le texte"),
    # an inverted subject after a quoted newspaper name
    ("Il était à l'intérieur du magasin : « Il a vu un homme tirer dans le dos d'un autre », a expliqué "
     "au « Parisien » un responsable qui se trouvait là.", 0, "un responsable"),
    # a document named before with its complement speaks for that issuer
    ("Un communiqué du parquet de Lyon a été publié jeudi. Il détaille l'enquête. « Les recherches "
     "reprendront demain matin », poursuit le communiqué.", 0, "parquet de Lyon"),
    # « envers le président X »: an object, so « Il » is the minister who speaks next
    ("Assurant de leur loyauté envers le président Paul Morel, les militaires ont rejeté les appels."
     "Le ministre de la Défense, Jean Dupont, entouré des généraux, a parlé. Il a qualifié de « tissu de "
     "mensonges » la présentation des faits.", -1, "Jean Dupont"),
    # a person's full name set off after a subject that names no person completes it
    ("Le vice-premier ministre Open Vld et ministre de la Coopération, Alexander De Croo, ne veut pas de "
     "ce texte. Il a appelé lundi chacun à « garder la tête froide ».", 0, "Alexander De Croo"),
    ("Habitante de Capendu, un village voisin, Liliale Dal Mas ne serait pas venue en temps normal. « C'est "
     "grave et malheureusement, on n'en a pas fini », soupire-t-elle.", 0, "Liliale Dal Mas"),
    # an impersonal report's source at a place a common noun names, not the one told
    ("« Des dispositifs de contrôle sont mis en place », a-t-on déclaré au ministère de l'Intérieur.", 0,
     "ministère de l'Intérieur"),
    ("« Des dispositifs de contrôle sont mis en place », a-t-on expliqué à l'AFP.", 0, None),
    # a noun followed by a clause introduces no name: « les enquêteurs vérifient si le réseau X »
    ("Les avocats ont demandé que les enquêteurs vérifient si le réseau Wifi du Musée était capté. « Nous "
     "pouvons dire qu'elles se situent autour du domicile », ont affirmé les enquêteurs.", 0, "les enquêteurs"),
    # a singular pronoun after a quote opening its sentence: the indefinite subject of the sentence before
    ("Le ministre Jean Dupont est arrivé. Mais un haut responsable de la lutte antiterroriste rappelle que "
     "la surveillance est hors de portée. « La filature d'un suspect, c'est vingt flics », soupire-t-il.", 0,
     "un haut responsable"),
    ("Un porte-parole du ministère a confirmé la présence d'un Français. « Nous n'avons à ce stade aucune "
     "information », ont-ils encore ajouté.", 0, None),

    # a bare title is the person the same bare title was taken for before, not the latest name
    ("Le romancier Michel Morel publie un texte. Pour l'écrivain habitué à la controverse, cette politique "
     "est « une très bonne nouvelle ». Donald Trump ne considère pas le libre-échange comme une panacée. "
     "L'écrivain est en phase avec lui : les Européens n'ont « ni valeurs communes, ni intérêts communs ».",
     -1, "Michel Morel"),
    # « … » : c'est ce qu'affirme X
    ("« Donald Trump est un des meilleurs présidents que j'aie vus » : c'est ce qu'affirme jeudi l'écrivain "
     "Michel Morel dans un magazine.", 0, "Michel Morel"),
    # « … », comme le titrait X
    ("Le politologue Joseph Nye a inventé le concept. Après « six mois de tumulte pour peu de résultats », "
     "comme le titrait mercredi Le Figaro, les États-Unis ont perdu du crédit.", 0, "Le Figaro"),
    # a pronoun after an account somebody unnamed gave is theirs
    ("Le ministre Paul Morel a parlé. Lundi, la radio a rapporté le témoignage d'un de ses frères, confiant "
     "avoir pris ses distances. Dans ses propos, il a décrit un « lavage de cerveau » chez le jeune homme.", 0,
     "un de ses frères"),
    ("Le nonce Paul Morel est accusé. Le magazine a reproduit le récit d'un autre homme qui l'accuse : « Il "
     "m'a salué de la main droite », témoigne-t-il.", 0, "un autre homme"),
    ("Le ministre Paul Morel a parlé. La radio a rapporté le témoignage d'une voisine. Dans ses propos, il "
     "a décrit un « lavage de cerveau » chez le jeune homme.", 0, "Paul Morel"),
    # the subject after « dont » is its clause's; a document speaks for its participle's agent
    ("Un courriel envoyé par le ministère à des victimes et dont l'AFP a eu connaissance précise que les "
     "données dérobées sont le « nom » et l'« adresse courriel ».", 0, "le ministère"),
    # a quote closed by its sentence's end is not the cue of « X affirme que » after it, and goes on
    # with the report of the sentence before
    ("Le chanteur Paul Morel est en tournée. Le quotidien Libération écrit que le spectacle tient du tour "
     "de force. « Mais en souplesse, sans rien forcer, tout relève d'un perfectionnisme. » Le journaliste "
     "affirme que le chanteur maîtrise son art.", 0, "Libération"),
    # a frame right after the quote, and one closing the clause before a colon, speak before a verb
    ("L'institut propose des aménagements qui « sont là pour diminuer l'impact », de l'aveu du Dr Marie "
     "Gautier : organiser les tâches, puis passer sur des « tâches plus routinières ».", 0, "Marie Gautier"),
    ("L'institut propose des aménagements qui « sont là pour diminuer l'impact », de l'aveu du Dr Marie "
     "Gautier : organiser les tâches, puis passer sur des « tâches plus routinières ».", 1, "Marie Gautier"),
    # a subject read on past a title and its adjective to the name (« le Premier », « le Taoiseach »)
    ("Le 19 juin, le Premier ministre irlandais Paul Morel s'est adressé au Parlement en disant : « Aujourd'hui, "
     "les gens auxquels je veux rendre hommage sont des héros. »", 0, "Paul Morel"),
    ("Le 19 juin, le Taoiseach irlandais Paul Morel s'est adressé au Parlement en disant : « Aujourd'hui, "
     "les gens auxquels je veux rendre hommage sont des héros. »", 0, "Paul Morel"),
    # a title's complement, its adjective, then the name
    ("« Prouvez que vous êtes les dirigeants de l'Europe », a lancé le président de la Commission "
     "européenne Paul Morel.", 0, "Paul Morel"),
    # a frame set off by commas inside the sentence, right before the quote
    ("Les pays membres ont affirmé leur volonté, tandis que, pour le président du Conseil Paul Morel, « il y "
     "aura un centième anniversaire de l'Union ».", 0, "Paul Morel"),
    # an adverb of narration inside the verb group: « a ainsi lancé X »
    ("« Prouvez que vous êtes les dirigeants de l'Europe », a ainsi lancé Paul Morel.", 0, "Paul Morel"),
    # « « … » . C'est ce qu'a annoncé X »: a cleft in the next sentence
    ("Le gouvernement régional a décidé d'agir afin de « revoir les objectifs stratégiques du plan de "
     "développement ». C'est ce qu'a annoncé aujourd'hui le président de la Région Paul Morel.", 0,
     "Paul Morel"),
    # a name right before a quote that opens on its verb is its subject
    ("Après les réactions de Marie Gautier, Jean Dupont et de diverses autres personnalités, le maire Paul Morel "
     "« s'associe à la douleur et à l'horreur ».", 0, "Paul Morel"),
    # « Ce n'est pas l'avis de X : « … » »
    ("Le ministre Jean Dupont s'en félicite. Ce n'est pas l'avis de Morel : « la présence du président ne "
     "peut être interprétée que comme un acte politique ».", 0, "Morel"),
    # a past participle opening a sentence is no name
    ("Le ministre Jean Dupont était en visite. Accompagné du maire Paul Morel, il est sorti de la mairie en "
     "criant « ici c'est la Bretagne et nulle part ailleurs ».", 0, "Jean Dupont"),
    ("Le ministre Jean Dupont était en visite. Accompagné de Paul Morel, il a déclaré : « ici c'est la "
     "Bretagne et nulle part ailleurs ».", 0, "Jean Dupont"),
])
def test_the_cascade_reads_french_grammar(text, at, speaker):
    assert _cascade_speakers(text)[at] == speaker


def test_a_noun_and_its_participle_after_a_quote_make_no_clause():
    text = ("Le groupe l'a présenté comme un de ses « soldats », une revendication qualifiée d'« opportuniste » "
            "par le ministre Paul Morel.")
    assert _cascade_speakers(text)[0] != "une revendication"
