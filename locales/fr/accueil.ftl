# Page d’accueil.

## templates/accueil.html

accueil-titre = Trouvez le métier qui vous ressemble
accueil-quiz-invitation = Découvrez votre voie en 2 minutes
accueil-quiz-texte = Un quiz gratuit, sans inscription : notez 30 activités, et voyez quels métiers correspondent à vos intérêts, avec les raisons. Vos réponses ne sont enregistrées nulle part.
accueil-quiz-bouton = Commencer le quiz
accueil-titre-document = Guide des métiers en Belgique : fiches, salaires, études et quiz d’orientation
accueil-description = Des fiches métiers complètes pour la Belgique francophone : missions, salaires, études, journée type, avantages et inconvénients.
accueil-accroche = Missions, salaires, études, journée type : tout ce qu’il faut savoir pour choisir un métier en Belgique, expliqué simplement.
accueil-parcourir = Parcourir tous les métiers de A à Z
accueil-par-critere = Chercher par critère (télétravail, pénurie…)
accueil-recherche-titre = Rechercher un métier
accueil-recherche-libelle = Quel métier vous intéresse ?
accueil-rechercher = Rechercher
accueil-vedettes = Métiers à découvrir
accueil-vedettes-description = Un métier de chaque secteur, pour commencer l’exploration.
accueil-penuries = Les métiers qui recrutent dans chaque Région
accueil-tous-les-metiers = Voir tous les métiers
accueil-secteurs = Les secteurs
