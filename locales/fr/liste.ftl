# Listes de métiers : tous les métiers, un secteur, les critères.

## templates/metiers.html

metiers-titre = Tous les métiers
metiers-a-z = De A à Z
metiers-description = La liste complète des métiers présentés dans le guide, de A à Z.
metiers-compte = { $nombre ->
    [one] { $nombre } métier présenté
   *[other] { $nombre } métiers présentés
}

## templates/secteur.html

secteur-metiers = Les métiers de ce secteur
secteur-aucun = Ce secteur n’a pas encore de fiche métier.

## templates/criteres.html, templates/critere.html

criteres-titre = Les critères
criteres-description = Télétravail, métier en pénurie, salaire élevé… Trouvez les métiers qui correspondent à ce qui compte pour vous.
criteres-chapeau = Choisissez ce qui compte pour vous : chaque critère mène aux métiers qui y répondent.
critere-metiers = Les métiers qui répondent à ce critère
critere-aucun = Aucun métier ne répond encore à ce critère.
critere-autres = Voir les autres critères
