# La page des sources (/sources).

## templates/sources.html, src/render/sources.rs

sources-titre = Nos sources
sources-description = Tous les documents cités par le Guide des métiers : barèmes, statistiques, listes de pénurie, avec leur éditeur, leur année et les fiches qui s’en servent.
sources-chapeau = Chaque salaire et chaque chiffre du site renvoie à un document que la rédaction a lu, ou dit comment il a été estimé. Voici tous ces documents, regroupés par éditeur.
sources-resume = { $sources ->
    [one] { $sources } document cité
   *[other] { $sources } documents cités
} par { $fiches ->
    [one] { $fiches } fiche
   *[other] { $fiches } fiches
}. Salaires appuyés sur un document publié : { $salaires_sources } sur { $salaires } ; les autres sont des estimations expliquées. Chiffres et faits chiffrés : { $chiffres_sources } sourcés et { $chiffres_estimations } estimations expliquées, sur { $chiffres }.
sources-methode = Comment nous choisissons et vérifions une source :
sources-lien-a-propos = notre méthode
sources-liste-titre = Les documents cités
sources-annees = chiffres de
sources-cite-par = Cité dans :
sources-pagination = Pages de la liste des sources
sources-autres-fiches = { $nombre ->
    [one] et { $nombre } autre fiche
   *[other] et { $nombre } autres fiches
}
sources-usage-rmmmg = Sert au contrôle du salaire minimum légal :
sources-lien-rmmmg = le revenu minimum par période
sources-section-salaire = salaire
sources-section-chiffres = chiffres
sources-section-faits = faits
sources-section-penuries = liste de pénurie
