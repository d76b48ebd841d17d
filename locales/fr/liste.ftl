# Listes de métiers : tous les métiers (recherche et filtres), un secteur, les critères.

## templates/metiers.html

metiers-titre = Tous les métiers
metiers-a-z = De A à Z
metiers-index-lettres = Aller à la lettre
metiers-voir-tous = Voir les { $nombre } métiers, page par page
metiers-pagination = Pages de la liste
metiers-page-position = Page { $page } sur { $pages }
metiers-page-precedente = Page précédente
metiers-page-suivante = Page suivante
metiers-resultats = Résultats
metiers-description = La liste complète des métiers présentés dans le guide, de A à Z, avec une recherche par nom et des filtres par secteur, critère et niveau d’études.
metiers-compte = { $nombre ->
    [0] Aucun métier trouvé
    [one] { $nombre } métier
   *[other] { $nombre } métiers
}
metiers-recherche-titre = Rechercher et filtrer les métiers
metiers-recherche-libelle = Nom du métier ou mot-clé
metiers-filtre-secteur-libelle = Secteur
metiers-tous-secteurs = Tous les secteurs
metiers-filtre-niveau-libelle = Mes études
metiers-tous-niveaux = Tous les niveaux
metiers-niveau-sans-cess = Accessible sans diplôme
metiers-niveau-cess = Accessible avec le CESS
metiers-niveau-qualifiant = Accessible avec le secondaire qualifiant
metiers-niveau-bachelier = Accessible avec un bachelier
metiers-niveau-master = Accessible avec un master
metiers-filtre-criteres-libelle = Critères (tous doivent être remplis)
metiers-rechercher = Afficher les métiers
metiers-filtres-actifs = Filtres appliqués (cliquez pour en retirer un) :
metiers-retirer = Retirer le filtre
metiers-filtre-q = « { $q } »
metiers-filtre-secteur = Secteur : { $secteur }
metiers-filtre-critere = { $critere }
metiers-corrige = résultats pour « { $recherche } », le mot le plus proche de votre recherche
metiers-vouliez-vous-dire = Vouliez-vous dire :
metiers-vouliez-vous-dire-fin = { " " }?
metiers-aucun = Aucun métier ne correspond à cette recherche pour l’instant.
metiers-aucun-conseil-mots = Essayez un mot plus court ou plus général (« infirm », « vente », « bois »…) : les accents et les majuscules ne comptent pas.
metiers-aucun-conseil-filtres = Retirez un des filtres ci-dessus pour élargir la recherche.

## src/render/secteur.rs (templates/groupe.html)

secteur-metiers = Les métiers de ce secteur
secteur-aucun = Ce secteur n’a pas encore de fiche métier.

## templates/criteres.html, src/render/critere.rs (templates/groupe.html)

criteres-titre = Les critères
criteres-description = Télétravail, métier en pénurie, salaire élevé… Trouvez les métiers qui correspondent à ce qui compte pour vous.
criteres-chapeau = Choisissez ce qui compte pour vous : chaque critère mène aux métiers qui y répondent.
critere-metiers = Les métiers qui répondent à ce critère
critere-aucun = Aucun métier ne répond encore à ce critère.
critere-autres = Voir les autres critères

## src/catalogue/recherche.rs (erreurs 400)

recherche-erreur-texte-long = Le texte recherché dépasse { $max } caractères. Raccourcissez-le : quelques mots suffisent.
recherche-erreur-secteur = Le secteur « { $valeur } » n’existe pas. Choisissez un secteur dans la liste.
recherche-erreur-critere = Le critère « { $valeur } » n’existe pas. Choisissez un critère dans la liste.
recherche-erreur-criteres = Une recherche combine au plus { $max } critères. Retirez-en quelques-uns.
recherche-erreur-niveau = Le niveau d’études « { $valeur } » n’existe pas. Choisissez un niveau dans la liste.
recherche-erreur-repete = Le paramètre « { $parametre } » apparaît plusieurs fois dans l’adresse. Gardez-en un seul.
recherche-erreur-page = Le numéro de page « { $valeur } » n’est pas valable : indiquez un nombre entier à partir de 1.
recherche-erreur-page-absente = Cette liste n’a que { $pages } page(s) : la page { $page } n’existe pas.
