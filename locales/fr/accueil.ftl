# Page d’accueil.

## templates/accueil.html

accueil-titre = Découvrez votre voie
accueil-titre-document = Guide des métiers en Belgique : fiches, salaires, études et quiz d’orientation
accueil-description = Des fiches métiers complètes pour la Belgique francophone : missions, salaires, études, journée type, avantages et inconvénients.
accueil-accroche = Missions, salaires, études, journée type : tout ce qu’il faut savoir pour choisir un métier en Belgique, expliqué simplement.
accueil-parcourir = Parcourir les métiers
accueil-vedettes = Métiers à découvrir
accueil-tous-les-metiers = Voir tous les métiers
accueil-secteurs = Les secteurs
