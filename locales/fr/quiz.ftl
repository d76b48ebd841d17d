# Quiz d’orientation, quiz de compatibilité d’un métier et page de méthode.

## templates/quiz.html (src/render/quiz.rs)

quiz-titre = Quiz d’orientation
quiz-description = Découvrez votre voie en 2 minutes : un questionnaire d’intérêts gratuit, sans inscription, qui vous propose des métiers et vous explique pourquoi.
quiz-intro = Découvrez votre voie en 2 minutes : { $nombre } activités à noter selon l’envie qu’elles vous donnent. Répondez spontanément, sans penser aux études ni au salaire : il n’y a pas de bonne ou de mauvaise réponse.
quiz-exploration = Ce quiz sert à explorer des pistes, pas à vous trier : il ne mesure ni vos capacités ni vos chances de réussite.
quiz-lien-methode = Comment fonctionne le quiz ?
quiz-etape = Étape { $numero } sur { $total }
quiz-niveau-libelle = Vos études (facultatif) : montrer seulement les métiers accessibles
quiz-envoyer = Voir mes résultats
quiz-commencer = Commencer le quiz
quiz-metier-titre = Quiz de compatibilité : { $metier }
quiz-metier-fil = Quiz de compatibilité
quiz-metier-description = Ce métier de { $metier } vous correspond-il ? Quelques questions franches sur le métier, puis vos intérêts : deux résultats séparés et des conseils.
quiz-metier-etape-exigences = Le métier de { $metier } au quotidien
quiz-metier-intro = { $nombre } questions : d’abord sur ce que demande le métier de { $metier } au quotidien, puis sur ce que vous aimez faire. Vous obtiendrez deux résultats séparés, avec des conseils.

## templates/quiz_resultat.html (src/render/quiz_resultat.rs)

quiz-resultat-titre = Vos résultats
quiz-resultat-description = Votre profil d’intérêts et les métiers qui y correspondent, avec les raisons.
quiz-profil-titre = Votre profil d’intérêts
quiz-score = { $domaine } { $score } sur 4
quiz-scores-alternative = Vos scores : { $valeurs }.
quiz-code-titre = Votre code
quiz-code-egalite = { $domaines } (à égalité)
quiz-identiques-titre = Toutes vos réponses sont identiques
quiz-identiques-texte = Avec la même réponse partout, rien ne distingue un domaine d’un autre : un classement de métiers ne voudrait rien dire. Reprenez le quiz en nuançant vos réponses ; si vous hésitez, « Je ne sais pas » est une réponse comme une autre.
quiz-plat-titre = Votre profil est très équilibré
quiz-plat-texte = Vos intérêts sont presque aussi forts dans les six domaines : nous préférons ne pas classer les métiers sur une différence aussi faible. C’est fréquent et ce n’est pas un défaut. Parcourez les métiers par secteur ou par critère, ou reprenez le quiz en pensant à ce que vous aimez vraiment faire.
quiz-metiers-titre = Les métiers, du plus proche au plus éloigné de vos intérêts
quiz-filtrer = Filtrer
quiz-filtre-actif = Filtre :
quiz-aucun-metier = Aucun métier ne correspond à ce niveau d’études pour l’instant. Choisissez « Tous les niveaux » pour tout voir.
quiz-bande-tres-compatible = Très compatibles
quiz-bande-compatible = Compatibles
quiz-bande-partiellement = Partiellement compatibles
quiz-bande-peu = Peu compatibles
quiz-bande-non-listes = … et { $nombre } métiers de plus dans cette catégorie, moins proches de votre profil : affinez avec le niveau d’études ou explorez par secteur.
quiz-bande-autres = { $nombre ->
    [one] Voir { $nombre } autre métier de cette catégorie
   *[other] Voir les { $nombre } autres métiers de cette catégorie
}
quiz-bande-refermer = Ne garder que les { $nombre } premiers
quiz-pourquoi-un = Porté par votre intérêt { $domaine }
quiz-pourquoi-deux = Porté par vos intérêts { $premier } et { $second }
quiz-pourquoi-tres-compatible = Votre profil suit de près celui du métier
quiz-pourquoi-compatible = Votre profil ressemble à celui du métier
quiz-pourquoi-partiellement = Quelques points communs avec votre profil
quiz-pourquoi-peu = Peu de points communs avec vos intérêts
quiz-tester-metier = Tester ma compatibilité avec le métier :
quiz-partage-titre = Retrouver ou partager ce résultat
quiz-partage-texte = Le lien de ce résultat (copiez-le pour le garder ou l’envoyer) :
quiz-prive = Vos réponses sont dans ce lien et nulle part ailleurs : nous n’enregistrons rien.
quiz-modifier = Modifier mes réponses

