# Comparaison de métiers.

## templates/comparer.html

comparer-titre = Comparer des métiers
comparer-description = Deux ou trois métiers côte à côte : études, salaire, conditions de travail, intérêts et critères.
comparer-chapeau = Choisissez deux ou trois métiers pour voir côte à côte leurs études, leur salaire, leurs conditions de travail et leur profil d’intérêts.
comparer-choisir = Choisir les métiers à comparer
comparer-metier-1 = Premier métier
comparer-metier-2 = Deuxième métier
comparer-metier-3 = Troisième métier (facultatif)
comparer-aucun = — Choisir —
comparer-bouton = Comparer
comparer-tableau = Côte à côte
comparer-tableau-defilant = Tableau comparatif, à faire défiler sur un petit écran
comparer-secteur = Secteur
comparer-niveau = Niveau d’entrée habituel
comparer-interets = Profil d’intérêts
comparer-criteres = Critères
comparer-salaire-inconnu = Pas de chiffre fiable
comparer-salaire-legende = Fourchette habituelle de chaque métier, en euros bruts par mois à temps plein.
comparer-graphiques = En graphiques

## src/web/comparer.rs (erreurs 400)

comparer-erreur-trop = On peut comparer au plus { $max } métiers à la fois. Retirez-en un.
comparer-erreur-doublon = Le métier « { $slug } » est choisi deux fois. Choisissez des métiers différents.
comparer-erreur-slug = « { $slug } » n’est pas un nom de métier valable dans une adresse.
comparer-erreur-nom = Aucun métier du guide ne s’appelle « { $nom } ». Choisissez un nom proposé dans la liste, ou cherchez-le dans la liste des métiers.
comparer-saisir = Tapez les premières lettres puis choisissez un métier proposé
comparer-erreur-un-seul = Choisissez au moins deux métiers différents pour les comparer.
