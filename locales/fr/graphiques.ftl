# Graphiques SVG dessinés par le serveur : titres et alternatives textuelles.

## templates/partials/graphique_salaire.html, templates/partials/graphique_riasec.html

graphique-salaire-titre = Salaire brut mensuel à temps plein, en euros
graphique-salaire-alternative = Salaire brut mensuel à temps plein. { $valeurs }.
graphique-salaire-rangee = { $nom } : { $valeurs }
graphique-riasec-titre = Profil d’intérêts (modèle RIASEC de Holland, de 1 à 7)