## templates/quiz_metier.html (src/render/quiz_metier.rs)

quiz-metier-resultat-titre = Compatibilité avec le métier de { $metier }
quiz-metier-resultat-h1 = Votre compatibilité avec le métier :
quiz-metier-fil-resultat = Résultat du quiz
quiz-metier-superposition = Le profil du métier de { $metier } est dessiné en pointillés.
quiz-metier-interets-titre = Vos intérêts et ce métier
quiz-metier-bande-tres-compatible = Très compatible avec vos intérêts
quiz-metier-bande-compatible = Compatible avec vos intérêts
quiz-metier-bande-partiellement = Partiellement compatible avec vos intérêts
quiz-metier-bande-peu = Peu compatible avec vos intérêts
quiz-metier-bande-illisible = Vos réponses sont trop uniformes pour comparer vos intérêts à ce métier
quiz-metier-legende-vous = Vous
quiz-metier-exigences-titre = Ce que demande le métier
quiz-metier-atouts = Vos atouts
quiz-metier-vigilances = Points d’attention, et comment y travailler
quiz-metier-neutres = À approfondir
quiz-metier-suite-titre = Et maintenant ?
quiz-metier-suite-formation = Voir les études et les écoles pour ce métier
quiz-metier-suite-orientation = Voir tous les métiers classés selon ces mêmes intérêts
quiz-metier-pistes = Des métiers proches qui correspondent mieux à vos intérêts

## Erreurs 400 des résultats (src/web/quiz.rs)

quiz-erreur-absentes = Aucune réponse n’a été reçue. Répondez au quiz pour obtenir un résultat.
quiz-erreur-trop-longues = La liste de réponses de l’adresse est beaucoup trop longue. Repartez du quiz.
quiz-erreur-longueur = Le nombre de réponses { $partie ->
    [auto] à l’auto-évaluation
   *[interets] au questionnaire d’intérêts
} ne correspond pas : l’adresse en donne { $trouve }, le quiz en attend { $attendu }. Le lien est peut-être incomplet : repartez du quiz.
quiz-erreur-caractere = Le caractère n° { $position } des réponses { $partie ->
    [auto] à l’auto-évaluation
   *[interets] au questionnaire d’intérêts
} n’est pas un chiffre. Chaque réponse s’écrit avec un chiffre de 0 à 4.
quiz-erreur-hors-echelle = La réponse n° { $position } { $partie ->
    [auto] à l’auto-évaluation
   *[interets] au questionnaire d’intérêts
} vaut { $valeur } : les réponses vont de 0 (pas du tout) à 4 (tout à fait).
quiz-erreur-bande = « { $valeur } » n’est pas une catégorie de résultats. Les catégories possibles sont : { $bandes }.
quiz-erreur-manquantes = Il manque la réponse { $nombre ->
    [one] à la question { $questions }
   *[other] aux questions { $questions }
}. Revenez en arrière et répondez-y : « Je ne sais pas » est une réponse possible.

## templates/quiz_methode.html

