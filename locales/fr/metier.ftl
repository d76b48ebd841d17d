# Fiche métier.

## templates/metier.html

metier-autres-noms = Aussi appelé :
metier-appel-texte = Ce métier vous intéresse ? Découvrez en 2 minutes si votre profil lui correspond : quelques questions franches sur le métier et sur vos intérêts, avec un résultat expliqué.
metier-appel-bouton = Tester ma compatibilité
metier-sommaire = Sur cette page
metier-section-essentiel = L’essentiel
metier-section-introduction = Le métier en quelques mots
metier-section-chiffres = Le métier en chiffres
metier-section-missions = Missions au quotidien
metier-section-outils = Outils et équipements
metier-section-journee = Une journée type
metier-section-faits = Le métier en Belgique : à savoir
metier-section-penuries = Où ce métier recrute difficilement
metier-section-temoignage = Portrait
metier-section-sources = Sources de cette fiche
metier-section-formation = Comment y arriver
metier-section-lieux = Où travailler
metier-section-avantages = Avantages et inconvénients
metier-section-conseils = Conseils pour se lancer
metier-section-auto-evaluation = Auto-évaluation
metier-section-faq = Questions fréquentes
metier-section-se-former = Où se former et travailler
metier-section-similaires = Métiers proches
metier-section-criteres = Critères du métier
metier-section-interets = Profil d’intérêts
metier-section-codes = Codes du métier
metier-chiffres-titre = Le métier en chiffres
metier-chiffres-titre-annee = Le métier en chiffres (Belgique, { $annee })
metier-essentiel-etudes = Études
metier-essentiel-qualites = Qualités clés
metier-essentiel-salaire = Salaire
metier-essentiel-conditions = Conditions de travail
metier-niveau-entree = Niveau d’entrée habituel :
metier-salaire-unite = brut par mois
metier-salaire-fourchette = Fourchette habituelle
metier-salaire-debutant = Débutant
metier-salaire-confirme = Confirmé
metier-salaire-avantages = En plus du salaire :
metier-salaire-inconnu = Nous n’avons pas de chiffre fiable pour ce métier : plutôt que d’en inventer un, nous préférons ne rien afficher.
metier-salaire-legende = Salaire brut mensuel à temps plein.
metier-salaire-legende-source = Source : { $source } ({ $annee }).
metier-salaire-legende-estimation = Estimation de la rédaction ({ $annee }).
metier-salaire-motif = Pourquoi un montant sous le minimum légal :
metier-penuries-intro = Les services publics de l’emploi publient chaque année la liste des fonctions pour lesquelles les employeurs peinent à recruter. Une fonction « en pénurie » manque de candidats ; une fonction « critique » demande simplement plus de temps pour être pourvue ; « en tension » signale une fonction de la liste dont la source ne précise pas lequel des deux.
metier-penuries-lien = Comparer les listes des trois Régions
metier-temoignage-portrait = Portrait composé par la rédaction à partir de témoignages publics : la personne n’existe pas telle quelle, mais ce qu’elle décrit est le quotidien du métier.
metier-temoignage-recueilli = Propos recueillis par la rédaction le { $date }, publiés avec l’accord de la personne.
metier-sources-methode = Chaque chiffre de cette fiche renvoie à sa source ou dit comment la rédaction l’a estimé.
metier-sources-a-propos = Notre méthode
metier-sources-toutes = Toutes les sources du site

## templates/partials/provenance.html

provenance-source = Source :
provenance-estimation = Estimation de la rédaction :
provenance-aucune = Non vérifié
metier-points-forts = Les plus
metier-points-faibles = Les moins
metier-auto-evaluation-intro = Répondez franchement pour vous-même. Aucune réponse n’est éliminatoire : chaque question est accompagnée d’un conseil.
metier-auto-evaluation-quiz = Répondre à ces questions dans le quiz de compatibilité
metier-auto-evaluation-si-non = Si vous répondez plutôt non
metier-auto-evaluation-si-oui = Si vous répondez plutôt oui
metier-etablissements = Principales formations
metier-etablissements-aucun = La rédaction n’a pas pu confirmer un établissement qui organise aujourd’hui cette formation : elle n’en cite donc aucun plutôt que d’en citer un douteux. Les étapes de formation de cette fiche disent par où passer ; le Forem, Bruxelles Formation, l’IFAPME et l’EFP renseignent l’offre de l’année.
metier-zones-emploi = Zones d’emploi
metier-similaire-secteur = Même secteur
metier-similaire-interets = Intérêts proches
metier-similaire-interets-domaines = Intérêts proches : { $domaines }
metier-similaire-criteres = En commun : { $criteres }
metier-similaire-redaction = Proposé par la rédaction
metier-similaire-autre = Une autre piste à explorer
metier-comparer-avec = Comparer avec
metier-criteres-intro = Choisissez un critère pour découvrir d’autres métiers qui y répondent.
metier-interets-intro = Le modèle de Holland (RIASEC) décrit six grands types d’intérêts. Voici, sur une échelle de 1 à 7, la place de chacun dans ce métier.
metier-riasec-alternative = Profil d’intérêts sur 7 : { $valeurs }.
metier-code-isco = ISCO-08
metier-code-esco = ESCO
metier-code-onet = O*NET-SOC
metier-code-rome = ROME
metier-mis-a-jour = Fiche relue le
metier-donnees-ouvertes = Cette fiche en données ouvertes (JSON)

## Listes de pénurie (penuries)

penurie-region-wallonie = Wallonie (Le Forem)
penurie-region-bruxelles = Bruxelles (Actiris)
penurie-region-flandre = Flandre (VDAB)
penurie-statut-penurie = métier en pénurie
penurie-statut-critique = fonction critique
penurie-statut-tension = métier en tension de recrutement

## Niveaux d’études (niveau_etudes)

niveau-sans-cess = sans diplôme requis
niveau-cess = CESS (secondaire supérieur)
niveau-qualifiant = secondaire qualifiant ou formation professionnelle
niveau-bachelier = bachelier
niveau-master = master