quiz-methode-titre = Comment fonctionne le quiz
quiz-methode-description = La méthode du quiz d’orientation expliquée simplement : le modèle RIASEC, le calcul des scores, la compatibilité avec les métiers et ses limites.
quiz-methode-nombre = Le quiz compte { $nombre } questions.
quiz-methode-chapeau = Pas de boîte noire : voici exactement ce que fait le quiz de vos réponses, et ce qu’il ne peut pas dire.
quiz-methode-modele-titre = Six grands types d’intérêts
quiz-methode-modele = Le quiz s’appuie sur le modèle du psychologue John Holland, appelé RIASEC d’après les initiales de six types d’intérêts. Il est utilisé depuis des décennies par les services d’orientation. Chacun de nous a des intérêts dans plusieurs domaines, plus ou moins forts :
quiz-methode-questions-titre = Les questions
quiz-methode-questions = Chaque question décrit une activité ; vous dites si elle vous plairait, de 0 (« pas du tout ») à 4 (« tout à fait »), 2 voulant dire « je ne sais pas ». Chaque domaine a le même nombre de questions, mélangées pour éviter les réponses en série. Les questions ont été écrites pour ce site.
quiz-methode-scores-titre = Vos scores et votre code
quiz-methode-scores = Le score d’un domaine est la moyenne de vos réponses à ses questions, de 0 à 4. Votre code réunit vos trois domaines les plus forts, dans l’ordre ; quand deux domaines ont exactement le même score, ils sont affichés à égalité plutôt que départagés au hasard.
quiz-methode-adequation-titre = La compatibilité avec un métier
quiz-methode-adequation = Chaque fiche métier décrit le métier par six notes de 1 à 7, une par domaine. Le quiz compare la forme de votre profil à celle du métier avec un coefficient de corrélation (de Pearson), qui va de −1 (profils opposés) à 1 (profils identiques) : c’est la forme qui compte, pas le niveau de vos réponses. Le résultat est présenté en quatre catégories :
quiz-methode-bande-tres-compatible = très compatible : coefficient de 0,70 ou plus ;
quiz-methode-bande-compatible = compatible : de 0,40 à 0,70 ;
quiz-methode-bande-partiellement = partiellement compatible : de 0,10 à 0,40 ;
quiz-methode-bande-peu = peu compatible : moins de 0,10.
quiz-methode-moteurs = Pour chaque métier, le quiz nomme les deux domaines qui portent le plus la compatibilité : ceux où vous et le métier êtes tous les deux au-dessus de votre moyenne.
quiz-methode-honnetete-titre = Quand le quiz préfère ne rien classer
quiz-methode-honnetete = Si toutes vos réponses sont identiques, ou si vos six scores sont presque égaux (moins d’un demi-point d’écart entre le plus fort et le plus faible), un classement ne voudrait rien dire : le quiz vous le dit au lieu d’inventer des préférences.
quiz-methode-metier-titre = Le quiz d’un métier
quiz-methode-metier = Sur chaque fiche, le quiz de compatibilité ajoute des questions propres au métier, écrites par la rédaction. Le résultat sépare deux choses : la compatibilité de vos intérêts avec le métier (calculée comme ci-dessus) et ce que vos réponses disent des exigences du métier (vos atouts, et les points d’attention, chacun avec un conseil).
quiz-methode-limites-titre = Ce que le quiz ne dit pas
quiz-methode-limites = Le quiz mesure des intérêts, pas des compétences, ni des chances de réussite, ni la réalité du marché de l’emploi. Les profils des métiers sont des estimations de la rédaction. Un résultat est un point de départ pour explorer, à discuter avec un conseiller d’orientation (centres PMS, Cités des métiers, Forem, Actiris, Siep…), jamais une décision.
quiz-methode-vie-privee-titre = Vos réponses restent chez vous
quiz-methode-vie-privee = Vos réponses ne sont enregistrées nulle part : elles sont écrites dans l’adresse de la page de résultat, sous forme de chiffres. Vous pouvez garder ce lien ou le partager ; sans lui, personne ne peut retrouver votre résultat.
